// `batch --format parquet`: the long data (the columns and rows of csv-long) as an Apache Parquet
// file, which pandas (pyarrow), R (arrow) and DuckDB read with their column types. Every column of
// batch-columns.ts keeps its name and place; its type becomes a Parquet type (integer INT32, number
// DOUBLE, boolean BOOLEAN, date DATE, text and category UTF-8 text, dictionary-encoded where values
// repeat). The codebook (labels nl/en, values with their labels), the questionnaire (id, version,
// sha256) and the tool version are the file's key-value metadata, and each column's label (nl, en)
// its column chunks' in the first row group (docs/research-outputs.md says how to read them). Cells are the values themselves: no CSV escaping, no ' before a formula start.
//
// The rows arrive as the JSON lines of parquet-records.ts, in input order; every ROW_GROUP_ROWS rows
// or ROW_GROUP_CHARS characters of lines (at the end of a file) become a row group that is encoded, compressed (gzip) and handed to
// `output` at once, so memory holds one row group, whatever the number of files. The bytes depend
// only on the rows and the options, not on the number of worker threads. No I/O: `output` writes.
import { gzipSync } from "node:zlib";
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import type { ColumnSource } from "hyparquet-writer";
import type { Questionnaire } from "../model/questionnaire.js";
import type { Cell, Column, ColumnType } from "./batch-columns.js";
import { asParquetColumn, PARQUET_KEYS, parquetCodebook } from "./parquet-records.js";
import type { RecordColumn } from "./parquet-records.js";

/**
 * Rows per row group: about 380 files of the built-in questionnaire. Larger groups compress a
 * little better (131,072 rows: 20% smaller) but took the peak RSS over the 300 MB budget (390 MB
 * against 240 MB with this size, measured on 3,000 files); DuckDB, pyarrow and R read either.
 */
export const ROW_GROUP_ROWS = 32_768;

/**
 * A row group also ends (with a file) once the lines of its rows reach this many characters of
 * JSON, so that the memory it takes is bounded whatever the notes hold (--include-notes: up to
 * 25,000 characters a row) and the Parquet thread's heap can have a limit with a margin
 * (src/batch/parquet-thread.ts). Rows of the usual kind reach 32,768 rows long before (4.3
 * million characters of lines in the mixed test set of bench/, 5.0 million with --include-notes),
 * so their groups are as before.
 */
export const ROW_GROUP_CHARS = 64 * 1024 * 1024;

type SchemaElement = NonNullable<ConstructorParameters<typeof ParquetWriter>[0]["schema"]>[number];

/** The Parquet type of each column type (all columns may be empty: OPTIONAL). */
const PARQUET_TYPE: Record<ColumnType, Omit<SchemaElement, "name">> = {
  integer: { type: "INT32" },
  number: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
  date: { type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" } },
  string: { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } },
  category: { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } },
};

const DAY_MS = 86_400_000;

/** A cell as the column's Parquet type wants it: numbers, booleans, days since 1970-01-01, text; null for none. */
function converter(type: ColumnType, name: string): (v: Cell) => string | number | boolean | null {
  const wrong = (v: Cell): never => {
    throw new Error(`parquet: column ${name} (${type}) got ${JSON.stringify(v)}`);
  };
  switch (type) {
    case "integer":
      return (v) => {
        if (v === null || v === undefined || v === "") return null;
        const n = typeof v === "number" ? v : Number(v);
        return Number.isInteger(n) && Math.abs(n) <= 0x7fffffff ? n : wrong(v);
      };
    case "number":
      return (v) => {
        if (v === null || v === undefined || v === "") return null;
        const n = typeof v === "number" ? v : Number(v);
        return Number.isFinite(n) ? n : wrong(v);
      };
    case "boolean":
      return (v) => (v === null || v === undefined ? null : typeof v === "boolean" ? v : wrong(v));
    case "date":
      return (v) => {
        if (v === null || v === undefined || v === "") return null;
        const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
        return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : wrong(v);
      };
    default: {
      // The same short text (a municipality, an item id, a role) is kept once per row group, not once
      // per row as it arrived from JSON: a row group of the long data is mostly such repeats.
      const seen = new Map<string, string>();
      return (v) => {
        if (v === null || v === undefined) return null;
        const text = String(v);
        if (text.length > SHARED_TEXT) return text;
        const known = seen.get(text);
        if (known !== undefined) return known;
        if (seen.size >= SHARED_COUNT) seen.clear();
        seen.set(text, text);
        return text;
      };
    }
  }
}

/** Texts up to this length are kept once (see converter), at most SHARED_COUNT of them per column. */
const SHARED_TEXT = 100;
const SHARED_COUNT = 10_000;

/**
 * Writes the Parquet file from the JSON lines of the rows: `write` them in order as they come (text
 * or UTF-8 bytes, cut anywhere), then `finish`. `output` gets the file's bytes in order.
 */
