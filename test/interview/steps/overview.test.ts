// Step "the overview" alone: one screen per theme, where any answer can be changed.
import { describe, expect, it } from "vitest";
import { review } from "../../../src/interview/steps/overview.js";
import { draftWith, legalItems, stepSetUp } from "../../helpers/interview-steps.js";
import { answer } from "../../helpers/scripted-prompter.js";

const allAnswered = () => draftWith(Object.fromEntries(legalItems.map((i) => [i.id, { answer: "ja" as const }])));

describe("interview step: the overview", () => {
  it("lists the themes with their counts; a changed answer is saved; 'ready' ends it", async () => {
    const first = legalItems[0]!;
    const { c, s, files, prompter } = stepSetUp([
      { select: first.theme, expect: /thema/ },
      { select: first.id },
      ...answer("nee"),
      { select: "" },
      { select: "" },
    ]);
    s.file = "/work/a.yaml";
    const d = allAnswered();
    expect(await review(c, s, d)).toBe("done");
    expect(files.parsed("/work/a.yaml").answers.get(first.id)).toEqual({ answer: "nee" });
    expect(prompter.offered[0]!.map((x) => x.name).join("\n")).toMatch(/\d+ ja/);
    // With the legal questions only, good practice can still be added.
    expect(prompter.offered[0]!.map((x) => x.value)).toContain("+practice");
  });

  it("open questions are asked before the overview", async () => {
    const { c, s, prompter } = stepSetUp([{ select: "stop" }]);
    s.file = "/work/a.yaml";
    expect(await review(c, s, draftWith())).toBe("stop");
    expect(prompter.asked).toEqual(["Uw antwoord"]);
  });
});
