// The values a category or 0/1 column can take, with their labels (messages/) and the numbers SPSS
// gets for them (docs/research-outputs.md, "SPSS"). Pure.
import { ANSWER_VALUES, LEVELS, ROLES, VERDICTS } from "../../model/vocabulary.js";
import type { ItemStatus } from "../../model/vocabulary.js";
import { ANSWER_LABEL, ROLE_LABEL, STATUS_LABEL } from "../../messages/ui.js";
import type { ColumnValue } from "./column.js";
import { valueLabel } from "./column.js";

/** SPSS codes of the answers: ordinal ja 1, deels 2, nee 3; weet niet 8 and not answered 9 are declared missing. */
export const ANSWER_CODES = { ja: 1, deels: 2, nee: 3, "weet-niet": 8 } as const;
export const NOT_ANSWERED_CODE = 9;
/** SPSS codes of verdicts and item statuses, in the order of "the worst counts"; niet van toepassing 9 is declared missing. */
export const VERDICT_CODES = {
  voldoet: 1,
  deels: 2,
  onbekend: 3,
  "voldoet-niet": 4,
  "niet-van-toepassing": 9,
} as const;

export const ANSWER_VALUE_LABELS: ColumnValue[] = ANSWER_VALUES.map((v) => ({
  value: v,
  label: { nl: ANSWER_LABEL.nl[v], en: ANSWER_LABEL.en[v] },
  code: ANSWER_CODES[v],
  ...(v === "weet-niet" ? { missing: true } : {}),
}));

/** An empty answer cell: not answered (SPSS code 9, declared missing). */
export const NOT_ANSWERED = { code: NOT_ANSWERED_CODE, label: valueLabel("notAnswered") };
/** An empty answer cell of a question that did not apply (long data): not asked (SPSS code 7, declared missing). */
export const NOT_ASKED = { code: 7, label: valueLabel("notAsked") };

const status = (v: ItemStatus): ColumnValue => ({
  value: v,
  label: { nl: STATUS_LABEL.nl[v], en: STATUS_LABEL.en[v] },
  code: VERDICT_CODES[v],
  ...(v === "niet-van-toepassing" ? { missing: true } : {}),
});
export const VERDICT_VALUES: ColumnValue[] = VERDICTS.map(status);
/** An item's status: a verdict, or niet van toepassing (declared missing). */
export const STATUS_VALUES: ColumnValue[] = [...VERDICTS, "niet-van-toepassing" as const].map(status);

export const ROLE_VALUES: ColumnValue[] = ROLES.map((r, k) => ({
  value: r,
  label: { nl: ROLE_LABEL.nl[r], en: ROLE_LABEL.en[r] },
  code: k + 1,
}));

export const BOOLEAN_VALUES: ColumnValue[] = [
  { value: "1", label: valueLabel("yes"), code: 1 },
  { value: "0", label: valueLabel("no"), code: 0 },
];

export const LEVEL_VALUES: ColumnValue[] = LEVELS.map((l, k) => ({
  value: l,
  label: valueLabel(l === "wettelijk" ? "legal" : "practice"),
  code: k + 1,
}));

/** Whether the file is valid and scored (wide `status`). */
export const VALIDITY_VALUES: ColumnValue[] = [
  { value: "valid", label: valueLabel("valid"), code: 1 },
  { value: "invalid", label: valueLabel("invalid"), code: 0 },
];
