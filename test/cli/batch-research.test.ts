// Research outputs of `batch`: the long CSV read back with a CSV parser gives every legal score
// again; the wide CSV's counts, provenance and optional columns; gemeentecode, meta and the
// municipality list; privacy by default; golden files for the summaries and the codebooks.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { expectGolden } from "../helpers/golden.js";
import { runCli } from "../helpers/run-cli.js";
import { makeAnswerFiles } from "../helpers/synthetic.js";

const BATCH = fixture("batch");
const LIST = fixture("municipalities", "gemeenten.csv");
const rowsOf = (text: string, delimiter = ",") =>
  parse(text.replace(/^\uFEFF/, ""), { columns: true, delimiter }) as Record<string, string>[];

const golden = expectGolden;

const THEMES = [
  "beleidsplan",
  "onafhankelijkheid",
  "levensbreed",
  "toegankelijkheid",
  "informatieplicht",
  "kwaliteit",
  "inspraak",
];

/**
 * The recipe of docs/research-outputs.md ("Long CSV"), from the long CSV's cells alone: per file
 * (and per file and theme), 100 × Σ(weight × points) / Σ(weight) over the rows with a `points`
 * value and `in_score = 1` (for `score`) or `in_law_score = 1` (for `law_score`), rounded half up to
 * one decimal; compared with the wide CSV's cells (`law_score` overall: the wide CSV has no law
 * score per theme). Returns how many scores it compared.
 */
function recomputed(
  rows: readonly Record<string, string>[],
  files: readonly Record<string, string>[],
  themes: readonly string[],
): number {
  const sums = new Map<string, { earned: number; total: number }>();
  const add = (key: string, r: Record<string, string>) => {
    const s = sums.get(key) ?? { earned: 0, total: 0 };
    s.earned += Number(r.weight) * Number(r.points);
    s.total += Number(r.weight);
    sums.set(key, s);
  };
  for (const r of rows) {
    if (r.points === "") continue;
    for (const [lens, flag] of [
      ["score", r.in_score],
      ["law", r.in_law_score],
    ] as const) {
      if (flag !== "1") continue;
      add(`${lens}|${r.file_id}`, r);
      add(`${lens}|${r.file_id}|${r.theme}`, r);
    }
  }
  const score = (key: string) => {
    const s = sums.get(key);
    return s ? String(Math.round((1000 * s.earned) / s.total + 1e-9) / 10) : "";
  };
  let checked = 0;
  for (const f of files) {
    if (f.status !== "valid") continue;
    expect(score(`score|${f.file_id}`), `${f.file_id} score`).toBe(f.score);
    expect(score(`law|${f.file_id}`), `${f.file_id} law_score`).toBe(f.law_score);
    checked += 2;
    for (const theme of themes) {
      expect(score(`score|${f.file_id}|${theme}`), `${f.file_id} ${theme}`).toBe(f[`${theme}_score`]);
      checked += 1;
    }
  }
  return checked;
}

describe("csv-long", () => {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-long-"));
  makeAnswerFiles(dir, 230, 11);

  it("reads back with a CSV parser and gives every legal score again (overall and per theme), the same in workers", async () => {
    const long = await runCli(["batch", ".", "--include-paths", "--format", "csv-long", "--jobs", "0"], { cwd: dir });
    const threaded = await runCli(["batch", ".", "--include-paths", "--format", "csv-long", "--jobs", "2"], {
      cwd: dir,
    });
    expect(threaded.stdout).toBe(long.stdout);
    const wide = await runCli(["batch", ".", "--include-paths", "--jobs", "0"], { cwd: dir });
    expect(long.code).toBe(0);
    const rows = rowsOf(long.stdout);
    for (const col of [
      "file_id",
      "file",
      "municipality",
      "gemeentecode",
      "role",
      "date",
      "year",
      "theme",
      "item",
      "level",
      "answer",
      "status",
      "points",
      "has_note",
      "has_evidence",
    ]) {
      expect(Object.keys(rows[0]!)).toContain(col);
    }
    const files = rowsOf(wide.stdout);
    expect(files).toHaveLength(230);
    // The documented recipe, from the long rows alone: both lenses, overall and per theme.
    expect(recomputed(rows, files, THEMES)).toBe(230 * (2 + THEMES.length));
    // Notes are flagged, never copied, by default.
    expect(rows.some((r) => r.has_note === "1")).toBe(true);
    expect(long.stdout).not.toContain("Toelichting ");
  }, 60000);

  it("the examples: score and law_score again from in_score and in_law_score alone (the 1.3 lenses differ from level = wettelijk)", async () => {
    const long = await runCli(["batch", "examples", "--format", "csv-long"], { cwd: ROOT });
    const wide = await runCli(["batch", "examples"], { cwd: ROOT });
    expect([long.code, wide.code]).toEqual([0, 0]);
    const rows = rowsOf(long.stdout);
    const files = rowsOf(wide.stdout).filter((f) => f.status === "valid");
    expect(files.length).toBeGreaterThan(1);
    // Questionnaire 1.3: 18 legal items, 15 in the VNG lens, 9 in the law lens (docs/scoring.md).
    const first = rows.filter((r) => r.file_id === files[0]!.file_id);
    expect(first.filter((r) => r.level === "wettelijk")).toHaveLength(18);
    expect(first.filter((r) => r.in_score === "1")).toHaveLength(15);
    expect(first.filter((r) => r.in_law_score === "1")).toHaveLength(9);
    expect(first.filter((r) => r.level !== "wettelijk" && (r.in_score === "1" || r.in_law_score === "1"))).toEqual([]);
    expect(recomputed(rows, files, THEMES)).toBe(files.length * (2 + THEMES.length));
  });

  it("--include-notes adds note and evidence at the end; --meta and --include-names come after, then a group's dissent, then in_score and in_law_score", async () => {
    const r = await runCli(
      [
        "batch",
        ".",
        "--include-paths",
        "--format",
        "csv-long",
        "--include-notes",
        "--include-names",
        "--meta",
        "wave,respondent_id",
      ],
      { cwd: BATCH },
    );
    const head = r.stdout.slice(1, r.stdout.indexOf("\r\n")).split(",");
    expect(head.slice(-8)).toEqual([
      "note",
      "evidence",
      "respondent_name",
      "meta_wave",
      "meta_respondent_id",
      "dissent",
      "in_score",
      "in_law_score",
    ]);
    const rows = rowsOf(r.stdout);
    expect(rows.find((x) => x.file === "paar-GM0014-gemeente.yaml")).toMatchObject({
      gemeentecode: "GM0014",
      meta_wave: "2016",
      meta_respondent_id: "P-GM0014-g",
      year: "2016",
    });
    expect(rows.some((x) => x.note !== "")).toBe(true);
  });
});

