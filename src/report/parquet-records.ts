// The long data on its way to the Parquet file (`batch --format parquet`): each valid file's rows
// as one line of JSON, made where the file is scored (a worker thread) and read back in the main
// thread, which writes the Parquet file (render-batch-parquet.ts). A line is
// `[rows, cell or cells of column 1, …]`: a column whose value is the same for every row of the
// file (`scope` "batch" or "file") gives one cell, any other column an array of one cell per row.
// JSON keeps every cell exactly (text with line breaks, quotes, emoji; numbers; booleans; null for
// no value), and a line break never occurs inside a line, so lines may be cut and joined anywhere.
// The cells are the values themselves: no CSV escaping, no ' before a formula start. Pure; no
// library (this module is loaded by every batch, the Parquet writer only for this format). Also
// what the file's metadata and the codebook say of the Parquet columns.
import type { Questionnaire } from "../model/questionnaire.js";
import type { Cell, Column, ColumnType } from "./batch-columns.js";

/** One column of a file's line: one cell for all its rows, or a cell per row. */
export type RecordColumn = Cell | Cell[];

/** Turns the rows of one file into its JSON line (with "\n"), or "" for a file without rows. */
export class ParquetRecordWriter<R> {
  private readonly once: boolean[];

  constructor(private readonly columns: readonly Column<R>[]) {
    this.once = columns.map((c) => c.scope === "batch" || c.scope === "file");
  }

  line(rows: readonly R[]): string {
    if (rows.length === 0) return "";
    const out: RecordColumn[] = [rows.length];
    for (let k = 0; k < this.columns.length; k += 1) {
      const get = this.columns[k]!.get;
      if (this.once[k]) out.push(nullable(get(rows[0]!)));
      else out.push(rows.map((r) => nullable(get(r))));
    }
    return `${JSON.stringify(out)}\n`;
  }
}

/** undefined has no place in JSON: it is null (no value). */
const nullable = (v: Cell): Cell => (v === undefined ? null : v);

/** The file's key-value metadata keys (docs/research-outputs.md). */
export const PARQUET_KEYS = {
  codebook: "zelftest.codebook",
  tool: "zelftest.tool_version",
  questionnaire: "zelftest.questionnaire",
  questionnaireVersion: "zelftest.questionnaire_version",
  questionnaireSha256: "zelftest.questionnaire_sha256",
  /** Per column, in the column chunks of the first row group (render-batch-parquet.ts): its label. */
  labelNl: "zelftest.label.nl",
  labelEn: "zelftest.label.en",
} as const;

/** The Parquet type of each column type (render-batch-parquet.ts writes it so). */
const PARQUET_TYPE_NAME: Record<ColumnType, string> = {
  integer: "INT32",
  number: "DOUBLE",
  boolean: "BOOLEAN",
  date: "DATE",
  string: "STRING",
  category: "STRING",
};

/** The Parquet type's name, as the codebook gives it. */
export function parquetTypeName(type: ColumnType): string {
  return PARQUET_TYPE_NAME[type];
}

/**
 * A column as the Parquet file has it: a boolean's values are true and false (not the CSV's 1 and
 * 0), and nothing of SPSS (its numbers, declared missing values): SPSS does not read the file.
 */
export function asParquetColumn<R>(c: Column<R>): Column<R> {
  const { blank: _blank, ...rest } = c;
  const values = c.values?.map((v) => ({
    value: c.type === "boolean" ? (v.value === "1" ? "true" : v.value === "0" ? "false" : v.value) : v.value,
    label: v.label,
  }));
  return { ...rest, ...(values ? { values } : {}) };
}

/** What the file's metadata says about one column. */
export interface CodebookColumn {
  readonly name: string;
  readonly type: string;
  readonly parquet_type: string;
  readonly label: { readonly nl: string; readonly en: string };
  readonly values?: readonly { readonly value: string; readonly label: { readonly nl: string; readonly en: string } }[];
}

/** The codebook as the file's metadata holds it (JSON under PARQUET_KEYS.codebook). */
export function parquetCodebook(
  columns: readonly Column<never>[],
  q: Questionnaire,
  toolVersion: string,
): Record<string, unknown> {
  return {
    data: "csv-long",
    questionnaire: { id: q.id, version: q.version, sha256: q.contentHash },
    tool_version: toolVersion,
    columns: columns.map(asParquetColumn).map(
      (c): CodebookColumn => ({
        name: c.name,
        type: c.type,
        parquet_type: parquetTypeName(c.type),
        label: { nl: c.label.nl, en: c.label.en },
        ...(c.values
          ? { values: c.values.map((v) => ({ value: v.value, label: { nl: v.label.nl, en: v.label.en } })) }
          : {}),
      }),
    ),
  };
}
