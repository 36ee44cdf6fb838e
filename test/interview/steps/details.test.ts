// Step "who and what" alone.
import { describe, expect, it } from "vitest";
import { askDetails } from "../../../src/interview/steps/details.js";
import { parseAnswers } from "../../../src/load/parse-answers.js";
import { SourceDocument } from "../../../src/load/source-document.js";
import { serializeAnswers } from "../../../src/load/write-answers.js";
import { ANSWER_LIMITS } from "../../../src/model/answer-limits.js";
import { builtin, stepSetUp } from "../../helpers/interview-steps.js";

describe("interview step: who and what", () => {
  it("asks municipality, code, role, name, date and scope, and gives a draft without answers", async () => {
    const { c, prompter } = stepSetUp([
      { input: "  Utrecht ", expect: /gemeente/ },
      { input: "344", expect: /CBS-gemeentecode/ },
      { select: "adviesraad", expect: /Wie/ },
      { input: "Wmo-raad" },
      { input: "", expect: /dag-maand-jaar/ },
      { select: "all", expect: /Welke vragen/ },
    ]);
    const d = await askDetails(c);
    expect(d).toEqual({
      municipality: "Utrecht",
      gemeentecode: "GM0344",
      role: "adviesraad",
      name: "Wmo-raad",
      date: "2026-01-15",
      answers: new Map(),
      scope: "all",
    });
    expect(prompter.defaults).toContain("15-01-2026");
    expect(prompter.remaining).toBe(0);
  });

  it("refuses an empty municipality; an empty name and code are left out", async () => {
    const { c } = stepSetUp([{ input: "  " }]);
    await expect(askDetails(c)).rejects.toThrow(/Vul de naam van de gemeente in|refused/);
    const ok = stepSetUp([
      { input: "Ede" },
      { input: "" },
      { select: "gemeente" },
      { input: "" },
      { input: "2026-02-01" },
      { select: "legal" },
    ]);
    expect(await askDetails(ok.c)).toEqual({
      municipality: "Ede",
      role: "gemeente",
      date: "2026-02-01",
      answers: new Map(),
      scope: "legal",
    });
  });
});

describe("interview step: who and what, at the answer file's limits", () => {
  const withName = (municipality: string, name: string) =>
    stepSetUp([
      { input: municipality },
      { input: "" },
      { select: "gemeente" },
      { input: name },
      { input: "" },
      { select: "legal" },
    ]);

  it("counts characters as the schema does: 200 emoji (400 UTF-16 units) are 200 characters, and the file is valid", async () => {
    const emoji = "🏛".repeat(ANSWER_LIMITS.name);
    const { c, s } = withName(`  ${"é".repeat(ANSWER_LIMITS.municipality)} `, emoji);
    const d = await askDetails(c);
    expect(d.name).toBe(emoji);
    // What the interview accepts, the loader accepts.
    const text = serializeAnswers(s.toAnswerSet(d), builtin, [], "yaml");
    expect(parseAnswers(SourceDocument.parse(text, "a.yaml"), builtin).respondent.name).toBe(emoji);
  });

  it("one character more is refused with the length message", async () => {
    await expect(askDetails(withName("Ede", "🏛".repeat(ANSWER_LIMITS.name + 1)).c)).rejects.toThrow(
      `De naam mag hoogstens ${ANSWER_LIMITS.name} tekens zijn.`,
    );
    await expect(askDetails(withName("x".repeat(ANSWER_LIMITS.municipality + 1), "").c)).rejects.toThrow(
      `De naam van de gemeente mag hoogstens ${ANSWER_LIMITS.municipality} tekens zijn.`,
    );
  });
});
