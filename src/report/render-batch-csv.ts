// The research CSVs (RFC 4180): one row per file (`csv`) or per file × item (`csv-long`), with
// the columns of batch-columns.ts. UTF-8 with a byte-order mark, Windows line ends. Against CSV
// injection in spreadsheets: a value with a line break is always quoted (a lone LF or CR too), and
// a formula start (= + - @ tab CR) is escaped with ' at the start of every line inside a value, not
// only the first. With `;` as delimiter (Dutch Excel) numbers use a decimal comma. The lines are
// built here rather than by csv-stringify (a batch writes millions of cells), with exactly the
// output csv-stringify gives with the options of REFERENCE_OPTIONS; a test compares the two. Pure.
import { isCalendarDate } from "../model/dates.js";
import type { FileOutcome } from "../model/file-outcome.js";
import type { Cell, Column, LongRow } from "./batch-columns.js";
import { cellText } from "./batch-columns.js";

/** SPSS dates start in 1583 (seconds since 14 October 1582): an earlier day cannot be one. */
export const SPSS_FIRST_YEAR = 1583;

/** A day yyyy-mm-dd that the SPSS syntax can make a date (render-codebook.ts, spssDate). */
const isSpssDay = (value: string) => isCalendarDate(value) && Number(value.slice(0, 4)) >= SPSS_FIRST_YEAR;

export interface CsvOptions {
  readonly delimiter: string;
  /**
   * Put ' before text a spreadsheet would take for a formula (default). Off (`--no-escape-formulas`)
   * for files that only go to analysis software, which would otherwise keep the '.
   */
  readonly escapeFormulas?: boolean;
  /**
   * Write each line break inside a cell as LINE_BREAK_MARK, so that every row is one line: the CSV
   * meant for SPSS (with `--codebook FILE.sps`), whose GET DATA reads one case per line. Every other
   * control character but tab (NUL, ESC, BEL, …, DEL) becomes its Unicode control picture (see
   * controlPicture): SPSS and PSPP would cut a text at NUL and show the others as nothing.
   */
  readonly markLineBreaks?: boolean;
}

/** What a line break inside a cell becomes in a CSV meant for SPSS (U+23CE RETURN SYMBOL). */
export const LINE_BREAK_MARK = "\u23CE";
const LINE_BREAK = /\r\n|\r|\n/g;
/** C0 control characters other than tab and the line breaks (marked before), and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** What a control character becomes in the CSV meant for SPSS: its picture, NUL → ␀ (U+2400), ESC → ␛ (U+241B), DEL → ␡ (U+2421). */
export const controlPicture = (c: string): string => {
  const code = c.charCodeAt(0);
  return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
};

/**
 * What the data held, per column, for the SPSS syntax (widths from the data): the longest cell in
 * UTF-8 bytes as SPSS reads it (after unquoting), whether every non-empty cell is a number, and
 * the most decimals seen. Kept only for the columns the CSV writer is asked to profile.
 */
export interface ColumnProfile {
  bytes: number[];
  /** Non-empty cells seen. */
  filled: number[];
  numeric: boolean[];
  /** Whether every non-empty cell is a date of the calendar written yyyy-mm-dd (a meta_* column becomes a date in SPSS). */
  dates: boolean[];
  decimals: number[];
}

/** The length of a text in UTF-8 bytes (SPSS widths are bytes). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    // Two bytes up to U+07FF, three up to U+FFFF, four for a surrogate pair (two code units).
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

export function emptyProfile(columns: number): ColumnProfile {
  return {
    bytes: Array<number>(columns).fill(0),
    filled: Array<number>(columns).fill(0),
    numeric: Array<boolean>(columns).fill(true),
    dates: Array<boolean>(columns).fill(true),
    decimals: Array<number>(columns).fill(0),
  };
}

/** Adds one profile to another (the profiles of worker threads, in any order). */
export function mergeProfile(into: ColumnProfile, from: ColumnProfile): void {
  for (let k = 0; k < into.bytes.length; k += 1) {
    into.bytes[k] = Math.max(into.bytes[k]!, from.bytes[k] ?? 0);
    into.filled[k] = into.filled[k]! + (from.filled[k] ?? 0);
    into.numeric[k] = into.numeric[k]! && (from.numeric[k] ?? true);
    into.dates[k] = into.dates[k]! && (from.dates[k] ?? true);
    into.decimals[k] = Math.max(into.decimals[k]!, from.decimals[k] ?? 0);
  }
}

export const BOM = "\uFEFF";

