// One CSV row per answer file (RFC 4180 via csv-stringify): file, municipality, role, date,
// verdict, scores, and per theme verdict, score and practice score. Invalid files get a row too,
// with the first problem. Formulas are escaped (a municipality named "=HYPERLINK(…)" stays text).
// With `;` as delimiter (Dutch Excel) numbers use a decimal comma. Pure.
import { stringify } from "csv-stringify/sync";
import type { FileOutcome } from "../batch/score-file.js";
import type { Questionnaire } from "../model/questionnaire.js";
import type { Lang } from "../model/vocabulary.js";
import { wording } from "../messages/error-messages.js";

export interface CsvOptions {
  readonly delimiter: string;
  readonly includeNames: boolean;
  readonly lang: Lang;
}

export const BOM = "\uFEFF";

export function csvColumns(q: Questionnaire, o: CsvOptions): string[] {
  return [
    "file",
    "status",
    "municipality",
    "respondent_role",
    ...(o.includeNames ? ["respondent_name"] : []),
    "date",
    "questionnaire",
    "answers_version",
    "verdict",
    "score",
    "practice_verdict",
    "practice_score",
    ...q.themes.flatMap((th) => [`${th.id}_verdict`, `${th.id}_score`, `${th.id}_practice_score`]),
    "error",
  ];
}

export function csvValues(outcome: FileOutcome, q: Questionnaire, o: CsvOptions): string[] {
  const num = (n: number | null) => (n === null ? "" : o.delimiter === ";" ? String(n).replace(".", ",") : String(n));
  if ("diagnostics" in outcome) {
    const d = outcome.diagnostics[0];
    const place = d?.line !== undefined ? `:${d.line}:${d.column ?? 1}` : "";
    const error = d ? `${d.code}${place} ${wording(d.code, d.params, o.lang).message}` : "";
    const blanks = csvColumns(q, o).length - 3;
    return [outcome.file, "invalid", ...Array<string>(blanks).fill(""), error];
  }
  const a = outcome.assessment;
  const themes = new Map(a.themes.map((t) => [t.id, t]));
  return [
    outcome.file,
    "valid",
    a.municipality,
    a.respondent.role,
    ...(o.includeNames ? [a.respondent.name ?? ""] : []),
    a.date,
    a.questionnaire.id,
    a.answersVersion,
    a.verdict ?? "",
    num(a.score),
    a.practiceVerdict ?? "",
    num(a.practiceScore),
    ...q.themes.flatMap((th) => {
      const t = themes.get(th.id);
      return [t?.verdict ?? "", num(t?.score ?? null), num(t?.practiceScore ?? null)];
    }),
    "",
  ];
}

export function csvLines(rows: readonly (readonly string[])[], o: CsvOptions): string {
  return stringify(rows as string[][], { delimiter: o.delimiter, record_delimiter: "windows", escape_formulas: true });
}

export function csvLine(values: readonly string[], o: CsvOptions): string {
  return csvLines([values], o);
}
