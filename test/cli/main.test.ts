// The command line's own errors: each a precise code (never a USAGE catch-all where one fits),
// worded in the user's language, exit 2.
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