/** A formula start right after a line break inside a value (the first one is escaped by csv-stringify). */
const FORMULA_AFTER_BREAK = /([\r\n])(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

function safe(v: Cell, decimalComma: boolean, o: CsvOptions = {} as CsvOptions): string {
  const text = cellText(v, decimalComma);
  if (typeof v !== "string") return text;
  if (o.markLineBreaks) return text.replace(LINE_BREAK, LINE_BREAK_MARK).replace(CONTROL, controlPicture);
  return o.escapeFormulas === false ? text : text.replace(FORMULA_AFTER_BREAK, "$1'");
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

/**
 * The one formula policy of every CSV zelftest writes (this research CSV and the plan's,
 * render-plan-csv.ts): a ' before a formula start (= + - @ tab CR, and their full-width forms) at
 * the start of a value and at the start of every line inside it, since a spreadsheet may take any
 * line of a cell for a formula once the cell is split or copied.
 */
export function withoutFormulas(text: string): string {
  return escaped(text.replace(FORMULA_AFTER_BREAK, "$1'"));
}

/** A cell's text with a formula start escaped (unless asked not to): the value a CSV reader gets back. */
function escaped(value: string, escapeFormulas = true): string {
  return escapeFormulas && FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell as written: quoted when it holds a quote, the delimiter or a line break. */
function quoted(v: string, delimiter: string): string {
  if (v === "") return v;
  const quote = v.includes('"');
  const shouldQuote = quote || v.includes(delimiter) || v.includes("\n") || v.includes("\r");
  const text = quote ? v.replaceAll('"', '""') : v;
  return shouldQuote ? `"${text}"` : text;
}

/** One cell: formula start escaped, quoted when it holds a quote, the delimiter or a line break. */
function field(value: string, delimiter: string, escapeFormulas = true): string {
  return quoted(escaped(value, escapeFormulas), delimiter);
}

/** One row of cells as a CSV line ended by CRLF. */
export function csvLine(row: readonly string[], o: CsvOptions): string {
  let out = "";
  for (let i = 0; i < row.length; i += 1) {
    if (i > 0) out += o.delimiter;
    out += field(row[i]!, o.delimiter, o.escapeFormulas !== false);
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
 * Where a cell's text can come from when a row is written: "file" cells (and "batch" cells) are the
 * same on every row of one file, "item" cells on every row of one item, "row" cells are computed
 * for each row. Neighbouring columns of the same kind form one segment, written as one piece.
 */
type SegmentKind = "file" | "item" | "row";

interface Segment {
  readonly kind: SegmentKind;
  /** The columns, in order. */
  readonly columns: readonly number[];
  /** After the segment's last cell: the delimiter, or the line end for the last segment. */
  readonly end: string;
}

/** Only characters up to U+00FF (V8 can keep such a string one byte per character). */
const LATIN1 = /^[\u0000-\u00ff]*$/;

/**
 * The same text, in a string of its own with one byte per character where it can be. A value read
 * from a file is often a piece of the file's text, and keeps that text's form: two bytes per
 * character as soon as the file has one character beyond U+00FF anywhere (a curly quote in a
 * note). Every line made from such a piece is then two bytes per character too, which took twice
 * as long to encode to UTF-8 in a measurement (issue 24). For the texts that are kept and reused:
 * a file's or an item's cells, a remembered value.
 */
function compact(text: string): string {
  if (!LATIN1.test(text)) return text;
  let out = "";
  const codes: number[] = [];
  for (let i = 0; i < text.length; i += COMPACT_PART) {
    codes.length = 0;
    for (let k = i; k < Math.min(i + COMPACT_PART, text.length); k += 1) codes.push(text.charCodeAt(k));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Characters per call of String.fromCharCode in compact (its arguments are limited in number). */
const COMPACT_PART = 4096;

/** At most this many distinct values are remembered per column (a hostile batch could have a million). */
const MAX_REMEMBERED = 512;

/**
 * Writes the CSV lines of a batch file by file, computing each cell only as often as its column's
 * `scope` needs: once for the batch, once per file (for all its rows), once per item (for all
 * files), else for every row. Neighbouring cells that stay the same for a file (or an item) are
 * joined once into one piece, and the text of a value of a column that is not free text (a
 * category, number, date, boolean) is remembered, so a long row is a few pieces put together. The
 * lines are those of csvLine(csvValues(…)) for every row.
 */
export class CsvRowWriter<R> {
  private readonly comma: boolean;
  private readonly batch: (string | undefined)[];
  /** Per item id: the text of each "item" segment (by segment index). */
  private readonly items = new Map<string, (string | undefined)[]>();
  /** Per column that is not free text: the cell's text by value. */
  private readonly remembered: (Map<Cell, string> | undefined)[];
  private readonly segments: readonly Segment[];
  /** What follows a column's cell within its piece: the delimiter or line end for a "row" cell, else nothing. */
  private readonly after: string[];
  /** What the data held, per column (only with `profile`). */
  readonly profile: ColumnProfile | undefined;
  private readonly profiled: boolean[];
  private readonly number: RegExp;

  constructor(
    private readonly columns: readonly Column<R>[],
    private readonly o: CsvOptions,
    /** The item a row is about (long CSV); rows of the same item share the cells of "item" columns. */
    private readonly itemOf: (row: R) => string = () => "",
    /** Keep a profile of the text columns (for the SPSS syntax: widths, numbers). */
    profile = false,
  ) {
    this.comma = o.delimiter === ";";
    this.batch = columns.map(() => undefined);
    this.profile = profile ? emptyProfile(columns.length) : undefined;
    this.profiled = columns.map((c) => profile && c.type === "string");
    // A string column holds free text (and is profiled): its cells are always computed.
    this.remembered = columns.map((c) => (c.type === "string" ? undefined : new Map<Cell, string>()));
    this.number = this.comma ? /^-?\d{1,15}(?:,(\d{1,15}))?$/ : /^-?\d{1,15}(?:\.(\d{1,15}))?$/;
    const kindOf = (c: Column<R>): SegmentKind =>
      c.scope === "batch" || c.scope === "file" ? "file" : c.scope === "item" ? "item" : "row";
    const segments: { kind: SegmentKind; columns: number[]; end: string }[] = [];
    columns.forEach((c, k) => {
      const kind = kindOf(c);
      const last = segments.at(-1);
      // Every "row" cell is a segment of its own (computed for each row); the others join their neighbours.
      if (last && last.kind === kind && kind !== "row") last.columns.push(k);
      else segments.push({ kind, columns: [k], end: o.delimiter });
    });
    if (segments.length > 0) segments.at(-1)!.end = "\r\n";
    this.segments = segments;
    this.after = columns.map(() => "");
    for (const s of segments) if (s.kind === "row") this.after[s.columns[0]!] = s.end;
  }

  /** A cell's text, followed by the end of its segment when it is a segment of its own (a "row" cell). */
  private cell(k: number, row: R): string {
    const value = this.columns[k]!.get(row);
    const known = this.remembered[k];
    if (known !== undefined) {
      const text = known.get(value);
      if (text !== undefined) return text;
    }
    const text = this.text(k, value) + this.after[k]!;
    if (known === undefined || known.size >= MAX_REMEMBERED) return text;
    const kept = compact(text);
    known.set(value, kept);
    return kept;
  }

  private text(k: number, v: Cell): string {
    const value = escaped(safe(v, this.comma, this.o), this.o.escapeFormulas !== false);
    if (this.profiled[k] && value !== "") this.note(k, value);
    return quoted(value, this.o.delimiter);
  }

  private note(k: number, value: string): void {
    const p = this.profile!;
    const bytes = utf8Length(value);
    if (bytes > p.bytes[k]!) p.bytes[k] = bytes;
    p.filled[k] = p.filled[k]! + 1;
    if (p.numeric[k]) {
      const m = this.number.exec(value);
      if (m === null) p.numeric[k] = false;
      else if (m[1] !== undefined && m[1].length > p.decimals[k]!) p.decimals[k] = m[1].length;
    }
    if (p.dates[k] && !isSpssDay(value)) p.dates[k] = false;
  }

  /** A segment's cells joined by the delimiter, followed by its end; "batch" cells computed once per batch. */
  private joined(segment: Segment, row: R): string {
    let out = "";
    segment.columns.forEach((k, i) => {
      if (i > 0) out += this.o.delimiter;
      if (this.columns[k]!.scope !== "batch") out += this.cell(k, row);
      else {
        this.batch[k] ??= this.cell(k, row);
        out += this.batch[k];
      }
    });
    return compact(out + segment.end);
  }

  /** The lines of one file's rows. */
  lines(rows: readonly R[]): string {
    const { segments } = this;
    const file: (string | undefined)[] = [];
    let out = "";
    for (const row of rows) {
      let item: (string | undefined)[] | undefined;
      for (let s = 0; s < segments.length; s += 1) {
        const segment = segments[s]!;
        switch (segment.kind) {
          case "file":
            out += file[s] ??= this.joined(segment, row);
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
            out += item[s] ??= this.joined(segment, row);
            break;
          }
          default:
            out += this.cell(segment.columns[0]!, row);
        }
      }
    }
    return out;
  }
}

/** Values of one row, as CSV cells. */
export function csvValues<R>(columns: readonly Column<R>[], row: R, o: CsvOptions): string[] {
  const comma = o.delimiter === ";";
  return columns.map((c) => safe(c.get(row), comma, o));
}

/** The long rows of one file: every item of a valid file, in questionnaire order; none for an invalid file. */
export function longRows(outcome: FileOutcome): LongRow[] {
  if (!("assessment" in outcome)) return [];
  return outcome.assessment.themes.flatMap((theme) => theme.items.map((item) => ({ outcome, theme, item })));
}
