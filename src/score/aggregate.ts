// Combines many assessments into research figures, one at a time, keeping only counts and sums:
// memory stays bounded however many files are added (batch is map, then this pure combine).
// Aggregates made in parallel (one per worker thread) merge into the same result in any order:
// sums are kept as whole numbers (scores × 10) and every choice is order-free. No I/O.
// Respondent names are kept only when asked for.
import type { Assessment } from "../model/assessment.js";
import type { Diagnostic, ErrorCode, Params } from "../errors.js";
import { displayMunicipality, municipalityKey } from "../model/municipality.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { ROLES } from "../model/vocabulary.js";
import { practiceFilledIn } from "./score-answers.js";
import type { AnswerValue, Level, Role, Verdict } from "../model/vocabulary.js";

export type VerdictCounts = Record<Verdict, number>;
export type AnswerCounts = Record<AnswerValue | "onbeantwoord" | "niet-van-toepassing", number>;

export interface InvalidFile {
  readonly file: string;
  readonly code: ErrorCode;
  /** The first problem's details, for its message. */
  readonly params: Params;
  readonly line?: number;
  readonly column?: number;
  /** How many problems the file has in all (the first is named). */
  readonly problems: number;
}

export interface AggregateResult {
  readonly questionnaire: { readonly id: string; readonly version: string; readonly contentHash: string };
  readonly files: { readonly total: number; readonly valid: number; readonly invalid: number };
  readonly byRole: readonly { readonly role: Role; readonly count: number }[];
  readonly byYear: readonly { readonly year: string; readonly count: number }[];
  readonly verdicts: VerdictCounts;
  readonly meanScore: number | null;
  /** Mean practice score over the files in which at least one good-practice item was answered. */
  readonly meanPracticeScore: number | null;
  readonly practiceFiles: number;
  readonly themes: readonly { readonly id: string; readonly verdicts: VerdictCounts; readonly meanScore: number | null }[];
  readonly items: readonly { readonly id: string; readonly level: Level; readonly answers: AnswerCounts }[];
  readonly municipalities: readonly {
    readonly name: string;
    readonly files: number;
    readonly meanScore: number | null;
    readonly themes: readonly { readonly id: string; readonly meanScore: number | null }[];
  }[];
  readonly invalid: readonly InvalidFile[];
  readonly names?: readonly string[];
}

/** A running mean of scores with one decimal, as whole tenths so that any order gives the same sum. */
interface Mean {
  tenths: number;
  n: number;
}

/** Everything the aggregate holds: plain data, so it can cross to another thread and be merged. */
export interface AggregateState {
  valid: number;
  invalid: InvalidFile[];
  roles: Record<string, number>;
  years: Record<string, number>;
  verdicts: VerdictCounts;
  score: Mean;
  practice: Mean;
  themes: { id: string; verdicts: VerdictCounts; score: Mean }[];
  items: { id: string; level: Level; answers: AnswerCounts }[];
  municipalities: Record<string, { name: string; files: number; score: Mean; themes: Mean[] }>;
  names: string[];
}

const zeroVerdicts = (): VerdictCounts => ({ voldoet: 0, deels: 0, onbekend: 0, "voldoet-niet": 0 });
const zeroAnswers = (): AnswerCounts => ({ ja: 0, deels: 0, nee: 0, "weet-niet": 0, onbeantwoord: 0, "niet-van-toepassing": 0 });
const zeroMean = (): Mean => ({ tenths: 0, n: 0 });
const addTo = (m: Mean, score: number | null) => {
  if (score === null) return;
  m.tenths += Math.round(score * 10);
  m.n += 1;
};
const mergeMean = (into: Mean, from: Mean) => {
  into.tenths += from.tenths;
  into.n += from.n;
};
const valueOf = (m: Mean) => (m.n === 0 ? null : Math.round(m.tenths / m.n) / 10);
const sumInto = <T extends Record<string, number>>(into: T, from: T) => {
  for (const k of Object.keys(from) as (keyof T)[]) (into[k] as number) = ((into[k] as number | undefined) ?? 0) + (from[k] as number);
};
/** The same municipality written differently: the first in code-point order wins, whatever the order seen. */
const pickName = (a: string, b: string) => (b < a ? b : a);

export class Aggregator {
  private readonly s: AggregateState;
  private readonly themeIndex: Map<string, number>;
  private readonly itemIndex: Map<string, number>;
  private readonly nameSet = new Set<string>();

  constructor(
    private readonly questionnaire: Questionnaire,
    private readonly options: { includeNames?: boolean } = {},
  ) {
    const themes = questionnaire.themes
      .filter((th) => th.items.some((i) => i.level === "wettelijk"))
      .map((th) => ({ id: th.id, verdicts: zeroVerdicts(), score: zeroMean() }));
    this.s = {
      valid: 0,
      invalid: [],
      roles: {},
      years: {},
      verdicts: zeroVerdicts(),
      score: zeroMean(),
      practice: zeroMean(),
      themes,
      items: questionnaire.items.map((i) => ({ id: i.id, level: i.level, answers: zeroAnswers() })),
      municipalities: {},
      names: [],
    };
    this.themeIndex = new Map(themes.map((th, k) => [th.id, k]));
    this.itemIndex = new Map(this.s.items.map((i, k) => [i.id, k]));
  }

