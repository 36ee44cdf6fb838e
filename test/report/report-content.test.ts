import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { buildReport } from "../../src/report/build-report.js";
import { scoreAnswers } from "../../src/score/score-answers.js";
import { renderDocx } from "../../src/report/render-docx.js";
import { renderReport } from "../../src/report/render-report.js";
import { docxText } from "../helpers/docx-text.js";
import { answerSet, mini, ROOT } from "../helpers/fixtures.js";
import { META, reportOfFile, templates } from "../helpers/reports.js";

const example = (name: string) => join(ROOT, "examples", name);

describe("the report model", () => {
  const { answers, questionnaire } = loadAnswerFile(example("adviesraad-rijssen-holten-2015.yaml"));
  const model = buildReport(scoreAnswers(questionnaire, answers), questionnaire, "nl", {
    ...META,
    answersHash: answers.contentHash,
  });

  it("orders the legal gaps: not in place first, then partly; unknown items apart, in questionnaire order", () => {
    expect(model.gaps.map((g) => g.status.cls)).toEqual(["voldoet-niet", "voldoet-niet", "voldoet-niet", "deels"]);
    expect(model.unknown.map((u) => u.id)).toEqual([
      "beleidsplan.wettelijke-eisen",
      "onafhankelijkheid.professionele-autonomie",
      // The law's own duties added in 1.3.0: a file made before them never answered them.
      "onafhankelijkheid.belang-voorop",
      "onafhankelijkheid.scheiding-toewijzing",
      "levensbreed.levensgebieden",
      "toegankelijkheid.beschikbaar",
      "informatieplicht.herindicatie",
      "informatieplicht.onafhankelijk-gratis",
      "informatieplicht.andere-levensgebieden",
      "kwaliteit.eisen",
    ]);
  });

  it("recommends per answer, and says how to check an unknown item", () => {
    const byId = new Map(model.gaps.map((g) => [g.id, g]));
    const item = (id: string) => questionnaire.items.find((i) => i.id === id)!;
    expect(byId.get("levensbreed.samenhang")!.recommendation.rich).toBe(
      item("levensbreed.samenhang").recommendations.nee.nl,
    );
    expect(byId.get("inspraak.clientondersteuning")!.recommendation.rich).toBe(
      item("inspraak.clientondersteuning").recommendations.deels.nl,
    );
    const check =
      (item("kwaliteit.eisen") as { check?: Record<string, string> }).check?.nl ??
      item("kwaliteit.eisen").recommendations["weet-niet"].nl;
    expect(model.unknown.find((u) => u.id === "kwaliteit.eisen")!.check.rich).toBe(check);
  });

  it("puts counts in sentences before any score on the first page, the law first, then the VNG zelftest", () => {
    expect(model.firstPage.conclusion.slice(0, 2)).toEqual([
      "Wat de wet zelf vraagt (Wmo 2015, tekst van 1 januari 2026): 3 van de 9 eisen zijn geregeld en 1 niet; van 5 eisen kon niet worden nagegaan of ze geregeld zijn. De gemeente voldoet daarmee niet aan de wet: 1 eis uit de wet is niet geregeld.",
      "De VNG-zelftest (de lezing van de wet door de VNG, 2015): 4 van de 15 eisen zijn geregeld, 1 deels en 3 niet; van 7 eisen kon niet worden nagegaan of ze geregeld zijn. De gemeente voldoet op 3 punten niet aan de VNG-zelftest: die eisen zijn niet geregeld.",
    ]);
    expect(model.firstPage.law?.rows).toHaveLength(questionnaire.items.filter((i) => i.legal?.kind === "wet").length);
    expect(model.firstPage.counts.map((c) => c.value)).toEqual([4, 1, 3, 7, 15]);
    expect(model.firstPage.score).toMatch(
      /^In één getal: 30 van 100 punten .*; de 7 eisen die niet na te gaan zijn, tellen als 0\). Dit is geen rapportcijfer/,
    );
    // Findings are statements per theme, worst first, never questions.
    expect(model.firstPage.findings.map((f) => f.statement)).toContain(
      "Onafhankelijkheid: 1 van de 3 eisen van de VNG-zelftest is niet geregeld en 2 niet na te gaan",
    );
    for (const f of model.firstPage.findings) expect(f.statement).not.toMatch(/\?/);
    // The council asks the municipality; it does not discuss the outcome with itself.
    expect(model.firstPage.next[0]).toBe(
      "Vraag de gemeente om de stukken die onder ‘Niet na te gaan’ bij de 10 eisen staan.",
    );
  });

  it("groups the plan by work package (by theme without packages), legal first, and lists what is in order", () => {
    expect(model.plan.length).toBeLessThanOrEqual(10);
    expect(model.plan[0]!.priorityLabel).toBe("Hoog");
    const ranks = model.plan.map((p) => ["hoog", "middel", "kans"].indexOf(p.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(model.plan.flatMap((p) => p.items.map((i) => i.id)).sort()).toEqual(
      [...model.gaps, ...model.unknown].map((g) => g.id).sort(),
    );
    expect(model.inOrder.map((i) => i.id)).toEqual([
      "beleidsplan.inrichting",
      "toegankelijkheid.algemene-voorziening",
      "toegankelijkheid.gratis",
      "inspraak.betrokkenheid",
    ]);
    expect(model.inOrder.every((i) => i.noSource)).toBe(true);
  });

  it("stamps tool version, questionnaire id/version/hash, answer-file hash and time", () => {
    const values = model.method.stamp.map((s) => s.value);
    expect(values).toEqual([
      "zelftest 0.0.0-test",
      `clientondersteuning-wmo2015 ${questionnaire.version}`,
      questionnaire.contentHash,
      "Wet maatschappelijke ondersteuning 2015, 2026-01-01",
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
    expect(h2.slice(0, 5)).toEqual([
      "## Samenvatting voor het college",
      "## Per thema",
      "## Wat ontbreekt bij de wet en de VNG-zelftest",
      "## Niet na te gaan",
      "## Plan van aanpak",
    ]);
    expect(h2).toContain("## Kansen uit goede praktijk");
    expect(h2).toContain("## Wat op orde is");
    expect(h2[h2.length - 1]).toBe("## Werkwijze");
    expect(md).toContain("| Nr. | Werkpakket | Prioriteit | Moment | Eigenaar | Termijn |");
    expect(md).toContain("### 1. Afspraken met aanbieders\n");
    expect(md).toContain("Score = 100 × (som van gewicht × punten) / (som van de gewichten)");
  });

  it("HTML is one self-contained document: lang, CSP, inline style, chart with text alternative, no script, nothing external", () => {
    const html = reportOfFile(example("gemeente-rijssen-holten-2015.yaml"), "html");
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+&#;=]+&#39;/,
    );
    expect(html).toContain(
      '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title chart-desc"',
    );
    expect(html).toContain('<desc id="chart-desc">Staafdiagram. Beleidsplan: 100; Onafhankelijkheid: 50;');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(html.match(/href="([^"]*)"/g)?.every((h) => h.startsWith('href="#')) ?? true).toBe(true);
  });

  it("speaks English with lang en", () => {
    const html = reportOfFile(example("gemeente-half-ingevuld.json"), "html", "en");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("What is missing: the law and the VNG self-assessment");
    expect(html).toContain("Does the policy plan describe how the municipality organises client support?");
  });
});

describe("good practice on page 1 (issue 12)", () => {
  it("counts unanswered points apart from the opportunities and says they count as 0", () => {
    const { answers, questionnaire } = loadAnswerFile(example("gemeente-rijssen-holten-2015.yaml"));
    const a = scoreAnswers(questionnaire, answers);
    const practice = a.themes
      .flatMap((th) => th.items)
      .filter((r) => r.level === "aanbeveling" && r.status !== "niet-van-toepassing");
    const unanswered = practice.filter((r) => r.answer === null).length;
    const inOrder = practice.filter((r) => r.answer === "ja").length;
    const open = practice.length - unanswered - inOrder;
    expect(unanswered).toBeGreaterThan(0);
    const model = buildReport(a, questionnaire, "nl", { ...META, answersHash: answers.contentHash });
    // A theme whose good practice nobody answered shows "niet ingevuld", never a score of 0.
    const byTheme = new Map(model.themes.map((th) => [th.id, th.practiceScore]));
    for (const th of a.themes) {
      const answered = th.items.some((r) => r.level === "aanbeveling" && r.answer !== null);
      if (th.practiceScore !== null) expect(byTheme.get(th.id) === "niet ingevuld", th.id).toBe(!answered);
    }
    expect([...byTheme.values()]).toContain("niet ingevuld");
    expect(model.firstPage.practice).toBe(
      `Goede praktijk: ${inOrder} van de ${practice.length} punten ${inOrder === 1 ? "is" : "zijn"} op orde. ${open} ${open === 1 ? "punt biedt" : "punten bieden"} een kans om de ondersteuning te verbeteren; de wet verplicht daar niet toe. ${unanswered} punten zijn niet beantwoord; in de score tellen die als 0.`,
    );
  });
});

describe("small wording (issue 12)", () => {
  const md = reportOfFile(example("gemeente-rijssen-holten-2015.yaml"), "md");
  it("the answer line does not repeat the status, and a legal note keeps its own sentence", () => {
    expect(md).not.toMatch(/\*\*Antwoord:\*\* (Deels \(deels\)|Nee \(voldoet niet\))/);
    expect(md).toContain("- **Antwoord:** Deels\n");
    expect(md).not.toMatch(/\(lezing van art\. [^)]*\): [A-Z]/);
    expect(md).toMatch(/VNG-zelftest \(lezing van art\. [^)]*\)\. [A-Z]/);
  });
  it("commands and ids appear in the method section only, not in the text for readers", () => {
    const [reader, method] = md.split("## Werkwijze");
    expect(reader).not.toMatch(/zelftest (compare|report)|--plan-csv|clientondersteuning-wmo2015 \d/);
    expect(method).toContain("zelftest report --plan-csv");
    expect(method).toContain("zelftest compare");
  });
  it("shows question titles, never item ids, unless asked for with --verbose", () => {
    const { questionnaire } = loadAnswerFile(example("gemeente-rijssen-holten-2015.yaml"));
    const ids = questionnaire.items.map((i) => i.id);
    for (const format of ["md", "html"] as const) {
      const text = reportOfFile(example("gemeente-rijssen-holten-2015.yaml"), format);
      // In HTML an id may only be part of an anchor (item-…), never shown.
      const shown = format === "html" ? text.replace(/"(#?)item-[a-z0-9-]+"/g, '""') : text;
      for (const id of ids) expect(shown, `${format}: ${id}`).not.toContain(id);
      const verbose = reportOfFile(example("gemeente-rijssen-holten-2015.yaml"), format, "nl", { verbose: true });
      expect(verbose).toContain(
        format === "md"
          ? "`onafhankelijkheid.andere-ondersteuner`"
          : "<code>onafhankelijkheid.andere-ondersteuner</code>",
      );
    }
  });
});

