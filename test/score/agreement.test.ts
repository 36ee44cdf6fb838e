// Cohen's kappa and the linearly weighted kappa against examples worked out by hand and published ones.
import { describe, expect, it } from "vitest";
import { cohensKappa, linearWeightedKappa } from "../../src/score/agreement.js";

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

const SCALE = ["ja", "deels", "nee"] as const;
/** Pairs in the order of a list of [value of rater 1, value of rater 2, how many]. */
const table = <T>(rows: readonly (readonly [T, T, number])[]) =>
  rows.flatMap(([x, y, times]) => Array.from({ length: times }, () => [x, y] as [T, T]));

describe("linearWeightedKappa", () => {
  it("ja/deels/nee over 10 pairs, worked by hand; weet niet is left out with its own n", () => {
    // gemeente \ adviesraad   ja  deels  nee   total
    //   ja                      3     1    0      4
    //   deels                   1     2    1      4
    //   nee                     0     0    2      2
    //   total                   4     3    3     10
    // disagreement weights: ja–deels and deels–nee ½, ja–nee 1
    // observed Σ v·o = (½ + ½ + ½) / 10 = 0.15
    // expected Σ v·aᵢbⱼ/n² = (4·3·½ + 4·3·1 + 4·4·½ + 4·3·½ + 2·4·1 + 2·3·½) / 100 = 43/100
    // κ_w = 1 − 0.15 / 0.43 = 28/43
    const pairs = table<string>([
      ["ja", "ja", 3],
      ["ja", "deels", 1],
      ["deels", "ja", 1],
      ["deels", "deels", 2],
      ["deels", "nee", 1],
      ["nee", "nee", 2],
      ["weet-niet", "ja", 2],
      ["nee", "weet-niet", 1],
    ]);
    const r = linearWeightedKappa(pairs, SCALE);
    expect(r.n).toBe(10);
    expect(r.kappa).toBeCloseTo(28 / 43, 12);
    // Unweighted over the same 10 (weet niet left out): pₒ 0.7, pₑ 0.34, κ = 0.36 / 0.66.
    expect(cohensKappa(pairs.filter(([x, y]) => x !== "weet-niet" && y !== "weet-niet")).kappa).toBeCloseTo(
      0.36 / 0.66,
      12,
    );
  });

  it("gives the published values of scikit-learn's test of cohen_kappa_score (none 0.9315, linear 0.9412)", () => {
    // sklearn/metrics/tests/test_classification.py, test_cohen_kappa, "Weighting example":
    // y1 = [0]*46 + [1]*44 + [2]*10, y2 = [0]*50 + [1]*40 + [2]*10 (case by case in that order).
    const pairs = table<number>([
      [0, 0, 46],
      [1, 0, 4],
      [1, 1, 40],
      [2, 2, 10],
    ]);
    expect(cohensKappa(pairs.map(([x, y]) => [String(x), String(y)] as const)).kappa).toBeCloseTo(0.9315, 4);
    expect(linearWeightedKappa(pairs, [0, 1, 2]).kappa).toBeCloseTo(0.9412, 4);
    // The same test's multiclass example (Artstein and Poesio 2008, Table 4): unweighted 0.8013.
    const ap = table<string>([
      ["0", "0", 46],
      ["1", "0", 6],
      ["1", "1", 32],
      ["1", "2", 6],
      ["2", "2", 10],
    ]);
    expect(cohensKappa(ap).kappa).toBeCloseTo(0.8013, 4);
  });

  it("on two values of the scale, ja and nee only, equals Cohen's kappa (one full step apart)", () => {
    const pairs = table<string>([
      ["ja", "ja", 4],
      ["ja", "nee", 2],
      ["nee", "ja", 1],
      ["nee", "nee", 3],
    ]);
    expect(linearWeightedKappa(pairs, SCALE).kappa).toBeCloseTo(0.4, 12);
  });

  it("weighs by the scale, not by the values seen: ja against deels is half a disagreement", () => {
    // Always ja against deels: observed ½, expected (3·3·½)/9 = ½ too → κ_w = 0.
    expect(linearWeightedKappa(table<string>([["ja", "deels", 3]]), SCALE).kappa).toBeCloseTo(0, 12);
    // Mirror-image disagreement of the ends: observed 1, expected ½ → κ_w = −1.
    const mirror = table<string>([
      ["ja", "nee", 3],
      ["nee", "ja", 3],
    ]);
    expect(linearWeightedKappa(mirror, SCALE).kappa).toBeCloseTo(-1, 12);
  });

  it("perfect agreement is 1; no pairs, only weet niet, or one value only is undefined (null)", () => {
    const perfect = table<string>([
      ["ja", "ja", 2],
      ["deels", "deels", 1],
      ["nee", "nee", 5],
    ]);
    expect(linearWeightedKappa(perfect, SCALE)).toEqual({ n: 8, kappa: 1 });
    expect(linearWeightedKappa([], SCALE)).toEqual({ n: 0, kappa: null });
    expect(linearWeightedKappa(table<string>([["weet-niet", "weet-niet", 3]]), SCALE)).toEqual({ n: 0, kappa: null });
    expect(linearWeightedKappa(table<string>([["deels", "deels", 4]]), SCALE)).toEqual({ n: 4, kappa: null });
  });
});
