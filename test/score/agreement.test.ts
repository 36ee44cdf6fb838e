// Cohen's kappa against examples worked out by hand.
import { describe, expect, it } from "vitest";
import { cohensKappa } from "../../src/score/agreement.js";

const repeat = (pair: [string, string], times: number) => Array.from({ length: times }, () => pair);

describe("cohensKappa", () => {
  it("10 municipalities, gemeente against adviesraad, worked by hand", () => {
    // gemeente \ adviesraad   ja  nee   total
    //   ja                     4    2      6
    //   nee                    1    3      4
    //   total                  5    5     10
    // pₒ = (4 + 3) / 10 = 0.7
    // pₑ = (6/10)(5/10) + (4/10)(5/10) = 0.30 + 0.20 = 0.5
    // κ  = (0.7 − 0.5) / (1 − 0.5) = 0.4
    const pairs = [
      ...repeat(["ja", "ja"], 4),
      ...repeat(["ja", "nee"], 2),
      ...repeat(["nee", "ja"], 1),
      ...repeat(["nee", "nee"], 3),
    ];
    const r = cohensKappa(pairs);
    expect(r.n).toBe(10);
    expect(r.observed).toBeCloseTo(0.7, 12);
    expect(r.kappa).toBeCloseTo(0.4, 12);
  });

  it("three categories, worked by hand", () => {
    //            ja  deels  weet-niet   total
    // ja          5     1       0         6
    // deels       0     2       1         3
    // weet-niet   1     0       2         3
    // total       6     3       3        12
    // pₒ = 9/12 = 0.75; pₑ = (6·6 + 3·3 + 3·3)/144 = 54/144 = 0.375; κ = 0.375/0.625 = 0.6
    const pairs = [
      ...repeat(["ja", "ja"], 5),
      ...repeat(["ja", "deels"], 1),
      ...repeat(["deels", "deels"], 2),
      ...repeat(["deels", "weet-niet"], 1),
      ...repeat(["weet-niet", "ja"], 1),
      ...repeat(["weet-niet", "weet-niet"], 2),
    ] as [string, string][];
    const r = cohensKappa(pairs);
    expect(r.observed).toBeCloseTo(0.75, 12);
    expect(r.kappa).toBeCloseTo(0.6, 12);
  });

  it("full disagreement in two balanced categories is −1; perfect agreement is 1", () => {
    expect(cohensKappa([...repeat(["ja", "nee"], 3), ...repeat(["nee", "ja"], 3)]).kappa).toBeCloseTo(-1, 12);
    expect(cohensKappa([...repeat(["ja", "ja"], 2), ...repeat(["nee", "nee"], 5)]).kappa).toBeCloseTo(1, 12);
  });

  it("is undefined (null) without cases, or when both always give the same one answer", () => {
    expect(cohensKappa([])).toEqual({ n: 0, observed: null, kappa: null });
    expect(cohensKappa(repeat(["ja", "ja"], 4))).toEqual({ n: 4, observed: 1, kappa: null });
  });
});
