import { describe, expect, it } from "vitest";
import { addCounts, addExact, addTo, emptyCell, exactMeanOf, meanOf, share, zeroMean } from "../../src/score/counts.js";
import { mini } from "../helpers/fixtures.js";

describe("addCounts", () => {
  it("adds numbers member by member, into nested records and arrays, and counts a missing member from 0", () => {
    const into = { n: 1, verdicts: { voldoet: 2 } as Record<string, number>, themes: [{ n: 1 }, { n: 0 }] };
    addCounts(into, { n: 2, verdicts: { voldoet: 1, deels: 4 }, themes: [{ n: 5 }, { n: 6 }] });
    expect(into).toEqual({ n: 3, verdicts: { voldoet: 3, deels: 4 }, themes: [{ n: 6 }, { n: 6 }] });
  });

  it("leaves a cell's labels (role, year) as they are and copies what `into` lacks, not shares it", () => {
    const into: { role: string; extra?: { n: number } } = { role: "gemeente" };
    const from = { role: "adviesraad", extra: { n: 1 } };
    addCounts(into, from);
    expect(into.role).toBe("gemeente");
    from.extra.n = 9;
    expect(into.extra).toEqual({ n: 1 });
  });

  it("merging two cells gives the cell of all their files", () => {
    const q = mini();
    const a = emptyCell(q);
    const b = emptyCell(q);
    const all = emptyCell(q);
    for (const [cell, score] of [
      [a, 80],
      [b, 55.55],
      [b, null],
    ] as const) {
      for (const c of [cell, all]) {
        c.n += 1;
        addTo(c.score, score);
        c.items[0]!.ja += 1;
      }
    }
    addCounts(a, b);
    expect(a).toEqual(all);
    expect(meanOf(a.score)).toBe(67.8);
  });
});

describe("means and shares", () => {
  it("keeps sums whole so the order of adding does not matter; null adds nothing", () => {
    const m = zeroMean();
    addTo(m, null);
    expect(meanOf(m)).toBeNull();
    addTo(m, 66.66);
    addTo(m, 33.34);
    expect(m).toEqual({ tenths: 1000, n: 2 });
    const e = { micro: 0, n: 0 };
    addExact(e, 66.666666);
    addExact(e, 33.333334);
    expect(exactMeanOf(e)).toBe(50);
    expect(share(1, 3)).toBe(33.3);
    expect(share(0, 0)).toBe(0);
  });
});
