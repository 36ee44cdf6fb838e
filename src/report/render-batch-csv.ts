// The research CSVs (RFC 4180): one row per file (`csv`) or per file × item (`csv-long`), with
// the columns of batch-columns.ts. UTF-8 with a byte-order mark, Windows line ends. Against CSV
// injection in spreadsheets: a value with a line break is always quoted (a lone LF or CR too), and
// a formula start (= + - @ tab CR) is escaped with ' at the start of every line inside a value, not
// only the first. With `;` as delimiter (Dutch Excel) numbers use a decimal comma. The lines are
// built here rather than by csv-stringify (a batch writes millions of cells), with exactly the
// output csv-stringify gives with the options of REFERENCE_OPTIONS; a test compares the two. Pure.
import type { FileOutcome } from "../model/file-outcome.js";
import type { Cell, Column, LongRow } from "./batch-columns.js";
import { cellText } from "./batch-columns.js";

export interface CsvOptions {
  readonly delimiter: string;
}

export const BOM = "\uFEFF";

/** A formula start right after a line break inside a value (the first one is escaped by csv-stringify). */
const FORMULA_AFTER_BREAK = /([\r\n])(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

function safe(v: Cell, decimalComma: boolean): string {
  const text = cellText(v, decimalComma);
  return typeof v === "string" ? text.replace(FORMULA_AFTER_BREAK, "$1'") : text;
}

/** The csv-stringify options whose output csvLines gives (plus `delimiter`); the test checks it. */
export const REFERENCE_OPTIONS = {
  record_delimiter: "windows",
  escape_formulas: true,
  // csv-stringify does not quote a lone LF or CR when the record delimiter is CRLF.
  quoted_match: /[\r\n]/,
} as const;

/** A formula start that csv-stringify's escape_formulas escapes (at the start of a value). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell: formula start escaped, quoted when it holds a quote, the delimiter or a line break. */
function field(value: string, delimiter: string): string {
  if (value === "") return value;
  const quote = value.includes('"');
  const shouldQuote = quote || value.includes(delimiter) || value.includes("\n") || value.includes("\r");
  let v = FORMULA_START.test(value) ? `'${value}` : value;
  if (quote) v = v.replaceAll('"', '""');
  return shouldQuote ? `"${v}"` : v;
}

/** One row of cells as a CSV line ended by CRLF. */
export function csvLine(row: readonly string[], o: CsvOptions): string {
  let out = "";
  for (let i = 0; i < row.length; i += 1) {
    if (i > 0) out += o.delimiter;
    out += field(row[i]!, o.delimiter);
  }
  return `${out}\r\n`;
}

/** Rows of cells as CSV lines. */
export function csvLines(rows: readonly (readonly string[])[], o: CsvOptions): string {
  let out = "";
  for (const row of rows) out += csvLine(row, o);
  return out;
}

export function csvHeader(columns: readonly Column<never>[], o: CsvOptions): string {
  return csvLines([columns.map((c) => c.name)], o);
}

/**
 * Writes the CSV lines of a batch file by file, computing each cell only as often as its column's
 * `scope` needs: once for the batch, once per file (for all its rows), once per item (for all
 * files), else for every row. The lines are those of csvLine(csvValues(…)) for every row.
 */
export class CsvRowWriter<R> {
  private readonly comma: boolean;
  private readonly batch: (string | undefined)[];
  private readonly items = new Map<string, (string | undefined)[]>();

  constructor(
    private readonly columns: readonly Column<R>[],
    private readonly o: CsvOptions,
    /** The item a row is about (long CSV); rows of the same item share the cells of "item" columns. */
    private readonly itemOf: (row: R) => string = () => "",
  ) {
    this.comma = o.delimiter === ";";
    this.batch = columns.map(() => undefined);
  }

  private cell(k: number, row: R): string {
    return field(safe(this.columns[k]!.get(row), this.comma), this.o.delimiter);
  }

  /** The lines of one file's rows. */
  lines(rows: readonly R[]): string {
    const { columns, o } = this;
    const file: (string | undefined)[] = [];
    let out = "";
    for (const row of rows) {
      let item: (string | undefined)[] | undefined;
      for (let k = 0; k < columns.length; k += 1) {
        if (k > 0) out += o.delimiter;
        switch (columns[k]!.scope) {
          case "batch":
            out += this.batch[k] ??= this.cell(k, row);
            break;
          case "file":
            out += file[k] ??= this.cell(k, row);
            break;
          case "item": {
            if (item === undefined) {
              const id = this.itemOf(row);
              item = this.items.get(id);
              if (item === undefined) {
                item = [];
                this.items.set(id, item);
              }
            }
            out += item[k] ??= this.cell(k, row);
            break;
          }
          default:
            out += this.cell(k, row);
        }
      }
      out += "\r\n";
    }
    return out;
  }
}

/** Values of one row, as CSV cells. */
export function csvValues<R>(columns: readonly Column<R>[], row: R, o: CsvOptions): string[] {
  const comma = o.delimiter === ";";
  return columns.map((c) => safe(c.get(row), comma));
}

/** The long rows of one file: every item of a valid file, in questionnaire order; none for an invalid file. */
export function longRows(outcome: FileOutcome): LongRow[] {
  if (!("assessment" in outcome)) return [];
  return outcome.assessment.themes.flatMap((theme) => theme.items.map((item) => ({ outcome, theme, item })));
}
