import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { expectGolden } from "../helpers/golden.js";
import { runCli } from "../helpers/run-cli.js";

const example = (name: string) => join(ROOT, "examples", name);
const ESC = "\u001b[";

describe("zelftest score", () => {
  it("--json prints the assessment of docs/scoring.md", async () => {
    const r = await runCli(["score", example("gemeente-rijssen-holten-2015.yaml"), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({
      questionnaire: { id: "clientondersteuning-wmo2015" },
      answersVersion: "1.1.0",
      municipality: "Rijssen-Holten",
      respondent: { role: "gemeente", name: "Team Wmo" },
      date: "2015-09-01",
      verdict: "voldoet-niet",
      practiceVerdict: "voldoet-niet",
    });
    // 16 of the good-practice items are answered (3 ja, 8 deels, 4 nee, 1 weet-niet); the unanswered
    // ones count 0 (docs/scoring.md): 100 × (3 + 8 × 0.5) / practice items (9.7 when there were 72).
    const practice = loadQuestionnaire("clientondersteuning-wmo2015").items.filter((i) => i.level === "aanbeveling");
    expect(a.counts.aanbeveling).toEqual({
      voldoet: 3,
      deels: 8,
      onbekend: practice.length - 15,
      "voldoet-niet": 4,
      "niet-van-toepassing": 0,
      onbeantwoord: practice.length - 16,
    });
    expect(a.practiceScore).toBe(Math.round((1000 * 7) / practice.length) / 10);
    // 7 ja, 6 deels, 2 nee → (7 + 3) / 15 = 66.7
    expect(a.score).toBe(66.7);
    expect(a.themes.map((t: { id: string }) => t.id).slice(0, 7)).toEqual([
      "beleidsplan",
      "onafhankelijkheid",
      "levensbreed",
      "toegankelijkheid",
      "informatieplicht",
      "kwaliteit",
      "inspraak",
    ]);
    const onafh = a.themes[1];
    expect(onafh).toMatchObject({
      verdict: "voldoet-niet",
      score: 50,
      practiceVerdict: "onbekend",
      practiceScore: 18.8,
    });
    expect(onafh.items[0]).toMatchObject({
      id: "onafhankelijkheid.professionele-autonomie",
      level: "wettelijk",
      answer: "deels",
      status: "deels",
      points: 0.5,
    });
  });

  it("prints a readable Dutch summary without colour when not on a terminal", async () => {
    const r = await runCli(["score", example("adviesraad-rijssen-holten-2015.yaml")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Rijssen-Holten");
    expect(r.stdout).toContain("VNG-zelftest");
    expect(r.stdout).toContain("Wet ");
    expect(r.stdout).toContain("voldoet niet");
    expect(r.stdout).toContain("Weet niet");
    expect(r.stdout).not.toContain(ESC);
  });

  it("names the questions by their text; their ids only with --verbose (as the report and the interview)", async () => {
    const file = example("adviesraad-rijssen-holten-2015.yaml");
    const plain = await runCli(["score", file]);
    const verbose = await runCli(["score", file, "--verbose"]);
    expect(plain.stdout).toContain("nooit beslissen over een");
    expect(plain.stdout).not.toContain("onafhankelijkheid.scheiding-toewijzing");
    expect(verbose.code).toBe(0);
    expect(verbose.stdout).toContain("nooit beslissen over een");
    expect(verbose.stdout).toContain("onafhankelijkheid.scheiding-toewijzing");
  });

  it("colours on a terminal, and NO_COLOR turns colour off", async () => {
    const file = example("adviesraad-rijssen-holten-2015.yaml");
    expect((await runCli(["score", file], { stdoutIsTTY: true })).stdout).toContain(ESC);
    expect((await runCli(["score", file], { stdoutIsTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(ESC);
    expect((await runCli(["score", file], { env: { FORCE_COLOR: "1" } })).stdout).toContain(ESC);
  });

  it("speaks English with --lang en", async () => {
    const r = await runCli(["score", example("gemeente-half-ingevuld.json"), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("VNG self-assessment");
    expect(r.stdout).toContain("Not answered");
    const legal = loadQuestionnaire("clientondersteuning-wmo2015").items.filter((i) => i.level === "wettelijk");
    expect(r.stdout).toContain(`6 of ${legal.length} questions answered`);
  });

  it("uses a custom questionnaire with --questionnaire FILE", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "zelftest-")), "a.yaml");
    writeFileSync(
      file,
      "questionnaire: mini\nversion: 2.0.0\nmunicipality: X\nrespondent: {role: anders}\ndate: 2025-01-01\nanswers: {gamma.een: ja, alpha.een: ja, alpha.twee: ja, beta.een: deels}\n",
    );
    const r = await runCli(["score", file, "--json", "--questionnaire", fixture("questionnaires", "mini.yaml")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: "deels", score: 90, practiceScore: 50 });
  });

  it("refuses an invalid file with exit 2, file:line:column, the source line, a caret and a fix; nothing on stdout", async () => {
    const file = fixture("answers", "invalid", "unknown-item.yaml");
    const r = await runCli(["score", file, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${file}:8:3: fout UNKNOWN_ITEM`);
    expect(r.stderr).toContain("8 |   onafhankelijkheid.scheding-toewijzing: ja");
    expect(r.stderr).toMatch(/\| {3}\^{37}/);
    expect(r.stderr).toContain('Bedoelde u "onafhankelijkheid.scheiding-toewijzing"?');
    expect(r.stderr).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
  });

  it("exit 2 for a missing file, an unknown --questionnaire id, and usage errors", async () => {
    expect((await runCli(["score", "bestaat-niet.yaml"])).code).toBe(2);
    const q = await runCli([
      "score",
      example("gemeente-rijssen-holten-2015.yaml"),
      "--questionnaire",
      "onbekende-lijst",
    ]);
    expect(q.code).toBe(2);
    expect(q.stderr).toContain("UNKNOWN_QUESTIONNAIRE");
    expect((await runCli(["score"])).code).toBe(2);
    expect((await runCli(["score", "a.yaml", "--jsn"])).code).toBe(2);
    expect((await runCli(["scor"])).code).toBe(2);
    expect((await runCli(["--lang", "fr", "score", "a.yaml"])).code).toBe(2);
  });
});

describe("an unexpected internal error", () => {
  const failingStdout = {
    write: () => {
      throw new Error("disk on fire");
    },
  };

  it("exits 1 with a short message and no stack trace", async () => {
    const r = await runCli(["score", example("gemeente-rijssen-holten-2015.yaml"), "--json"], {
      stdout: failingStdout,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Er ging iets mis in zelftest zelf");
    expect(r.stderr).toContain("disk on fire");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("shows the stack with --debug", async () => {
    const r = await runCli(["--debug", "score", example("gemeente-rijssen-holten-2015.yaml"), "--json"], {
      stdout: failingStdout,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Error: disk on fire\n\s+at /);
  });
});

describe("zelftest --help and --version", () => {
  it("help lists the commands and exits 0, in Dutch and English", async () => {
    const nl = await runCli(["--help"]);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toContain("score");
    expect(nl.stdout).toContain("validate");
    expect((await runCli(["--lang", "en", "--help"])).stdout).toContain("score an answer file");
  });

  it("version exits 0 with the package version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("zelftest score: golden outputs", () => {
  const cwd = join(ROOT, "examples");
  it.each([
    ["gemeente-rijssen-holten-2015.yaml", "nl", [], "score.gemeente-rijssen-holten-2015.nl.txt"],
    ["gemeente-half-ingevuld.json", "en", ["--lang", "en"], "score.gemeente-half-ingevuld.en.txt"],
    ["adviesraad-rijssen-holten-2015.yaml", "json", ["--json"], "score.adviesraad-rijssen-holten-2015.json"],
  ])("%s (%s)", async (file, _kind, args, golden) => {
    const r = await runCli(["score", file, ...args], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expectGolden(golden, r.stdout);
  });
});
