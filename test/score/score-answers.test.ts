import { describe, expect, it } from "vitest";
import { scoreAnswers, weightedScore } from "../../src/score/score-answers.js";
import type { ItemResult } from "../../src/model/assessment.js";
import { answerSet, mini } from "../helpers/fixtures.js";

const q = mini();
const theme = (a: ReturnType<typeof scoreAnswers>, id: string) => a.themes.find((t) => t.id === id)!;
const item = (a: ReturnType<typeof scoreAnswers>, id: string) =>
  a.themes.flatMap((t) => t.items).find((i) => i.id === id)!;
const result = (points: number | null, weight = 1): ItemResult => ({
  id: "x.y",
  level: "wettelijk",
  weight,
  answer: null,
  status: points === null ? "niet-van-toepassing" : "voldoet",
  points,
});

describe("item points and status (docs/scoring.md)", () => {
  it.each([
    ["ja", "voldoet", 1],
    ["deels", "deels", 0.5],
    ["nee", "voldoet-niet", 0],
    ["weet-niet", "onbekend", 0],
  ] as const)("%s → %s, %s point(s)", (answer, status, points) => {
    const r = item(scoreAnswers(q, answerSet({ "alpha.een": answer })), "alpha.een");
    expect(r).toMatchObject({ answer, status, points });
  });

  it("an unanswered item is onbekend with 0 points and answer null", () => {
    expect(item(scoreAnswers(q, answerSet({})), "alpha.een")).toMatchObject({
      answer: null,
      status: "onbekend",
      points: 0,
    });
  });

  it("keeps the respondent's note and evidence on the item", () => {
    const a = scoreAnswers(q, answerSet({ "alpha.een": { answer: "deels", note: "n", evidence: "e" } }));
    expect(item(a, "alpha.een")).toMatchObject({ note: "n", evidence: "e" });
  });
});

describe("weighted score", () => {
  it("is 100 × Σ(weight × points) / Σ(weight)", () => {
    expect(weightedScore([result(1, 1), result(0, 3)])).toBe(25);
    expect(weightedScore([result(0.5, 1), result(1, 1)])).toBe(75);
  });

  it("rounds to one decimal, half up", () => {
    expect(weightedScore([result(1), result(0), result(0)])).toBe(33.3);
    expect(weightedScore([result(1), result(1), result(0)])).toBe(66.7);
    // 100 × 0.5 / 8 = 6.25 → 6.3
    expect(weightedScore([result(0.5), ...Array.from({ length: 7 }, () => result(0))])).toBe(6.3);
    // 100 × 12.5 / 15 = 83.333…
    expect(weightedScore([...Array.from({ length: 12 }, () => result(1)), result(0.5), result(0), result(0)])).toBe(
      83.3,
    );
  });

  it("leaves not-applicable items out, and is null when nothing applies", () => {
    expect(weightedScore([result(1), result(null)])).toBe(100);
    expect(weightedScore([result(null)])).toBeNull();
    expect(weightedScore([])).toBeNull();
  });
});

