import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { builtinQuestionnaireIds, loadQuestionnaire } from "../../src/load/load-files.js";
import { diagnosticsOf, fixture, mini, places, questionnaireFromFile } from "../helpers/fixtures.js";

const invalidDir = fixture("questionnaires", "invalid");
const expected = parse(readFileSync(join(invalidDir, "expected.yaml"), "utf8")) as Record<string, string[]>;

describe("invalid questionnaires: schema and content lint, every problem at its place", () => {
  const files = readdirSync(invalidDir).filter((f) => f !== "expected.yaml");

  it("every fixture has an expectation and every expectation a fixture", () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)("%s", (file) => {
    expect(places(diagnosticsOf(() => loadQuestionnaire(join(invalidDir, file))))).toEqual(expected[file]);
  });
});

describe("the questionnaire model", () => {
  it("keeps themes and items in file order, with default weight 1 and conditions", () => {
    const q = mini();
    expect(q.themes.map((t) => t.id)).toEqual(["alpha", "beta", "gamma"]);
    expect(q.items.map((i) => `${i.id}/${i.weight}`)).toEqual([
      "alpha.een/1",
      "alpha.twee/3",
      "alpha.praktijk/1",
      "beta.een/1",
      "beta.informeel/1",
      "beta.informeel-details/1",
      "gamma.een/2",
    ]);
    expect(q.items.find((i) => i.id === "beta.informeel-details")?.when).toEqual({
      item: "beta.informeel",
      answer: ["ja", "deels"],
    });
    expect(q.items[0]!.question).toEqual({ nl: "Vraag alpha.een?" });
    expect(q.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a questionnaire without the 1.2 and 1.3 fields still loads: no packages, no glossary, no lawText, not strict", () => {
    const q = mini();
    expect(q.packages).toEqual([]);
    expect(q.glossary).toEqual([]);
    expect(q.lawText).toBeUndefined();
    expect(q.strict).toBe(false);
    expect(q.items.some((i) => i.legal || i.check || i.action || i.package)).toBe(false);
  });

  it("reads the 1.2 and 1.3 fields: legal article, kind and vng2015, lawText, check, action, package, packages, glossary", () => {
    const q = questionnaireFromFile(fixture("questionnaires", "strict.yaml"));
    expect(q.strict).toBe(true);
    expect(q.lawText).toEqual({
      title: "Wet maatschappelijke ondersteuning 2015",
      inForceOn: "2026-01-01",
      url: "https://wetten.overheid.nl/BWBR0035362/2026-01-01",
    });
    const [legal, practice] = q.items;
    expect(legal!.legal).toEqual({
      article: "Wmo 2015, art. 2.3.2 lid 3",
      kind: "vng",
      vng2015: false,
      note: { nl: "De VNG leest dit artikel zo.", en: "The VNG reads this article this way." },
    });
    expect(legal!.check).toEqual({ nl: "Vraag het beleidsplan op.", en: "Ask for the policy plan." });
    expect(legal!.answerMeaning).toEqual({
      ja: { nl: "Het gebeurt altijd.", en: "It always happens." },
      deels: { nl: "Het gebeurt soms.", en: "It sometimes happens." },
    });
    expect(legal!.action?.nl).toBe("Leg vast dat het wijkteam onafhankelijk werkt.");
    expect(q.items.map((i) => i.package)).toEqual(["beleid", "inkoop"]);
    expect(practice!.legal).toBeUndefined();
    expect(practice!.answerMeaning).toBeUndefined();
    expect(q.packages.map((p) => [p.id, p.moment.en, p.description?.nl])).toEqual([
      ["beleid", "With the next policy plan", undefined],
      ["inkoop", "At the subsidy round", "Afspraken met aanbieders."],
    ]);
    expect(q.glossary.map((g) => g.term.nl)).toEqual(["wijkteam", "algemene voorziening", "voorziening"]);
  });

  it("refuses an unknown built-in id, naming the built-in ones", () => {
    expect(() => loadQuestionnaire("bestaat-niet")).toThrowError(/UNKNOWN_QUESTIONNAIRE/);
  });
});

describe("the built-in questionnaire keeps the public contract (docs/questionnaire-format.md)", () => {
  const q = loadQuestionnaire("clientondersteuning-wmo2015");
  const legal = q.items.filter((i) => i.level === "wettelijk");

  it("is listed as built in and has id and major version 1", () => {
    expect(builtinQuestionnaireIds()).toContain("clientondersteuning-wmo2015");
    expect(q.id).toBe("clientondersteuning-wmo2015");
    expect(q.version).toMatch(/^1\.\d+\.\d+$/);
  });

  it("has exactly the 15 rows of the VNG zelftest (legal.vng2015) in the 7 themes", () => {
    const rows = legal.filter((i) => i.legal?.vng2015);
    expect(rows.map((i) => i.id)).toEqual([
      "beleidsplan.inrichting",
      "beleidsplan.wettelijke-eisen",
      "onafhankelijkheid.professionele-autonomie",
      "onafhankelijkheid.scheiding-toewijzing",
      "onafhankelijkheid.andere-ondersteuner",
      "levensbreed.levensgebieden",
      "levensbreed.samenhang",
      "toegankelijkheid.algemene-voorziening",
      "toegankelijkheid.gratis",
      "informatieplicht.voorafgaand-onderzoek",
      "informatieplicht.onafhankelijk-gratis",
      "informatieplicht.andere-levensgebieden",
      "kwaliteit.eisen",
      "inspraak.betrokkenheid",
      "inspraak.clientondersteuning",
    ]);
    expect([...new Set(rows.map((i) => i.theme))]).toEqual([
      "beleidsplan",
      "onafhankelijkheid",
      "levensbreed",
      "toegankelijkheid",
      "informatieplicht",
      "kwaliteit",
      "inspraak",
    ]);
  });

  it("every item is complete in Dutch and English and cites a known source", () => {
    expect(q.languages).toEqual(["nl", "en"]);
    for (const item of q.items) {
      for (const text of [item.question, item.why, item.evidence, ...Object.values(item.recommendations)]) {
        expect(text.nl?.trim(), item.id).toBeTruthy();
        expect(text.en?.trim(), item.id).toBeTruthy();
      }
      expect(item.basis.length, item.id).toBeGreaterThan(0);
      for (const b of item.basis) expect(q.sources.has(b.source), `${item.id} ${b.source}`).toBe(true);
      for (const ex of item.examples) expect(ex.text.en?.trim(), item.id).toBeTruthy();
    }
  });
});