  add(a: Assessment): void {
    const s = this.s;
    s.valid += 1;
    s.roles[a.respondent.role] = (s.roles[a.respondent.role] ?? 0) + 1;
    const year = a.date.slice(0, 4);
    s.years[year] = (s.years[year] ?? 0) + 1;
    if (a.verdict) s.verdicts[a.verdict] += 1;
    addTo(s.score, a.score);
    if (practiceFilledIn(a)) addTo(s.practice, a.practiceScore);
    if (this.options.includeNames && a.respondent.name) this.nameSet.add(a.respondent.name);

    const display = displayMunicipality(a.municipality);
    const key = municipalityKey(display);
    let m = s.municipalities[key];
    if (!m) {
      m = { name: display, files: 0, score: zeroMean(), themes: s.themes.map(() => zeroMean()) };
      s.municipalities[key] = m;
    } else m.name = pickName(m.name, display);
    m.files += 1;
    addTo(m.score, a.score);

    for (const th of a.themes) {
      const k = this.themeIndex.get(th.id);
      if (k !== undefined) {
        if (th.verdict) s.themes[k]!.verdicts[th.verdict] += 1;
        addTo(s.themes[k]!.score, th.score);
        addTo(m.themes[k]!, th.score);
      }
      for (const r of th.items) {
        const k2 = this.itemIndex.get(r.id);
        if (k2 === undefined) continue;
        const counts = s.items[k2]!.answers;
        if (r.status === "niet-van-toepassing") counts["niet-van-toepassing"] += 1;
        else if (r.answer === null) counts.onbeantwoord += 1;
        else counts[r.answer] += 1;
      }
    }
  }

  addInvalid(file: string, diagnostics: readonly Diagnostic[]): void {
    const first = diagnostics[0];
    this.s.invalid.push({
      file,
      code: first?.code ?? "FILE_UNREADABLE",
      params: first?.params ?? { reason: "unknown" },
      ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}),
      problems: diagnostics.length,
    });
  }

  /** The aggregate so far as plain data (for another thread to merge). */
  state(): AggregateState {
    return { ...this.s, names: [...this.nameSet] };
  }

  /** Adds an aggregate made elsewhere (another worker thread) over the same questionnaire. */
  merge(other: AggregateState): void {
    const s = this.s;
    s.valid += other.valid;
    s.invalid.push(...other.invalid);
    sumInto(s.roles, other.roles);
    sumInto(s.years, other.years);
    sumInto(s.verdicts, other.verdicts);
    mergeMean(s.score, other.score);
    mergeMean(s.practice, other.practice);
    other.themes.forEach((th, k) => {
      sumInto(s.themes[k]!.verdicts, th.verdicts);
      mergeMean(s.themes[k]!.score, th.score);
    });
    other.items.forEach((i, k) => sumInto(s.items[k]!.answers, i.answers));
    for (const [key, m] of Object.entries(other.municipalities)) {
      const mine = s.municipalities[key];
      if (!mine) s.municipalities[key] = { ...m, score: { ...m.score }, themes: m.themes.map((t) => ({ ...t })) };
      else {
        mine.name = pickName(mine.name, m.name);
        mine.files += m.files;
        mergeMean(mine.score, m.score);
        m.themes.forEach((t, k) => mergeMean(mine.themes[k]!, t));
      }
    }
    for (const n of other.names) this.nameSet.add(n);
  }

  result(): AggregateResult {
    const q = this.questionnaire;
    const s = this.s;
    const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return {
      questionnaire: { id: q.id, version: q.version, contentHash: q.contentHash },
      files: { total: s.valid + s.invalid.length, valid: s.valid, invalid: s.invalid.length },
      byRole: ROLES.map((role) => ({ role, count: s.roles[role] ?? 0 })).filter((r) => r.count > 0),
      byYear: Object.entries(s.years).sort(([a], [b]) => byCodePoint(a, b)).map(([year, count]) => ({ year, count })),
      verdicts: { ...s.verdicts },
      meanScore: valueOf(s.score),
      meanPracticeScore: valueOf(s.practice),
      practiceFiles: s.practice.n,
      themes: s.themes.map((th) => ({ id: th.id, verdicts: { ...th.verdicts }, meanScore: valueOf(th.score) })),
      items: s.items.map((i) => ({ id: i.id, level: i.level, answers: { ...i.answers } })),
      municipalities: Object.values(s.municipalities)
        .sort((a, b) => a.name.localeCompare(b.name, "nl") || byCodePoint(a.name, b.name))
        .map((m) => ({
          name: m.name,
          files: m.files,
          meanScore: valueOf(m.score),
          themes: s.themes.map((th, k) => ({ id: th.id, meanScore: valueOf(m.themes[k]!) })),
        })),
      invalid: [...s.invalid].sort((a, b) => byCodePoint(a.file, b.file)),
      ...(this.options.includeNames ? { names: [...this.nameSet].sort((a, b) => a.localeCompare(b, "nl") || byCodePoint(a, b)) } : {}),
    };
  }
}

/** Share in percent, one decimal; 0 when there is nothing to share. */
export function share(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * count) / total) / 10;
}
