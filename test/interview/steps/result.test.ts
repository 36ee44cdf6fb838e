// Step "the result" alone: the summary and the report beside the answer file.
import { describe, expect, it } from "vitest";
import { showResult } from "../../../src/interview/steps/result.js";
import { legalItems, stepSetUp } from "../../helpers/interview-steps.js";
import { answerSet } from "../../helpers/fixtures.js";
import { MemoryFiles } from "../../helpers/memory-files.js";

const FILE = "/work/a.yaml";
const answers = () => answerSet(Object.fromEntries(legalItems.map((i) => [i.id, "ja" as const])));

describe("interview step: the result", () => {
  it("shows the summary and where the file is; writes the reports chosen, asking before replacing one", async () => {
    const files = new MemoryFiles({ "/work/a.html": "oud" });
    const made: string[] = [];
    const { c, prompter } = stepSetUp(
      [{ select: ["html", "md"] }, { select: false, expect: /bestaat al|exists/ }],
      {
        makeReport: (f, format) => {
          made.push(`${f} ${format}`);
          return `rapport ${format}`;
        },
      },
      files,
    );
    await showResult(c, FILE, answers());
    const out = prompter.printed.join("");
    expect(out).toContain("Uitslag");
    expect(out).toContain("voldoet");
    expect(out).toContain(FILE);
    expect(files.saved.get("/work/a.html")).toBe("oud");
    expect(files.saved.get("/work/a.md")).toBe("rapport md");
    expect(made).toEqual([`${FILE} md`]);
  });

  it("without a report maker, no report is offered", async () => {
    const { c, prompter } = stepSetUp([]);
    await showResult(c, FILE, answers());
    expect(prompter.asked).toEqual([]);
  });
});
