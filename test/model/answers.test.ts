import { describe, expect, it } from "vitest";
import { splitDissent, votesAgainst } from "../../src/model/answers.js";

describe("a group answer's dissent and votes (docs/answer-file.md, Group answers)", () => {
  const dissent = [
    { member: 1, name: "A. de Vries", answer: "ja" as const, note: "Woorden apart bewaard." },
    { member: 3, answer: "deels" as const },
    { member: 4, answer: "weet-niet" as const },
  ];

  it("tells members who answered otherwise from members who agree but whose words were kept apart", () => {
    const { differ, apart } = splitDissent(dissent, "ja");
    expect(differ.map((d) => d.member)).toEqual([3, 4]);
    expect(apart.map((d) => d.member)).toEqual([1]);
    expect(splitDissent(undefined, "ja")).toEqual({ differ: [], apart: [] });
    // Without a group answer every entry differs.
    expect(splitDissent(dissent, null).differ).toHaveLength(3);
  });

  it("counts by the votes the members who answered otherwise than the group", () => {
    expect(votesAgainst({ ja: 2, deels: 1, "weet-niet": 1 }, "ja")).toBe(2);
    expect(votesAgainst({ ja: 2, deels: 1, "weet-niet": 1 }, "deels")).toBe(3);
    expect(votesAgainst({}, "ja")).toBe(0);
  });
});
