// The panel (`batch --format panel`): one row per municipality × year × role, from the aggregate
// (score/aggregate.ts PanelRow): how many valid files, their verdicts counted per lens, and the
// means of their unrounded scores, overall, for good practice and per theme. The municipality as
// grouped (code, else name; docs/research-outputs.md "The municipality list"). The order of the
// columns is a contract like the other lists'. Pure.
import { inLawLens } from "../../model/legal-lens.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import { VERDICTS } from "../../model/vocabulary.js";
import type { Lang, Verdict } from "../../model/vocabulary.js";
import { COLUMN_TEXT } from "../../messages/columns.js";
import { STATUS_LABEL } from "../../messages/ui.js";
import type { PanelRow } from "../../score/aggregate-types.js";
import type { Column, ColumnEntry, ColumnOptions, Labels } from "./column.js";
import { columnsOf, contentLabel, label, labelAround } from "./column.js";
import { provenanceColumns } from "./provenance.js";
import { ROLE_VALUES } from "./values.js";

const both = (of: (lang: Lang) => string): Labels => ({ nl: of("nl"), en: of("en") });
const lensLabel = (lens: "vngLens" | "lawLens") => (lang: Lang) => COLUMN_TEXT[lang][lens];
const has = (q: Questionnaire, level: "wettelijk" | "aanbeveling") => q.items.some((i) => i.level === level);
/** `voldoet-niet` → `n_voldoet_niet`. */
const countName = (prefix: string, v: Verdict) => `${prefix}n_${v.replace(/-/g, "_")}`;

/** Verdict counts and the mean score of one lens. */
function lens(
  prefix: "" | "law_",
  which: "vngLens" | "lawLens",
  verdicts: (r: PanelRow) => Record<Verdict, number>,
  mean: (r: PanelRow) => number | null,
): Column<PanelRow>[] {
  const name = lensLabel(which);
  return [
    ...VERDICTS.map(
      (v): Column<PanelRow> => ({
        name: countName(prefix, v),
        label: both((lang) => COLUMN_TEXT[lang].panelVerdicts(name(lang), STATUS_LABEL[lang][v])),
        type: "integer",
        get: (r) => verdicts(r)[v],
      }),
    ),
    {
      name: `mean_${prefix}score`,
      label: both((lang) => COLUMN_TEXT[lang].panelMeanScore(name(lang))),
      type: "number",
      decimals: 4,
      get: mean,
    },
  ];
}

export const PANEL_COLUMNS = {
  municipality: () => ({
    name: "municipality",
    label: label("panelMunicipality"),
    type: "string",
    get: (r) => r.municipality,
  }),
  gemeentecode: () => ({ name: "gemeentecode", label: label("gemeentecode"), type: "string", get: (r) => r.code }),
  year: () => ({ name: "year", label: label("year"), type: "integer", get: (r) => r.year }),
  role: () => ({ name: "role", label: label("role"), type: "category", values: ROLE_VALUES, get: (r) => r.role }),
  files: () => ({ name: "n_files", label: label("panelFiles"), type: "integer", get: (r) => r.files }),
  /** The VNG lens (`verdict`, `score`): every questionnaire with legal items. */
  vng: (q) =>
    has(q, "wettelijk")
      ? lens(
          "",
          "vngLens",
          (r) => r.verdicts,
          (r) => r.meanScore,
        )
      : undefined,
  /** The law lens (`law_verdict`, `law_score`): questionnaires with items of the law's own text. */
  law: (q) =>
    q.items.some(inLawLens)
      ? lens(
          "law_",
          "lawLens",
          (r) => r.lawVerdicts,
          (r) => r.meanLawScore,
        )
      : undefined,
  practice: (q) =>
    has(q, "aanbeveling")
      ? [
          {
            name: "n_practice_filled",
            label: label("panelPracticeFiles"),
            type: "integer",
            get: (r) => r.practiceFiles,
          },
          {
            name: "mean_practice_score",
            label: label("panelMeanPracticeScore"),
            type: "number",
            decimals: 4,
            get: (r) => r.meanPracticeScore,
          },
        ]
      : undefined,
  /** Per theme with legal items, in questionnaire order. */
  themes: (q) =>
    q.themes.flatMap((th, k): Column<PanelRow>[] =>
      th.items.some((i) => i.level === "wettelijk")
        ? [
            {
              name: `${th.id}_mean_score`,
              label: labelAround("panelThemeMeanScore", contentLabel(th.title, q)),
              type: "number",
              decimals: 4,
              get: (r) => r.themes[k],
            },
          ]
        : [],
    ),
  // Where the numbers come from: the same for the whole batch (provenance.ts).
  ...provenanceColumns<PanelRow>(),
} satisfies Record<string, ColumnEntry<PanelRow>>;

const P = PANEL_COLUMNS;
export const PANEL: readonly ColumnEntry<PanelRow>[] = [
  P.municipality,
  P.gemeentecode,
  P.year,
  P.role,
  P.files,
  P.vng,
  P.law,
  P.practice,
  P.themes,
  P.questionnaire,
  P.questionnaireVersion,
  P.questionnaireSha256,
  P.toolVersion,
];

/** The panel's columns for this questionnaire (the options add none: the panel carries no path, name, note or meta). */
export function panelColumns(q: Questionnaire, o: ColumnOptions): Column<PanelRow>[] {
  return columnsOf(PANEL, q, o);
}
