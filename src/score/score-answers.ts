// Scores one answer set against its questionnaire, exactly as DESIGN §4 says. Pure: no I/O.
//
// Per item: ja = 1 point (voldoet), deels = 0.5 (deels), nee = 0 (voldoet-niet),
// weet-niet or unanswered = 0 (onbekend). An item whose condition is not met is
// `niet-van-toepassing` and is left out (weight 0), like Lighthouse's not-applicable audits.
// Verdict over a set, worst first: voldoet-niet > onbekend > deels > voldoet.
// Score = 100 × Σ(weight × points) / Σ(weight), rounded half up to one decimal.
import type { AnswerSet } from "../model/answers.js";
import type { Assessment, ItemResult, ThemeResult } from "../model/assessment.js";
import type { Item, Questionnaire } from "../model/questionnaire.js";
import type { AnswerValue, ItemStatus, Verdict } from "../model/vocabulary.js";

const POINTS: Readonly<Record<AnswerValue, number>> = { ja: 1, deels: 0.5, nee: 0, "weet-niet": 0 };
const STATUS: Readonly<Record<AnswerValue, Verdict>> = {
  ja: "voldoet",
  deels: "deels",
  nee: "voldoet-niet",
  "weet-niet": "onbekend",
};
/** From best to worst: the verdict of a set is the worst status in it. */
const RANKED: readonly Verdict[] = ["voldoet", "deels", "onbekend", "voldoet-niet"];
const SEVERITY_RANK: Record<Verdict, number> = { voldoet: 0, deels: 1, onbekend: 2, "voldoet-niet": 3 };

/** Running totals for one set of items (a level within a theme, or overall): one pass, no lists. */
class Tally {
  earned = 0;
  total = 0;
  worst = -1;
  counts = { voldoet: 0, deels: 0, onbekend: 0, "voldoet-niet": 0, "niet-van-toepassing": 0, onbeantwoord: 0 };

  addStatus(status: ItemStatus): void {
    if (status !== "niet-van-toepassing") this.worst = Math.max(this.worst, SEVERITY_RANK[status]);
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
    return this.worst === -1 ? null : RANKED[this.worst]!;
  }

  /** 100 × Σ(weight × points) / Σ(weight), one decimal, half up; null when no item applies. */
  get score(): number | null {
    // Divide last and round once: 1000·earned/total is exact for the usual halves and integers.
    return this.total === 0 ? null : Math.round((1000 * this.earned) / this.total + 1e-9) / 10;
  }
}

/** The verdict over a set of item statuses; null when no item applies. */
export function combineVerdicts(statuses: readonly ItemStatus[]): Verdict | null {
  const t = new Tally();
  for (const s of statuses) t.addStatus(s);
  return t.verdict;
}

/** 100 × Σ(weight × points) / Σ(weight), rounded half up to one decimal; null when no item applies. */
export function weightedScore(results: readonly ItemResult[]): number | null {
  const t = new Tally();
  for (const r of results) t.add(r);
  return t.score;
}

function applies(item: Item, answers: AnswerSet): boolean {
  if (!item.when) return true;
  const given = answers.answers.get(item.when.item)?.answer;
  return given !== undefined && item.when.answer.includes(given);
}

function scoreItem(item: Item, answers: AnswerSet): ItemResult {
  // Built as one fixed-shape object (this runs for every item of every file in a batch).
  const given = answers.answers.get(item.id);
  const applicable = applies(item, answers);
  const result: { -readonly [K in keyof ItemResult]: ItemResult[K] } = {
    id: item.id,
    level: item.level,
    weight: item.weight,
    answer: given ? given.answer : null,
    status: !applicable ? "niet-van-toepassing" : given ? STATUS[given.answer] : "onbekend",
    points: !applicable ? null : given ? POINTS[given.answer] : 0,
  };
  if (given?.note) result.note = given.note;
  if (given?.evidence) result.evidence = given.evidence;
  return result;
}

/**
 * Whether any good-practice item was answered. Until one is, good practice counts as not filled
 * in (the respondent chose the legal requirements only): summaries, reports and comparisons say
 * so rather than listing every open good-practice item. The scores themselves keep DESIGN §4.
 */
export function practiceFilledIn(a: Assessment): boolean {
  return a.themes.some((th) => th.items.some((r) => r.level === "aanbeveling" && r.answer !== null));
}

export function scoreAnswers(questionnaire: Questionnaire, answers: AnswerSet): Assessment {
  const legal = new Tally();
  const practice = new Tally();
  const themes: ThemeResult[] = questionnaire.themes.map((theme) => {
    const themeLegal = new Tally();
    const themePractice = new Tally();
    const items = theme.items.map((item) => {
      const r = scoreItem(item, answers);
      (r.level === "wettelijk" ? themeLegal : themePractice).add(r);
      (r.level === "wettelijk" ? legal : practice).add(r);
      return r;
    });
    return {
      id: theme.id,
      verdict: themeLegal.verdict,
      score: themeLegal.score,
      practiceVerdict: themePractice.verdict,
      practiceScore: themePractice.score,
      items,
    };
  });
  const respondent = answers.respondent.name
    ? { role: answers.respondent.role, name: answers.respondent.name }
    : { role: answers.respondent.role };
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, contentHash: questionnaire.contentHash },
    answersVersion: answers.version,
    municipality: answers.municipality,
    respondent,
    date: answers.date,
    verdict: legal.verdict,
    score: legal.score,
    practiceVerdict: practice.verdict,
    practiceScore: practice.score,
    counts: { wettelijk: legal.counts, aanbeveling: practice.counts },
    themes,
  };
}
