import { describe, expect, it } from "vitest";
import { dissentLines, votesLine } from "../../src/report/group-lines.js";

describe("a group answer's votes and dissent as lines", () => {
  it("votes in the order of the answer scale, empty without votes", () => {
    expect(votesLine({ ja: 2, deels: 1, "weet-niet": 1 }, "nl")).toBe("2 × Ja, 1 × Deels, 1 × Weet niet");
    expect(votesLine(undefined, "nl")).toBe("");
  });

  it("keeps a member who gave the group's answer (words kept apart) out of those who answered differently", () => {
    const dissent = [
      { member: 1, name: "A. de Vries", answer: "ja" as const, note: "Lang verhaal." },
      { member: 3, answer: "deels" as const, evidence: "verslag 12 november" },
    ];
    expect(dissentLines(dissent, "nl", "Bron", "ja")).toEqual({
      differ: ["Lid 3: Deels – (Bron: verslag 12 november)"],
      apart: ["A. de Vries: Ja – Lang verhaal."],
    });
    expect(dissentLines(dissent, "en", "Source", "deels")).toEqual({
      differ: ["A. de Vries: Yes – Lang verhaal."],
      apart: ["Member 3: Partly – (Source: verslag 12 november)"],
    });
    expect(dissentLines(undefined, "nl", "Bron", "ja")).toEqual({ differ: [], apart: [] });
  });
});
