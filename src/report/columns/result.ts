// Registry: the columns of one file's result in the wide CSV: whether it is valid, its verdicts
// and scores (overall, per theme, in the VNG lens and the law lens), the counts behind them, and
// the first problem of an invalid file. Columns of a kind of question the questionnaire lacks are
// left out. Pure.
import type { StatusCounts } from "../../model/assessment.js";
import type { FileOutcome } from "../../model/file-outcome.js";
import { inLawLens } from "../../model/legal-lens.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import type { Level } from "../../model/vocabulary.js";
import { shareableText } from "../shareable-problem.js";
import type { Column, ColumnEntry } from "./column.js";
import { contentLabel, label, labelAround } from "./column.js";
import { ANSWER_VALUE_LABELS, BOOLEAN_VALUES, NOT_ANSWERED, VALIDITY_VALUES, VERDICT_VALUES } from "./values.js";

const valid = (r: FileOutcome) => ("assessment" in r ? r.assessment : undefined);
/** The assessment where good practice was filled in (at least one good-practice item answered). */
const practiceOf = (r: FileOutcome) => (valid(r)?.practiceFilledIn ? valid(r) : undefined);
const themeOf = (r: FileOutcome, id: string) => valid(r)?.themes.find((t) => t.id === id);
const has = (q: Questionnaire, level: Level) => q.items.some((i) => i.level === level);
const answered = (c: StatusCounts) => c.voldoet + c.deels + c["voldoet-niet"] + c.onbekend - c.onbeantwoord;

/** A pair of columns where the questionnaire has the kind of question they are about, else none. */
const where = <R>(test: (q: Questionnaire) => boolean, columns: (q: Questionnaire) => Column<R>[]): ColumnEntry<R> => {
  return (q) => (test(q) ? columns(q) : undefined);
};

/**
 * The counts of one kind of question: answered, weet niet, open, and not applicable where such an
 * item has a condition. The legal counts are the VNG lens's, like verdict and score.
 */
function counts(level: Level): ColumnEntry<FileOutcome> {
  const prefix = level === "wettelijk" ? "" : "practice_";
  const what = level === "wettelijk" ? "vngItems" : "practiceItems";
  const of = (r: FileOutcome) => (level === "wettelijk" ? valid(r)?.counts.vng : practiceOf(r)?.counts.aanbeveling);
  return (q) => {
    if (!has(q, level)) return undefined;
    const text = (key: "nAnswered" | "nWeetNiet" | "nUnanswered" | "nNotApplicable") => labelAround(key, label(what));
    const conditional = q.items.some((i) => i.level === level && i.when);
    return [
      {
        name: `${prefix}n_answered`,
        label: text("nAnswered"),
        type: "integer",
        get: (r) => {
          const c = of(r);
          return c && answered(c);
        },
      },
      {
        name: `${prefix}n_weet_niet`,
        label: text("nWeetNiet"),
        type: "integer",
        get: (r) => {
          const c = of(r);
          return c && c.onbekend - c.onbeantwoord;
        },
      },
      { name: `${prefix}n_unanswered`, label: text("nUnanswered"), type: "integer", get: (r) => of(r)?.onbeantwoord },
      ...(conditional
        ? [
            {
              name: `${prefix}n_not_applicable`,
              label: text("nNotApplicable"),
              type: "integer" as const,
              get: (r: FileOutcome) => of(r)?.["niet-van-toepassing"],
            },
          ]
        : []),
    ];
  };
}

