// The Parquet writer of `batch --format parquet` on its own: rows of every column type, as the JSON
// lines of parquet-records.ts, fed in pieces cut anywhere (inside a line, inside a UTF-8 character)
// give the same bytes as fed whole; row groups end with a file; DuckDB reads every value back.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_QUESTIONNAIRE, loadQuestionnaire } from "../../src/load/load-files.js";
import type { Column } from "../../src/report/batch-columns.js";
import { ParquetRecordWriter } from "../../src/report/parquet-records.js";
import { ParquetBatchWriter } from "../../src/report/render-batch-parquet.js";

interface Row {
  file: number;
  k: number;
  text: string | undefined;
  points: number | undefined;
  date: string;
  flag: boolean;
}

const L = (s: string) => ({ nl: s, en: s });
const COLUMNS: Column<Row>[] = [
  { name: "file_id", label: L("file"), type: "integer", scope: "file", get: (r) => r.file },
  { name: "year", label: L("year"), type: "integer", scope: "file", get: (r) => r.date.slice(0, 4) },
  { name: "date", label: L("date"), type: "date", scope: "file", get: (r) => r.date },
  { name: "k", label: L("k"), type: "integer", get: (r) => r.k },
  { name: "text", label: L("text"), type: "string", get: (r) => r.text },
  { name: "answer", label: L("answer"), type: "category", get: (r) => ["ja", "nee", undefined][r.k % 3] },
  { name: "points", label: L("points"), type: "number", get: (r) => r.points },
  { name: "flag", label: L("flag"), type: "boolean", get: (r) => r.flag },
  { name: "tool", label: L("tool"), type: "string", scope: "batch", get: () => "9.9.9" },
];

const TEXTS = ["a\nb", 'quote " and ,;', "=1+1", "😀 emoji", "ë", "", "\r\n", undefined];

function files(): Row[][] {
  let x = 7;
  const rnd = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.floor((x / 2147483648) * n);
  };
  return Array.from({ length: 300 }, (_, f) => {
    const date = `20${10 + rnd(15)}-0${1 + rnd(9)}-${10 + rnd(18)}`;
    return Array.from({ length: rnd(8) }, (_, k) => ({
      file: f + 1,
      k,
      text: TEXTS[rnd(TEXTS.length)],
      points: [0, 0.5, 1, undefined][rnd(4)],
      date,
      flag: rnd(2) === 1,
    }));
  });
}

