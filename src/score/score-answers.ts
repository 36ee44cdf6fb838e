// Scores one answer set against its questionnaire, exactly as docs/scoring.md says. Pure: no I/O.
//
// Per item, status and points come from model/item-outcome.ts (an item whose condition is not met
// is `niet-van-toepassing` and is left out, weight 0, like Lighthouse's not-applicable audits);
// the verdict over a set is the worst status, by model/severity.ts.
// Score = 100 × Σ(weight × points) / Σ(weight), rounded half up to one decimal.
//
// The legal part is scored through two lenses (model/legal-lens.ts): `verdict`/`score` over the 15
// rows of the VNG zelftest (every legal item when the questionnaire marks none: custom and older
// questionnaires), `lawVerdict`/`lawScore` over the items whose requirement is the law's own text.
// Whether good practice was filled in is decided here, once: where no good-practice item was
// answered, its verdict and score are null (overall, and per theme), and `practiceFilledIn` says so.
import type { AnswerSet } from "../model/answers.js";
import type { Assessment, ItemResult, ThemeResult } from "../model/assessment.js";
import type { Item, Questionnaire } from "../model/questionnaire.js";
import { isApplicable, pointsOfAnswer, statusOfAnswer } from "../model/item-outcome.js";
import { inLawLens, inVngLens, marksVngRows } from "../model/legal-lens.js";
import { worseVerdict } from "../model/severity.js";
import { NOT_APPLICABLE } from "../model/vocabulary.js";
import type { ItemStatus, Verdict } from "../model/vocabulary.js";

/** Running totals for one set of items (a level within a theme, or overall): one pass, no lists. */
class Tally {
  earned = 0;
  total = 0;
  worst: Verdict | null = null;
  counts = { voldoet: 0, deels: 0, onbekend: 0, "voldoet-niet": 0, "niet-van-toepassing": 0, onbeantwoord: 0 };

  addStatus(status: ItemStatus): void {
    if (status !== "niet-van-toepassing") this.worst = this.worst === null ? status : worseVerdict(this.worst, status);
  }

  add(r: ItemResult): void {
    this.counts[r.status] += 1;
    this.addStatus(r.status);
    if (r.points === null) return;
    if (r.status === "onbekend" && r.answer === null) this.counts.onbeantwoord += 1;
    this.earned += r.weight * r.points;
    this.total += r.weight;
  }

  /** Worst wins; null when no item applies. */
  get verdict(): Verdict | null {
    return this.worst;
  }

  /** 100 × Σ(weight × points) / Σ(weight), one decimal, half up; null when no item applies. */
  get score(): number | null {
    // Divide last and round once: 1000·earned/total is exact for the usual halves and integers.
    return this.total === 0 ? null : Math.round((1000 * this.earned) / this.total + 1e-9) / 10;
  }

  /** The same score before rounding: a difference between two scores is taken from these, then rounded once. */
  get exact(): number | null {
    return this.total === 0 ? null : (100 * this.earned) / this.total;
  }
}

/** 100 × Σ(weight × points) / Σ(weight), rounded half up to one decimal; null when no item applies. */
export function weightedScore(results: readonly ItemResult[]): number | null {
  const t = new Tally();
  for (const r of results) t.add(r);
  return t.score;
}

function scoreItem(item: Item, answers: AnswerSet): ItemResult {
  // Built as one fixed-shape object (this runs for every item of every file in a batch).
  const given = answers.answers.get(item.id);
  const applicable = isApplicable(item, answers.answers);
  const result: { -readonly [K in keyof ItemResult]: ItemResult[K] } = {
    id: item.id,
    level: item.level,
    weight: item.weight,
    answer: given ? given.answer : null,
    status: applicable ? statusOfAnswer(given?.answer) : NOT_APPLICABLE,
    points: applicable ? pointsOfAnswer(given?.answer) : null,
  };
  if (given?.note) result.note = given.note;
  if (given?.evidence) result.evidence = given.evidence;
  // A group answer's votes and dissent (docs/answer-file.md): shown by report and compare.
  if (given?.votes) result.votes = given.votes;
  if (given?.dissent) result.dissent = given.dissent;
  return result;
}

/** The tallies of one lens set: the VNG lens, the law lens and good practice. */
interface LensTallies {
  readonly vng: Tally;
  readonly law: Tally;
  readonly practice: Tally;
}
const lensTallies = (): LensTallies => ({ vng: new Tally(), law: new Tally(), practice: new Tally() });

/**
 * Counts an item's result in the lenses it belongs to, for the file and for its theme: the one rule
 * of which lens an item counts in (docs/scoring.md), used by scoreAnswers and exactScores (and
 * through it by the panel's means and compare's trend deltas).
 */
