// Findings of the researcher's user test of the batch outputs (issue 13): a repeated --by, the
// practice scores of themes without answered good practice, invalid files' own questionnaire id,
// and the municipality list's own names.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const BATCH = fixture("batch");
const rowsOf = (text: string) => parse(text.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];

describe("--by repeated", () => {
  it("--by role --by year gives the same summary as --by role,year", async () => {
    const repeated = await runCli(["batch", ".", "--format", "md", "--by", "role", "--by", "year"], { cwd: BATCH });
    const listed = await runCli(["batch", ".", "--format", "md", "--by", "role,year"], { cwd: BATCH });
    const last = await runCli(["batch", ".", "--format", "md", "--by", "year"], { cwd: BATCH });
    expect(repeated.code).toBe(listed.code);
    expect(repeated.stdout).toBe(listed.stdout);
    expect(repeated.stdout).not.toBe(last.stdout);
  });

  it.each([
    [["--by", "role", "--by", "gemeente"]],
    [["--by", "role", "--by", "role"]],
    [["--by", "role,year", "--by", "year"]],
  ])("%j is refused with exit 2", async (args) => {
    const r = await runCli(["batch", ".", "--format", "md", ...args], { cwd: BATCH });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});

describe("good practice of a theme left unanswered", () => {
  // Good practice answered in one theme only: the others' practice scores are empty, never 0.
  const dir = mkdtempSync(join(tmpdir(), "zelftest-practice-"));
  writeFileSync(
    join(dir, "deels.yaml"),
    [
      "questionnaire: clientondersteuning-wmo2015",
      "version: 1.2.0",
      "municipality: Testdorp",
      "respondent:",
      "  role: gemeente",
      "date: 2024-05-01",
      "answers:",
      "  beleidsplan.inrichting: ja",
      "  beleidsplan.praktijk-uitvoering: ja",
      "",
    ].join("\n"),
  );

  it("wide CSV: empty practice score for a theme without an answered good-practice item", async () => {
    const r = await runCli(["batch", "."], { cwd: dir });
    expect(r.code).toBe(0);
    const [row] = rowsOf(r.stdout);
    expect(row!.practice_filled).toBe("1");
    expect(row!.beleidsplan_practice_score).toBe("100");
    expect(row!.onafhankelijkheid_practice_score).toBe("");
    expect(row!.kwaliteit_practice_score).toBe("");
  });

  it("JSON: the same themes have practice score and verdict null, the aggregate counts only answered themes", async () => {
    const r = await runCli(["batch", ".", "--format", "json"], { cwd: dir });
    const json = JSON.parse(r.stdout);
    const themes = json.files[0].assessment.themes as {
      id: string;
      practiceScore: number | null;
      practiceVerdict: string | null;
    }[];
    expect(themes.find((t) => t.id === "beleidsplan")!.practiceScore).toBe(100);
    expect(themes.find((t) => t.id === "onafhankelijkheid")).toMatchObject({
      practiceScore: null,
      practiceVerdict: null,
    });
    const cell = json.aggregate.cells[0];
    const k = themes.findIndex((t) => t.id === "onafhankelijkheid");
    expect(cell.themes[k].practice.n).toBe(0);
    expect(cell.themes[0].practice.n).toBe(1);
  });

  it("JSON: practice score and verdict null where good practice was not filled in at all", async () => {
    const none = mkdtempSync(join(tmpdir(), "zelftest-practice-none-"));
    writeFileSync(
      join(none, "wettelijk.yaml"),
      [
        "questionnaire: clientondersteuning-wmo2015",
        "version: 1.2.0",
        "municipality: Testdorp",
        "respondent:",
        "  role: gemeente",
        "date: 2024-05-01",
        "answers:",
        "  beleidsplan.inrichting: ja",
        "",
      ].join("\n"),
    );
    const json = JSON.parse((await runCli(["batch", ".", "--format", "json"], { cwd: none })).stdout);
    expect(json.files[0].assessment).toMatchObject({ practiceScore: null, practiceVerdict: null });
  });
});

describe("invalid files: the file's own questionnaire id", () => {
  it("the questionnaire column shows the id the file names, also in JSON; valid files show the id scored against", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-ander-"));
    writeFileSync(
      join(dir, "ander.yaml"),
      [
        "questionnaire: iets-anders",
        "version: 1.0.0",
        "municipality: Zwolle",
        "respondent:",
        "  role: gemeente",
        "date: 2024-05-01",
        "answers: {}",
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "goed.yaml"),
      [
        "questionnaire: clientondersteuning-wmo2015",
        "version: 1.2.0",
        "municipality: Zwolle",
        "respondent:",
        "  role: gemeente",
        "date: 2024-05-01",
        "answers:",
        "  beleidsplan.inrichting: ja",
        "",
      ].join("\n"),
    );
    writeFileSync(join(dir, "zonder.yaml"), ["version: 1.0.0", "municipality: Zwolle", ""].join("\n"));
    const r = await runCli(["batch", ".", "--include-paths"], { cwd: dir });
    expect(r.code).toBe(3);
    const rows = rowsOf(r.stdout);
    expect(rows.find((x) => x.file === "ander.yaml")).toMatchObject({
      status: "invalid",
      questionnaire: "iets-anders",
      error_code: "QUESTIONNAIRE_MISMATCH",
    });
    expect(rows.find((x) => x.file === "goed.yaml")).toMatchObject({
      status: "valid",
      questionnaire: "clientondersteuning-wmo2015",
    });
    expect(rows.find((x) => x.file === "zonder.yaml")).toMatchObject({ status: "invalid", questionnaire: "" });
    const json = JSON.parse((await runCli(["batch", ".", "--include-paths", "--format", "json"], { cwd: dir })).stdout);
    expect(json.files.find((f: { file: string }) => f.file === "ander.yaml").questionnaire).toBe("iets-anders");
  });
});

describe("--municipalities: the name as written", () => {
  const LIST = fixture("municipalities", "gemeenten.csv");
  it("keeps the written name in municipality_written (at the end) where the official name replaced it", async () => {
    const r = await runCli(["batch", ".", "--include-paths", "--municipalities", LIST, "--meta", "wave"], {
      cwd: BATCH,
    });
    const rows = rowsOf(r.stdout);
    const head = Object.keys(rows[0]!);
    // After the fixed columns, whose last are the law lens's (questionnaire 1.3) and group_size (output format 1.3).
    expect(head.indexOf("law_score")).toBe(head.indexOf("error_code") + 2);
    expect(head.indexOf("group_size")).toBe(head.indexOf("law_score") + 1);
    expect(head.indexOf("n_newer_items")).toBe(head.indexOf("group_size") + 1);
    expect(head.indexOf("municipality_written")).toBe(head.indexOf("n_newer_items") + 1);
    // unknown_code (output format 1.3) after every column that came before it, so none moves.
    expect(head.slice(-2)).toEqual(["meta_wave", "unknown_code"]);
    expect(rows.find((x) => x.file === "paar-GM0796-gemeente.yaml")).toMatchObject({
      municipality: "'s-Hertogenbosch",
      municipality_written: "Den Bosch",
    });
    expect(rows.find((x) => x.file === "gemeente-rijssen-holten-2015.yaml")).toMatchObject({
      municipality: "Rijssen-Holten",
      municipality_written: "",
    });
    const long = rowsOf(
      (
        await runCli(["batch", ".", "--include-paths", "--format", "csv-long", "--municipalities", LIST], {
          cwd: BATCH,
        })
      ).stdout,
    );
    expect(long.find((x) => x.file === "paar-GM0796-gemeente.yaml")).toMatchObject({
      municipality: "'s-Hertogenbosch",
      municipality_written: "Den Bosch",
    });
    // Without a list the column is not there: the name is never replaced.
    expect(Object.keys(rowsOf((await runCli(["batch", "."], { cwd: BATCH })).stdout)[0]!)).not.toContain(
      "municipality_written",
    );
  });
});

describe("--codebook FILE.sps", () => {
  it("says where SPSS looks for the data file named in /FILE", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-sps-"));
    await runCli(["batch", ".", "--lang", "en", "--out", join(dir, "data.csv"), "--codebook", join(dir, "boek.sps")], {
      cwd: BATCH,
    });
    const sps = readFileSync(join(dir, "boek.sps"), "utf8");
    expect(sps).toContain("/FILE='data.csv'");
    expect(sps).toContain(
      "* folder, not next to this syntax file: run CD 'folder of the data'. first, or write the full path.",
    );
  });
});