describe("wide csv", () => {
  it("has counts, practice_filled, provenance and file_id; practice empty (not 0) where not filled in; invalid files keep readable metadata", async () => {
    const r = await runCli(["batch", ".", "--include-paths", "--municipalities", LIST], { cwd: BATCH });
    expect(r.code).toBe(3);
    const rows = rowsOf(r.stdout);
    const head = Object.keys(rows[0]!);
    // The first format's columns keep their places.
    expect(head.slice(0, 7)).toEqual([
      "file",
      "status",
      "municipality",
      "respondent_role",
      "date",
      "questionnaire",
      "answers_version",
    ]);
    for (const col of [
      "file_id",
      "gemeentecode",
      "year",
      "questionnaire_version",
      "questionnaire_sha256",
      "answers_sha256",
      "tool_version",
      "n_answered",
      "n_weet_niet",
      "n_unanswered",
      "practice_filled",
      "practice_n_answered",
    ]) {
      expect(head).toContain(col);
    }
    // No column is empty in every row of a batch that has valid and invalid files.
    // (A theme's practice score is empty unless good practice of that theme was answered: not every theme's is here;
    // group_size is empty for files that are not group answers, and these are not: see "group answers".)
    for (const col of head)
      if (col !== "error" && col !== "error_code" && col !== "group_size" && !/._practice_score$/.test(col))
        expect(
          rows.some((x) => x[col] !== ""),
          col,
        ).toBe(true);
    const example = rows.find((x) => x.file === "gemeente-rijssen-holten-2015.yaml")!;
    expect(example).toMatchObject({
      gemeentecode: "GM1742",
      municipality: "Rijssen-Holten",
      year: "2015",
      practice_filled: "1",
    });
    expect(rows.find((x) => x.file === "adviesraad-rijssen-holten-2015.yaml")).toMatchObject({
      practice_filled: "0",
      practice_score: "",
      practice_verdict: "",
      practice_n_answered: "",
    });
    expect(Number(example.n_answered) + Number(example.n_unanswered)).toBe(15);
    expect(example.answers_sha256).toMatch(/^[0-9a-f]{64}$/);
    const filled = rows.find((x) => x.file === "paar-GM0014-gemeente.yaml")!;
    expect(filled.practice_filled).toBe("1");
    expect(filled.practice_score).not.toBe("");
    // Official name from the list, by code.
    expect(rows.find((x) => x.file === "paar-GM0796-gemeente.yaml")!.municipality).toBe("'s-Hertogenbosch");
    // An invalid file keeps what could be read.
    expect(rows.find((x) => x.file === "ongeldig-leesbaar.yaml")).toMatchObject({
      status: "invalid",
      municipality: "Zwolle",
      respondent_role: "clientorganisatie",
      gemeentecode: "GM0193",
      year: "2016",
      error_code: "INVALID_VALUE",
      score: "",
    });
    expect(r.stdout).not.toContain("Team Wmo");
  });

  it("says on stderr which meta keys the CSV left out, and how to include them", async () => {
    const r = await runCli(["batch", ".", "--meta", "wave"], { cwd: BATCH });
    expect(r.stderr).toContain(
      "De bestanden hebben een meta-sleutel die niet in de uitvoer staat: respondent_id. Neem die op met --meta wave,respondent_id",
    );
    const two = await runCli(["batch", ".", "--lang", "en"], { cwd: BATCH });
    expect(two.stderr).toContain(
      "The files have meta keys that are not in the output: respondent_id and wave. Include them with --meta respondent_id,wave",
    );
    const all = await runCli(["batch", ".", "--meta", "wave,respondent_id"], { cwd: BATCH });
    expect(all.stderr).not.toContain("--meta");
  });

  it("--items adds one answer column per item, then names and meta at the very end", async () => {
    const r = await runCli(["batch", ".", "--include-paths", "--items", "--include-names", "--meta", "wave"], {
      cwd: BATCH,
    });
    const head = r.stdout.slice(1, r.stdout.indexOf("\r\n")).split(",");
    expect(head.slice(-2)).toEqual(["respondent_name", "meta_wave"]);
    const first = head.indexOf("beleidsplan.inrichting");
    expect(first).toBeGreaterThan(head.indexOf("error_code"));
    const rows = rowsOf(r.stdout);
    expect(rows.find((x) => x.file === "gemeente-rijssen-holten-2015.yaml")!["toegankelijkheid.gratis"]).toMatch(
      /^(ja|deels|nee|weet-niet)$/,
    );
  });

  it("a code not in the municipality list: the file is scored, flagged in unknown_code (wide, long, JSON) and warned about; --strict-municipalities makes it invalid at the code's line and column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-codes-"));
    const file = (municipality: string, code: string) =>
      `questionnaire: clientondersteuning-wmo2015\nversion: 1.0.0\nmunicipality: ${municipality}\ngemeentecode: ${code}\nrespondent: {role: gemeente}\ndate: 2016-01-01\nanswers: {toegankelijkheid.gratis: ja}\n`;
    writeFileSync(join(dir, "a.yaml"), file("Nergens", "GM9999"));
    writeFileSync(join(dir, "b.yaml"), file("Nergens", "GM9999"));
    writeFileSync(join(dir, "c.yaml"), file("groningen", "GM0014"));
    const r = await runCli(["batch", ".", "--include-paths", "--municipalities", LIST], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `Waarschuwing: 2 bestanden hebben een gemeentecode die niet in ${LIST} staat (GM9999 ×2): gescoord`,
    );
    expect(r.stderr).toContain("--strict-municipalities");
    const head = r.stdout.slice(1, r.stdout.indexOf("\r\n")).split(",");
    expect(head.at(-1)).toBe("unknown_code"); // after every earlier column: none moves
    const rows = rowsOf(r.stdout);
    expect(rows.map((x) => [x.file, x.status, x.municipality, x.gemeentecode, x.unknown_code])).toEqual([
      ["a.yaml", "valid", "Nergens", "GM9999", "1"],
      ["b.yaml", "valid", "Nergens", "GM9999", "1"],
      ["c.yaml", "valid", "Groningen", "GM0014", "0"],
    ]);
    const long = rowsOf(
      (await runCli(["batch", ".", "--format", "csv-long", "--municipalities", LIST], { cwd: dir })).stdout,
    );
    expect(new Set(long.filter((x) => x.file_id === "1").map((x) => x.unknown_code))).toEqual(new Set(["1"]));
    expect(new Set(long.filter((x) => x.file_id === "3").map((x) => x.unknown_code))).toEqual(new Set(["0"]));
    const json = JSON.parse(
      (await runCli(["batch", ".", "--format", "json", "--municipalities", LIST], { cwd: dir })).stdout,
    ) as { files: { unknown_code?: boolean }[]; aggregate: { unknownCodes: unknown } };
    expect(json.files.map((f) => f.unknown_code)).toEqual([true, true, undefined]);
    expect(json.aggregate.unknownCodes).toEqual([{ code: "GM9999", files: 2 }]);
    // Without a list there is nothing to check: no column, no warning.
    const plain = await runCli(["batch", "."], { cwd: dir });
    expect(plain.stdout).not.toContain("unknown_code");
    expect(plain.stderr).not.toContain("Waarschuwing");

    const strict = await runCli(
      ["batch", ".", "--include-paths", "--municipalities", LIST, "--strict-municipalities"],
      {
        cwd: dir,
      },
    );
    expect(strict.code).toBe(3);
    expect(strict.stderr).toContain("a.yaml:4:15: UNKNOWN_MUNICIPALITY_CODE");
    expect(strict.stderr).not.toContain("Waarschuwing");
    expect(rowsOf(strict.stdout).map((x) => [x.status, x.error_code, x.unknown_code])).toEqual([
      ["invalid", "UNKNOWN_MUNICIPALITY_CODE", "1"],
      ["invalid", "UNKNOWN_MUNICIPALITY_CODE", "1"],
      ["valid", "", "0"],
    ]);
    const alone = await runCli(["batch", ".", "--strict-municipalities"], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--municipalities");
  });

  it("files that declare an older questionnaire version than items they answer: n_newer_items, JSON newer_items, one warning per version", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-newer-"));
    const q = (version: string, answers: string) =>
      `questionnaire: clientondersteuning-wmo2015\nversion: ${version}\nmunicipality: Zeist\nrespondent: {role: gemeente}\ndate: 2016-01-01\nanswers: {${answers}}\n`;
    // kwaliteit.deskundigheidsbevordering came in 1.1.0, toegankelijkheid.wachttijd in 1.2.0 (questionnaire-versions.json).
    writeFileSync(
      join(dir, "a.yaml"),
      q("1.0.0", "kwaliteit.eisen: ja, kwaliteit.deskundigheidsbevordering: ja, toegankelijkheid.wachttijd: nee"),
    );
    writeFileSync(
      join(dir, "b.yaml"),
      q("1.1.0", "kwaliteit.deskundigheidsbevordering: ja, toegankelijkheid.wachttijd: nee"),
    );
    writeFileSync(join(dir, "c.yaml"), q("1.2.0", "toegankelijkheid.wachttijd: nee"));
    writeFileSync(join(dir, "d.yaml"), q("1.1.0", "toegankelijkheid.wachttijd: weet-niet"));
    for (const jobs of ["0", "2"]) {
      const r = await runCli(["batch", ".", "--include-paths", "--jobs", jobs], { cwd: dir });
      expect(r.code).toBe(0);
      expect(rowsOf(r.stdout).map((x) => [x.file, x.answers_version, x.n_newer_items])).toEqual([
        ["a.yaml", "1.0.0", "2"],
        ["b.yaml", "1.1.0", "1"],
        ["c.yaml", "1.2.0", "0"],
        ["d.yaml", "1.1.0", "1"],
      ]);
      const warnings = r.stderr.split("\n").filter((l) => l.startsWith("Waarschuwing"));
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toContain(
        "1 bestand zegt versie 1.0.0 van de vragenlijst te volgen, maar beantwoordt 2 vragen",
      );
      expect(warnings[0]).toContain("eerste: a.yaml");
      expect(warnings[1]).toContain(
        "2 bestanden zeggen versie 1.1.0 van de vragenlijst te volgen, maar beantwoorden 2 vragen",
      );
      expect(warnings[1]).toContain("eerste: b.yaml");
    }
    const json = JSON.parse((await runCli(["batch", ".", "--format", "json"], { cwd: dir })).stdout) as {
      files: { newer_items?: string[] }[];
      aggregate: { newerItems: unknown };
    };
    expect(json.files.map((f) => f.newer_items)).toEqual([
      ["toegankelijkheid.wachttijd", "kwaliteit.deskundigheidsbevordering"],
      ["toegankelijkheid.wachttijd"],
      undefined,
      ["toegankelijkheid.wachttijd"],
    ]);
    // Without --include-paths the aggregate names the first file by its number only.
    expect(json.aggregate.newerItems).toEqual([
      { version: "1.0.0", files: 1, answers: 2, firstId: 1 },
      { version: "1.1.0", files: 2, answers: 2, firstId: 2 },
    ]);
  });

  it("a broken municipality list is a usage error (exit 2) naming the line; nothing is written", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "zelftest-list-")), "x.csv");
    const bad = await runCli(
      ["batch", ".", "--municipalities", fixture("municipalities", "bad-code.csv"), "--out", out],
      { cwd: BATCH },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-code\.csv:3:1/);
    expect(bad.stderr).toContain("MUNICIPALITY_LIST_INVALID");
    const none = await runCli(
      ["batch", ".", "--municipalities", fixture("municipalities", "no-columns.csv"), "--out", out],
      { cwd: BATCH },
    );
    expect(none.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("a list with an official name twice (case and spaces aside) is a usage error naming both places and how to fix it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-list-"));
    const out = join(dir, "x.csv");
    const list = fixture("municipalities", "name-twice.csv");
    for (const [lang, words] of [
      [
        "nl",
        [
          'De naam "bergen" staat twee keer',
          "bij GM0893 en al bij GM0373 (regel 2, kolom 8)",
          '"Bergen (L.)" en "Bergen (NH.)"',
        ],
      ],
      [
        "en",
        [
          'The name "bergen" is in the municipality list twice',
          "for GM0893 and already for GM0373 (line 2, column 8)",
          '"Bergen (L.)" and "Bergen (NH.)"',
        ],
      ],
    ] as const) {
      const r = await runCli(["batch", ".", "--municipalities", list, "--out", out, "--lang", lang], { cwd: BATCH });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("name-twice.csv:4:5");
      expect(r.stderr).toContain("MUNICIPALITY_NAME_TWICE");
      for (const w of words) expect(r.stderr).toContain(w);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(out)).toBe(false);
    // A name over several lines in quotes, and a quoted delimiter before it: the place is where the second name starts.
    writeFileSync(
      join(dir, "l.csv"),
      'naam,code\n"Bergen, NH",GM0373\n"Noord,\nHolland",GM0001\n  "BERGEN,  NH",893\n',
    );
    const r = await runCli(["batch", ".", "--municipalities", join(dir, "l.csv"), "--out", out], { cwd: BATCH });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("l.csv:5:3");
    expect(r.stderr).toContain("(regel 2, kolom 1)");
  });
});