function addToLenses(
  item: Item,
  r: ItemResult,
  vngRows: ReturnType<typeof marksVngRows>,
  file: LensTallies,
  theme: LensTallies,
): void {
  // Two plain arguments, not a list: this runs for every item of every file in a batch.
  if (r.level === "wettelijk") {
    if (inVngLens(item, vngRows)) {
      file.vng.add(r);
      theme.vng.add(r);
    }
    if (inLawLens(item)) {
      file.law.add(r);
      theme.law.add(r);
    }
  } else {
    file.practice.add(r);
    theme.practice.add(r);
  }
}

export function scoreAnswers(questionnaire: Questionnaire, answers: AnswerSet): Assessment {
  const vngRows = marksVngRows(questionnaire);
  const legal = new Tally();
  const file = lensTallies();
  const { vng, law, practice } = file;
  const themes: ThemeResult[] = questionnaire.themes.map((theme) => {
    const inTheme = lensTallies();
    let practiceAnswered = false;
    const items = theme.items.map((item) => {
      const r = scoreItem(item, answers);
      addToLenses(item, r, vngRows, file, inTheme);
      if (r.level === "wettelijk") legal.add(r);
      else if (r.answer !== null) practiceAnswered = true;
      return r;
    });
    return {
      id: theme.id,
      verdict: inTheme.vng.verdict,
      score: inTheme.vng.score,
      lawVerdict: inTheme.law.verdict,
      lawScore: inTheme.law.score,
      practiceFilledIn: practiceAnswered,
      practiceVerdict: practiceAnswered ? inTheme.practice.verdict : null,
      practiceScore: practiceAnswered ? inTheme.practice.score : null,
      items,
    };
  });
  const practiceAnswered = themes.some((th) => th.practiceFilledIn);
  const respondent = answers.respondent.name
    ? { role: answers.respondent.role, name: answers.respondent.name }
    : { role: answers.respondent.role };
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, contentHash: questionnaire.contentHash },
    answersVersion: answers.version,
    municipality: answers.municipality,
    respondent,
    date: answers.date,
    ...(answers.group ? { group: answers.group } : {}),
    verdict: vng.verdict,
    score: vng.score,
    lawVerdict: law.verdict,
    lawScore: law.score,
    practiceFilledIn: practiceAnswered,
    practiceVerdict: practiceAnswered ? practice.verdict : null,
    practiceScore: practiceAnswered ? practice.score : null,
    counts: { wettelijk: legal.counts, vng: vng.counts, wet: law.counts, aanbeveling: practice.counts },
    themes,
  };
}

/** A file's scores before rounding to one decimal (for exact means over many files; docs/research-outputs.md, "Panel"). */
export interface ExactScores {
  /** The VNG lens, as `score`. */
  readonly score: number | null;
  /** The law lens, as `lawScore`. */
  readonly lawScore: number | null;
  /** Good practice, as `practiceScore` (null where not filled in). */
  readonly practiceScore: number | null;
  /** Per theme in questionnaire order, the VNG lens, as a theme's `score`. */
  readonly themes: readonly (number | null)[];
}

/**
 * The scores of an assessment before rounding, from its item results: the same sets of items and
 * the same sum as scoreAnswers, only not rounded to one decimal. The assessment must have been
 * scored against this questionnaire: a theme or item that is not where the questionnaire has it
 * fails, rather than count as empty (which gave a score over fewer items without a word).
 */
export function exactScores(questionnaire: Questionnaire, a: Assessment): ExactScores {
  const vngRows = marksVngRows(questionnaire);
  const file = lensTallies();
  const mismatch = (what: string) =>
    new Error(
      `exactScores: the assessment was not scored against ${questionnaire.id} ${questionnaire.version}: ${what}`,
    );
  if (a.themes.length !== questionnaire.themes.length)
    throw mismatch(`${a.themes.length} themes, the questionnaire has ${questionnaire.themes.length}`);
  const themes = questionnaire.themes.map((theme, k) => {
    const inTheme = lensTallies();
    const scored = a.themes[k]!;
    if (scored.id !== theme.id || scored.items.length !== theme.items.length)
      throw mismatch(
        `theme ${scored.id} (${scored.items.length} items) where ${theme.id} (${theme.items.length} items) is`,
      );
    theme.items.forEach((item, i) => {
      const r = scored.items[i]!;
      if (r.id !== item.id) throw mismatch(`item ${r.id} where ${item.id} is`);
      addToLenses(item, r, vngRows, file, inTheme);
    });
    return inTheme.vng.exact;
  });
  return {
    score: file.vng.exact,
    lawScore: file.law.exact,
    practiceScore: a.practiceFilledIn ? file.practice.exact : null,
    themes,
  };
}