export class ParquetBatchWriter {
  private readonly writer: ParquetWriter;
  private readonly convert: ((v: Cell) => string | number | boolean | null)[];
  private readonly strings: boolean[];
  private data: (string | number | boolean | null)[][];
  private rows = 0;
  /** Characters of the lines of the rows held (see ROW_GROUP_CHARS). */
  private chars = 0;
  private rest = "";
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });

  constructor(
    private readonly columns: readonly Column<never>[],
    q: Questionnaire,
    toolVersion: string,
    output: (bytes: Uint8Array) => void,
    /** Rows per row group (at least; a group ends with a file); smaller in tests. */
    private readonly groupRows = ROW_GROUP_ROWS,
    /** Characters of lines per row group (at least; a group ends with a file); smaller in tests. */
    private readonly groupChars = ROW_GROUP_CHARS,
  ) {
    this.convert = columns.map((c) => converter(c.type, c.name));
    this.strings = columns.map((c) => c.type === "string" || c.type === "category");
    this.data = columns.map(() => []);
    const bytes = new ByteWriter(1 << 20);
    // After each row group and at the end: what was encoded goes out, the memory is used again.
    const flush = () => {
      if (bytes.index > 0) output(bytes.getBytes().slice());
      bytes.index = 0;
    };
    Object.assign(bytes, { flush, finish: flush });
    const schema: SchemaElement[] = [
      { name: "schema", num_children: columns.length },
      ...columns.map((c): SchemaElement => ({ name: c.name, repetition_type: "OPTIONAL", ...PARQUET_TYPE[c.type] })),
    ];
    this.writer = new ParquetWriter({
      writer: bytes,
      schema,
      codec: "GZIP",
      compressors: { GZIP: (input: Uint8Array) => gzipSync(input) },
      createdBy: `zelftest version ${toolVersion}`,
      kvMetadata: [
        { key: PARQUET_KEYS.codebook, value: JSON.stringify(parquetCodebook(columns, q, toolVersion)) },
        { key: PARQUET_KEYS.tool, value: toolVersion },
        { key: PARQUET_KEYS.questionnaire, value: q.id },
        { key: PARQUET_KEYS.questionnaireVersion, value: q.version },
        { key: PARQUET_KEYS.questionnaireSha256, value: q.contentHash },
      ],
    });
  }

  /** A part of the lines (text, or UTF-8 bytes). */
  write(part: string | Uint8Array): void {
    const text = this.rest + (typeof part === "string" ? part : this.decoder.decode(part, { stream: true }));
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      this.add(JSON.parse(text.slice(start, end)) as RecordColumn[], end - start);
      start = end + 1;
    }
    this.rest = text.slice(start);
  }

  /** The last row group, the indexes, the metadata and the footer. */
  finish(): void {
    const tail = this.rest + this.decoder.decode();
    if (tail !== "") throw new Error("parquet: the rows ended inside a line");
    this.flushGroup();
    this.writer.finish();
  }

  private add(line: RecordColumn[], chars: number): void {
    const n = line[0] as number;
    for (let k = 0; k < this.columns.length; k += 1) {
      const cell = line[k + 1];
      const out = this.data[k]!;
      const convert = this.convert[k]!;
      if (Array.isArray(cell)) {
        if (cell.length !== n)
          throw new Error(`parquet: column ${this.columns[k]!.name} has ${cell.length} of ${n} rows`);
        for (const v of cell) out.push(convert(v));
      } else {
        const v = convert(cell);
        for (let i = 0; i < n; i += 1) out.push(v);
      }
    }
    this.rows += n;
    this.chars += chars;
    if (this.rows >= this.groupRows || this.chars >= this.groupChars) this.flushGroup();
  }

  /**
   * Each column's label (nl, en) as its own key-value metadata, in the column chunks of the first
   * row group: what a reader shows per column (DuckDB's parquet_metadata(), pyarrow's
   * metadata.row_group(0).column(k).metadata). Parquet keeps such metadata per chunk, not per
   * column; in every row group it would be repeated some 280 times at 100,000 files (about 1.4 MB
   * beside a 5.8 MB file), in a footer every reader parses on opening. The whole codebook is the file's metadata (PARQUET_KEYS.codebook).
   * Set on the writer's footer record before finish() writes it: the writer has no option for it.
   */
  private labelColumns(
    chunks: readonly { meta_data?: { key_value_metadata?: { key: string; value?: string }[] } }[],
  ): void {
    chunks.forEach((chunk, k) => {
      const { label } = asParquetColumn(this.columns[k]!);
      if (chunk.meta_data === undefined) throw new Error(`parquet: column ${this.columns[k]!.name} has no metadata`);
      chunk.meta_data.key_value_metadata = [
        { key: PARQUET_KEYS.labelNl, value: label.nl },
        { key: PARQUET_KEYS.labelEn, value: label.en },
      ];
    });
  }

  private flushGroup(): void {
    if (this.rows === 0) return;
    const columnData: ColumnSource[] = this.columns.map((c, k) => ({
      name: c.name,
      data: this.data[k]!,
      // Minimum and maximum of numbers and dates (for filters on year, file_id, date); comparing
      // every text cost more time than it gives.
      statistics: !this.strings[k],
    }));
    this.writer.write({ columnData, rowGroupSize: this.rows });
    if (this.writer.row_groups.length === 1) this.labelColumns(this.writer.row_groups[0]!.columns);
    this.data = this.columns.map(() => []);
    this.rows = 0;
    this.chars = 0;
  }
}
