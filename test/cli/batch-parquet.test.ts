// `batch --format parquet` read back by an independent reader (DuckDB, from npm): every cell equals
// the cell of csv-long for the same input and options (written with --no-escape-formulas, which the
// Parquet file never needs), hostile text included; the column types; the codebook, questionnaire
// and tool version in the file's metadata; the same bytes for every --jobs; privacy by default; no
// output without --out; a write that fails leaves nothing behind.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadQuestionnaire, DEFAULT_QUESTIONNAIRE } from "../../src/load/load-files.js";
import { longColumns } from "../../src/report/batch-columns.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";
import { makeAnswerFiles } from "../helpers/synthetic.js";

const bin = join(ROOT, "bin", "zelftest.js");

/** Free text that breaks naive writers and readers: line breaks of every kind, quotes, formulas, emoji, length. */
const HOSTILE = [
  "questionnaire: clientondersteuning-wmo2015",
  "version: 1.0.0",
  'municipality: "Súdwest-Fryslân, \\"de\\" gemeente; =1+1"',
  "gemeentecode: GM1900",
  "respondent:",
  "  role: gemeente",
  '  name: "=HYPERLINK(\\"http://x\\")"',
  "date: 2024-02-29",
  "meta:",
  "  wave: 3",
  '  respondent_id: "007"',
  "answers:",
  "  beleidsplan.inrichting:",
  "    answer: ja",
  '    note: "regel 1\\nregel 2\\r\\nregel 3\\rregel 4 \\"citaat\\", komma; puntkomma\\ttab"',
  '    evidence: "=SUM(A1:A9)\\n+31 6 1234\\n-min\\n@at"',
  "  beleidsplan.wettelijke-eisen:",
  "    answer: deels",
  '    note: "emoji 😀👩🏽‍⚕️ and 中文, RTL \\u202e text, zero\\u200bwidth"',
  "  toegankelijkheid.gratis:",
  "    answer: nee",
  `    note: "${"lange toelichting, ".repeat(1050)}einde"`,
  "",
].join("\n");

let dir: string;
let db: DuckDBInstance;
let con: DuckDBConnection;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "zelftest-parquet-"));
  mkdirSync(join(dir, "in"));
  const batch = fixture("batch");
  for (const f of readdirSync(batch)) copyFileSync(join(batch, f), join(dir, "in", f));
  for (const f of ["hostile.yaml", "hostile-evidence.yaml", "group.yaml", "gemeentecode-meta.yaml", "bom-crlf.yaml"])
    copyFileSync(fixture("answers", "valid", f), join(dir, "in", `valid-${f}`));
  writeFileSync(join(dir, "in", "zz-hostile.yaml"), HOSTILE);
  makeAnswerFiles(join(dir, "in"), 40, 7);
  db = await DuckDBInstance.create(":memory:");
  con = await db.connect();
}, 60_000);