describe("municipality grouping without a list", () => {
  it("a file without a code joins the code group of files with the same name; a name with two codes is a conflict, said in the method", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-grouping-"));
    const read = (f: string) => readFileSync(join(BATCH, f), "utf8");
    writeFileSync(join(dir, "g.yaml"), read("paar-GM0014-gemeente.yaml"));
    // The advisory council of the same municipality and year, without a code and in other case and spacing.
    writeFileSync(
      join(dir, "a.yaml"),
      read("paar-GM0014-adviesraad.yaml")
        .replace(/^gemeentecode: .*\n/m, "")
        .replace(/^municipality: .*$/m, "municipality: '  GRONINGEN '"),
    );
    // Two municipalities called Bergen (GM0373, GM0893) and a Bergen file without a code.
    const bergen = (code: string | undefined) =>
      read("paar-GM0014-gemeente.yaml")
        .replace(/^municipality: .*$/m, "municipality: Bergen")
        .replace(/^gemeentecode: .*$/m, code ? `gemeentecode: ${code}` : "");
    writeFileSync(join(dir, "b1.yaml"), bergen("GM0373"));
    writeFileSync(join(dir, "b2.yaml"), bergen("GM0893"));
    writeFileSync(join(dir, "b3.yaml"), bergen(undefined));
    const r = await runCli(["batch", ".", "--format", "json"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const agg = JSON.parse(r.stdout).aggregate;
    expect(agg.pairs[0].count).toBe(1);
    expect(
      agg.municipalities.map((m: { name: string; code?: string; files: number }) => [m.name, m.code, m.files]),
    ).toEqual([
      ["Bergen", undefined, 1],
      ["Bergen", "GM0373", 1],
      ["Bergen", "GM0893", 1],
      ["Groningen", "GM0014", 2],
    ]);
    expect(agg.grouping).toEqual({ joined: 1, conflicts: [{ name: "bergen", codes: ["GM0373", "GM0893"] }] });
    const md = (await runCli(["batch", ".", "--format", "md"], { cwd: dir })).stdout;
    expect(md).toContain("telt mee bij de code die bestanden met dezelfde naam hebben (1 bestand)");
    expect(md).toContain("Let op: de naam bergen staat in bestanden met verschillende codes (GM0373, GM0893)");
    expect(md).toContain("Geef de code in die bestanden, of gebruik --municipalities.");
    // With a list that has neither Bergen the conflict stays; the note does not suggest the list already given.
    for (const [lang, note] of [
      ["nl", "bestanden met die naam zonder code tellen apart. Geef de code in die bestanden."],
      ["en", "files with that name and no code count apart. Give the code in those files."],
    ] as const) {
      const withList = await runCli(["batch", ".", "--format", "md", "--municipalities", LIST, "--lang", lang], {
        cwd: dir,
      });
      expect(withList.code, withList.stderr).toBe(0);
      expect(withList.stdout).toContain(note);
      expect(withList.stdout).not.toMatch(/--municipalities\./);
    }
  });
});

describe("formula escaping", () => {
  it("puts ' before a formula start by default; --no-escape-formulas writes the text as it is, and the codebook says which", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-formulas-"));
    const args = ["batch", "spss", "--format", "csv-long", "--include-notes"];
    const escaped = await runCli([...args, "--out", join(dir, "a.csv"), "--codebook", join(dir, "a.md")], {
      cwd: fixture(),
    });
    const raw = await runCli(
      [...args, "--no-escape-formulas", "--out", join(dir, "b.csv"), "--codebook", join(dir, "b.md")],
      { cwd: fixture() },
    );
    expect([escaped.code, raw.code]).toEqual([0, 0]);
    const evidence = (f: string) => rowsOf(readFileSync(join(dir, f), "utf8")).map((r) => r.evidence);
    expect(evidence("a.csv")).toContain("'=Geen informatie ontvangen");
    expect(evidence("b.csv")).toContain("=Geen informatie ontvangen");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toContain("--no-escape-formulas laat die weg");
    expect(readFileSync(join(dir, "b.md"), "utf8")).toContain("Tekst staat er zoals geschreven");
    // Version numbers in the codebook's header are written as they are, not as 1\.3.0 (issue 24).
    const head = readFileSync(join(dir, "a.md"), "utf8").split("\n").slice(0, 6).join("\n");
    expect(head).toMatch(/clientondersteuning-wmo2015 \d+\.\d+\.\d+\n/);
    expect(head).toMatch(/zelftest \d+\.\d+\.\d+/);
    expect(head).not.toContain("\\.");
    // Without .sps the line breaks stay in the cell (quoted); with .sps they are marked.
    expect(rowsOf(readFileSync(join(dir, "a.csv"), "utf8")).map((r) => r.note)).toContain(
      "Regel 1\nRegel 2\r\nRegel 3",
    );
  });
});

