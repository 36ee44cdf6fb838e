// "Meer uitleg" under a question: why it matters, how to check it, what shows it is arranged,
// examples, the basis (article and sources) and the terms of the glossary that the question uses.
import { append, h, rich } from "../dom.js";
import { citeBasis } from "../../model/citation.js";
import { glossaryTermsIn } from "../../model/glossary.js";
import type { Item, LocalizedText, Questionnaire } from "../../model/questionnaire.js";
import type { Lang } from "../../model/vocabulary.js";
import type { FormTexts } from "../../messages/form.js";
import { INTERVIEW_TEXT } from "../../messages/interview.js";

export interface MoreOptions {
  readonly t: FormTexts;
  readonly lang: Lang;
  readonly q: Questionnaire;
  readonly text: (x: LocalizedText | undefined) => string;
}

export function moreExplanation({ t, lang, q, text }: MoreOptions, item: Item): HTMLDListElement {
  const dl = h("dl", { class: "zf-more-list" });
  const entry = (term: string, body: Node | string) => append(dl, [h("div", {}, h("dt", {}, term), h("dd", {}, body))]);
  entry(t.why, rich("span", text(item.why)));
  if (item.check) entry(t.check, rich("span", text(item.check)));
  entry(t.evidence, rich("span", text(item.evidence)));
  for (const ex of item.examples) entry(t.example(ex.municipality), rich("span", text(ex.text)));
  const basis = [
    ...(item.legal ? [`${item.legal.article} (${INTERVIEW_TEXT[lang].legalKind[item.legal.kind]})`] : []),
    ...item.basis.map((b) => citeBasis(b, q.sources, b.note ? text(b.note) : undefined)),
  ];
  entry(
    t.basis,
    basis.length === 1
      ? basis[0]!
      : h(
          "ul",
          {},
          basis.map((b) => h("li", {}, b)),
        ),
  );
  const terms = glossaryTermsIn(
    [text(item.question), text(item.help), text(item.why), text(item.check)],
    q.glossary,
    lang,
    q.languages[0] ?? "nl",
  );
  if (terms.length > 0) {
    entry(
      t.terms,
      h(
        "dl",
        { class: "zf-terms" },
        terms.map((g) => h("div", {}, h("dt", {}, text(g.term)), h("dd", {}, text(g.definition)))),
      ),
    );
  }
  return dl;
}

/** "Meer uitleg", filled in when it is first opened (the glossary look-up is not needed before). */
export function moreDetails(options: MoreOptions, item: Item): HTMLElement {
  const details = h("details", { class: "zf-more" }, h("summary", {}, options.t.more));
  details.addEventListener("toggle", () => {
    if (details.open && details.childElementCount === 1) details.append(moreExplanation(options, item));
  });
  return details;
}
