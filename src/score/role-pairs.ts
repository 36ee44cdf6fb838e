// The pairs tables: for each municipality and year, the answers of the files of two roles side by
// side (`--pairs gemeente,adviesraad`), and how well they agree per item. A file's answers are kept
// as one character per item, so that the pairs of 100,000 files stay small. No I/O.
import { byCodePoint } from "../model/order.js";
import type { Questionnaire } from "../model/questionnaire.js";
import type { AnswerValue, ItemStatus, Role } from "../model/vocabulary.js";
import type { AggregateState, PairAgreement, PairSide, PairSides, RolePair } from "./aggregate-types.js";
import { cohensKappa, linearWeightedKappa } from "./agreement.js";

/** One character per answer in the pairs' answer strings. */
const ANSWER_CODE: Record<AnswerValue, string> = { ja: "j", deels: "d", nee: "n", "weet-niet": "w" };
/** The ordinal answers in their order on the scale, as their codes (weet niet is not on it). */
const ORDINAL_SCALE = [ANSWER_CODE.ja, ANSWER_CODE.deels, ANSWER_CODE.nee];
/** An item not answered (the string starts with this for every item). */
export const UNANSWERED = "-";
const NOT_APPLICABLE = "x";

/** The character of one item's result in a pair side's answer string. */
export const answerChar = (r: { readonly status: ItemStatus; readonly answer: AnswerValue | null }) =>
  r.status === "niet-van-toepassing" ? NOT_APPLICABLE : r.answer === null ? UNANSWERED : ANSWER_CODE[r.answer];

/** Of two files of the same role, municipality and year, the first by path (whatever the order seen). */
export const firstFile = (a: PairSide | undefined, b: PairSide | undefined) =>
  !a ? b : !b ? a : b.file < a.file ? b : a;

/** Adds the sides of `from` to `into`, keeping per role the first file by path. */
export const mergeSides = (into: PairSides, from: PairSides) => {
  for (const role of Object.keys(from) as Role[]) {
    const first = firstFile(into[role], from[role]);
    if (first) into[role] = first;
  }
};

/** One pair of roles: the municipality-years with a file of both, and per item Cohen's and weighted kappa. */
export function pairAgreement(q: Questionnaire, pairs: AggregateState["pairs"], roles: RolePair): PairAgreement {
  const [first, second] = roles;
  const complete = Object.keys(pairs)
    .sort(byCodePoint)
    .map((k) => [pairs[k]![first], pairs[k]![second]] as const)
    .filter((p): p is readonly [PairSide, PairSide] => p[0] !== undefined && p[1] !== undefined);
  const given = (c: string) => c !== UNANSWERED && c !== NOT_APPLICABLE;
  return {
    roles: [first, second],
    count: complete.length,
    items: q.items.map((item, k) => {
      const both = complete
        .map(([x, y]) => [x.answers[k]!, y.answers[k]!] as const)
        .filter(([x, y]) => given(x) && given(y));
      const r = cohensKappa(both);
      const w = linearWeightedKappa(both, ORDINAL_SCALE);
      return {
        id: item.id,
        level: item.level,
        n: r.n,
        observed: r.observed,
        kappa: r.kappa,
        weighted: { n: w.n, kappa: w.kappa },
      };
    }),
  };
}
