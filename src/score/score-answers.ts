// Scores one answer set against its questionnaire, exactly as DESIGN §4 says. Pure: no I/O.
//
// Per item: ja = 1 point (voldoet), deels = 0.5 (deels), nee = 0 (voldoet-niet),
// weet-niet or unanswered = 0 (onbekend). An item whose condition is not met is
// `niet-van-toepassing` and is left out (weight 0), like Lighthouse's not-applicable audits.
// Verdict over a set, worst first: voldoet-niet > onbekend > deels > voldoet.
// Score = 100 × Σ(weight × points) / Σ(weight), rounded half up to one decimal.
import type { AnswerSet } from "../model/answers.js";
import type { Assessment, ItemResult, StatusCounts, ThemeResult } from "../model/assessment.js";
import type { Item, Questionnaire } from "../model/questionnaire.js";
import type { AnswerValue, ItemStatus, Level, Verdict } from "../model/vocabulary.js";

const POINTS: Readonly<Record<AnswerValue, number>> = { ja: 1, deels: 0.5, nee: 0, "weet-niet": 0 };
const STATUS: Readonly<Record<AnswerValue, Verdict>> = {
  ja: "voldoet",
  deels: "deels",
  nee: "voldoet-niet",
  "weet-niet": "onbekend",
};
/** Worst first. */
const VERDICT_SEVERITY: readonly Verdict[] = ["voldoet-niet", "onbekend", "deels", "voldoet"];

/** The verdict over a set of item statuses; null when no item applies. */
export function combineVerdicts(statuses: readonly ItemStatus[]): Verdict | null {
  const applicable = statuses.filter((s): s is Verdict => s !== "niet-van-toepassing");
  if (applicable.length === 0) return null;
  for (const verdict of VERDICT_SEVERITY) if (applicable.includes(verdict)) return verdict;
  return "voldoet";
}

/** 100 × Σ(weight × points) / Σ(weight), one decimal, half up; null when no item applies. */
export function weightedScore(results: readonly ItemResult[]): number | null {
  let earned = 0;
  let total = 0;
  for (const r of results) {
    if (r.points === null) continue;
    earned += r.weight * r.points;
    total += r.weight;
  }
  if (total === 0) return null;
  // Divide last and round once: 1000·earned/total is exact for the usual halves and integers.
  return Math.round((1000 * earned) / total + 1e-9) / 10;
}

function applies(item: Item, answers: AnswerSet): boolean {
  if (!item.when) return true;
  const given = answers.answers.get(item.when.item)?.answer;
  return given !== undefined && item.when.answer.includes(given);
}

function scoreItem(item: Item, answers: AnswerSet): ItemResult {
  const given = answers.answers.get(item.id);
  const extra = { ...(given?.note ? { note: given.note } : {}), ...(given?.evidence ? { evidence: given.evidence } : {}) };
  const base = { id: item.id, level: item.level, weight: item.weight, answer: given?.answer ?? null, ...extra };
  if (!applies(item, answers)) return { ...base, status: "niet-van-toepassing", points: null };
  if (!given) return { ...base, status: "onbekend", points: 0 };
  return { ...base, status: STATUS[given.answer], points: POINTS[given.answer] };
}

function countStatuses(results: readonly ItemResult[]): StatusCounts {
  const counts = { voldoet: 0, deels: 0, onbekend: 0, "voldoet-niet": 0, "niet-van-toepassing": 0, onbeantwoord: 0 };
  for (const r of results) {
    counts[r.status] += 1;
    if (r.status === "onbekend" && r.answer === null) counts.onbeantwoord += 1;
  }
  return counts;
}

const ofLevel = (results: readonly ItemResult[], level: Level) => results.filter((r) => r.level === level);

export function scoreAnswers(questionnaire: Questionnaire, answers: AnswerSet): Assessment {
  const themes: ThemeResult[] = questionnaire.themes.map((theme) => {
    const items = theme.items.map((item) => scoreItem(item, answers));
    const legal = ofLevel(items, "wettelijk");
    const practice = ofLevel(items, "aanbeveling");
    return {
      id: theme.id,
      verdict: combineVerdicts(legal.map((r) => r.status)),
      score: weightedScore(legal),
      practiceVerdict: combineVerdicts(practice.map((r) => r.status)),
      practiceScore: weightedScore(practice),
      items,
    };
  });
  const all = themes.flatMap((t) => t.items);
  const legal = ofLevel(all, "wettelijk");
  const practice = ofLevel(all, "aanbeveling");
  const respondent = answers.respondent.name
    ? { role: answers.respondent.role, name: answers.respondent.name }
    : { role: answers.respondent.role };
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, contentHash: questionnaire.contentHash },
    answersVersion: answers.version,
    municipality: answers.municipality,
    respondent,
    date: answers.date,
    verdict: combineVerdicts(legal.map((r) => r.status)),
    score: weightedScore(legal),
    practiceVerdict: combineVerdicts(practice.map((r) => r.status)),
    practiceScore: weightedScore(practice),
    counts: { wettelijk: countStatuses(legal), aanbeveling: countStatuses(practice) },
    themes,
  };
}
