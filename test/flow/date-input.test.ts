import { describe, expect, it } from "vitest";
import { dutchDate, parseDateInput } from "../../src/flow/date-input.js";

describe("dates as people type them", () => {
  it.each([
    ["15-01-2026", "2026-01-15"],
    ["5-1-2026", "2026-01-05"],
    [" 15/01/2026 ", "2026-01-15"],
    ["15.01.2026", "2026-01-15"],
    ["29-02-2028", "2028-02-29"],
    ["2026-01-15", "2026-01-15"],
    ["2026-1-5", "2026-01-05"],
  ])("%s → %s", (typed, iso) => expect(parseDateInput(typed)).toBe(iso));

  it.each([
    "",
    "30-02-2026",
    "29-02-2027",
    "2026-13-01",
    "15-01-26",
    "01-15-2026x",
    "15 januari 2026",
    "2026/01/15",
    "32-01-2026",
  ])("%j is refused", (typed) => expect(parseDateInput(typed)).toBeUndefined());

  it("writes ISO dates the Dutch way", () => {
    expect(dutchDate("2026-01-05")).toBe("05-01-2026");
  });
});
