// The two lenses on the legal part (docs/scoring.md, DESIGN §4): `verdict`/`score` are the VNG
// zelftest's 15 rows and stay exactly what they were for every answer file made before 1.3;
// `lawVerdict`/`lawScore` are the items whose requirement is the law's own text (`kind: wet`).
// And "good practice filled in" is decided once, in the result.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnswerFile, loadQuestionnaire } from "../../src/load/load-files.js";
import type { Item, Questionnaire } from "../../src/model/questionnaire.js";
import type { AnswerValue } from "../../src/model/vocabulary.js";
import { scoreAnswers } from "../../src/score/score-answers.js";
import { answerSet, fixture, mini, ROOT } from "../helpers/fixtures.js";

/**
 * Verdict and score, overall and per theme, of every example and valid answer fixture as main
 * scored them before the lenses existed (commit aacfb4e, `zelftest score FILE --json`).
 */
const before = JSON.parse(readFileSync(fixture("score", "vng-lens-before-1.3.json"), "utf8")) as Record<
  string,
  { verdict: string | null; score: number | null; themes: Record<string, [string | null, number | null]> }
>;

const q = loadQuestionnaire("clientondersteuning-wmo2015");

/** The built-in questionnaire with one more legal item from the law's own text in `theme` (as 1.3 content adds). */
function withNewLawItem(base: Questionnaire, theme: string): Questionnaire {
  const template = base.items.find((i) => i.theme === theme && i.level === "wettelijk")!;
  const extra: Item = {
    ...template,
    id: `${theme}.nieuwe-wettelijke-plicht`,
    legal: { article: "Wmo 2015, art. 2.2.4 lid 1", kind: "wet", vng2015: false },
  };
  const themes = base.themes.map((t) => (t.id === theme ? { ...t, items: [...t.items, extra] } : t));
  return { ...base, themes, items: themes.flatMap((t) => t.items) };
}

describe("the VNG lens: verdict and score of every 1.0–1.2 answer file are what they were (issue 20)", () => {
  const files = Object.keys(before);

  it("covers every example and every valid answer fixture", () => {
    expect(files.length).toBeGreaterThanOrEqual(38);
    expect(files.filter((f) => f.startsWith("examples/")).length).toBe(4);
  });

  it.each(files)("%s", (file) => {
    const { answers, questionnaire } = loadAnswerFile(join(ROOT, file));
    const expected = before[file]!;
    for (const quest of [questionnaire, withNewLawItem(questionnaire, "toegankelijkheid")]) {
      const a = scoreAnswers(quest, answers);
      expect({ verdict: a.verdict, score: a.score }).toEqual({ verdict: expected.verdict, score: expected.score });
      expect(Object.fromEntries(a.themes.map((t) => [t.id, [t.verdict, t.score]]))).toEqual(expected.themes);
    }
  });
});

