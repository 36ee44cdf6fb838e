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
