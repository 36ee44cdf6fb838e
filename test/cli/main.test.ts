// The command line's own errors: each a precise code (there is no catch-all code), worded in
// the user's language, exit 2; commander's own messages and help in the user's language too.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const example = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");

describe("command-line errors", () => {
  it("an unknown command is UNKNOWN_COMMAND, in Dutch by default and in English with --lang en", async () => {
    const nl = await runCli(["frobnicate"]);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain("UNKNOWN_COMMAND");
    expect(nl.stderr).toContain('Onbekende opdracht "frobnicate"');
    expect(nl.stderr).not.toMatch(/too many|te veel/i);
    const en = await runCli(["--lang", "en", "scroe"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Unknown command "scroe"');
    expect(en.stderr).toContain('Did you mean "score"?');
  });

  it("more arguments than a command takes is TOO_MANY_ARGUMENTS", async () => {
    const r = await runCli(["score", example, "extra.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("TOO_MANY_ARGUMENTS");
  });

  it("an unknown option is UNKNOWN_OPTION with a suggestion", async () => {
    const r = await runCli(["score", example, "--jsno"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("UNKNOWN_OPTION");
    expect(r.stderr).toContain('"--json"');
  });

  it("a missing argument or option value is MISSING_ARGUMENT", async () => {
    for (const argv of [["score"], ["report", example, "--out"], ["compare", example]]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toContain("MISSING_ARGUMENT");
    }
  });

  it("a value outside an option's choices is INVALID_OPTION, in Dutch", async () => {
    for (const argv of [
      ["report", example, "--format", "pdf"],
      ["--lang", "fr", "score", example],
      ["batch", example, "--delimiter", "ab"],
    ]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toContain("INVALID_OPTION");
      expect(r.stderr).toContain("geen geldige waarde");
    }
  });

  it("--jobs '' (and other non-numbers) is refused, not taken as 0", async () => {
    for (const jobs of ["", " ", "1.5", "-1", "65", "0x2"]) {
      const r = await runCli(["batch", example, "--jobs", jobs]);
      expect(r.code, JSON.stringify(jobs)).toBe(2);
      expect(r.stderr).toContain("INVALID_OPTION");
      expect(r.stdout).toBe("");
    }
  });

  it("a batch that finds nothing is NO_INPUT_FILES", async () => {
    const r = await runCli(["batch", "bestaat-niet/*.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("NO_INPUT_FILES");
  });
});

/** Words of commander's own English that must never reach a Dutch user. */
const COMMANDER_ENGLISH =
  /error:|unknown option|missing required|too many arguments|argument missing|Usage:|Options:|Commands:|Arguments:|\[options\]|\(choices:|default:|display help/;

describe("commander's own words are in the user's language", () => {
  const bad: string[][] = [
    ["batch", "--nonsense"],
    ["report"],
    ["report", example, "--out"],
    ["--lang"],
    ["score", example, "extra.yaml"],
    ["frobnicate"],
    ["help", "frobnicate"],
    ["compare", example],
    ["report", example, "--format", "pdf"],
    ["--nonsense"],
  ];

  it.each(bad)(
    "a wrong command line (%s …) is a coded error in Dutch, exit 2, without commander's English",
    async (...argv) => {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^fout [A-Z_]+: /m);
      expect(r.stderr).toContain("Oplossing: ");
      expect(r.stderr).not.toMatch(COMMANDER_ENGLISH);
      const en = await runCli([...argv, "--lang", "en"]);
      expect(en.stderr).toMatch(/^error [A-Z_]+: /m);
      expect(en.stderr).toContain("Fix: ");
    },
  );

  it("names the problem precisely: the option, the missing file, the extra argument", async () => {
    expect((await runCli(["batch", "--nonsense"])).stderr).toContain('Onbekende optie "--nonsense"');
    expect((await runCli(["report"])).stderr).toContain("Dit ontbreekt: het antwoordbestand (YAML of JSON).");
    expect((await runCli(["report", "--lang", "en"])).stderr).toContain("Missing: the answer file (YAML or JSON).");
    expect((await runCli(["report", example, "--out"])).stderr).toContain("De optie --out heeft een waarde nodig.");
    expect((await runCli(["--lang"])).stderr).toContain("De optie --lang heeft een waarde nodig.");
    expect((await runCli(["compare", example])).stderr).toContain("een tweede antwoordbestand om mee te vergelijken");
    expect((await runCli(["score", example, "extra.yaml"])).stderr).toContain(
      'Te veel argumenten voor "score": extra.yaml.',
    );
    const help = await runCli(["help", "frobnicate"]);
    expect(help.stderr).toContain('Onbekende opdracht "frobnicate"');
    expect(help.stderr).toContain("interview, score, report, batch, compare, samenvoegen, validate en formulier");
  });

  it("an option that needs another is OPTION_REQUIRES, naming both", async () => {
    const by = await runCli(["batch", example, "--by", "role"]);
    expect(by.code).toBe(2);
    expect(by.stderr).toContain("OPTION_REQUIRES");
    expect(by.stderr).toContain("--by werkt alleen samen met --format md of --format html");
    const docx = await runCli(["report", example, "--format", "docx", "--lang", "en"]);
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain("--format docx works only together with --out");
    for (const argv of [
      ["batch", example, "--items", "--format", "json"],
      ["batch", example, "--codebook", "c.md", "--format", "md"],
    ]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toContain("OPTION_REQUIRES");
      expect(r.stdout).toBe("");
    }
  });

  it("the help is Dutch by default and English with --lang en: headings, usage, defaults, help for help", async () => {
    for (const argv of [["--help"], ["help"], ["score", "--help"], ["help", "batch"], ["report", "-h"]]) {
      const nl = await runCli(argv);
      expect(nl.code, argv.join(" ")).toBe(0);
      expect(nl.stdout).toMatch(/^Gebruik: zelftest/);
      expect(nl.stdout).toContain("Opties:");
      expect(nl.stdout).toContain("-h, --help");
      expect(nl.stdout).toContain("toon deze hulp");
      expect(nl.stdout, argv.join(" ")).not.toMatch(COMMANDER_ENGLISH);
      const en = await runCli([...argv, "--lang", "en"]);
      expect(en.stdout).toMatch(/^Usage: zelftest/);
      expect(en.stdout).toContain("show this help");
    }
    const top = (await runCli(["--help"])).stdout;
    expect(top).toContain("Opdrachten:");
    expect(top).toContain("[opties] [opdracht]");
    expect(top).toMatch(/score \[opties\] <bestand>/);
    expect(top).toMatch(/help \[opdracht\] +toon de hulp bij een opdracht/);
    expect(top).toContain("toon het versienummer");
    expect(top).toMatch(/--lang <taal> +taal van uitvoer en rapport: nl of en\s+\(standaard: nl\)/);
    const score = (await runCli(["help", "score"])).stdout;
    expect(score).toContain("Argumenten:");
    expect(score).toMatch(/Gebruik: zelftest score \[opties\] <bestand>/);
    const en = (await runCli(["--lang", "en", "--help"])).stdout;
    expect(en).toContain("Commands:");
    expect(en).toMatch(/--lang <lang> +language of output and report: nl or en\s+\(default:\s+nl\)/);
  });
});
