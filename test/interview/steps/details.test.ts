// Step "who and what" alone.
import { describe, expect, it } from "vitest";
import { askDetails } from "../../../src/interview/steps/details.js";
import { stepSetUp } from "../../helpers/interview-steps.js";

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