afterAll(() => {
  con?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function rowsOf(file: string): Promise<{ names: string[]; types: string[]; rows: unknown[][] }> {
  const r = await con.runAndReadAll(`SELECT * FROM read_parquet(${sql(file)})`);
  return { names: r.columnNames(), types: r.columnTypes().map(String), rows: r.getRows() };
}

/** A Parquet value as csv-long writes it: empty for null, 1/0 for booleans, dates as YYYY-MM-DD. */
function asCsv(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "1" : "0";
  if (typeof v === "object" && v !== null && "days" in v) {
    return new Date((v as { days: number }).days * 86_400_000).toISOString().slice(0, 10);
  }
  return String(v);
}

const csvRows = (text: string) => parse(text.replace(/^\uFEFF/, ""), { relax_column_count: false }) as string[][];

describe("batch --format parquet, read by DuckDB", () => {
  const options = ["--include-notes", "--include-names", "--include-paths", "--meta", "wave,respondent_id"];

  it("every cell equals csv-long's for the same files and options, hostile text included, in the same column order", async () => {
    const out = join(dir, "all.parquet");
    const p = await runCli(["batch", "in", "--out", out, ...options, "--jobs", "0"], { cwd: dir });
    expect(p.code, p.stderr).toBe(3); // the fixtures hold two invalid files
    const long = await runCli(
      ["batch", "in", "--format", "csv-long", "--no-escape-formulas", ...options, "--jobs", "0"],
      {
        cwd: dir,
      },
    );
    const [head, ...csv] = csvRows(long.stdout);
    const { names, rows } = await rowsOf(out);
    expect(names).toEqual(head);
    expect(rows.length).toBe(csv.length);
    expect(rows.length).toBeGreaterThan(4000);
    let cells = 0;
    for (let i = 0; i < rows.length; i += 1) {
      const got = rows[i]!.map(asCsv);
      if (got.join("\u0000") !== csv[i]!.join("\u0000")) expect({ row: i, got }).toEqual({ row: i, got: csv[i] });
      cells += got.length;
    }
    expect(cells).toBe(rows.length * head!.length);
    // The hostile text came through as typed, not escaped: line breaks, quotes, formulas, emoji, length.
    const notes = await con.runAndReadAll(
      `SELECT note, evidence, respondent_name, municipality FROM read_parquet(${sql(out)}) WHERE gemeentecode = 'GM1900' AND note IS NOT NULL ORDER BY item`,
    );
    const flat = notes.getRows().flat().map(String);
    expect(flat).toContain('regel 1\nregel 2\r\nregel 3\rregel 4 "citaat", komma; puntkomma\ttab');
    expect(flat).toContain("=SUM(A1:A9)\n+31 6 1234\n-min\n@at");
    expect(flat).toContain("emoji 😀👩🏽‍⚕️ and 中文, RTL \u202e text, zero\u200bwidth");
    expect(flat).toContain('=HYPERLINK("http://x")');
    expect(flat).toContain('Súdwest-Fryslân, "de" gemeente; =1+1');
    expect(flat.some((s) => s.length > 19_000 && s.endsWith("einde"))).toBe(true);
  }, 120_000);

  it("has column types: integers, doubles, booleans, a DATE, text; meta values stay text", async () => {
    const out = join(dir, "types.parquet");
    expect((await runCli(["batch", "in", "--out", out, "--meta", "wave,respondent_id"], { cwd: dir })).code).toBe(3);
    const { names, types } = await rowsOf(out);
    const type = Object.fromEntries(names.map((n, k) => [n, types[k]]));
    expect(type).toMatchObject({
      file_id: "INTEGER",
      year: "INTEGER",
      date: "DATE",
      points: "DOUBLE",
      weight: "DOUBLE",
      has_note: "BOOLEAN",
      has_evidence: "BOOLEAN",
      group_size: "INTEGER",
      votes_ja: "INTEGER",
      n_dissent: "INTEGER",
      answer: "VARCHAR",
      role: "VARCHAR",
      meta_respondent_id: "VARCHAR",
    });
    // Sums and groups in SQL without a cast: the numbers are numbers.
    const r = await con.runAndReadAll(
      `SELECT sum(points) FILTER (WHERE level = 'wettelijk') AS p, min(year) AS y, count(*) FILTER (WHERE has_note) AS n FROM read_parquet(${sql(out)})`,
    );
    const [p, y, n] = r.getRows()[0]!;
    expect(typeof p).toBe("number");
    expect(y).toBe(2015);
    expect(Number(n)).toBeGreaterThan(0);
    // Repeated text is dictionary-encoded.
    const enc = await con.runAndReadAll(
      `SELECT DISTINCT path_in_schema, encodings FROM parquet_metadata(${sql(out)}) WHERE path_in_schema IN ('item', 'municipality', 'tool_version')`,
    );
    for (const [, e] of enc.getRows()) expect(String(e)).toContain("RLE_DICTIONARY");
  }, 60_000);

  it("holds the codebook (labels nl/en, values), the questionnaire and the tool version as key-value metadata", async () => {
    const out = join(dir, "meta.parquet");
    await runCli(["batch", "in", "--out", out, "--include-notes"], { cwd: dir });
    const r = await con.runAndReadAll(
      `SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${sql(out)})`,
    );
    const kv = Object.fromEntries(r.getRows().map(([k, v]) => [String(k), String(v)]));
    const q = loadQuestionnaire(DEFAULT_QUESTIONNAIRE);
    const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(kv["zelftest.tool_version"]).toBe(version);
    expect(kv["zelftest.questionnaire"]).toBe(q.id);
    expect(kv["zelftest.questionnaire_version"]).toBe(q.version);
    expect(kv["zelftest.questionnaire_sha256"]).toBe(q.contentHash);
    const codebook = JSON.parse(kv["zelftest.codebook"]!) as {
      questionnaire: { id: string; version: string; sha256: string };
      tool_version: string;
      columns: {
        name: string;
        type: string;
        parquet_type: string;
        label: { nl: string; en: string };
        values?: unknown[];
      }[];
    };
    expect(codebook.questionnaire).toEqual({ id: q.id, version: q.version, sha256: q.contentHash });
    const columns = longColumns(q, {
      includeNames: false,
      includeNotes: true,
      items: false,
      meta: [],
      toolVersion: version,
      lang: "nl",
    });
    expect(codebook.columns.map((c) => c.name)).toEqual(columns.map((c) => c.name));
    expect(codebook.columns.map((c) => c.label)).toEqual(columns.map((c) => ({ nl: c.label.nl, en: c.label.en })));
    expect(codebook.columns.find((c) => c.name === "answer")!.values).toContainEqual({
      value: "weet-niet",
      label: { nl: "Weet niet", en: "Don't know" },
    });
    expect(codebook.columns.find((c) => c.name === "date")!.parquet_type).toBe("DATE");
    expect(codebook.columns.find((c) => c.name === "has_note")!.values).toEqual([
      { value: "true", label: { nl: "ja", en: "yes" } },
      { value: "false", label: { nl: "nee", en: "no" } },
    ]);
    // Each column's label also as its own metadata, in the first row group (what DuckDB and pyarrow show per column).
    const perColumn = await con.runAndReadAll(
      `SELECT path_in_schema, decode(key_value_metadata['zelftest.label.nl'::BLOB]), decode(key_value_metadata['zelftest.label.en'::BLOB]) FROM parquet_metadata(${sql(out)}) WHERE row_group_id = 0 ORDER BY column_id`,
    );
    expect(perColumn.getRows().map(([name, nl, en]) => ({ name, label: { nl, en } }))).toEqual(
      codebook.columns.map((c) => ({ name: c.name, label: c.label })),
    );
    // What the file says it was made by.
    const made = await con.runAndReadAll(`SELECT created_by FROM parquet_file_metadata(${sql(out)})`);
    expect(String(made.getRows()[0]![0])).toBe(`zelftest version ${version}`);
  }, 60_000);

  it("is the same file, byte for byte, for every --jobs", async () => {
    const files: Buffer[] = [];
    for (const jobs of ["0", "1", "2"]) {
      const out = join(dir, `jobs-${jobs}.parquet`);
      expect((await runCli(["batch", "in", "--out", out, "--jobs", jobs, ...options], { cwd: dir })).code).toBe(3);
      files.push(readFileSync(out));
    }
    expect(files[1]!.equals(files[0]!)).toBe(true);
    expect(files[2]!.equals(files[0]!)).toBe(true);
  }, 120_000);

  it("keeps paths, names, notes and meta out unless asked, as csv-long does", async () => {
    const out = join(dir, "private.parquet");
    const run = await runCli(["batch", "in", "--out", out], { cwd: dir });
    // As for the CSV, stderr says which meta keys the output left out and how to include them.
    expect(run.stderr).toContain("niet in de uitvoer");
    expect(run.stderr).toMatch(/--meta \S*respondent_id\S*,wave/);
    const { names } = await rowsOf(out);
    for (const c of ["note", "evidence", "dissent", "respondent_name"]) expect(names).not.toContain(c);
    expect(names.some((n) => n.startsWith("meta_"))).toBe(false);
    const r = await con.runAndReadAll(`SELECT count(file) FROM read_parquet(${sql(out)})`);
    expect(Number(r.getRows()[0]![0])).toBe(0);
    const bytes = readFileSync(out).toString("latin1");
    expect(bytes).not.toContain("in/");
    expect(bytes).not.toContain("de Vries");
  }, 60_000);

  it("writes the codebook for it (md and csv) with the Parquet types; SPSS syntax is refused", async () => {
    const out = join(dir, "cb.parquet");
    const r = await runCli(["batch", "in", "--out", out, "--codebook", join(dir, "cb.md")], { cwd: dir });
    expect(r.code, r.stderr).toBe(3);
    const md = readFileSync(join(dir, "cb.md"), "utf8");
    expect(md).toContain("# Codeboek: zelftest batch --format parquet");
    expect(md).toContain("zelftest.codebook");
    expect(md).toMatch(/\| `date` \|.*\| datum JJJJ-MM-DD \(DATE\) \|/);
    expect(md).toMatch(/\| `points` \|.*\| getal \(DOUBLE\) \|/);
    // Booleans are true/false in the file, and SPSS's numbers have no place in a codebook of Parquet.
    expect(md).toMatch(
      /\| `has_note` \|.*\| ja\/nee \(true\/false\) \(BOOLEAN\) \| `true` ja \/ yes<br>`false` nee \/ no \|$/m,
    );
    expect(md).not.toContain("SPSS");
    expect(md).not.toContain("ja=1");
    await runCli(["batch", "in", "--out", out, "--codebook", join(dir, "cb.csv")], { cwd: dir });
    const cb = csvRows(readFileSync(join(dir, "cb.csv"), "utf8"));
    expect(cb.slice(1).map((row) => row[1])).toEqual((await rowsOf(out)).names);
    expect(new Set(cb.slice(1).map((row) => row[7]))).toEqual(new Set(["parquet"]));
    expect(new Set(cb.slice(1).map((row) => row[12]))).toEqual(new Set([""])); // no SPSS codes
    const sps = await runCli(["batch", "in", "--out", join(dir, "x.parquet"), "--codebook", join(dir, "x.sps")], {
      cwd: dir,
    });
    expect(sps.code).toBe(2);
    expect(sps.stderr).toContain("OPTION_REQUIRES");
    expect(readdirSync(dir)).not.toContain("x.parquet");
    expect(readdirSync(dir)).not.toContain("x.sps");
  }, 60_000);

  it("an --out ending in .parquet chooses the format", async () => {
    const out = join(dir, "by-name.parquet");
    await runCli(["batch", "in", "--out", out], { cwd: dir });
    expect(readFileSync(out).subarray(0, 4).toString("latin1")).toBe("PAR1");
  }, 60_000);

  it("an empty result (no valid file) is still a file DuckDB reads, with every column and no rows", async () => {
    mkdirSync(join(dir, "bad"), { recursive: true });
    copyFileSync(fixture("batch", "kapot.yaml"), join(dir, "bad", "kapot.yaml"));
    const out = join(dir, "empty.parquet");
    expect((await runCli(["batch", "bad", "--out", out], { cwd: dir })).code).toBe(3);
    const { names, rows } = await rowsOf(out);
    expect(names[0]).toBe("file_id");
    expect(rows).toEqual([]);
  }, 60_000);
});

describe("batch --format parquet refuses what it cannot do", () => {
  it("without --out (a binary file, never to a terminal or a pipe): OPTION_REQUIRES, exit 2, nothing on stdout", async () => {
    for (const lang of ["nl", "en"]) {
      const r = await runCli(["--lang", lang, "batch", "in", "--format", "parquet"], { cwd: dir, stdoutIsTTY: true });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("OPTION_REQUIRES");
      expect(r.stderr).toContain("--out");
      expect(r.stderr).toContain(lang === "nl" ? "binair" : "binary");
    }
  });

  it("a disk that runs out (a file-size limit), in one thread and in workers: OUTPUT_FAILED, exit 2, no file, no temporary file", () => {
    const work = mkdtempSync(join(tmpdir(), "zelftest-parquet-full-"));
    try {
      mkdirSync(join(work, "in"));
      makeAnswerFiles(join(work, "in"), 250, 3);
      for (const jobs of ["2", "0"]) {
        // `ulimit -f` (in 512-byte blocks) makes the writes fail with EFBIG, as a full disk fails them with ENOSPC.
        const r = spawnSync(
          "sh",
          [
            "-c",
            `ulimit -f 40; exec "${process.execPath}" "${bin}" batch in --include-notes --jobs ${jobs} --out out.parquet`,
          ],
          { cwd: work, encoding: "utf8", timeout: 60_000, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" } },
        );
        expect(r.status, r.stderr).toBe(2);
        expect(r.stderr).toContain("OUTPUT_FAILED");
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(readdirSync(work)).toEqual(["in"]);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