describe("the law lens: lawVerdict and lawScore over the items with kind: wet", () => {
  const wet = q.items.filter((i) => i.legal?.kind === "wet").map((i) => i.id);
  const vngOnly = q.items.filter((i) => i.legal?.vng2015 && i.legal.kind !== "wet").map((i) => i.id);

  it("a VNG reading answered Nee makes the VNG lens fail but not the law lens", () => {
    const answers: Record<string, AnswerValue> = Object.fromEntries([
      ...wet.map((id) => [id, "ja"]),
      ...vngOnly.map((id) => [id, "nee"]),
    ]);
    const a = scoreAnswers(q, answerSet(answers, { questionnaire: q.id, version: q.version }));
    expect(a.verdict).toBe("voldoet-niet");
    expect(a.lawVerdict).toBe("voldoet");
    expect(a.lawScore).toBe(100);
    expect(a.counts.wet.voldoet).toBe(wet.length);
    expect(a.counts.vng["voldoet-niet"]).toBe(vngOnly.length);
  });

  it("a duty of the law answered Nee makes both lenses fail where it is also a VNG row", () => {
    const id = "toegankelijkheid.gratis";
    const all: Record<string, AnswerValue> = Object.fromEntries(
      q.items.filter((i) => i.level === "wettelijk").map((i) => [i.id, "ja"]),
    );
    const a = scoreAnswers(q, answerSet({ ...all, [id]: "nee" }, { questionnaire: q.id, version: q.version }));
    expect(a.lawVerdict).toBe("voldoet-niet");
    expect(a.verdict).toBe("voldoet-niet");
    const theme = a.themes.find((t) => t.id === "toegankelijkheid")!;
    // One of the theme's duties of the law fails: (n − 1) of n points.
    const n = q.items.filter((i) => i.theme === "toegankelijkheid" && i.legal?.kind === "wet").length;
    expect([theme.lawVerdict, theme.lawScore]).toEqual(["voldoet-niet", Math.round((1000 * (n - 1)) / n) / 10]);
  });

  it("a theme without kind: wet items has lawVerdict and lawScore null; one with only VNG readings too", () => {
    const a = scoreAnswers(q, answerSet({}, { questionnaire: q.id, version: q.version }));
    const themesWithLaw = new Set(q.items.filter((i) => i.legal?.kind === "wet").map((i) => i.theme));
    for (const t of a.themes) {
      if (themesWithLaw.has(t.id)) expect(t.lawVerdict, t.id).toBe("onbekend");
      else expect([t.lawVerdict, t.lawScore], t.id).toEqual([null, null]);
    }
  });

  it("a new legal item of the law counts for the law lens only: unanswered in an old file, so onbekend", () => {
    const wider = withNewLawItem(q, "toegankelijkheid");
    const all: Record<string, AnswerValue> = Object.fromEntries(
      q.items.filter((i) => i.level === "wettelijk").map((i) => [i.id, "ja"]),
    );
    const a = scoreAnswers(wider, answerSet(all, { questionnaire: q.id, version: q.version }));
    expect([a.verdict, a.score]).toEqual(["voldoet", 100]);
    expect(a.lawVerdict).toBe("onbekend");
    expect(a.lawScore).toBeCloseTo((100 * wet.length) / (wet.length + 1), 1);
    expect(a.counts.wettelijk.voldoet + a.counts.wettelijk.onbekend).toBe(
      q.items.filter((i) => i.level === "wettelijk").length + 1,
    );
  });

  it("a questionnaire without vng2015 marks (custom, older) keeps verdict and score over every legal item", () => {
    const m = mini();
    const a = scoreAnswers(
      m,
      answerSet({ "alpha.een": "ja", "alpha.twee": "nee", "beta.een": "ja", "gamma.een": "ja" }),
    );
    expect(a.verdict).toBe("voldoet-niet");
    expect(a.counts.vng).toEqual(a.counts.wettelijk);
    // mini has no `legal` at all: no law lens.
    expect([a.lawVerdict, a.lawScore]).toEqual([null, null]);
  });
});

describe("good practice filled in: decided once, in the result (issue 23)", () => {
  it("none answered: practiceFilledIn false and practice verdict and score null, overall and per theme", () => {
    const a = scoreAnswers(
      q,
      answerSet({ "toegankelijkheid.gratis": "ja" }, { questionnaire: q.id, version: q.version }),
    );
    expect(a.practiceFilledIn).toBe(false);
    expect([a.practiceVerdict, a.practiceScore]).toEqual([null, null]);
    for (const t of a.themes) {
      expect(t.practiceFilledIn, t.id).toBe(false);
      expect([t.practiceVerdict, t.practiceScore], t.id).toEqual([null, null]);
    }
  });

  it("one answered: filled in overall (the rest count as 0); a theme with none answered stays null", () => {
    const a = scoreAnswers(
      q,
      answerSet({ "toegankelijkheid.wachttijd": "ja" }, { questionnaire: q.id, version: q.version }),
    );
    expect(a.practiceFilledIn).toBe(true);
    expect(a.practiceScore).toBeGreaterThan(0);
    expect(a.practiceScore).toBeLessThan(10);
    const byId = new Map(a.themes.map((t) => [t.id, t]));
    expect(byId.get("toegankelijkheid")).toMatchObject({ practiceFilledIn: true, practiceVerdict: "onbekend" });
    expect(byId.get("kwaliteit")).toMatchObject({
      practiceFilledIn: false,
      practiceVerdict: null,
      practiceScore: null,
    });
  });
});