const q = loadQuestionnaire(DEFAULT_QUESTIONNAIRE);
const dir = mkdtempSync(join(tmpdir(), "zelftest-parquet-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(parts: readonly (string | Uint8Array)[]): Buffer {
  const out: Uint8Array[] = [];
  const w = new ParquetBatchWriter(COLUMNS as Column<never>[], q, "9.9.9", (b) => out.push(b), 100);
  for (const p of parts) w.write(p);
  w.finish();
  return Buffer.concat(out);
}

describe("ParquetBatchWriter", () => {
  const data = files();
  const records = new ParquetRecordWriter(COLUMNS);
  const text = data.map((rows) => records.line(rows)).join("");

  it("gives the same bytes for the lines whole and cut anywhere, also inside a character", () => {
    const whole = write([text]);
    const bytes = Buffer.from(text, "utf8");
    const pieces: Uint8Array[] = [];
    for (let i = 0, n = 1; i < bytes.length; i += n, n = (n * 7 + 3) % 97) pieces.push(bytes.subarray(i, i + n));
    expect(write(pieces).equals(whole)).toBe(true);
    expect(write(text.split("\n").map((l, i, all) => (i < all.length - 1 ? `${l}\n` : l))).equals(whole)).toBe(true);
  });

  it("is read back by DuckDB: every value, its type, row groups that end with a file", async () => {
    const file = join(dir, "unit.parquet");
    writeFileSync(file, write([text]));
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    try {
      const r = await con.runAndReadAll(`SELECT * FROM read_parquet('${file}')`);
      expect(r.columnNames()).toEqual(COLUMNS.map((c) => c.name));
      expect(r.columnTypes().map(String)).toEqual([
        "INTEGER",
        "INTEGER",
        "DATE",
        "INTEGER",
        "VARCHAR",
        "VARCHAR",
        "DOUBLE",
        "BOOLEAN",
        "VARCHAR",
      ]);
      const want = data.flat().map((row) =>
        COLUMNS.map((c) => {
          const v = c.get(row);
          if (v === undefined) return null;
          return c.name === "year" ? Number(v) : v;
        }),
      );
      const got = r.getRowsJson();
      expect(got.length).toBe(want.length);
      expect(got).toEqual(want);
      const groups = await con.runAndReadAll(
        `SELECT row_group_id, row_group_num_rows FROM parquet_metadata('${file}') WHERE path_in_schema = 'file_id' ORDER BY row_group_id`,
      );
      const sizes = groups.getRows().map(([, n]) => Number(n));
      expect(sizes.length).toBeGreaterThan(5);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(want.length);
      // Each group ends with the last row of a file: the next group starts with a new file_id.
      let start = 0;
      const rows = data.flat();
      for (const n of sizes.slice(0, -1)) {
        expect(n).toBeGreaterThanOrEqual(100);
        expect(rows[start + n]!.file).not.toBe(rows[start + n - 1]!.file);
        start += n;
      }
    } finally {
      con.closeSync();
    }
  });

  it("ends a row group (with a file) once its lines reach the characters allowed, however few its rows", async () => {
    // Long notes make long lines: a group is bounded by what it holds, not only by its rows, so
    // that the Parquet thread's memory has a limit (ROW_GROUP_CHARS).
    const lines = text.split("\n").filter((l) => l !== "");
    const chars = 2000;
    const want: number[] = [];
    let rows = 0;
    let held = 0;
    for (const line of lines) {
      rows += (JSON.parse(line) as number[])[0]!;
      held += line.length;
      if (held >= chars) {
        want.push(rows);
        [rows, held] = [0, 0];
      }
    }
    if (rows > 0) want.push(rows);
    expect(want.length).toBeGreaterThan(5);
    const out: Uint8Array[] = [];
    const w = new ParquetBatchWriter(COLUMNS as Column<never>[], q, "9.9.9", (b) => out.push(b), 1_000_000, chars);
    w.write(text);
    w.finish();
    const file = join(dir, "chars.parquet");
    writeFileSync(file, Buffer.concat(out));
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    try {
      const groups = await con.runAndReadAll(
        `SELECT row_group_num_rows FROM parquet_metadata('${file}') WHERE path_in_schema = 'file_id' ORDER BY row_group_id`,
      );
      expect(groups.getRows().map(([n]) => Number(n))).toEqual(want);
    } finally {
      con.closeSync();
    }
  });

  it("gives each column its label (nl, en) as key-value metadata of its chunk in the first row group, read back by DuckDB", async () => {
    const labelled = COLUMNS.map((c) => ({
      ...c,
      label: { nl: `${c.name}: cliënt ë "quote"`, en: `${c.name} in English` },
    }));
    const out: Uint8Array[] = [];
    const w = new ParquetBatchWriter(labelled as Column<never>[], q, "9.9.9", (b) => out.push(b), 100);
    w.write(data.map((rows) => new ParquetRecordWriter(labelled).line(rows)).join(""));
    w.finish();
    const file = join(dir, "labels.parquet");
    writeFileSync(file, Buffer.concat(out));
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    try {
      const r = await con.runAndReadAll(
        `SELECT row_group_id, path_in_schema, decode(key_value_metadata['zelftest.label.nl'::BLOB]) AS nl, decode(key_value_metadata['zelftest.label.en'::BLOB]) AS en, cardinality(key_value_metadata) AS n FROM parquet_metadata('${file}') ORDER BY row_group_id, column_id`,
      );
      const rows = r
        .getRows()
        .map(([g, path, nl, en, n]) => ({ g: Number(g), path: String(path), nl, en, n: Number(n) }));
      expect(Math.max(...rows.map((x) => x.g))).toBeGreaterThan(0); // more than one row group
      expect(rows.filter((x) => x.g === 0)).toEqual(
        labelled.map((c) => ({ g: 0, path: c.name, nl: c.label.nl, en: c.label.en, n: 2 })),
      );
      // Not repeated in the other row groups (the whole codebook is the file's metadata).
      expect(rows.filter((x) => x.g > 0).every((x) => x.n === 0)).toBe(true);
      // The data is as without them.
      const sum = await con.runAndReadAll(`SELECT count(*), sum(k) FROM read_parquet('${file}')`);
      const flat = data.flat();
      expect(sum.getRows()[0]!.map(Number)).toEqual([flat.length, flat.reduce((s, row) => s + row.k, 0)]);
    } finally {
      con.closeSync();
    }
  });

  it("refuses a value its column's type cannot hold, rather than writing something else", () => {
    const bad: Column<Row>[] = [{ name: "n", label: L("n"), type: "integer", get: () => "12a" }];
    const w = new ParquetBatchWriter(bad as Column<never>[], q, "9.9.9", () => {}, 100);
    expect(() => w.write(new ParquetRecordWriter(bad).line(data.find((r) => r.length > 0)!))).toThrow(/column n/);
  });

  it("refuses rows that end inside a line", () => {
    const w = new ParquetBatchWriter(COLUMNS as Column<never>[], q, "9.9.9", () => {}, 100);
    w.write(text.slice(0, 20));
    expect(() => w.finish()).toThrow(/inside a line/);
  });
});
