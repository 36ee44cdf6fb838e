// Closed vocabularies of the product: answer values, item statuses, verdicts, levels and roles.
// These words are part of the public file formats (docs/answer-file.md, docs/scoring.md); do not rename them.

export const ANSWER_VALUES = ["ja", "deels", "nee", "weet-niet"] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/** Answer values that fall short and therefore need a recommendation. */
export const FAILING_ANSWERS = ["deels", "nee", "weet-niet"] as const;
export type FailingAnswer = (typeof FAILING_ANSWERS)[number];

/** Outcome of one item or a set of items, worst last in VERDICT_ORDER. */
export const VERDICTS = ["voldoet", "deels", "onbekend", "voldoet-niet"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** An item whose condition (`when`) is not met is left out of every score and verdict. */
export const NOT_APPLICABLE = "niet-van-toepassing" as const;
export type ItemStatus = Verdict | typeof NOT_APPLICABLE;

export const LEVELS = ["wettelijk", "aanbeveling"] as const;
export type Level = (typeof LEVELS)[number];

export const ROLES = ["gemeente", "adviesraad", "clientorganisatie", "aanbieder", "onderzoeker", "anders"] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ["nl", "en"] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isAnswerValue(v: unknown): v is AnswerValue {
  return typeof v === "string" && (ANSWER_VALUES as readonly string[]).includes(v);
}