describe("a questionnaire that marks no row of the VNG zelftest and cites no law (a custom one)", () => {
  const q = mini();
  const answers = answerSet({
    "alpha.een": "nee",
    "alpha.twee": "ja",
    "beta.een": "weet-niet",
    "alpha.praktijk": "nee",
  });
  const model = buildReport(scoreAnswers(q, answers), q, "nl", { ...META, answersHash: "" });
  const outputs = (["md", "html"] as const).flatMap((format) =>
    (["nl", "en"] as const).map((lang) => ({
      name: `${format} ${lang}`,
      text: renderReport(
        buildReport(scoreAnswers(q, answers), q, lang, { ...META, answersHash: "" }),
        format,
        templates,
      ),
    })),
  );

  it("names its legal part 'de wettelijke eisen', never the VNG zelftest, and has no column for the law", () => {
    for (const { name, text } of outputs) {
      // The words a reader sees (the stylesheet's comments are not among them).
      const words = text.replace(/<style>[\s\S]*?<\/style>/, "");
      expect(words.match(/.{0,80}VNG.{0,40}/g), name).toBeNull();
      expect(text.length, name).toBeGreaterThan(1000);
    }
    const md = outputs.find((o) => o.name === "md nl")!.text;
    expect(md).toContain("## Wat ontbreekt bij de wettelijke eisen");
    expect(md).toContain("| Thema | Wettelijke eisen | Score | Goede praktijk |");
    expect(md).toContain("(2 werkpakketten, de wettelijke eisen eerst)");
    expect(md).toContain("Hoog (1 wettelijke eis, 1 goede praktijk)");
    const en = outputs.find((o) => o.name === "md en")!.text;
    expect(en).toContain("## What is missing: the legal requirements");
    expect(en).toContain("| Theme | Legal requirements | Score | Good practice |");
    expect(model.hasLaw).toBe(false);
  });

  it("the docx has the same columns", async () => {
    const text = docxText(await renderDocx(model));
    expect(text).not.toMatch(/VNG/);
    expect(text).toContain("Wat ontbreekt bij de wettelijke eisen");
  });
});
