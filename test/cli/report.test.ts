import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatFor, generationTime } from "../../src/cli/commands/report.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const example = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");

describe("zelftest report", () => {
  it("prints Markdown to stdout by default", async () => {
    const r = await runCli(["report", example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Zelftest cliëntondersteuning – Rijssen-Holten\n/);
    expect(r.stdout).toContain("## Plan van aanpak");
    expect(r.stdout).not.toContain("onafhankelijkheid.andere-ondersteuner");
  });

  it("--verbose adds the questions' ids for questionnaire authors", async () => {
    const r = await runCli(["report", example, "--verbose"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "*voldoet niet · VNG-zelftest · Onafhankelijkheid · `onafhankelijkheid.andere-ondersteuner`*",
    );
  });

  it("writes HTML with --out (format from the extension or --format), atomically, and names the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-report-"));
    const out = join(dir, "rapport.html");
    const r = await runCli(["report", example, "--out", out], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(out);
    expect(readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(dir)).toEqual(["rapport.html"]); // no temporary files left behind
    const md = await runCli(["report", example, "--format", "md", "--out", "r.txt"], { cwd: dir });
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, "r.txt"), "utf8")).toMatch(/^# /);
  });

  it("--kort gives the first page alone; --plan-csv also writes the plan for a spreadsheet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-report-"));
    const r = await runCli(["report", example, "--kort", "--plan-csv", "plan.csv"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("## Samenvatting");
    expect(r.stdout).not.toContain("## Plan van aanpak");
    expect(r.stderr.trim()).toBe(join(dir, "plan.csv"));
    // The CSV holds the whole plan, also with --kort.
    expect(readFileSync(join(dir, "plan.csv"), "utf8")).toMatch(/^\uFEFF"Nr\.";"Werkpakket";/);
  });

  it("--format docx (or --out *.docx) writes a Word file and needs --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-report-"));
    const r = await runCli(["report", example, "--out", "rapport.docx"], { cwd: dir });
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(dir, "rapport.docx"));
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(readdirSync(dir)).toEqual(["rapport.docx"]);
    const noOut = await runCli(["report", example, "--format", "docx"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--out");
    expect(noOut.stdout).toBe("");
  });

  it("English with --lang en", async () => {
    const r = await runCli(["--lang", "en", "report", example]);
    expect(r.stdout).toContain("## Action plan");
  });

  it("is reproducible with SOURCE_DATE_EPOCH", async () => {
    const a = await runCli(["report", example, "--format", "html"], { env: { SOURCE_DATE_EPOCH: "1700000000" } });
    const b = await runCli(["report", example, "--format", "html"], { env: { SOURCE_DATE_EPOCH: "1700000000" } });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain("2023-11-14T22:13:20Z");
    expect(generationTime({}, new Date("2025-01-02T03:04:05.678Z"))).toBe("2025-01-02T03:04:05Z");
  });

  it("refuses invalid input with exit 2 and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-report-"));
    const out = join(dir, "rapport.html");
    const r = await runCli(["report", fixture("answers", "invalid", "wrong-major.yaml"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("VERSION_MISMATCH");
    expect(existsSync(out)).toBe(false);
    expect((await runCli(["report", example, "--format", "pdf"])).code).toBe(2);
  });

  it("exit 2 with OUTPUT_FAILED when the folder does not exist", async () => {
    const r = await runCli(["report", example, "--out", join(tmpdir(), "bestaat-niet", "x", "r.md")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("OUTPUT_FAILED");
  });

  it("picks the format from --format, else from the --out extension, else Markdown", () => {
    expect(formatFor("html", undefined)).toBe("html");
    expect(formatFor(undefined, "a.HTM")).toBe("html");
    expect(formatFor(undefined, "a.md")).toBe("md");
    expect(formatFor(undefined, undefined)).toBe("md");
  });
});