describe("group answers (zelftest samenvoegen): one respondent with group_size, votes per item", () => {
  const COUNCIL = fixture("answers", "council");
  const MEMBERS = ["lid-a.yaml", "lid-b.yaml", "lid-c.yaml", "lid-d.yaml"];
  const NAMES = /de Vries|Bakker|Çelik|Jansen/;

  it("wide csv and JSON: group_size for the group file, empty (absent) for one respondent's file", async () => {
    const r = await runCli(["batch", ...MEMBERS, "groep.yaml", "--include-paths"], { cwd: COUNCIL });
    expect(r.code).toBe(0);
    const head = r.stdout.slice(1, r.stdout.indexOf("\r\n")).split(",");
    // group_size, then (output format 1.3) n_newer_items: the last columns without options.
    expect(head.slice(-2)).toEqual(["group_size", "n_newer_items"]);
    expect(rowsOf(r.stdout).map((x) => [x.file, x.status, x.group_size])).toEqual([
      ["groep.yaml", "valid", "4"],
      ...MEMBERS.map((m) => [m, "valid", ""]),
    ]);
    const json = JSON.parse(
      (await runCli(["batch", ...MEMBERS, "groep.yaml", "--format", "json"], { cwd: COUNCIL })).stdout,
    );
    expect(json.files.map((f: { group_size?: number }) => f.group_size)).toEqual([
      4,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // The group counts as one respondent: five files, five adviesraad respondents in the aggregate.
    expect(json.aggregate.files.valid).toBe(5);
  });

  it("csv-long: the votes per item add up to the members' own answers; n_dissent counts who answered otherwise", async () => {
    const r = await runCli(["batch", ...MEMBERS, "groep.yaml", "--format", "csv-long", "--include-paths"], {
      cwd: COUNCIL,
    });
    expect(r.code).toBe(0);
    const rows = rowsOf(r.stdout);
    const votes = ["votes_ja", "votes_deels", "votes_nee", "votes_weet_niet"] as const;
    const answers = ["ja", "deels", "nee", "weet-niet"] as const;
    const group = rows.filter((x) => x.file === "groep.yaml");
    const members = rows.filter((x) => x.file !== "groep.yaml");
    expect(group.length).toBeGreaterThan(50);
    let differing = 0;
    for (const g of group) {
      expect(g.group_size).toBe("4");
      const own = members.filter((m) => m.item === g.item);
      expect(own).toHaveLength(4);
      votes.forEach((v, k) => {
        expect(g[v], `${g.item} ${v}`).toBe(String(own.filter((m) => m.answer === answers[k]).length));
      });
      const otherwise = own.filter((m) => m.answer !== "" && m.answer !== g.answer).length;
      expect(g.n_dissent, g.item).toBe(String(otherwise));
      differing += otherwise > 0 ? 1 : 0;
    }
    expect(differing).toBe(10); // "bij 10 vragen verschillen de leden van mening"
    for (const m of members) for (const c of [...votes, "n_dissent", "group_size"]) expect(m[c], c).toBe("");
  });

  it("n_dissent leaves out members who agree but whose words were kept apart (too long together for one note)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-apart-"));
    const long = (who: string) => `${who}: ${"Het staat in de verordening, artikel 5. ".repeat(300)}`.trim();
    MEMBERS.forEach((m, k) => {
      const text = readFileSync(join(COUNCIL, m), "utf8");
      writeFileSync(
        join(dir, m),
        k < 2 ? text.replace('note: "Staat in de verordening."', `note: "${long(m)}"`) : text,
      );
    });
    const merged = await runCli(["samenvoegen", ...MEMBERS, "--out", "groep.yaml"], { cwd: dir });
    expect(merged.code).toBe(0);
    expect(merged.stderr).toContain("MERGE_TEXT_APART");
    // Four entries under dissent: A and B with the group's answer (their words apart), C and D who differ.
    const dissent = loadAnswerFile(join(dir, "groep.yaml")).answers.answers.get("toegankelijkheid.gratis")!.dissent;
    expect(dissent?.map((d) => d.answer)).toEqual(["ja", "ja", "deels", "weet-niet"]);
    const r = await runCli(["batch", "groep.yaml", "--format", "csv-long"], { cwd: dir });
    const row = rowsOf(r.stdout).find((x) => x.item === "toegankelijkheid.gratis")!;
    expect([row.answer, row.votes_ja, row.votes_deels, row.votes_weet_niet, row.n_dissent]).toEqual([
      "ja",
      "2",
      "1",
      "1",
      "2",
    ]);
  });

  it("names and words of members only when asked for: --include-notes adds the dissent (Lid 2), --include-names the names", async () => {
    const all = [...MEMBERS, "groep.yaml"];
    for (const format of ["csv", "csv-long", "json", "md", "html"]) {
      const r = await runCli(["batch", "groep.yaml", "--format", format], { cwd: COUNCIL });
      expect(r.stdout, format).not.toMatch(NAMES);
      expect(r.stdout, format).not.toContain("Nooit van gehoord");
    }
    const json = JSON.parse((await runCli(["batch", "groep.yaml", "--format", "json"], { cwd: COUNCIL })).stdout);
    const item = (doc: typeof json, id: string) =>
      doc.files[0].assessment.themes
        .flatMap((t: { items: object[] }) => t.items)
        .find((i: { id: string }) => i.id === id);
    expect(json.files[0].assessment.group.members[0]).toEqual({
      role: "adviesraad",
      date: "2026-12-03",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(item(json, "toegankelijkheid.gratis").dissent[1]).toEqual({
      member: 4,
      answer: "weet-niet",
      hasNote: true,
      hasEvidence: false,
    });
    const notes = await runCli(["batch", "groep.yaml", "--format", "csv-long", "--include-notes"], { cwd: COUNCIL });
    expect(notes.stdout).not.toMatch(/Bakker|Çelik|Jansen/);
    const gratis = rowsOf(notes.stdout).find((x) => x.item === "toegankelijkheid.gratis")!;
    expect(gratis.dissent).toBe("Lid 3 (deels)\nLid 4 (weet-niet): Nooit van gehoord dat het gratis is.");
    // The group's note holds the agreeing members' words under their names: their places instead.
    const scheiding = rowsOf(notes.stdout).find((x) => x.item === "onafhankelijkheid.scheiding-toewijzing")!;
    expect(scheiding.note).toMatch(/^Lid 1: Het sociaal team beslist/);
    expect(scheiding.evidence).toBe("Lid 1: Verslag themasessie 12 november");
    const jsonNotes = await runCli(["batch", "groep.yaml", "--format", "json", "--include-notes"], { cwd: COUNCIL });
    expect(jsonNotes.stdout).not.toMatch(NAMES);
    expect(item(JSON.parse(jsonNotes.stdout), "toegankelijkheid.gratis").dissent[1]).toEqual({
      member: 4,
      answer: "weet-niet",
      note: "Nooit van gehoord dat het gratis is.",
    });
    const en = await runCli(["batch", "groep.yaml", "--format", "csv-long", "--include-notes", "--lang", "en"], {
      cwd: COUNCIL,
    });
    expect(rowsOf(en.stdout).find((x) => x.item === "toegankelijkheid.gratis")!.dissent).toMatch(/^Member 3 \(deels\)/);
    const named = await runCli(["batch", "groep.yaml", "--format", "csv-long", "--include-notes", "--include-names"], {
      cwd: COUNCIL,
    });
    expect(rowsOf(named.stdout).find((x) => x.item === "toegankelijkheid.gratis")!.dissent).toBe(
      "C. Çelik (deels)\nD. Jansen (weet-niet): Nooit van gehoord dat het gratis is.",
    );
    const full = JSON.parse(
      (await runCli(["batch", ...all, "--format", "json", "--include-names", "--include-notes"], { cwd: COUNCIL }))
        .stdout,
    );
    expect(full.files[0].assessment.group.members.map((m: { name: string }) => m.name)).toEqual([
      "A. de Vries",
      "B. Bakker",
      "C. Çelik",
      "D. Jansen",
    ]);
    expect(item(full, "toegankelijkheid.gratis").dissent[1]).toMatchObject({
      name: "D. Jansen",
      note: expect.any(String),
    });
  });
});

describe("privacy by default", () => {
  it("no names and no note or evidence text in any format unless asked for", async () => {
    for (const format of ["csv", "csv-long", "json", "md", "html"]) {
      const r = await runCli(["batch", ".", "--format", format], { cwd: join(ROOT, "examples") });
      expect(r.stdout, format).not.toContain("Team Wmo");
      expect(r.stdout, format).not.toContain("professioneel statuut is nog in voorbereiding");
    }
    const json = JSON.parse(
      (await runCli(["batch", ".", "--format", "json", "--include-notes"], { cwd: join(ROOT, "examples") })).stdout,
    );
    expect(JSON.stringify(json)).toContain('"note"');
  });

  it("no path and no meta key in any output (an invalid file's neither) unless asked for; file_id and sha256 instead", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-privacy-"));
    const folder = join(dir, "Piet de Vries (adviesraad)");
    mkdirSync(folder);
    const file = readFileSync(join(BATCH, "paar-GM0014-adviesraad.yaml"), "utf8").replace(
      /^meta:\n/m,
      'meta:\n  contactpersoon: Piet de Vries\n  email: piet.devries@example.nl\n  telefoon: "06-12345678"\n',
    );
    writeFileSync(join(folder, "antwoorden piet.devries@example.nl.yaml"), file);
    writeFileSync(join(folder, "kapot piet.yaml"), "questionnaire: [\n");
    const personal = /Piet|piet\.devries|06-1234/;
    for (const format of ["csv", "csv-long", "json", "md", "html"]) {
      const r = await runCli(["batch", ".", "--format", format, "--include-names", "--include-notes"], { cwd: dir });
      expect(r.code, format).toBe(3);
      expect(r.stdout, format).not.toMatch(personal);
      if (format === "csv") {
        const rows = rowsOf(r.stdout);
        expect(rows.map((x) => [x.file, x.file_id])).toEqual([
          ["", "1"],
          ["", "2"],
        ]);
        expect(rows[0]!.answers_sha256).toMatch(/^[0-9a-f]{64}$/);
      }
      if (format === "json") {
        const doc = JSON.parse(r.stdout);
        expect(doc.files.map((f: object) => Object.keys(f).includes("file"))).toEqual([false, false]);
        expect(doc.aggregate.invalid[0].fileId).toBe(2);
      }
      // Not even the names of meta keys nobody asked for (a researcher's test: the JSON listed them).
      expect(r.stdout, format).not.toMatch(/contactpersoon|telefoon|respondent_id/);
      if (format === "md") expect(r.stdout).toContain("| nr. 2 (file\\_id) |");
    }
    // The terminal (stderr) still names the file: it is the researcher's own screen.
    const plain = await runCli(["batch", "."], { cwd: dir });
    expect(plain.stderr).toContain("kapot piet.yaml");
    // Asked for: the path with --include-paths, a meta key with --meta (in the CSV and in JSON).
    const paths = await runCli(["batch", ".", "--include-paths", "--meta", "email"], { cwd: dir });
    expect(rowsOf(paths.stdout).map((x) => [x.file, x.meta_email])).toEqual([
      ["Piet de Vries (adviesraad)/antwoorden piet.devries@example.nl.yaml", "piet.devries@example.nl"],
      ["Piet de Vries (adviesraad)/kapot piet.yaml", ""],
    ]);
    const json = JSON.parse((await runCli(["batch", ".", "--format", "json", "--meta", "email"], { cwd: dir })).stdout);
    expect(json.files[0].meta).toEqual({ email: "piet.devries@example.nl" });
    expect(JSON.stringify(json)).not.toMatch(/Piet de Vries|06-1234|contactpersoon|telefoon/);
  });
});

