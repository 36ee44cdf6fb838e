import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { buildReport } from "../../src/report/build-report.js";
import { scoreAnswers } from "../../src/score/score-answers.js";
import { ROOT } from "../helpers/fixtures.js";
import { META, reportOfFile } from "../helpers/reports.js";

const example = (name: string) => join(ROOT, "examples", name);

describe("the report model", () => {
  const { answers, questionnaire } = loadAnswerFile(example("adviesraad-rijssen-holten-2015.yaml"));
  const model = buildReport(scoreAnswers(questionnaire, answers), questionnaire, "nl", { ...META, answersHash: answers.contentHash });

  it("orders gaps most urgent first: voldoet-niet, onbekend, deels (legal before good practice)", () => {
    const order = model.gaps.map((g) => g.status.cls);
    expect(order).toEqual([...order].sort((a, b) => ["voldoet-niet", "onbekend", "deels"].indexOf(a) - ["voldoet-niet", "onbekend", "deels"].indexOf(b)));
    expect(order[0]).toBe("voldoet-niet");
    expect(model.summary.urgent.map((g) => g.id)).toEqual(model.gaps.slice(0, 3).map((g) => g.id));
  });

  it("recommends per answer: nee → the 'nee' text, weet-niet → the 'weet-niet' text", () => {
    const byId = new Map(model.gaps.map((g) => [g.id, g]));
    const item = (id: string) => questionnaire.items.find((i) => i.id === id)!;
    expect(byId.get("levensbreed.samenhang")!.recommendation.rich).toBe(item("levensbreed.samenhang").recommendations.nee.nl);
    expect(byId.get("kwaliteit.eisen")!.recommendation.rich).toBe(item("kwaliteit.eisen").recommendations["weet-niet"].nl);
    expect(byId.get("inspraak.clientondersteuning")!.recommendation.rich).toBe(item("inspraak.clientondersteuning").recommendations.deels.nl);
  });

  it("has one plan row per gap with priority, and lists what is in order", () => {
    expect(model.plan).toHaveLength(model.gaps.length);
    expect(model.plan.map((p) => p.priorityLabel)).toContain("Hoog");
    expect(model.plan.find((p) => p.theme === "Inspraak")?.priorityLabel).toBe("Middel");
    expect(model.inOrder.map((i) => i.id)).toEqual(["beleidsplan.inrichting", "toegankelijkheid.algemene-voorziening", "toegankelijkheid.gratis", "inspraak.betrokkenheid"]);
  });

  it("stamps tool version, questionnaire id/version/hash, answer-file hash and time", () => {
    const values = model.method.stamp.map((s) => s.value);
    expect(values).toEqual([
      "zelftest 0.0.0-test",
      `clientondersteuning-wmo2015 ${questionnaire.version}`,
      questionnaire.contentHash,
      answers.contentHash,
      "2026-01-01T00:00:00Z",
    ]);
    expect(answers.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("report contents", () => {
  it("Markdown has every section in order", () => {
    const md = reportOfFile(example("gemeente-rijssen-holten-2015.yaml"), "md");
    const headings = md.split("\n").filter((l) => /^#{1,3} /.test(l));
    const h2 = headings.filter((h) => h.startsWith("## "));
    expect(h2).toEqual([
      "## Samenvatting",
      "## Per thema",
      "## Wat ontbreekt, en wat u kunt doen",
      "## Wat op orde is",
      "## Plan van aanpak",
      "## Werkwijze",
    ]);
    expect(md).toContain("| Nr. | Actie | Thema | Prioriteit | Op te leveren bewijs | Eigenaar | Termijn |");
    expect(md).toContain("Score = 100 × (som van gewicht × punten) / (som van de gewichten)");
  });

  it("HTML is one self-contained document: lang, CSP, inline style, chart with text alternative, no script, nothing external", () => {
    const html = reportOfFile(example("gemeente-rijssen-holten-2015.yaml"), "html");
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+&#;=]+&#39;/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title chart-desc"');
    expect(html).toContain("<desc id=\"chart-desc\">Staafdiagram. Beleidsplan: 100; Onafhankelijkheid: 50;");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(html.match(/href="([^"]*)"/g)?.every((h) => h.startsWith('href="#')) ?? true).toBe(true);
  });

  it("speaks English with lang en", () => {
    const html = reportOfFile(example("gemeente-half-ingevuld.json"), "html", "en");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("What is missing, and what you can do");
    expect(html).toContain("Does the policy plan describe how the municipality organises client support?");
  });
});
