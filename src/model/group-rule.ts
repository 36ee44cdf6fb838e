// The rule `meerderheid` of a group answer (docs/answer-file.md, "Group answers"): per question,
// the answer given most often among the members who answered; on a tie the more cautious one
// (nee < weet-niet < deels < ja); a question nobody answered stays unanswered. The one definition:
// `zelftest samenvoegen`, the form's Samenvoegen and compare's weighing of a group all use it. Pure.
import type { GroupRule, Votes } from "./answers.js";
import { ANSWER_VALUES } from "./vocabulary.js";
import type { AnswerValue } from "./vocabulary.js";

/** The rule a group answer made here names in its `group.rule`. */
export const MAJORITY_RULE: GroupRule = "meerderheid";

/** Answers from most cautious to least: on a tie the first of these wins. */
export const CAUTION_ORDER: readonly AnswerValue[] = ["nee", "weet-niet", "deels", "ja"];

/** How many members gave each answer; members who left the question open (null) are not counted. */
export function countVotes(answers: Iterable<AnswerValue | null | undefined>): Votes {
  const counts = new Map<AnswerValue, number>();
  for (const a of answers) if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
  // In the order of the answer scale (ja, deels, nee, weet-niet), as files and reports show them.
  return Object.fromEntries(ANSWER_VALUES.filter((a) => counts.has(a)).map((a) => [a, counts.get(a)!]));
}

/** The number of members who answered (the sum of the votes). */
export function votesCast(votes: Votes): number {
  return ANSWER_VALUES.reduce((n, a) => n + (votes[a] ?? 0), 0);
}

/** The rule's proposal: the most frequent answer, the more cautious on a tie; null when nobody answered. */
export function proposeByMajority(votes: Votes): AnswerValue | null {
  let best: AnswerValue | null = null;
  for (const a of CAUTION_ORDER) {
    const n = votes[a] ?? 0;
    if (n > 0 && (best === null || n > (votes[best] ?? 0))) best = a;
  }
  return best;
}