describe("scoreAnswers", () => {
  it("legal score and verdict use only wettelijk items, weights included", () => {
    // alpha.een (w1) ja, alpha.twee (w3) nee, beta.een (w1) ja → (1 + 0 + 1) / 5 = 40
    const a = scoreAnswers(
      q,
      answerSet({ "alpha.een": "ja", "alpha.twee": "nee", "beta.een": "ja", "alpha.praktijk": "nee" }),
    );
    expect(a.score).toBe(40);
    expect(a.verdict).toBe("voldoet-niet");
    expect(theme(a, "alpha")).toMatchObject({ verdict: "voldoet-niet", score: 25 });
    expect(theme(a, "beta")).toMatchObject({ verdict: "voldoet", score: 100 });
  });

  it("practice score uses only aanbeveling items, with weights", () => {
    // alpha.praktijk (w1) deels, beta.informeel (w1) nee → details n/a, gamma.een (w2) ja → (0.5 + 0 + 2) / 4
    const a = scoreAnswers(q, answerSet({ "alpha.praktijk": "deels", "beta.informeel": "nee", "gamma.een": "ja" }));
    expect(a.practiceScore).toBe(62.5);
    expect(a.practiceVerdict).toBe("voldoet-niet");
  });

  it("a theme without wettelijk items has legal verdict and score null", () => {
    const a = scoreAnswers(q, answerSet({ "gamma.een": "ja" }));
    expect(theme(a, "gamma")).toMatchObject({
      verdict: null,
      score: null,
      practiceScore: 100,
      practiceVerdict: "voldoet",
    });
  });

  it("practice score is null when the questionnaire has no applicable aanbeveling items", () => {
    const a = scoreAnswers(q, answerSet({}));
    // Good practice not filled in at all: null, not 0 (docs/scoring.md, "Good practice filled in").
    expect([a.practiceFilledIn, theme(a, "alpha").practiceFilledIn]).toEqual([false, false]);
    expect(theme(a, "alpha").practiceScore).toBeNull();
    const filled = scoreAnswers(q, answerSet({ "beta.informeel": "ja" }));
    expect(filled.practiceFilledIn).toBe(true);
    expect(filled.practiceScore).toBeLessThan(100); // alpha.praktijk, unanswered, counts 0 overall
    expect(theme(filled, "alpha").practiceScore).toBeNull(); // but its own theme was not filled in
    const onlyLegal = {
      ...q,
      themes: q.themes.slice(0, 1).map((t) => ({ ...t, items: t.items.filter((i) => i.level === "wettelijk") })),
    };
    expect(scoreAnswers(onlyLegal, answerSet({})).practiceScore).toBeNull();
  });

  it("an item whose condition is not met is niet-van-toepassing and left out", () => {
    const skipped = scoreAnswers(q, answerSet({ "beta.informeel": "nee", "beta.informeel-details": "nee" }));
    expect(item(skipped, "beta.informeel-details")).toMatchObject({
      status: "niet-van-toepassing",
      points: null,
      answer: "nee",
    });
    expect(theme(skipped, "beta").practiceScore).toBe(0);
    const shown = scoreAnswers(q, answerSet({ "beta.informeel": "deels", "beta.informeel-details": "ja" }));
    expect(item(shown, "beta.informeel-details")).toMatchObject({ status: "voldoet", points: 1 });
    expect(theme(shown, "beta").practiceScore).toBe(75);
  });

  it("an unanswered controlling item makes the conditional item not applicable", () => {
    const a = scoreAnswers(q, answerSet({}));
    expect(item(a, "beta.informeel-details").status).toBe("niet-van-toepassing");
    expect(item(a, "beta.informeel").status).toBe("onbekend");
  });

  it("all ja gives voldoet and 100; all unanswered gives onbekend and 0", () => {
    const all = Object.fromEntries(q.items.map((i) => [i.id, "ja" as const]));
    expect(scoreAnswers(q, answerSet(all))).toMatchObject({ verdict: "voldoet", score: 100, practiceScore: 100 });
    expect(scoreAnswers(q, answerSet({}))).toMatchObject({ verdict: "onbekend", score: 0, practiceScore: null });
  });

  it("onbekend beats deels; voldoet-niet beats onbekend", () => {
    expect(
      scoreAnswers(q, answerSet({ "alpha.een": "deels", "alpha.twee": "weet-niet", "beta.een": "ja" })).verdict,
    ).toBe("onbekend");
    expect(
      scoreAnswers(q, answerSet({ "alpha.een": "nee", "alpha.twee": "weet-niet", "beta.een": "ja" })).verdict,
    ).toBe("voldoet-niet");
    expect(scoreAnswers(q, answerSet({ "alpha.een": "deels", "alpha.twee": "ja", "beta.een": "ja" })).verdict).toBe(
      "deels",
    );
  });

  it("counts statuses per level and tells unanswered from weet-niet", () => {
    const a = scoreAnswers(q, answerSet({ "alpha.een": "weet-niet", "alpha.twee": "ja" }));
    expect(a.counts.wettelijk).toEqual({
      voldoet: 1,
      deels: 0,
      onbekend: 2,
      "voldoet-niet": 0,
      "niet-van-toepassing": 0,
      onbeantwoord: 1,
    });
    expect(a.counts.aanbeveling["niet-van-toepassing"]).toBe(1);
  });

  it("carries the header fields and is JSON-serialisable", () => {
    const a = scoreAnswers(
      q,
      answerSet({}, { municipality: "X", date: "2024-02-29", respondent: { role: "adviesraad", name: "Raad" } }),
    );
    expect(a).toMatchObject({
      questionnaire: { id: "mini", version: "2.1.0" },
      municipality: "X",
      date: "2024-02-29",
      respondent: { role: "adviesraad", name: "Raad" },
    });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
