// "Meer uitleg" in the terminal: the parts report/explain-item.ts gives (in the same order as the
// form shows them), each under its bold title, wrapped to the terminal's width.
import type { Item } from "../model/questionnaire.js";
import { explainItem } from "../report/explain-item.js";
import { escapeTerminal as safe } from "../report/escape.js";
import { wrap } from "../report/render-summary.js";
import type { InterviewContext } from "./context.js";

export function explain(c: InterviewContext, item: Item): string {
  const { t, o, q } = c;
  const block = (title: string, body: string) => [`${o.style.bold(title)}`, wrap(safe(body), o.width - 2, "  ")];
  const lines = [""];
  const title = { why: t.why, check: t.check, evidence: t.evidenceHint };
  for (const part of explainItem(item, q, o.lang)) {
    switch (part.kind) {
      case "example":
        lines.push(...block(`${t.example}: ${safe(part.municipality)}`, part.text));
        break;
      case "terms":
        lines.push(`${o.style.bold(t.terms)}`);
        for (const e of part.terms) lines.push(wrap(safe(`${e.term}: ${e.definition}`), o.width - 2, "  "));
        break;
      case "basis":
        lines.push(`${o.style.bold(t.basis)}`);
        for (const line of part.lines) lines.push(wrap(safe(line), o.width - 2, "  "));
        break;
      default:
        lines.push(...block(title[part.kind], part.text));
    }
  }
  return `${lines.join("\n")}\n`;
}
