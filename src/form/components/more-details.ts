// "Meer uitleg" under a question, in the order report/explain-item.ts gives it (the same as the
// interview's): why it matters, how to check it, what shows it is arranged, examples, the terms of
// the glossary that the question uses, and what it rests on (the legal citation, then the sources).
import { append, h, rich } from "../dom.js";
import type { Item, LocalizedText, Questionnaire } from "../../model/questionnaire.js";
import type { Lang } from "../../model/vocabulary.js";
import type { FormTexts } from "../../messages/form.js";
import { explainItem } from "../../report/explain-item.js";

export interface MoreOptions {
  readonly t: FormTexts;
  readonly lang: Lang;
  readonly q: Questionnaire;
  readonly text: (x: LocalizedText | undefined) => string;
}

export function moreExplanation({ t, lang, q }: MoreOptions, item: Item): HTMLDListElement {
  const dl = h("dl", { class: "zf-more-list" });
  const entry = (term: string, body: Node | string) => append(dl, [h("div", {}, h("dt", {}, term), h("dd", {}, body))]);
  const title = { why: t.why, check: t.check, evidence: t.evidence };
  for (const part of explainItem(item, q, lang)) {
    switch (part.kind) {
      case "example":
        entry(t.example(part.municipality), rich("span", part.text));
        break;
      case "terms":
        entry(
          t.terms,
          h(
            "dl",
            { class: "zf-terms" },
            part.terms.map((g) => h("div", {}, h("dt", {}, g.term), h("dd", {}, g.definition))),
          ),
        );
        break;
      case "basis":
        entry(
          t.basis,
          part.lines.length === 1
            ? part.lines[0]!
            : h(
                "ul",
                {},
                part.lines.map((b) => h("li", {}, b)),
              ),
        );
        break;
      default:
        entry(title[part.kind], rich("span", part.text));
    }
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
