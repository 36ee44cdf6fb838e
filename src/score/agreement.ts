// Agreement between two raters over the same cases (here: the gemeente and the adviesraad of one
// municipality in one year, per question): the share of cases with the same answer, and Cohen's
// kappa, which corrects that share for the agreement expected by chance. Pure.

export interface Agreement {
  /** Cases rated by both. */
  readonly n: number;
  /** Share of the cases with the same category, 0..1; null when n = 0. */
  readonly observed: number | null;
  /** Cohen's kappa (−1..1); null when n = 0 or when chance agreement is already 1 (one category only). */
  readonly kappa: number | null;
}

/**
 * Cohen's kappa: κ = (pₒ − pₑ) / (1 − pₑ), where pₒ is the share of cases on which the raters
 * agree and pₑ = Σₖ (aₖ/n)(bₖ/n) the agreement expected from each rater's own category shares.
 */
export function cohensKappa(pairs: Iterable<readonly [string, string]>): Agreement {
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let n = 0;
  let same = 0;
  for (const [x, y] of pairs) {
    n += 1;
    if (x === y) same += 1;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  if (n === 0) return { n, observed: null, kappa: null };
  const observed = same / n;
  let expected = 0;
  for (const [k, count] of a) expected += (count / n) * ((b.get(k) ?? 0) / n);
  const kappa = expected >= 1 - 1e-12 ? null : (observed - expected) / (1 - expected);
  return { n, observed, kappa };
}

export interface WeightedAgreement {
  /** Cases in which both raters gave a value on the scale (other values are left out). */
  readonly n: number;
  /** Linearly weighted kappa; null when n = 0 or when no disagreement is expected by chance (one value only). */
  readonly kappa: number | null;
}

/**
 * Cohen's weighted kappa with linear weights over an ordered scale (Cohen 1968):
 * κ_w = 1 − Σ vᵢⱼ oᵢⱼ / Σ vᵢⱼ eᵢⱼ, where oᵢⱼ are the observed shares of the cells, eᵢⱼ = aᵢ·bⱼ/n²
 * the shares expected from each rater's own margins, and vᵢⱼ = |i − j| / (k − 1) the disagreement
 * weight of categories i and j on the scale of k values (on ja/deels/nee: ja–deels ½, ja–nee 1).
 * Cases in which either value is not on the scale (weet niet) are left out; n says how many stay.
 * The weights are fixed by the scale, not by the values seen, so κ_w of a batch in which nobody
 * answered `deels` is still the one of the three-point scale.
 */
export function linearWeightedKappa<T>(pairs: Iterable<readonly [T, T]>, scale: readonly T[]): WeightedAgreement {
  const k = scale.length;
  const rank = new Map(scale.map((v, i) => [v, i]));
  const cells = new Array<number>(k * k).fill(0);
  const a = new Array<number>(k).fill(0);
  const b = new Array<number>(k).fill(0);
  let n = 0;
  for (const [x, y] of pairs) {
    const i = rank.get(x);
    const j = rank.get(y);
    if (i === undefined || j === undefined) continue;
    n += 1;
    cells[i * k + j]! += 1;
    a[i]! += 1;
    b[j]! += 1;
  }
  if (n === 0 || k < 2) return { n, kappa: null };
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i += 1)
    for (let j = 0; j < k; j += 1) {
      const v = Math.abs(i - j) / (k - 1);
      observed += (v * cells[i * k + j]!) / n;
      expected += (v * a[i]! * b[j]!) / (n * n);
    }
  return { n, kappa: expected <= 1e-12 ? null : 1 - observed / expected };
}
