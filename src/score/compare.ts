// Compares two or more assessments of the same municipality. Pure: no I/O.
//
// Perspectives (different respondents, e.g. municipality and advisory council, or the members of
// one council): per item every answer side by side, in three blocks for the conversation: what
// all agree is missing (Nee or Deels), where they differ (ranked legal first, then by how far
// apart the answers are), and what to share where too many do not know. A Weet niet (or an open
// question) from a minority does not decide: the answers of those who know do, and the item
// says how many did not. A group answer (docs/answer-file.md) is one voice, with its votes and
// dissent carried along.
// Trend (one respondent over time): per item and per theme better, worse or the same from the
// earliest to the latest file, the change in verdict and score, and what is still open.
// Which of the two is asked for (--perspectives, --trend) or chosen, and why, is part of the result.
import type { Dissent, Votes } from "../model/answers.js";
import type { ComparisonKind, KindReason } from "../model/comparison-kind.js";
import type { Assessment, ItemResult } from "../model/assessment.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { pointsOfAnswer } from "../model/item-outcome.js";
import { severityOf } from "../model/severity.js";
import { exactScores } from "./score-answers.js";
import type { AnswerValue, ItemStatus, Level, Role, Verdict } from "../model/vocabulary.js";

export type { ComparisonKind, KindReason } from "../model/comparison-kind.js";

export interface ComparedFile {
  readonly file: string;
  readonly role: Role;
  readonly name?: string;
  readonly date: string;
  readonly municipality: string;
  readonly verdict: Verdict | null;
  readonly score: number | null;
  readonly practiceScore: number | null;
  /** A group answer: how many members it was made from (it counts as one voice). */
  readonly groupSize?: number;
}

export interface ItemComparison {
  readonly id: string;
  readonly theme: string;
  readonly level: Level;
  /** Per file, in file order; null = not answered. */
  readonly answers: readonly (AnswerValue | null)[];
  readonly statuses: readonly ItemStatus[];
  readonly notes: readonly (string | null)[];
  readonly evidence: readonly (string | null)[];
  /** Per file: a group answer's votes (null for a single respondent's file). */
  readonly votes: readonly (Votes | null)[];
  /** Per file: a group answer's members who answered differently (null when none or not a group). */
  readonly dissent: readonly (readonly Dissent[] | null)[];
  /** How many files said Weet niet or left the item open. */
  readonly unknown: number;
  readonly agree: boolean;
  /** Conversation priority of a difference: 1 most important … 4; 0 when all agree. */
  readonly priority: 0 | 1 | 2 | 3 | 4;
  /**
   * How far apart the known answers are: highest minus lowest points (ja 1, deels 0.5, nee 0),
   * over the files that gave ja, deels or nee; null when fewer than two did.
   */
  readonly distance: number | null;
  /** Trend only: the latest file against the earliest (null when the item does not apply in one). */
  readonly direction: Direction | null;
}

/** Better, worse or the same, from the earliest file to the latest. */
export type Direction = "beter" | "slechter" | "gelijk";

/**
 * The three blocks of a perspectives comparison, each a list of item ids in reading order. An item
 * is decided by the files that gave a known answer (ja, deels, nee) when they are more than those
 * that did not (Weet niet or open); otherwise it is information to share.
 */
export interface ConversationBlocks {
  /** Decided, and every known answer is Nee or Deels: all agree it is not (fully) in place. Legal first. */
  readonly agreeMissing: readonly string[];
  /** Decided, and the known answers differ, not all Nee/Deels: legal first, then farthest apart. */
  readonly disagree: readonly string[];
  /** Not decided (at least half said Weet niet or left it open), and some file answered: what to share. Legal first. */
  readonly share: readonly string[];
}

export interface ThemeComparison {
  readonly id: string;
  readonly verdicts: readonly (Verdict | null)[];
  readonly scores: readonly (number | null)[];
  readonly practiceScores: readonly (number | null)[];
}

export interface Change {
  readonly from: number | null;
  readonly to: number | null;
  /** to − from, one decimal; null when either is missing. */
  readonly delta: number | null;
  readonly verdictFrom: Verdict | null;
  readonly verdictTo: Verdict | null;
  /** Better, worse or the same: by the score when both are known, else by the verdict. */
  readonly direction: Direction;
}