describe("answers to questions that do not apply", () => {
  it("warn on stderr, one line per file, without making the file invalid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-nvt-"));
    const head = [
      "questionnaire: clientondersteuning-wmo2015",
      "version: 1.2.0",
      "municipality: Testdorp",
      "respondent:",
      "  role: gemeente",
      "date: 2024-05-01",
      "answers:",
    ];
    writeFileSync(
      join(dir, "a.yaml"),
      [
        ...head,
        "  samenspel.informeel-aanbod: nee",
        "  samenspel.officiele-positie-informeel: ja",
        "  samenspel.informeel-in-communicatie: ja",
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "b.yaml"),
      [...head, "  samenspel.informeel-aanbod: ja", "  samenspel.officiele-positie-informeel: ja", ""].join("\n"),
    );
    const r = await runCli(["batch", "."], { cwd: dir });
    expect(r.code).toBe(0);
    const warnings = r.stderr.split("\n").filter((l) => l.includes("waarschuwing"));
    expect(warnings).toEqual([
      "a.yaml: waarschuwing: 2 antwoorden op vragen die niet van toepassing zijn (voorwaarde niet vervuld; telt niet mee): samenspel.officiele-positie-informeel, samenspel.informeel-in-communicatie",
    ]);
    const threaded = await runCli(["batch", ".", "--jobs", "2", "--lang", "en"], { cwd: dir });
    expect(threaded.stderr).toContain(
      "a.yaml: warning: 2 answers to questions that do not apply (condition not met; not scored)",
    );
  });
});
