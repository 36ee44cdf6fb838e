// What one item comes to, given the answers so far (docs/scoring.md): whether it applies (its
// `when` condition), and its status and points. The one definition used by scoring, the
// interview and the form. Pure.
import type { Item } from "./questionnaire.js";
import { NOT_APPLICABLE } from "./vocabulary.js";
import type { AnswerValue, ItemStatus, Verdict } from "./vocabulary.js";

/** Answers keyed by item id; an `AnswerSet`'s `answers` map fits, and so does a draft's. */
export type AnswersById = ReadonlyMap<string, { readonly answer: AnswerValue }>;

/**
 * An item applies unless it has a condition (`when`) and the earlier item it points to was not
 * answered with one of the listed values (also when that item was not answered at all).
 */
export function isApplicable(item: Pick<Item, "when">, answers: AnswersById): boolean {
  if (!item.when) return true;
  const given = answers.get(item.when.item)?.answer;
  return given !== undefined && item.when.answer.includes(given);
}

const STATUS_OF: Readonly<Record<AnswerValue, Verdict>> = {
  ja: "voldoet",
  deels: "deels",
  nee: "voldoet-niet",
  "weet-niet": "onbekend",
};

const POINTS_OF: Readonly<Record<AnswerValue, number>> = { ja: 1, deels: 0.5, nee: 0, "weet-niet": 0 };

/** The status of an applicable item: ja voldoet, deels deels, nee voldoet-niet, weet-niet or no answer onbekend. */
export function statusOfAnswer(answer: AnswerValue | null | undefined): Verdict {
  return answer == null ? "onbekend" : STATUS_OF[answer];
}

/** The points of an applicable item: ja 1, deels 0.5, nee, weet-niet and no answer 0. */
export function pointsOfAnswer(answer: AnswerValue | null | undefined): number {
  return answer == null ? 0 : POINTS_OF[answer];
}

/** Status and points of an item; an item that does not apply is niet-van-toepassing with no points. */
export function itemOutcome(
  applicable: boolean,
  answer: AnswerValue | null | undefined,
): { readonly status: ItemStatus; readonly points: number | null } {
  if (!applicable) return { status: NOT_APPLICABLE, points: null };
  return { status: statusOfAnswer(answer), points: pointsOfAnswer(answer) };
}
