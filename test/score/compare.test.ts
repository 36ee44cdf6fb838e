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

describe("which comparison: asked for, or chosen and said why", () => {
  const person = (name: string | undefined, role: Role, date: string) => ({
    file: `${name}.yaml`,
    assessment: scoreAnswers(
      q,
      answerSet({ "alpha.een": "ja" }, { respondent: name ? { role, name } : { role }, date }),
    ),
  });
  const kindOf = (inputs: ReturnType<typeof person>[], kind?: "trend" | "perspectives") => {
    const c = compareAssessments(inputs, q, kind ? { kind } : {});
    return [c.kind, c.kindReason];
  };

  it("different roles: perspectives", () => {
    expect(kindOf([person("A", "gemeente", "2025-01-01"), person("B", "adviesraad", "2026-01-01")])).toEqual([
      "perspectives",
      "roles-differ",
    ]);
  });
  it("members of one council on different days: perspectives, never a trend between people", () => {
    expect(
      kindOf([
        person("A. de Vries", "adviesraad", "2026-12-03"),
        person("B. Bakker", "adviesraad", "2026-12-04"),
        person("C", "adviesraad", "2026-12-07"),
      ]),
    ).toEqual(["perspectives", "respondents-differ"]);
  });
  it("the same respondent (same name, or no names) on different dates: a trend", () => {
    expect(
      kindOf([person("Team Wmo", "gemeente", "2015-09-01"), person("team  wmo", "gemeente", "2016-09-15")]),
    ).toEqual(["trend", "one-respondent-over-time"]);
    expect(kindOf([person(undefined, "gemeente", "2015-09-01"), person(undefined, "gemeente", "2016-09-15")])).toEqual([
      "trend",
      "one-respondent-over-time",
    ]);
  });
  it("files on the same date: perspectives", () => {
    expect(kindOf([person(undefined, "gemeente", "2015-09-01"), person(undefined, "gemeente", "2015-09-01")])).toEqual([
      "perspectives",
      "same-date",
    ]);
  });
  it("asked for: what was asked", () => {
    const members = [person("A", "adviesraad", "2026-12-03"), person("B", "adviesraad", "2026-12-04")];
    expect(kindOf(members, "trend")).toEqual(["trend", "asked"]);
    expect(
      kindOf([person("X", "gemeente", "2015-01-01"), person("X", "gemeente", "2016-01-01")], "perspectives"),
    ).toEqual(["perspectives", "asked"]);
  });
});

describe("the conversation blocks weigh who did not know", () => {
  const respondents = (answers: (AnswerValue | undefined)[]) =>
    answers.map((a, k) => ({
      file: `${k}.yaml`,
      assessment: scoreAnswers(
        q,
        answerSet(a ? { "alpha.een": a } : {}, { respondent: { role: "adviesraad", name: `R${k}` } }),
      ),
    }));
  const blockOf = (answers: (AnswerValue | undefined)[]) => {
    const b = compareAssessments(respondents(answers), q).blocks!;
    return (["agreeMissing", "disagree", "share"] as const).filter((k) => b[k].includes("alpha.een"))[0] ?? "none";
  };

  it("two files: one Weet niet against one answer is information to share (as before)", () => {
    expect(blockOf(["ja", "weet-niet"])).toBe("share");
    expect(blockOf(["nee", undefined])).toBe("share");
    expect(blockOf(["nee", "deels"])).toBe("agreeMissing");
    expect(blockOf(["ja", "nee"])).toBe("disagree");
  });
  it("a lone Weet niet beside three answers: decided by the three", () => {
    expect(blockOf(["nee", "nee", "deels", "weet-niet"])).toBe("agreeMissing");
    expect(blockOf(["ja", "nee", "ja", "weet-niet"])).toBe("disagree");
    expect(blockOf(["ja", "ja", "ja", "weet-niet"])).toBe("none");
    expect(blockOf(["ja", "ja", "ja", undefined])).toBe("none");
  });
  it("half or more do not know: information to share", () => {
    expect(blockOf(["nee", "nee", "weet-niet", "weet-niet"])).toBe("share");
    expect(blockOf(["ja", "weet-niet", "weet-niet", undefined])).toBe("share");
    expect(blockOf([undefined, undefined])).toBe("none");
  });
  it("counts who did not know", () => {
    const c = compareAssessments(respondents(["ja", "weet-niet", undefined, "nee"]), q);
    expect(c.items.find((i) => i.id === "alpha.een")!.unknown).toBe(2);
  });
});
