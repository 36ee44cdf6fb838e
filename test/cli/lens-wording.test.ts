// The wording rule of the two lenses (DESIGN §4, docs/scoring.md): "voldoet (niet) aan de wet" /
// "(does not) comply with the law" only of the law lens; a reading of the VNG zelftest is never
// called the law. Every output the CLI writes, in Dutch and English, for answers in which every
// requirement of the law's own text is met and every VNG reading is not: report (md, html, Word,
// --kort), plan CSV, score (the interview prints the same summary), compare, batch summary.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { docxText } from "../helpers/docx-text.js";
import { ROOT } from "../helpers/fixtures.js";

const BIN = join(ROOT, "bin", "zelftest.js");
const q = loadQuestionnaire("clientondersteuning-wmo2015");
const wet = q.items.filter((i) => i.legal?.kind === "wet");
const readings = q.items.filter((i) => i.level === "wettelijk" && i.legal?.kind !== "wet");

/**
 * Claims that the municipality does or does not comply with the law, or that a requirement is the
 * law's: allowed only where the law lens says so. Phrases that name the VNG's reading of the law
 * are taken out first ("de lezing van de wet door de VNG", "VNG-zelftest (lezing van art. …)").
 */
const ALLOWED = [
  /de lezing van de wet door de VNG/gi,
  /the VNG's reading of the law/gi,
  /lezing van art\.[^)]*\)/gi,
  /reading of art\.[^)]*\)/gi,
  /de wet verplicht daar niet toe/gi,
  /the law does not require them/gi,
];
const LAW_CLAIM =
  /(voldoe[nt]?\b[^.\n]*\baan de wet\b)|(\baan de wet\b[^.\n]*\bvoldoe)|(\b(comply|complies|meets?) (with )?the law\b)|\bWettelijke eis(en)?\b *[(:*]|\bLegal requirements?\b *[(:*]|\bWet \(art\.|\bLaw \(art\./i;

/** The lines of `text` that mention a VNG-lens result and call something the law. */
function vngCalledLaw(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, "\n")
    .split(/\r?\n|;\s|(?<=[.!?])\s+(?=[A-ZÀ-Þ])/)
    .map((line) => ALLOWED.reduce((l, re) => l.replace(re, ""), line))
    .filter((line) => /VNG/.test(line) && LAW_CLAIM.test(line));
}

/** Labels that present a shortfall as the law's: in this test only VNG readings fall short. */
const lawLabels = (text: string) =>
  text.split(/\r?\n/).filter((l) => /Wettelijke eis|Legal requirement|\bWet \(art\.|\bLaw \(art\./.test(l));

/** Sentences that say the municipality does not comply with the law. */
const NOT_LAW =
  /(voldoet (daarmee )?(nog )?niet (volledig )?aan de wet)|(does not (yet )?(fully )?comply with the law)/i;

let dir: string;
const run = (...args: string[]) => execFileSync("node", [BIN, ...args], { encoding: "utf8", cwd: dir });
const outputs = new Map<string, string>();

function answerFile(name: string, role: string, law: string, vng: string): string {
  const lines = [
    "questionnaire: clientondersteuning-wmo2015",
    `version: ${q.version}`,
    "municipality: Testgemeente",
    "respondent:",
    `  role: ${role}`,
    "date: 2026-03-01",
    "answers:",
    ...wet.map((i) => `  ${i.id}: ${law}`),
    ...readings.map((i) => `  ${i.id}: ${vng}`),
    ...q.items
      .filter((i) => i.level === "aanbeveling" && !i.when)
      .slice(0, 6)
      .map((i) => `  ${i.id}: deels`),
  ];
  const file = join(dir, name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zelftest-lenses-"));
  const gemeente = answerFile("gemeente.yaml", "gemeente", "ja", "nee");
  const raad = answerFile("adviesraad.yaml", "adviesraad", "ja", "deels");
  for (const lang of ["nl", "en"] as const) {
    const l = ["--lang", lang];
    outputs.set(`report md ${lang}`, run(...l, "report", gemeente));
    outputs.set(`report --kort ${lang}`, run(...l, "report", gemeente, "--kort"));
    outputs.set(`report html ${lang}`, run(...l, "report", gemeente, "--format", "html"));
    const docx = join(dir, `r-${lang}.docx`);
    const csv = join(dir, `plan-${lang}.csv`);
    run(...l, "report", gemeente, "--format", "docx", "--out", docx, "--plan-csv", csv);
    outputs.set(`report docx ${lang}`, docxText(readFileSync(docx)));
    outputs.set(`plan csv ${lang}`, readFileSync(csv, "utf8"));
    outputs.set(`score ${lang}`, run(...l, "score", gemeente));
    outputs.set(`compare ${lang}`, run(...l, "compare", gemeente, raad));
    outputs.set(`batch summary ${lang}`, run(...l, "batch", gemeente, raad, "--format", "md"));
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("no output calls a reading of the VNG zelftest the law (issue 20)", () => {
  it("the check finds the old wording, so it can fail", () => {
    expect(
      vngCalledLaw("Onafhankelijkheid (Wmo 2015, art. 1.1.1, lezing van de VNG-zelftest): voldoet niet aan de wet."),
    ).toHaveLength(1);
    expect(vngCalledLaw("*Niet geregeld · Wettelijke eis (lezing van de VNG-zelftest) · Informeren*")).toHaveLength(1);
    expect(vngCalledLaw("The VNG self-assessment: the municipality does not comply with the law.")).toHaveLength(1);
    expect(
      lawLabels(
        "- **Wettelijke eis (art. 1.1.1 Wmo 2015):** Leg vast dat inwoners een andere ondersteuner kunnen kiezen.",
      ),
    ).toHaveLength(1);
    expect(
      NOT_LAW.test("De gemeente voldoet daarmee nog niet aan de wet: 2 wettelijke eisen zijn niet geregeld."),
    ).toBe(true);
  });

  it("there are requirements of both kinds to test with", () => {
    expect(wet.length).toBeGreaterThan(0);
    expect(readings.length).toBeGreaterThan(0);
  });

  it.each([
    "report md",
    "report --kort",
    "report html",
    "report docx",
    "plan csv",
    "score",
    "compare",
    "batch summary",
  ])("%s: the law is met, the VNG readings are not, and no line says otherwise", (name) => {
    for (const lang of ["nl", "en"]) {
      const text = outputs.get(`${name} ${lang}`)!;
      expect(text.length, `${name} ${lang}`).toBeGreaterThan(100);
      expect(vngCalledLaw(text), `${name} ${lang}`).toEqual([]);
      expect(NOT_LAW.test(text), `${name} ${lang}: says the law is not met`).toBe(false);
    }
  });

  it("the first page says both, the law first: complies with the law, does not meet the VNG zelftest", () => {
    const nl = outputs.get("report --kort nl")!;
    const law = nl.indexOf("De gemeente voldoet daarmee aan de wet");
    const vng = nl.indexOf(`De gemeente voldoet op ${readings.length} punten niet aan de VNG-zelftest`);
    expect(law).toBeGreaterThan(0);
    expect(vng).toBeGreaterThan(law);
    expect(nl.indexOf("Goede praktijk:")).toBeGreaterThan(vng);
    expect(nl).toContain("de lezing van de wet door de VNG, 2015");
    const en = outputs.get("report --kort en")!;
    expect(en).toContain("the municipality therefore complies with the law");
    expect(en).toContain(`does not meet the VNG self-assessment on ${readings.length} points`);
  });

  it("the shortfalls (findings, plan) are all VNG readings here, and none is labelled as the law", () => {
    for (const lang of ["nl", "en"]) {
      const md = outputs.get(`report md ${lang}`)!;
      const findingsStart = md.indexOf(lang === "nl" ? "### Belangrijkste bevindingen" : "### Main findings");
      const findings = md.slice(findingsStart, md.indexOf("\n### ", findingsStart + 5));
      expect(findings, lang).toContain("VNG");
      const planStart = md.indexOf(lang === "nl" ? "## Plan van aanpak" : "## Action plan");
      const plan = md.slice(planStart, md.indexOf("\n## ", planStart + 5));
      expect(plan.length, lang).toBeGreaterThan(100);
      expect(lawLabels(plan), `plan ${lang}`).toEqual([]);
      expect(lawLabels(findings), `findings ${lang}`).toEqual([]);
      expect(lawLabels(outputs.get(`plan csv ${lang}`)!), `plan csv ${lang}`).toEqual([]);
    }
  });

  it("the batch summary gives the law lens first and the VNG lens beside it, each with its own counts", () => {
    const nl = outputs.get("batch summary nl")!;
    const law = nl.indexOf("### Oordeel over de wet");
    const vng = nl.indexOf("### Oordeel over de VNG-zelftest");
    expect(nl).toContain("## Oordeel: de wet en de VNG-zelftest");
    expect(law).toBeGreaterThan(0);
    expect(vng).toBeGreaterThan(law);
    // Both files meet the law; by the VNG zelftest one does not meet it and one partly.
    const lawTable = nl.slice(law, vng);
    expect(lawTable).toContain("| ✓ voldoet | 100,0% (2) |");
    expect(lawTable).toContain("| Gemiddelde score | 100,0 |");
    const vngTable = nl.slice(vng, nl.indexOf("\n## ", vng));
    expect(vngTable).toContain("| ✓ voldoet | 0,0% (0) |");
    expect(vngTable).toContain("| \\~ deels | 50,0% (1) |");
    expect(vngTable).toContain("| ✗ voldoet niet | 50,0% (1) |");
    const en = outputs.get("batch summary en")!;
    expect(en.indexOf("### Verdict on the law")).toBeGreaterThan(0);
    expect(en.indexOf("### Verdict on the VNG self-assessment")).toBeGreaterThan(en.indexOf("### Verdict on the law"));
  });

  it("every legal action of the plan says what it rests on: Wet (art. …) or VNG-zelftest (lezing van art. …)", () => {
    const csv = outputs.get("plan csv nl")!;
    expect(csv).toContain("VNG-zelftest");
    const md = outputs.get("report md nl")!;
    const plan = md.slice(md.indexOf("## Plan van aanpak"), md.indexOf("\n## ", md.indexOf("## Plan van aanpak") + 5));
    const actions = plan.split("\n").filter((l) => /^- \*\*[^*]+:\*\*/.test(l));
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions)
      expect(a, a).toMatch(/^- \*\*(Wet \(art\.|VNG-zelftest \(lezing van art\.|Goede praktijk)/);
  });
});

describe("where the law is not met, the outputs say so of the law", () => {
  it("report and score say the municipality does not comply with the law", () => {
    const file = answerFile("wet-nee.yaml", "gemeente", "nee", "ja");
    expect(run("report", file, "--kort")).toMatch(/De gemeente voldoet daarmee niet aan de wet/);
    expect(run("--lang", "en", "report", file, "--kort")).toMatch(/does not comply with the law/);
    // The six rows of the VNG zelftest that are the law's own text are not met either.
    expect(run("report", file, "--kort")).toMatch(/De gemeente voldoet op \d+ punten niet aan de VNG-zelftest/);
  });
});