export const RESULT_COLUMNS = {
  valid: () => ({
    name: "status",
    label: label("fileValid"),
    type: "category",
    values: VALIDITY_VALUES,
    get: (r) => ("assessment" in r ? "valid" : "invalid"),
  }),
  /** The file's own id: for a valid file the questionnaire scored against; for an invalid one what it says (empty if unreadable). */
  questionnaire: () => ({
    name: "questionnaire",
    label: label("questionnaireOfFile"),
    type: "string",
    get: (r) => r.facts.questionnaire,
  }),
  answersVersion: () => ({
    name: "answers_version",
    label: label("answersVersion"),
    type: "string",
    get: (r) => valid(r)?.answersVersion,
  }),
  vng: where<FileOutcome>(
    (q) => has(q, "wettelijk"),
    () => [
      {
        name: "verdict",
        label: label("verdict"),
        type: "category",
        values: VERDICT_VALUES,
        get: (r) => valid(r)?.verdict,
      },
      { name: "score", label: label("score"), type: "number", get: (r) => valid(r)?.score },
    ],
  ),
  practice: where<FileOutcome>(
    (q) => has(q, "aanbeveling"),
    () => [
      {
        name: "practice_verdict",
        label: label("practiceVerdict"),
        type: "category",
        values: VERDICT_VALUES,
        get: (r) => practiceOf(r)?.practiceVerdict,
      },
      {
        name: "practice_score",
        label: label("practiceScore"),
        type: "number",
        get: (r) => practiceOf(r)?.practiceScore,
      },
    ],
  ),
  /** Per theme: the VNG verdict and score where it has legal items, the good-practice score where it has such items. */
  themes: (q) =>
    q.themes.flatMap((th): Column<FileOutcome>[] => {
      const title = contentLabel(th.title, q);
      const of = (key: "themeVerdict" | "themeScore" | "themePracticeScore") => labelAround(key, title);
      const legal = th.items.some((i) => i.level === "wettelijk");
      const practice = th.items.some((i) => i.level === "aanbeveling");
      return [
        ...(legal
          ? [
              {
                name: `${th.id}_verdict`,
                label: of("themeVerdict"),
                type: "category" as const,
                values: VERDICT_VALUES,
                get: (r: FileOutcome) => themeOf(r, th.id)?.verdict,
              },
              {
                name: `${th.id}_score`,
                label: of("themeScore"),
                type: "number" as const,
                get: (r: FileOutcome) => themeOf(r, th.id)?.score,
              },
            ]
          : []),
        ...(practice
          ? [
              {
                name: `${th.id}_practice_score`,
                label: of("themePracticeScore"),
                type: "number" as const,
                get: (r: FileOutcome) => {
                  const t = themeOf(r, th.id);
                  return t?.practiceFilledIn ? t.practiceScore : undefined;
                },
              },
            ]
          : []),
      ];
    }),
  vngCounts: counts("wettelijk"),
  practiceFilled: where<FileOutcome>(
    (q) => has(q, "aanbeveling"),
    () => [
      {
        name: "practice_filled",
        label: label("practiceFilled"),
        type: "boolean",
        values: BOOLEAN_VALUES,
        get: (r) => valid(r)?.practiceFilledIn,
      },
    ],
  ),
  practiceCounts: counts("aanbeveling"),
  /** Added with questionnaire 1.3 (issue 20): the law lens. */
  law: where<FileOutcome>(
    (q) => q.items.some(inLawLens),
    () => [
      {
        name: "law_verdict",
        label: label("lawVerdict"),
        type: "category",
        values: VERDICT_VALUES,
        get: (r) => valid(r)?.lawVerdict,
      },
      { name: "law_score", label: label("lawScore"), type: "number", get: (r) => valid(r)?.lawScore },
    ],
  ),
  /** Where the questionnaire says when its items first appeared: answered items newer than the file's version. */
  newerItems: where<FileOutcome>(
    (q) => q.items.some((i) => i.since !== undefined),
    () => [
      {
        name: "n_newer_items",
        label: label("newerItems"),
        type: "integer",
        get: (r) => (valid(r) ? (r.facts.newerItems?.length ?? 0) : undefined),
      },
    ],
  ),
  /** --items: one answer column per item, named by its id (empty: not answered). */
  answers: (q, o) =>
    o.items
      ? q.items.map((item) => ({
          name: item.id,
          label: contentLabel(item.question, q),
          type: "category",
          values: ANSWER_VALUE_LABELS,
          blank: NOT_ANSWERED,
          get: (r) =>
            valid(r)
              ?.themes.find((t) => t.id === item.theme)
              ?.items.find((i) => i.id === item.id)?.answer,
        }))
      : undefined,
  error: (_q, o) => ({
    name: "error",
    label: label("error"),
    type: "string",
    get: (r) => {
      const d = "diagnostics" in r ? r.diagnostics[0] : undefined;
      if (!d) return undefined;
      const place = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : "";
      return `${d.code}${place} ${shareableText(d, o)}`;
    },
  }),
  errorCode: () => ({
    name: "error_code",
    label: label("errorCode"),
    type: "string",
    get: (r) => ("diagnostics" in r ? r.diagnostics[0]?.code : undefined),
  }),
} satisfies Record<string, ColumnEntry<FileOutcome>>;
