import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { expectGolden } from "../helpers/golden.js";
import { runCli } from "../helpers/run-cli.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";

describe("zelftest validate", () => {
  it("accepts the built-in questionnaire and the examples, detecting the kind", async () => {
    const r = await runCli([
      "validate",
      join(ROOT, "questionnaires", "clientondersteuning-wmo2015.yaml"),
      join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"),
      join(ROOT, "examples", "gemeente-half-ingevuld.json"),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const q = loadQuestionnaire("clientondersteuning-wmo2015");
    expect(r.stdout).toContain(`geldige vragenlijst (${q.themes.length} thema's, ${q.items.length} vragen)`);
    expect(r.stdout).toContain(`geldig antwoordbestand (31 van ${q.items.length} vragen beantwoord)`);
    expect(r.stdout).toContain(`geldig antwoordbestand (6 van ${q.items.length} vragen beantwoord)`);
  });

  it("reports every invalid file and still checks the others; exit 2", async () => {
    const good = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");
    const bad1 = fixture("answers", "invalid", "invalid-role.yaml");
    const bad2 = fixture("questionnaires", "invalid", "duplicate-item-id.yaml");
    const r = await runCli(["validate", bad1, good, bad2]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(good);
    expect(r.stderr).toContain(`${bad1}:5:9: fout INVALID_VALUE`);
    expect(r.stderr).toContain("Kies uit: gemeente, adviesraad, clientorganisatie, aanbieder, onderzoeker of anders.");
    expect(r.stderr).toContain(`${bad2}:21:13: fout DUPLICATE_ID`);
  });

  it("a role written as Dutch writes it (Cliëntorganisatie) is refused with the id to write, in the terminal and in batch's outputs", async () => {
    const file = fixture("answers", "invalid", "role-dutch-spelling.yaml");
    const r = await runCli(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:6:9: fout INVALID_VALUE`);
    expect(r.stderr).toContain(
      'Oplossing: Bedoelde u "clientorganisatie"? Schrijf het precies zo: kleine letters, zonder accent of spatie. Kies uit:',
    );
    const en = await runCli(["validate", file, "--lang", "en"]);
    expect(en.stderr).toContain('Did you mean "clientorganisatie"?');
    // The wide CSV's error column keeps the tool's suggestion, and leaves out the file's own words.
    const batch = await runCli(["batch", file]);
    expect(batch.code).toBe(3);
    expect(batch.stdout).toContain('Bedoelde u ""clientorganisatie""?');
    expect(batch.stdout).not.toContain("Cliëntorganisatie");
  });

  it("validates answers against a custom questionnaire", async () => {
    const r = await runCli([
      "validate",
      join(ROOT, "examples", "gemeente-half-ingevuld.json"),
      "--questionnaire",
      fixture("questionnaires", "mini.yaml"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("QUESTIONNAIRE_MISMATCH");
  });

  it("caps the printed problems per file and counts the rest", async () => {
    const r = await runCli(["validate", fixture("questionnaires", "invalid", "missing-translation.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/fout MISSING_TRANSLATION/g)).toHaveLength(25);
    expect(r.stderr).toContain("… en nog 23 problemen.");
  });

  it("English messages with --lang en", async () => {
    const r = await runCli(["--lang", "en", "validate", fixture("answers", "invalid", "date-calendar.yaml")]);
    expect(r.stderr).toContain("is not a real date");
    expect(r.stderr).toContain("Fix: Write the date as year-month-day");
  });
});

describe("zelftest validate: golden outputs", () => {
  const files = [
    "answers/invalid/invalid-role.yaml",
    "answers/invalid/missing-fields.yaml",
    "answers/invalid/yaml-syntax.yaml",
    "questionnaires/invalid/duplicate-item-id.yaml",
  ];
  it.each([
    ["nl", [], "validate.invalid.nl.txt"],
    ["en", ["--lang", "en"], "validate.invalid.en.txt"],
  ])("problems of invalid files (%s)", async (_lang, args, golden) => {
    const r = await runCli(["validate", ...files, ...args], { cwd: fixture() });
    expect(r.code).toBe(2);
    // The CLI names files by their full path: the checkout's place is masked.
    const text = `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`.split(fixture()).join("<fixtures>");
    expectGolden(golden, text);
  });
});