export interface Comparison {
  readonly kind: ComparisonKind;
  readonly kindReason: KindReason;
  /** Good practice is compared only when every file has some of it answered. */
  readonly practiceCompared: boolean;
  /** Files differ in municipality or questionnaire, compared on purpose (--allow-mixed). */
  readonly mixed: boolean;
  readonly questionnaire: { readonly id: string; readonly version: string };
  readonly files: readonly ComparedFile[];
  readonly agreement: { readonly items: number; readonly agreeing: number; readonly rate: number | null };
  readonly themes: readonly ThemeComparison[];
  readonly items: readonly ItemComparison[];
  /** The differing items, most important first (perspectives). */
  readonly agenda: readonly string[];
  /** Perspectives only (null for a trend). */
  readonly blocks: ConversationBlocks | null;
  readonly trend: {
    readonly overall: Change;
    readonly practice: Change;
    readonly themes: readonly ({ readonly id: string } & Change)[];
    readonly improved: readonly string[];
    readonly worsened: readonly string[];
    readonly open: readonly string[];
  } | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
/** Half away from zero at one decimal (a tiny margin absorbs binary fractions such as 26.65 = 26.6499…). */
const roundDelta = (x: number) => Math.sign(x) * (Math.round(Math.abs(x) * 10 + 1e-9) / 10);

/**
 * from/to are the rounded scores as shown; the delta is the difference of the unrounded scores,
 * rounded once (93,333 − 66,667 = 26,7, not 93,3 − 66,7 = 26,6).
 */
function change(
  from: number | null,
  to: number | null,
  exactFrom: number | null,
  exactTo: number | null,
  verdictFrom: Verdict | null,
  verdictTo: Verdict | null,
): Change {
  const delta = exactFrom === null || exactTo === null ? null : roundDelta(exactTo - exactFrom) + 0;
  const ch = { from, to, delta, verdictFrom, verdictTo };
  return { ...ch, direction: directionOf(ch) };
}

/** By the score when both are known, else by the verdict. */
function directionOf(ch: Omit<Change, "direction">): Direction {
  if (ch.delta !== null && ch.delta !== 0) return ch.delta > 0 ? "beter" : "slechter";
  if (ch.delta === null && ch.verdictFrom !== null && ch.verdictTo !== null && ch.verdictFrom !== ch.verdictTo)
    return severityOf(ch.verdictTo) < severityOf(ch.verdictFrom) ? "beter" : "slechter";
  return "gelijk";
}

const KNOWN = new Set<AnswerValue>(["ja", "deels", "nee"]);
const MISSING = new Set<AnswerValue>(["deels", "nee"]);

function distanceOf(answers: readonly (AnswerValue | null)[]): number | null {
  const points = answers.filter((a): a is AnswerValue => a !== null && KNOWN.has(a)).map(pointsOfAnswer);
  return points.length < 2 ? null : Math.max(...points) - Math.min(...points);
}

/**
 * Priority of a difference in the conversation agenda: 1 a legal item where one says ja and
 * another nee or weet-niet (or nothing); 2 any other legal difference; 3 the same for good
 * practice; 4 any other good-practice difference.
 */
function priorityOf(level: Level, answers: readonly (AnswerValue | null)[]): 1 | 2 | 3 | 4 {
  const yes = answers.includes("ja");
  const noOrUnknown = answers.some((a) => a === "nee" || a === "weet-niet" || a === null);
  const sharp = yes && noOrUnknown;
  if (level === "wettelijk") return sharp ? 1 : 2;
  return sharp ? 3 : 4;
}

export interface CompareOptions {
  /** Files differ in municipality or questionnaire, compared on purpose (--allow-mixed). */
  readonly mixed?: boolean;
  /** The kind asked for (--perspectives, --trend); without it the kind is chosen (chooseKind). */
  readonly kind?: ComparisonKind;
}

/**
 * The kind when none is asked for: a trend only when one respondent answered on different dates
 * (one role; the same name, or no name; no group beside a person; no two files on one date);
 * perspectives otherwise. The four members of one council are never a trend.
 */
export function chooseKind(as: readonly Assessment[]): { kind: ComparisonKind; reason: KindReason } {
  if (new Set(as.map((a) => a.respondent.role)).size > 1) return { kind: "perspectives", reason: "roles-differ" };
  const names = new Set(as.flatMap((a) => (a.respondent.name ? [nameKey(a.respondent.name)] : [])));
  const groups = new Set(as.map((a) => a.group !== undefined));
  if (names.size > 1 || groups.size > 1) return { kind: "perspectives", reason: "respondents-differ" };
  if (new Set(as.map((a) => a.date)).size < as.length) return { kind: "perspectives", reason: "same-date" };
  return { kind: "trend", reason: "one-respondent-over-time" };
}

const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");

/**
 * Compares assessments given in file order. Files are shown oldest first for a trend; for
 * perspectives in the order given.
 */
export function compareAssessments(
  inputs: readonly { readonly file: string; readonly assessment: Assessment }[],
  questionnaire: Questionnaire,
  options: CompareOptions = {},
): Comparison {
  const chosen = options.kind
    ? { kind: options.kind, reason: "asked" as const }
    : chooseKind(inputs.map((i) => i.assessment));
  const kind: ComparisonKind = chosen.kind;
  const ordered =
    kind === "trend"
      ? [...inputs].sort((a, b) => a.assessment.date.localeCompare(b.assessment.date) || a.file.localeCompare(b.file))
      : [...inputs];
  const as = ordered.map((i) => i.assessment);

  const resultsById = as.map((a) => new Map(a.themes.flatMap((t) => t.items.map((r) => [r.id, r] as const))));
  const itemOf = (k: number, id: string): ItemResult | undefined => resultsById[k]!.get(id);

  const practiceCompared = as.every((a) => a.practiceFilledIn);
  const compared = questionnaire.items.filter((i) => practiceCompared || i.level === "wettelijk");
  const items: ItemComparison[] = compared.map((item) => {
    const results = as.map((_, k) => itemOf(k, item.id));
    const answers = results.map((r) => r?.answer ?? null);
    const statuses = results.map((r) => r?.status ?? "onbekend");
    const applicableSomewhere = statuses.some((s) => s !== "niet-van-toepassing");
    const agree = !applicableSomewhere || answers.every((a) => a === answers[0]);
    const first = statuses[0]!;
    const last = statuses[statuses.length - 1]!;
    const direction: Direction | null =
      kind !== "trend" || first === "niet-van-toepassing" || last === "niet-van-toepassing"
        ? null
        : severityOf(last) < severityOf(first)
          ? "beter"
          : severityOf(last) > severityOf(first)
            ? "slechter"
            : "gelijk";
    return {
      id: item.id,
      theme: item.theme,
      level: item.level,
      answers,
      statuses,
      notes: results.map((r) => r?.note ?? null),
      evidence: results.map((r) => r?.evidence ?? null),
      votes: results.map((r) => r?.votes ?? null),
      dissent: results.map((r) => (r?.dissent && r.dissent.length > 0 ? r.dissent : null)),
      unknown: answers.filter((a) => a === null || !KNOWN.has(a)).length,
      agree,
      priority: agree ? 0 : priorityOf(item.level, answers),
      distance: distanceOf(answers),
      direction,
    };
  });

  // Agreement over the items someone answered: unanswered by all says nothing about agreement.
  const considered = items.filter(
    (i) => i.answers.some((a) => a !== null) && i.statuses.some((s) => s !== "niet-van-toepassing"),
  );
  const agreeing = considered.filter((i) => i.agree).length;
  const order = new Map(questionnaire.items.map((i, k) => [i.id, k]));
  const agenda = items
    .filter((i) => !i.agree)
    .sort((a, b) => a.priority - b.priority || order.get(a.id)! - order.get(b.id)!)
    .map((i) => i.id);

  // The three blocks of the conversation (perspectives): only items that apply in every file.
  let blocks: ConversationBlocks | null = null;
  if (kind === "perspectives") {
    const legalFirst = (a: ItemComparison, b: ItemComparison) =>
      a.level === b.level ? 0 : a.level === "wettelijk" ? -1 : 1;
    const inOrder = (a: ItemComparison, b: ItemComparison) => order.get(a.id)! - order.get(b.id)!;
    const applying = items.filter((i) => i.statuses.every((s) => s !== "niet-van-toepassing"));
    const known = (i: ItemComparison) => i.answers.filter((a): a is AnswerValue => a !== null && KNOWN.has(a));
    // Decided by those who know, when they are more than those who do not.
    const decided = (i: ItemComparison) => known(i).length > i.unknown;
    const agreeMissing = applying.filter((i) => decided(i) && known(i).every((a) => MISSING.has(a)));
    const disagree = applying.filter((i) => decided(i) && new Set(known(i)).size > 1 && !agreeMissing.includes(i));
    const share = applying.filter((i) => !decided(i) && i.answers.some((a) => a !== null));
    blocks = {
      agreeMissing: agreeMissing.sort((a, b) => legalFirst(a, b) || inOrder(a, b)).map((i) => i.id),
      disagree: disagree
        .sort((a, b) => legalFirst(a, b) || b.distance! - a.distance! || inOrder(a, b))
        .map((i) => i.id),
      share: share.sort((a, b) => legalFirst(a, b) || inOrder(a, b)).map((i) => i.id),
    };
  }

  const themes: ThemeComparison[] = questionnaire.themes
    .filter((th) => practiceCompared || th.items.some((i) => i.level === "wettelijk"))
    .map((th) => {
      const per = as.map((a) => a.themes.find((t) => t.id === th.id));
      return {
        id: th.id,
        verdicts: per.map((t) => t?.verdict ?? null),
        scores: per.map((t) => t?.score ?? null),
        practiceScores: per.map((t) => (practiceCompared ? (t?.practiceScore ?? null) : null)),
      };
    });

  let trend: Comparison["trend"] = null;
  if (kind === "trend") {
    const first = as[0]!;
    const last = as[as.length - 1]!;
    // Deltas subtract the unrounded scores and round once (docs/scoring.md): the same items and sums as the scores shown.
    const [exactFirst, exactLast] = [exactScores(questionnaire, first), exactScores(questionnaire, last)];
    const themeIndex = new Map(questionnaire.themes.map((th, k) => [th.id, k]));
    const firstK = 0;
    const lastK = as.length - 1;
    const improved: string[] = [];
    const worsened: string[] = [];
    const open: string[] = [];
    for (const i of items) {
      const [a, b] = [i.statuses[firstK]!, i.statuses[lastK]!];
      if (b === "niet-van-toepassing") continue;
      if (a !== "niet-van-toepassing" && severityOf(b) < severityOf(a)) improved.push(i.id);
      if (a !== "niet-van-toepassing" && severityOf(b) > severityOf(a)) worsened.push(i.id);
      if (b !== "voldoet" && (i.level === "wettelijk" || i.answers[lastK] !== null)) open.push(i.id);
    }
    trend = {
      overall: change(first.score, last.score, exactFirst.score, exactLast.score, first.verdict, last.verdict),
      practice: practiceCompared
        ? change(
            first.practiceScore,
            last.practiceScore,
            exactFirst.practiceScore,
            exactLast.practiceScore,
            first.practiceVerdict,
            last.practiceVerdict,
          )
        : change(null, null, null, null, null, null),
      themes: themes
        .filter((t) => t.verdicts.some((v) => v !== null))
        .map((t) => ({
          id: t.id,
          ...change(
            t.scores[firstK] ?? null,
            t.scores[lastK] ?? null,
            exactFirst.themes[themeIndex.get(t.id)!] ?? null,
            exactLast.themes[themeIndex.get(t.id)!] ?? null,
            t.verdicts[firstK] ?? null,
            t.verdicts[lastK] ?? null,
          ),
        })),
      improved,
      worsened,
      open,
    };
  }

  return {
    kind,
    kindReason: chosen.reason,
    practiceCompared,
    mixed: Boolean(options.mixed),
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    files: ordered.map(({ file, assessment: a }) => ({
      file,
      role: a.respondent.role,
      ...(a.respondent.name ? { name: a.respondent.name } : {}),
      date: a.date,
      municipality: a.municipality,
      ...(a.group ? { groupSize: a.group.members.length } : {}),
      verdict: a.verdict,
      score: a.score,
      practiceScore: practiceCompared ? a.practiceScore : null,
    })),
    agreement: {
      items: considered.length,
      agreeing,
      rate: considered.length === 0 ? null : round1((100 * agreeing) / considered.length),
    },
    themes,
    items,
    agenda,
    blocks,
    trend,
  };
}
