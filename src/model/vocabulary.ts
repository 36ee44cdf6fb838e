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

export function isRole(v: unknown): v is Role {
  return typeof v === "string" && (ROLES as readonly string[]).includes(v);
}

/**
 * A closed word as a person may type it: accents, capitals, spaces, hyphens and underscores do not
 * count ("Cliënt organisatie" and "clientorganisatie" are the same; so are "Weet niet" and "weet-niet").
 */
export function looseKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

/** The one of `values` that `typed` is when written loosely (looseKey); undefined when none is. */
export function looseMatch<T extends string>(typed: string, values: readonly T[]): T | undefined {
  const key = looseKey(typed);
  return key === "" ? undefined : values.find((v) => looseKey(v) === key);
}

/**
 * A role as a person types it on the command line (`--role`, `--pairs`): the role's id, also with
 * the Dutch spelling's accent, capitals or spaces ("Cliëntorganisatie" is clientorganisatie).
 * Answer files are stricter: they hold the id itself (docs/answer-file.md); a file that writes a
 * role this way is refused with the id to write instead (INVALID_VALUE's suggestion, from looseMatch
 * in load/schema-errors.ts).
 */
export function roleFromTyped(typed: string): Role | undefined {
  return looseMatch(typed, ROLES);
}

export const LANGUAGES = ["nl", "en"] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isAnswerValue(v: unknown): v is AnswerValue {
  return typeof v === "string" && (ANSWER_VALUES as readonly string[]).includes(v);
}
