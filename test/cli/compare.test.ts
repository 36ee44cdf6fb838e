import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const ex = (name: string) => join("examples", name);
const pairs = {
  perspectives: [ex("gemeente-rijssen-holten-2015.yaml"), ex("adviesraad-rijssen-holten-2015.yaml")],
  trend: [ex("gemeente-rijssen-holten-2016.yaml"), ex("gemeente-rijssen-holten-2015.yaml")],
};

describe("zelftest compare: golden outputs", () => {
  for (const [name, files] of Object.entries(pairs)) {
    for (const format of ["md", "html", "json"]) {
      it(`${name} as ${format}`, async () => {
        const r = await runCli(["compare", ...files, "--format", format], { cwd: ROOT });
        expect(r.code).toBe(0);
        const golden = join(ROOT, "test", "golden", `compare-${name}.${format}`);
        if (process.env.UPDATE_GOLDEN) writeFileSync(golden, r.stdout);
        expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm test and review it`).toBe(true);
        expect(r.stdout).toBe(readFileSync(golden, "utf8"));
      });
    }
  }
});

describe("zelftest compare", () => {
  it("JSON lists every differing item with every file's answer, most important first", async () => {
    const r = await runCli(["compare", ...pairs.perspectives, "--format", "json"], { cwd: ROOT });
    const c = JSON.parse(r.stdout);
    expect(c.kind).toBe("perspectives");
    expect(c.files.map((f: { role: string }) => f.role)).toEqual(["gemeente", "adviesraad"]);
    expect(c.differences[0]).toMatchObject({ id: "beleidsplan.wettelijke-eisen", answers: ["ja", "weet-niet"], priority: 1 });
    expect(c.differences.length + c.agreeing.length).toBe(15);
    expect(c.agreement).toEqual({ items: 15, agreeing: 5, rate: 33.3 });
  });

  it("refuses files for different municipalities or questionnaires, unless --allow-mixed", async () => {
    const other = join(ROOT, "examples", "gemeente-half-ingevuld.json");
    const refused = await runCli(["compare", join(ROOT, pairs.perspectives[0]!), other]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("COMPARE_MIXED");
    expect(refused.stderr).toContain("Rijssen-Holten, Voorbeeldstad");
    const allowed = await runCli(["compare", join(ROOT, pairs.perspectives[0]!), other, "--allow-mixed"]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain("verschillende gemeenten of vragenlijsten");

    const dir = mkdtempSync(join(tmpdir(), "zelftest-compare-"));
    const miniAnswers = join(dir, "mini.yaml");
    writeFileSync(miniAnswers, "questionnaire: mini\nversion: 2.1.0\nmunicipality: Rijssen-Holten\nrespondent: {role: gemeente}\ndate: 2025-01-01\n");
    const mixedQ = await runCli(["compare", join(ROOT, pairs.perspectives[0]!), miniAnswers, "--questionnaire", fixture("questionnaires", "mini.yaml")]);
    expect(mixedQ.code).toBe(2);
    expect(mixedQ.stderr).toContain("QUESTIONNAIRE_MISMATCH");
  });

  it("reports every invalid file at once (exit 2) and needs two files", async () => {
    const r = await runCli(["compare", fixture("answers", "invalid", "unknown-item.yaml"), fixture("answers", "invalid", "invalid-role.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("UNKNOWN_ITEM");
    expect(r.stderr).toContain("INVALID_VALUE");
    expect((await runCli(["compare", join(ROOT, pairs.perspectives[0]!)])).code).toBe(2);
  });

  it("--out writes atomically; English with --lang en", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-compare-"));
    const out = join(dir, "vergelijking.html");
    const r = await runCli(["--lang", "en", "compare", ...pairs.trend, "--out", out], { cwd: ROOT });
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Development from 1 September 2015 to 15 September 2016.");
  });

  it("keeps hostile notes inert in Markdown and HTML", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-compare-"));
    const hostile = join(dir, "raad.yaml");
    writeFileSync(
      hostile,
      [
        "questionnaire: clientondersteuning-wmo2015",
        "version: 1.0.0",
        "municipality: Rijssen-Holten",
        'respondent: {role: clientorganisatie, name: "<img src=x onerror=alert(1)>"}',
        "date: 2015-11-01",
        "answers:",
        "  beleidsplan.inrichting:",
        "    answer: nee",
        '    note: "<script>alert(1)</script> [klik](javascript:alert(2)) | kolom | # kop\\n---"',
        '    evidence: "<iframe src=https://evil.example></iframe>"',
      ].join("\n") + "\n",
    );
    const md = await runCli(["compare", join(ROOT, pairs.perspectives[0]!), hostile]);
    expect(md.code).toBe(0);
    // Tags only: the hostile text itself may (and should) appear, escaped, as text.
    const tags = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].map((m) => `${m[1]!.toLowerCase()}${m[2]}`);
    const rendered = new Marked({ gfm: true }).parse(md.stdout) as string;
    expect(tags(rendered).filter((t) => /^(script|img|iframe|a)\b|\bon[a-z]+=/i.test(t))).toEqual([]);
    const html = await runCli(["compare", join(ROOT, pairs.perspectives[0]!), hostile, "--format", "html"]);
    expect(tags(html.stdout).filter((t) => /^(script|img|iframe|a\b(?! href="#))|\bon[a-z]+=|\bsrc=/i.test(t))).toEqual([]);
    expect(html.stdout).toContain("&lt;script&gt;");
  });
});
