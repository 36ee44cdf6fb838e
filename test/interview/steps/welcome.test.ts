// Step "welcome and which file" alone.
import { describe, expect, it } from "vitest";
import { chooseFile, printWelcome } from "../../../src/interview/steps/welcome.js";
import { serializeAnswers } from "../../../src/load/write-answers.js";
import { builtin, draftWith, stepSetUp } from "../../helpers/interview-steps.js";
import { MemoryFiles } from "../../helpers/memory-files.js";

const details = () => [
  { input: "Utrecht" },
  { input: "" },
  { select: "gemeente" },
  { input: "" },
  { input: "" },
  { select: "legal" },
];
const FILE = "/work/zelftest-utrecht-gemeente-2026-01-15.yaml";
const existing = () =>
  serializeAnswers(
    {
      questionnaire: builtin.id,
      version: builtin.version,
      municipality: "Utrecht",
      respondent: { role: "gemeente" },
      date: "2026-01-15",
      answers: draftWith({ "beleidsplan.inrichting": { answer: "nee" } }).answers,
      contentHash: "",
      origin: "",
    },
    builtin,
    [],
    "yaml",
  );

describe("interview step: welcome and which file", () => {
  it("the welcome counts the legal and the good-practice questions", () => {
    const { c, prompter } = stepSetUp([]);
    printWelcome(c);
    expect(prompter.printed.join("")).toContain(`${builtin.items.filter((i) => i.level === "wettelijk").length}`);
  });

  it("a new interview names the file after municipality, role and date", async () => {
    const { c, s } = stepSetUp(details());
    const d = await chooseFile(c, s);
    expect(d?.municipality).toBe("Utrecht");
    expect(s.file).toBe(FILE);
    expect(s.format).toBe("yaml");
  });

  it("an existing file: 'stop' gives nothing, 'resume' continues its answers", async () => {
    const stop = stepSetUp([...details(), { select: "stop" }], {}, new MemoryFiles({ [FILE]: existing() }));
    expect(await chooseFile(stop.c, stop.s)).toBeUndefined();
    const resume = stepSetUp([...details(), { select: "resume" }], {}, new MemoryFiles({ [FILE]: existing() }));
    const d = await chooseFile(resume.c, resume.s);
    expect(d?.answers.get("beleidsplan.inrichting")).toEqual({ answer: "nee" });
    expect(resume.s.file).toBe(FILE);
  });

  it("--resume of a file with a comment by hand offers a new file beside it, and says how many are open", async () => {
    const files = new MemoryFiles({ "/work/a.yaml": `# mijn opmerking\n${existing()}` });
    const { c, s, prompter } = stepSetUp(
      [{ select: "copy", expect: /opmerkingen|comments/ }],
      { resume: "/work/a.yaml" },
      files,
    );
    const d = await chooseFile(c, s);
    expect(d?.answers.size).toBe(1);
    expect(s.file).toBe("/work/a-2.yaml");
    expect(s.known).toBeUndefined();
    expect(prompter.printed.join("")).toMatch(/nog \d+|\d+ open/);
  });
});
