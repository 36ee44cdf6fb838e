import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatFor, generationTime } from "../../src/cli/commands/report.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { docxText } from "../helpers/docx-text.js";
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

describe("zelftest report of a group answer", () => {
  const members = ["lid-a.yaml", "lid-b.yaml", "lid-c.yaml", "lid-d.yaml"].map((f) => fixture("answers", "council", f));
  const groupFile = async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-report-group-"));
    const r = await runCli(["samenvoegen", ...members, "--out", "groep.yaml", "--date", "2026-12-10"], { cwd: dir });
    expect(r.code).toBe(0);
    return { dir, file: join(dir, "groep.yaml") };
  };
  const made =
    "Samengesteld uit 4 antwoordbestanden (A. de Vries, B. Bakker, C. Çelik en D. Jansen) op 10 december 2026 volgens regel meerderheid";

  it("page 1 says of which files, when and by which rule; each item shows the votes and who answered differently (Markdown)", async () => {
    const { file } = await groupFile();
    const md = (await runCli(["report", file])).stdout;
    const page1 = md.slice(0, md.indexOf("## Wat ontbreekt"));
    expect(page1).toContain(made);
    // onafhankelijkheid.scheiding-toewijzing: the council says Nee (2 × Nee, 1 × Ja, 1 × Weet niet).
    expect(md).toContain("- **Stemmen van de leden:** 1 × Ja, 2 × Nee, 1 × Weet niet");
    expect(md).toContain("- **Anders geantwoord:** D. Jansen: Ja – MEE is een eigen stichting, los van de gemeente.");
    expect(md).toContain("- **Anders geantwoord:** B. Bakker: Weet niet");
    // In order: toegankelijkheid.gratis, Ja with A's source; C and D answered differently.
    expect(md).toContain("  - Stemmen van de leden: 2 × Ja, 1 × Deels, 1 × Weet niet");
    expect(md).toContain("  - Anders geantwoord: D. Jansen: Weet niet – Nooit van gehoord dat het gratis is.");
    const kort = (await runCli(["report", file, "--kort"])).stdout;
    expect(kort).toContain(made);
  });

  it("the same in HTML and Word", async () => {
    const { dir, file } = await groupFile();
    const html = (await runCli(["report", file, "--format", "html"])).stdout;
    expect(html).toContain(made);
    expect(html).toContain("<dt>Stemmen van de leden</dt><dd>1 × Ja, 2 × Nee, 1 × Weet niet</dd>");
    expect(html).toContain(
      '<li class="user-text">D. Jansen: Ja – MEE is een eigen stichting, los van de gemeente.</li>',
    );
    expect((await runCli(["report", file, "--out", "groep.docx"], { cwd: dir })).code).toBe(0);
    const text = docxText(readFileSync(join(dir, "groep.docx")));
    expect(text).toContain(made);
    expect(text).toContain("Stemmen van de leden: 1 × Ja, 2 × Nee, 1 × Weet niet");
    expect(text).toContain("Anders geantwoord: D. Jansen: Ja – MEE is een eigen stichting, los van de gemeente.");
  });

  it("in English", async () => {
    const { file } = await groupFile();
    const md = (await runCli(["report", file, "--lang", "en"])).stdout;
    expect(md).toContain(
      "Made from 4 answer files (A. de Vries, B. Bakker, C. Çelik and D. Jansen) on 10 December 2026 by rule meerderheid (majority)",
    );
    expect(md).toContain("- **Members' votes:** 1 × Yes, 2 × No, 1 × Don't know");
  });
});
