// How a basis (source + section) is cited wherever it is shown: the report, the interview and
// the form. One format: "Author (year), Title, section — article". Pure.
import type { Basis, Source } from "./questionnaire.js";

/** Who wrote it: "Author (year), Title", or just the title, or the source key when it is unknown. */
export function citeSource(key: string, sources: ReadonlyMap<string, Source>): string {
  const s = sources.get(key);
  if (!s) return key;
  return s.author ? `${s.author}${s.year ? ` (${s.year})` : ""}, ${s.title}` : s.title;
}

/**
 * One basis as a line: "Author (year), Title, section — article", with the note (already in the
 * reader's language) in brackets after it when given.
 */
export function citeBasis(basis: Basis, sources: ReadonlyMap<string, Source>, note?: string): string {
  const where = `${citeSource(basis.source, sources)}, ${basis.section}${basis.article ? ` — ${basis.article}` : ""}`;
  return note ? `${where} (${note})` : where;
}
