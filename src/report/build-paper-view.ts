// The blank paper questionnaire of the site (`npm run site`): every question of a questionnaire in
// order, numbered, with its level, the one-line help, the condition under which it applies, four
// tick boxes and lines for a note. Pure: a view for templates/paper.html.mustache.
import { ANSWER_VALUES } from "../model/vocabulary.js";
import type { Lang } from "../model/vocabulary.js";
import { localize } from "../model/questionnaire.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { ANSWER_LABEL, LEVEL_LABEL } from "../messages/ui.js";
import { SITE_TEXT } from "../messages/site.js";
import { richToHtml } from "./rich-text.js";

export interface PaperView {
  readonly lang: Lang;
  readonly title: string;
  readonly t: (typeof SITE_TEXT)[Lang];
  readonly themes: readonly {
    readonly title: string;
    readonly items: readonly {
      readonly number: number;
      readonly level: string;
      readonly question: { readonly safe: string };
      readonly help: { readonly safe: string } | null;
      readonly condition: string | null;
      readonly options: readonly string[];
    }[];
  }[];
}

export function buildPaperView(q: Questionnaire, lang: Lang): PaperView {
  const t = SITE_TEXT[lang];
  const fallback = q.languages[0] ?? "nl";
  const text = (x: Parameters<typeof localize>[0]) => localize(x, lang, fallback);
  const numbers = new Map(q.items.map((item, k) => [item.id, k + 1]));
  return {
    lang,
    title: text(q.title),
    t,
    themes: q.themes.map((theme) => ({
      title: text(theme.title),
      items: theme.items.map((item) => ({
        number: numbers.get(item.id)!,
        level: LEVEL_LABEL[lang][item.level],
        question: { safe: richToHtml(text(item.question)) },
        help: item.help ? { safe: richToHtml(text(item.help)) } : null,
        condition: item.when
          ? t.paperCondition(
              numbers.get(item.when.item) ?? 0,
              item.when.answer.map((a) => ANSWER_LABEL[lang][a]),
            )
          : null,
        options: ANSWER_VALUES.map((a) => ANSWER_LABEL[lang][a]),
      })),
    })),
  };
}