describe("privacy: an invalid file's problem without the file's own words", () => {
  // A researcher's user test (issue 24): a wrong answer written as a sentence with a name in it
  // came back in the CSV's error column, the JSON's message and params, and the summary's table.
  const dir = mkdtempSync(join(tmpdir(), "zelftest-invalid-words-"));
  const valid = readFileSync(join(BATCH, "paar-GM0014-adviesraad.yaml"), "utf8");
  writeFileSync(
    join(dir, "a.yaml"),
    valid.replace(
      /^ {2}beleidsplan\.inrichting: nee$/m,
      "  beleidsplan.inrichting: ja, zie brief van mevrouw Geheim (BSN 123456789)",
    ),
  );
  writeFileSync(join(dir, "b.yaml"), valid.replace(/^respondent:\n/m, "respondent:\n  name: [Secret Sam, 06-555]\n"));
  const secret = /Geheim|123456789|Secret Sam|06-555/;

  it("is withheld (…) in every format unless --include-notes; the code, place and the tool's own words stay", async () => {
    for (const format of ["csv", "csv-long", "json", "md", "html"]) {
      const r = await runCli(["batch", ".", "--format", format, "--include-names"], { cwd: dir });
      expect(r.code, format).toBe(3);
      expect(r.stdout, format).not.toMatch(secret);
      if (format === "csv") {
        const errors = rowsOf(r.stdout).map((x) => x.error);
        expect(errors[0]).toMatch(/^\w+:12:\d+ .*…/);
        expect(errors[1]).toMatch(/^\w+:\d+:\d+ /);
      }
    }
    // The researcher's own screen keeps the whole message, and --include-notes puts it in the data.
    const plain = await runCli(["batch", "."], { cwd: dir });
    expect(plain.stderr).toMatch(/Geheim/);
    const asked = await runCli(["batch", ".", "--format", "json", "--include-notes"], { cwd: dir });
    expect(asked.stdout).toMatch(/Geheim/);
    expect(JSON.parse(asked.stdout).aggregate.invalid[0].params.value).toMatch(/Geheim/);
  });
});

