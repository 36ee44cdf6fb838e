// Step "the questions" alone: one question with its choices, "more", the note and source, and the
// walk through the flow.
import { describe, expect, it } from "vitest";
import { askItem, askQuestions } from "../../../src/interview/steps/question.js";
import { draftWith, legalItems, stepSetUp } from "../../helpers/interview-steps.js";
import { answer, answerWithDetails } from "../../helpers/scripted-prompter.js";

const FILE = "/work/a.yaml";
const first = legalItems[0]!.id;

describe("interview step: the questions", () => {
  it("one question: 'more' explains and asks again; the answer is saved at once", async () => {
    const { c, s, files, prompter } = stepSetUp([{ select: "more" }, ...answer("deels")]);
    s.file = FILE;
    const d = draftWith();
    const fi = c.flowOf(d).firstUnanswered(d.answers)!;
    expect(await askItem(c, s, d, fi, { back: false, stop: true })).toBe("deels");
    expect(files.parsed(FILE).answers.get(first)).toEqual({ answer: "deels" });
    const out = prompter.printed.join("");
    expect(out).toContain(`Vraag 1 van ${legalItems.length}`);
    expect(out).toContain("Waarom dit ertoe doet");
    // Only what the caller allows is offered.
    expect(prompter.offered[0]!.map((x) => x.value)).not.toContain("back");
    expect(prompter.offered[0]!.map((x) => x.value)).toContain("stop");
  });

  it("the note and source step keeps the votes of a group answer and saves after each part", async () => {
    const { c, s, files } = stepSetUp(
      answerWithDetails("ja", "Staat in het plan", "Plan §2")
        .slice(0, 1)
        .concat([{ input: "Staat in het plan" }, { input: "Plan §2" }]),
    );
    s.file = FILE;
    const d = draftWith({ [first]: { answer: "ja", votes: { ja: 3, nee: 1 } } as never });
    const fi = c.flowOf(d).find(first)!;
    expect(await askItem(c, s, d, fi, { back: false, stop: false })).toBe("ja");
    expect(d.answers.get(first)).toMatchObject({ answer: "ja", note: "Staat in het plan", evidence: "Plan §2" });
    expect(d.answers.get(first)).toHaveProperty("votes");
    expect(files.saves).toBe(3);
  });

  it("a note longer than the answer file allows is refused by the prompt", async () => {
    const { c, s } = stepSetUp([{ select: "details" }, { select: "ja" }, { input: "x".repeat(20001) }]);
    s.file = FILE;
    const d = draftWith();
    await expect(askItem(c, s, d, c.flowOf(d).find(first)!, { back: false, stop: true })).rejects.toThrow(
      /Hoogstens 20000 tekens/,
    );
  });

  it("the walk asks from the first open question, theme headers once, until 'stop'", async () => {
    const { c, s, prompter } = stepSetUp([...answer("ja"), { select: "stop" }]);
    s.file = FILE;
    const d = draftWith({ [first]: { answer: "nee" } });
    expect(await askQuestions(c, s, d)).toBe("stop");
    expect(d.answers.get(legalItems[1]!.id)).toEqual({ answer: "ja" });
    expect(d.answers.get(first)).toEqual({ answer: "nee" });
    expect(prompter.printed.join("")).toContain(`Vraag 2 van ${legalItems.length}`);
  });
});

describe("interview step: the questions, at the answer file's limits", () => {
  it("a note of 20000 emoji is 20000 characters as the schema counts: taken, saved and read back", async () => {
    const note = "📎".repeat(20000);
    const { c, s, files } = stepSetUp([{ select: "details" }, { select: "ja" }, { input: note }, { input: "" }]);
    s.file = FILE;
    const d = draftWith();
    await askItem(c, s, d, c.flowOf(d).find(first)!, { back: false, stop: true });
    expect(files.parsed(FILE).answers.get(first)?.note).toBe(note);
  });
});
