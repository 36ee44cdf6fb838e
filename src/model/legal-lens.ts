// The two lenses on the legal part (docs/scoring.md, "Two lenses on the legal part"): which items
// the VNG lens (`verdict`, `score`) and the law lens (`lawVerdict`, `lawScore`) are taken over.
// One definition, used by scoring and by every output that says which lens a legal item is in. Pure.
import type { Item, Questionnaire } from "./questionnaire.js";

/**
 * Whether the questionnaire marks the rows of the VNG zelftest (2015) (`legal.vng2015`, from 1.3.0).
 * Without them (a custom or older questionnaire) `verdict` and `score` keep their meaning from
 * before 1.3: every legal item.
 */
export function marksVngRows(q: Pick<Questionnaire, "items">): boolean {
  return q.items.some((i) => i.legal?.vng2015 === true);
}

/** The item counts for `verdict` and `score`: a VNG row, or any legal item when none is marked. */
export function inVngLens(item: Pick<Item, "level" | "legal">, vngRows: boolean): boolean {
  return item.level === "wettelijk" && (!vngRows || item.legal?.vng2015 === true);
}

/** The item counts for `lawVerdict` and `lawScore`: a legal item whose requirement is the law's own text. */
export function inLawLens(item: Pick<Item, "level" | "legal">): boolean {
  return item.level === "wettelijk" && item.legal?.kind === "wet";
}
