// The order of outcomes, worst wins (docs/scoring.md): voldoet-niet > onbekend > deels > voldoet.
// The one definition of that order: scoring (the verdict of a set), the gap list and summaries
// (most urgent first) and comparisons (better or worse) all use these functions. Pure.
import { NOT_APPLICABLE, VERDICTS } from "./vocabulary.js";
import type { ItemStatus, Verdict } from "./vocabulary.js";

/** Severity of a verdict: 0 for voldoet up to 3 for voldoet-niet (VERDICTS is best → worst). */
export function severityOf(verdict: Verdict): number {
  return VERDICTS.indexOf(verdict);
}

/** The worse of two verdicts. */
export function worseVerdict(a: Verdict, b: Verdict): Verdict {
  return severityOf(b) > severityOf(a) ? b : a;
}

/** The verdict of a set of item statuses: the worst one; null when no item applies. */
export function worstVerdict(statuses: Iterable<ItemStatus>): Verdict | null {
  let worst: Verdict | null = null;
  for (const s of statuses) {
    if (s === NOT_APPLICABLE) continue;
    worst = worst === null ? s : worseVerdict(worst, s);
  }
  return worst;
}

/** Item statuses, most urgent first: voldoet-niet, onbekend, deels, voldoet, niet-van-toepassing. */
export const URGENCY_ORDER: readonly ItemStatus[] = [...[...VERDICTS].reverse(), NOT_APPLICABLE];

/** Sort comparator: the more urgent status first (niet-van-toepassing last). */
export function byUrgency(a: ItemStatus, b: ItemStatus): number {
  return URGENCY_ORDER.indexOf(a) - URGENCY_ORDER.indexOf(b);
}
