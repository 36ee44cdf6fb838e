import { describe, expect, it } from "vitest";
import { compareAssessments } from "../../src/score/compare.js";
import { scoreAnswers } from "../../src/score/score-answers.js";
import type { AnswerValue, Role } from "../../src/model/vocabulary.js";
import { answerSet, mini } from "../helpers/fixtures.js";

const q = mini();
const file = (name: string, role: Role, date: string, answers: Record<string, AnswerValue>) => ({
  file: name,
  assessment: scoreAnswers(q, answerSet(answers, { respondent: { role }, date })),
});

describe("compareAssessments", () => {
  it("different roles are perspectives: agreement over answered items, agenda most important first", () => {
    const c = compareAssessments(
      [
        file("gemeente.yaml", "gemeente", "2025-01-01", {
          "alpha.een": "ja",
          "alpha.twee": "ja",
          "beta.een": "deels",
          "alpha.praktijk": "ja",
          "gamma.een": "ja",
        }),
        file("raad.yaml", "adviesraad", "2025-02-01", {
          "alpha.een": "ja",
          "alpha.twee": "weet-niet",
          "beta.een": "nee",
          "alpha.praktijk": "nee",
          "gamma.een": "deels",
        }),
      ],
      q,
    );
    expect(c.kind).toBe("perspectives");
    expect(c.practiceCompared).toBe(true);
    // answered by someone: alpha.een, alpha.twee, alpha.praktijk, beta.een, gamma.een (beta.informeel: nobody; details: n/a)
    expect(c.agreement).toEqual({ items: 5, agreeing: 1, rate: 20 });
    expect(c.agenda).toEqual(["alpha.twee", "beta.een", "alpha.praktijk", "gamma.een"]);
    expect(c.items.find((i) => i.id === "alpha.twee")).toMatchObject({
      answers: ["ja", "weet-niet"],
      agree: false,
      priority: 1,
    });
    expect(c.items.find((i) => i.id === "beta.een")!.priority).toBe(2);
    expect(c.trend).toBeNull();
  });

  it("one role at different dates is a trend, oldest first, with changes, improved, worsened and open", () => {
    const c = compareAssessments(
      [
        file("2026.yaml", "gemeente", "2026-01-01", { "alpha.een": "ja", "alpha.twee": "ja", "beta.een": "nee" }),
        file("2025.yaml", "gemeente", "2025-01-01", { "alpha.een": "nee", "alpha.twee": "deels", "beta.een": "ja" }),
      ],
      q,
    );
    expect(c.kind).toBe("trend");
    expect(c.files.map((f) => f.file)).toEqual(["2025.yaml", "2026.yaml"]);
    // 2025: (0 + 3 × 0.5 + 1) / 5 = 50; 2026: (1 + 3 × 1 + 0) / 5 = 80 (alpha.twee has weight 3)
    expect(c.trend!.overall).toEqual({
      from: 50,
      to: 80,
      delta: 30,
      verdictFrom: "voldoet-niet",
      verdictTo: "voldoet-niet",
      direction: "beter",
    });
    expect(c.trend!.improved).toEqual(["alpha.een", "alpha.twee"]);
    expect(c.trend!.worsened).toEqual(["beta.een"]);
    expect(c.trend!.open).toEqual(["beta.een"]);
    expect(c.practiceCompared).toBe(false); // nobody answered good practice
    expect(c.items.every((i) => i.level === "wettelijk")).toBe(true);
  });

  it("compares good practice only when every file has it filled in", () => {
    const c = compareAssessments(
      [
        file("a.yaml", "gemeente", "2025-01-01", { "alpha.een": "ja", "gamma.een": "ja" }),
        file("b.yaml", "adviesraad", "2025-01-01", { "alpha.een": "ja" }),
      ],
      q,
    );
    expect(c.practiceCompared).toBe(false);
    expect(c.agenda).toEqual([]);
    expect(c.agreement.rate).toBe(100);
    expect(c.themes.map((t) => t.id)).toEqual(["alpha", "beta"]);
  });
});

describe("trend deltas (issue 12)", () => {
  it("subtract the unrounded scores and round once: 93,333 − 66,667 is +26,7, not 93,3 − 66,7 = +26,6", async () => {
    const { join } = await import("node:path");
    const { loadAnswerFile } = await import("../../src/load/load-files.js");
    const { ROOT } = await import("../helpers/fixtures.js");
    const files = ["gemeente-rijssen-holten-2015.yaml", "gemeente-rijssen-holten-2016.yaml"].map((f) => {
      const { answers, questionnaire } = loadAnswerFile(join(ROOT, "examples", f));
      return { file: f, assessment: scoreAnswers(questionnaire, answers), questionnaire };
    });
    const c = compareAssessments(files, files[0]!.questionnaire);
    const rows = [c.trend!.overall, c.trend!.practice, ...c.trend!.themes];
    const wrong = rows.filter((r) => r.from !== null && r.to !== null && Math.abs(r.delta! - (r.to - r.from)) > 1e-9);
    // The example has at least one theme where the rounded difference is off by a tenth.
    expect(wrong.some((r) => r.from === 66.7 && r.to === 93.3 && r.delta === 26.7)).toBe(true);
    for (const r of rows)
      if (r.from !== null && r.to !== null)
        expect(Math.abs(r.delta! - (r.to - r.from))).toBeLessThanOrEqual(0.1 + 1e-9);
  });
});
