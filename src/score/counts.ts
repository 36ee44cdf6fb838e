// The counts and sums an aggregate keeps, and the one way they add up. Sums of scores are whole
// numbers (tenths, or millionths for the panel's exact means), so that any order of adding gives
// the same result: cells made in parallel threads merge into the same figures. No I/O.
import type { Questionnaire } from "../model/questionnaire.js";
import type { AnswerCounts, Cell, ExactMean, Mean, PanelCell, VerdictCounts } from "./aggregate-types.js";

export const zeroVerdicts = (): VerdictCounts => ({ voldoet: 0, deels: 0, onbekend: 0, "voldoet-niet": 0 });
const zeroAnswers = (): AnswerCounts => ({
  ja: 0,
  deels: 0,
  nee: 0,
  "weet-niet": 0,
  onbeantwoord: 0,
  "niet-van-toepassing": 0,
});
export const zeroMean = (): Mean => ({ tenths: 0, n: 0 });
/** Adds one score (rounded to one decimal, as the outputs show it) to a mean; null adds nothing. */
export const addTo = (m: Mean, score: number | null) => {
  if (score === null) return;
  m.tenths += Math.round(score * 10);
  m.n += 1;
};
const zeroExact = (): ExactMean => ({ micro: 0, n: 0 });
/** Adds one unrounded score (to 10⁻⁶) to an exact mean; null adds nothing. */
export const addExact = (m: ExactMean, score: number | null) => {
  if (score === null) return;
  m.micro += Math.round(score * 1e6);
  m.n += 1;
};

/** The mean with one decimal; null without scores. */
export const meanOf = (m: Mean) => (m.n === 0 ? null : Math.round(m.tenths / m.n) / 10);
/** The mean of unrounded scores, to four decimals; null without scores. */
export const exactMeanOf = (m: ExactMean) => (m.n === 0 ? null : Math.round(m.micro / m.n / 100) / 10000);

/** Share in percent, one decimal; 0 when there is nothing to share. */
export function share(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * count) / total) / 10;
}

/**
 * Adds every count and sum of `from` into `into`, member by member: numbers add (a member `into`
 * lacks counts from 0), objects and arrays add member by member (one `into` lacks is copied), and
 * anything else (a cell's role and year) stays as it is. The one merge of cells, panel cells, means
 * and count records.
 */
export function addCounts<T extends object>(into: T, from: T): void {
  const to = into as Record<string, unknown>;
  for (const [k, v] of Object.entries(from)) {
    if (typeof v === "number") to[k] = ((to[k] as number | undefined) ?? 0) + v;
    else if (v !== null && typeof v === "object") {
      if (to[k] === undefined) to[k] = structuredClone(v);
      else addCounts(to[k] as object, v as object);
    }
  }
}

export function emptyCell(q: Questionnaire): Cell {
  return {
    n: 0,
    verdicts: zeroVerdicts(),
    score: zeroMean(),
    lawVerdicts: zeroVerdicts(),
    lawScore: zeroMean(),
    practiceFiles: 0,
    practice: zeroMean(),
    themes: q.themes.map(() => ({ verdicts: zeroVerdicts(), score: zeroMean(), practice: zeroMean() })),
    items: q.items.map(() => zeroAnswers()),
  };
}

export const emptyPanelCell = (q: Questionnaire): PanelCell => ({
  files: 0,
  verdicts: zeroVerdicts(),
  score: zeroExact(),
  lawVerdicts: zeroVerdicts(),
  lawScore: zeroExact(),
  practiceFiles: 0,
  practice: zeroExact(),
  themes: q.themes.map(() => zeroExact()),
});

/** Cells added up by a grouping key (such as the role, the year, or nothing for the total). */
export function groupCells<C extends Cell & { role: string; year: string }>(
  cells: readonly C[],
  q: Questionnaire,
  keyOf: (c: C) => string,
): { key: string; cell: Cell }[] {
  const groups = new Map<string, Cell>();
  for (const c of cells) {
    const key = keyOf(c);
    let g = groups.get(key);
    if (!g) {
      g = emptyCell(q);
      groups.set(key, g);
    }
    addCounts(g, c);
  }
  return [...groups].map(([key, cell]) => ({ key, cell }));
}
