// Text from files on a terminal (src/report/escape.ts escapeTerminal): names, ids, file names and
// source lines with ESC, CR, LF or bidi overrides are shown as visible escapes, so a file cannot
// print a fake "✓ voldoet" line, clear the screen or hide the real output. Every command.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { escapeTerminal } from "../../src/report/escape.js";
import { ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

/** Any control character but the line feeds of our own layout, and the bidi controls. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const EVIL = "Goed\r\u001b[2K\u001b[32m✓ voldoet\u001b[0m\nnep\u202eregel\u0007";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-terminal-"));
  dirs.push(dir);
  return dir;
}
/** An answer file with `text` as municipality and respondent name (JSON, so any character can be written). */
function answerFile(text: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    questionnaire: "clientondersteuning-wmo2015",
    version: "1.2.0",
    municipality: text,
    respondent: { role: "gemeente", name: text },
    date: "2025-01-01",
    answers: { "toegankelijkheid.gratis": "ja" },
    ...extra,
  });
}

describe("escapeTerminal", () => {
  it("shows every control character as a visible escape and leaves other text alone", () => {
    expect(escapeTerminal("a\nb\rc\td\u001b[31me\u0007f\u202eg")).toBe("a\\nb\\rc\\td\\e[31me\\u0007f\\u202eg");
    expect(escapeTerminal("Súdwest-Fryslân · ’s-Hertogenbosch ✓")).toBe("Súdwest-Fryslân · ’s-Hertogenbosch ✓");
  });
});

describe("no command lets a file steer the terminal", () => {
  it("score: the municipality and name print as one line each, escaped", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "evil.json"), answerFile(EVIL));
    writeFileSync(join(dir, "good.json"), answerFile("Goed"));
    const evil = await runCli(["score", join(dir, "evil.json")]);
    const good = await runCli(["score", join(dir, "good.json")]);
    expect(evil.code).toBe(0);
    expect(evil.stdout).not.toMatch(CONTROL);
    expect(evil.stdout.split("\n")).toHaveLength(good.stdout.split("\n").length);
    expect(evil.stdout).toContain("Goed\\r\\e[2K\\e[32m✓ voldoet\\e[0m\\nnep\\u202eregel\\u0007");
  });

  it("validate and score errors: an id with ESC and LF in it, and its source line, are escaped; the caret still fits", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "evil.json"), answerFile("X", { answers: { "x\u001b[31m.y\ny": "ja" } }));
    for (const argv of [
      ["validate", join(dir, "evil.json")],
      ["score", join(dir, "evil.json")],
    ]) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("UNKNOWN_ITEM");
      expect(r.stderr).not.toMatch(CONTROL);
      const lines = r.stderr.split("\n");
      const source = lines.find((l) => l.includes(" | ") && l.includes("x\\u001b"))!;
      const caret = lines[lines.indexOf(source) + 1]!;
      expect(source.indexOf('"x\\u001b')).toBe(caret.indexOf("^"));
    }
  });

  it("batch: a file name with ESC, CR and LF is one escaped line on stderr", async () => {
    const dir = workspace();
    mkdirSync(join(dir, "in"));
    copyFileSync(join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"), join(dir, "in", "ok.yaml"));
    writeFileSync(join(dir, "in", "na\u001b[2Jme\r\n✓ voldoet.yaml"), "x: [\n");
    const r = await runCli(["batch", "in", "--jobs", "0"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(2);
    expect(r.stderr).toContain("in/na\\e[2Jme\\r\\n✓ voldoet.yaml:");
  });

  it("compare: municipality names in a refusal are escaped", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.json"), answerFile(EVIL));
    writeFileSync(join(dir, "b.json"), answerFile("Anders"));
    const r = await runCli(["compare", "a.json", "b.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("COMPARE_MIXED");
    expect(r.stderr).not.toMatch(CONTROL);
  });

  it("report --out: the path printed on stderr is escaped", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.json"), answerFile("X"));
    const r = await runCli(["report", "a.json", "--out", "r\u001b[2J.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stderr).toContain("r\\e[2J.md");
  });
});
