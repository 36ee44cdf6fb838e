// Registry: the columns about one item of one valid file (a row of the long CSV): the item, its
// answer and outcome, and in a group answer the members' votes and words. Free text only with
// --include-notes; a member's name only with --include-names (else "Lid 2"). Pure.
import type { Dissent } from "../../model/answers.js";
import { splitDissent, votesAgainst } from "../../model/answers.js";
import type { ItemResult } from "../../model/assessment.js";
import { withoutMemberNames } from "../../model/group-names.js";
import { inLawLens, inVngLens, marksVngRows } from "../../model/legal-lens.js";
import { ANSWER_VALUES } from "../../model/vocabulary.js";
import { GROUP_TEXT } from "../../messages/group.js";
import type { ColumnEntry, ColumnOptions, LongRow } from "./column.js";
import { contentLabel, label } from "./column.js";
import { provenanceColumns } from "./provenance.js";
import { ANSWER_VALUE_LABELS, BOOLEAN_VALUES, LEVEL_VALUES, NOT_ANSWERED, NOT_ASKED, STATUS_VALUES } from "./values.js";

const isGroup = (r: LongRow) => r.outcome.facts.groupSize !== undefined;

/**
 * How many members answered otherwise than the group: by the votes (they count every member, also
 * one the file cannot name after the group changed its answer), else by `dissent`. An entry in
 * `dissent` with the group's own answer is a member who agrees whose words were kept apart
 * (docs/answer-file.md): not counted.
 */
function differing(item: ItemResult): number {
  if (item.votes !== undefined) return votesAgainst(item.votes, item.answer);
  return splitDissent(item.dissent, item.answer).differ.length;
}

/**
 * Free text of a long row as the output may carry it: in a group answer, without --include-names,
 * the members' names replaced by their places ("Lid 2"; model/group-names.ts).
 */
function freeText(o: ColumnOptions): (r: LongRow, text: string | undefined) => string | undefined {
  const place = GROUP_TEXT[o.lang].member;
  return (r, text) => {
    const group = r.outcome.assessment.group;
    return text === undefined || o.includeNames || group === undefined ? text : withoutMemberNames(text, group, place);
  };
}

/**
 * The words of the members who answered otherwise than the group, and of members who agree whose
 * words were kept apart (their line shows the group's answer), so nothing a member wrote is
 * missing; one line per member: "Lid 2 (weet-niet): their note (bron: their evidence)"; the
 * member's name instead of "Lid 2" only with --include-names.
 */
function dissentLines(o: ColumnOptions): (r: LongRow) => string | undefined {
  const text = freeText(o);
  const who = (d: Dissent) => (o.includeNames && d.name !== undefined ? d.name : GROUP_TEXT[o.lang].member(d.member));
  const line = (d: Dissent) =>
    `${who(d)} (${d.answer})` +
    (d.note !== undefined ? `: ${d.note}` : "") +
    (d.evidence !== undefined ? ` (${GROUP_TEXT[o.lang].dissentSource(d.evidence)})` : "");
  return (r) =>
    r.item.dissent && r.item.dissent.length > 0 ? text(r, r.item.dissent.map(line).join("\n")) : undefined;
}

/** The column that marks the rows of a lens: its name and its label's key. */
const LENS_COLUMN = {
  vng: { name: "in_score", label: "inScore" },
  law: { name: "in_law_score", label: "inLawScore" },
} as const;

/**
 * 1 where the row's item counts in a lens (model/legal-lens.ts), so the long data alone gives that
 * lens's score again: the VNG lens (`score`, `verdict`) or the law lens (`law_score`, `law_verdict`).
 */
function inLens(lens: keyof typeof LENS_COLUMN): ColumnEntry<LongRow> {
  return (q) => {
    const vngRows = marksVngRows(q);
    const ids = new Set(
      q.items.filter((i) => (lens === "vng" ? inVngLens(i, vngRows) : inLawLens(i))).map((i) => i.id),
    );
    return {
      name: LENS_COLUMN[lens].name,
      label: label(LENS_COLUMN[lens].label),
      type: "boolean",
      values: BOOLEAN_VALUES,
      scope: "item",
      get: (r) => ids.has(r.item.id),
    };
  };
}

export const ITEM_COLUMNS = {
  theme: (q) => ({
    name: "theme",
    label: label("theme"),
    type: "category",
    values: q.themes.map((th) => ({ value: th.id, label: contentLabel(th.title, q) })),
    scope: "item",
    get: (r) => r.theme.id,
  }),
  item: (q) => ({
    name: "item",
    label: label("item"),
    type: "category",
    values: q.items.map((i) => ({ value: i.id, label: contentLabel(i.question, q) })),
    scope: "item",
    get: (r) => r.item.id,
  }),
  level: () => ({
    name: "level",
    label: label("level"),
    type: "category",
    values: LEVEL_VALUES,
    scope: "item",
    get: (r) => r.item.level,
  }),
  answer: () => ({
    name: "answer",
    label: label("answer"),
    type: "category",
    values: ANSWER_VALUE_LABELS,
    blank: NOT_ANSWERED,
    notAsked: NOT_ASKED,
    get: (r) => r.item.answer,
  }),
  status: () => ({
    name: "status",
    label: label("itemStatus"),
    type: "category",
    values: STATUS_VALUES,
    get: (r) => r.item.status,
  }),
  points: () => ({ name: "points", label: label("points"), type: "number", get: (r) => r.item.points }),
  hasNote: () => ({
    name: "has_note",
    label: label("hasNote"),
    type: "boolean",
    values: BOOLEAN_VALUES,
    get: (r) => r.item.note !== undefined,
  }),
  hasEvidence: () => ({
    name: "has_evidence",
    label: label("hasEvidence"),
    type: "boolean",
    values: BOOLEAN_VALUES,
    get: (r) => r.item.evidence !== undefined,
  }),
  weight: () => ({ name: "weight", label: label("weight"), type: "number", scope: "item", get: (r) => r.item.weight }),
  questionnaire: provenanceColumns<LongRow>().questionnaire,
  /** A group answer's members per item: how many gave each answer (0 where none did; empty for one respondent). */
  votes: () =>
    ANSWER_VALUES.map((value) => ({
      name: `votes_${value.replace(/-/g, "_")}`,
      label: label("votes", value),
      type: "integer",
      get: (r) => (isGroup(r) ? (r.item.votes?.[value] ?? 0) : undefined),
    })),
  nDissent: () => ({
    name: "n_dissent",
    label: label("nDissent"),
    type: "integer",
    get: (r) => (isGroup(r) ? differing(r.item) : undefined),
  }),
  note: (_q, o) => {
    if (!o.includeNotes) return undefined;
    const text = freeText(o);
    return { name: "note", label: label("note"), type: "string", get: (r) => text(r, r.item.note) };
  },
  evidence: (_q, o) => {
    if (!o.includeNotes) return undefined;
    const text = freeText(o);
    return { name: "evidence", label: label("evidence"), type: "string", get: (r) => text(r, r.item.evidence) };
  },
  inScore: inLens("vng"),
  inLawScore: inLens("law"),
  dissent: (_q, o) =>
    o.includeNotes ? { name: "dissent", label: label("dissent"), type: "string", get: dissentLines(o) } : undefined,
} satisfies Record<string, ColumnEntry<LongRow>>;