describe("usage", () => {
  it.each([
    [["--by", "role"]],
    [["--format", "md", "--by", "gemeente"]],
    [["--format", "json", "--items"]],
    [["--codebook", "x.txt"]],
    [["--format", "md", "--codebook", "x.csv"]],
    [["--meta", "wave,1x"]],
  ])("%j is refused with exit 2", async (args) => {
    expect((await runCli(["batch", ".", ...args], { cwd: BATCH })).code).toBe(2);
  });
});

describe("golden files", () => {
  const run = async (args: string[]) => {
    const r = await runCli(["batch", ".", ...args], { cwd: BATCH });
    expect(r.code).toBe(3);
    return r.stdout;
  };

  it("summary in Markdown by role (nl)", async () =>
    golden("batch-summary.by-role.nl.md", await run(["--format", "md", "--by", "role", "--municipalities", LIST])));
  it("summary in HTML by role and year (en)", async () =>
    golden("batch-summary.by-role-year.en.html", await run(["--format", "html", "--by", "role,year", "--lang", "en"])));
  it("summary in Markdown without breakdown (en)", async () =>
    golden("batch-summary.en.md", await run(["--format", "md", "--lang", "en"])));
  it("summary in HTML without breakdown (nl)", async () =>
    golden("batch-summary.nl.html", await run(["--format", "html"])));
  it("wide CSV (nl)", async () => golden("batch-data.nl.csv", await run(["--format", "csv"])));
  it("wide CSV with the optional columns (en)", async () =>
    golden(
      "batch-data.items-meta.en.csv",
      await run(["--format", "csv", "--lang", "en", "--items", "--meta", "wave", "--municipalities", LIST]),
    ));
  // The long CSV and the JSON have a line (or an object) per answer: a few files, valid and not,
  // and a group answer (votes and dissent).
  const FEW = [
    "../answers/council/groep.yaml",
    "adviesraad-rijssen-holten-2015.yaml",
    "paar-GM0014-gemeente.yaml",
    "kapot.yaml",
    "ongeldig-leesbaar.yaml",
  ];
  const runFew = async (args: string[]) => {
    const r = await runCli(["batch", ...FEW, ...args], { cwd: BATCH });
    expect(r.code).toBe(3);
    return r.stdout;
  };
  it("long CSV", async () => golden("batch-data.long.csv", await runFew(["--format", "csv-long", "--meta", "wave"])));
  it("JSON", async () => golden("batch-data.json", await runFew(["--format", "json"])));
  it("panel (municipality × year × role, en)", async () =>
    golden("batch-data.panel.en.csv", await run(["--format", "panel", "--lang", "en", "--municipalities", LIST])));

  for (const [format, ext] of [
    ["csv", "md"],
    ["csv", "csv"],
    ["csv-long", "md"],
    ["csv-long", "sps"],
    ["csv", "sps"],
    ["panel", "md"],
    ["panel", "sps"],
  ] as const) {
    it(`codebook of ${format} as .${ext}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "zelftest-codebook-"));
      const book = join(dir, `codebook.${ext}`);
      await runCli(
        [
          "batch",
          ".",
          "--format",
          format,
          "--out",
          join(dir, "data.csv"),
          "--codebook",
          book,
          "--meta",
          "wave",
          ...(format === "csv" ? ["--delimiter", ";"] : []),
        ],
        { cwd: BATCH },
      );
      golden(`batch-codebook.${format}.${ext}`, readFileSync(book, "utf8"));
    });
  }
});
