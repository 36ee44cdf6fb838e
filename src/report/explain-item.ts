// "Meer uitleg" of one question, assembled once for the interview and the form (which only render
// it): the parts in one order — why it matters, how to check it, what shows it, practice examples,
// the terms used, and what it rests on (the legal citation through messages/legal.ts first, with its
// note, then every basis with its note). Texts are in the reader's language; questionnaire texts
// may hold a little Markdown (the form renders it, the terminal shows it as written). Pure.
import { citeBasis } from "../model/citation.js";
import { glossaryTermsIn } from "../model/glossary.js";
import { localize } from "../model/questionnaire.js";
import type { Item, LocalizedText, Questionnaire } from "../model/questionnaire.js";
import type { Lang } from "../model/vocabulary.js";
import { legalCitation } from "../messages/legal.js";

export type ExplanationPart =
  | { readonly kind: "why" | "check" | "evidence"; readonly text: string }
  | { readonly kind: "example"; readonly municipality: string; readonly text: string }
  | { readonly kind: "terms"; readonly terms: readonly { readonly term: string; readonly definition: string }[] }
  | { readonly kind: "basis"; readonly lines: readonly string[] };

export function explainItem(item: Item, q: Questionnaire, lang: Lang): ExplanationPart[] {
  const fallback = q.languages[0] ?? "nl";
  const text = (t: LocalizedText | undefined) => (t ? localize(t, lang, fallback) : "");
  const parts: ExplanationPart[] = [{ kind: "why", text: text(item.why) }];
  if (item.check) parts.push({ kind: "check", text: text(item.check) });
  parts.push({ kind: "evidence", text: text(item.evidence) });
  for (const ex of item.examples) parts.push({ kind: "example", municipality: ex.municipality, text: text(ex.text) });
  const terms = glossaryTermsIn(
    [text(item.question), text(item.help), text(item.why), text(item.check)],
    q.glossary,
    lang,
    fallback,
  );
  if (terms.length > 0)
    parts.push({ kind: "terms", terms: terms.map((g) => ({ term: text(g.term), definition: text(g.definition) })) });
  const legal = item.level === "wettelijk" ? item.legal : undefined;
  parts.push({
    kind: "basis",
    lines: [
      ...(legal ? [legalCitation([legal], lang, legal.note ? text(legal.note) : undefined)] : []),
      ...item.basis.map((b) => citeBasis(b, q.sources, b.note ? text(b.note) : undefined)),
    ],
  });
  return parts;
}
