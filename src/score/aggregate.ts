// Combines many assessments into research figures, one at a time, keeping only counts and sums:
// memory stays bounded however many files are added (batch is map, then this pure combine).
// Aggregates made in parallel (one per worker thread) merge into the same result in any order:
// sums are kept as whole numbers (scores × 10) and every choice is order-free. No I/O.
//
// Everything is counted per cell (respondent role × year), so that summaries can break down by
// role, by year or both, with n per cell, and still add cells up for the totals. Good practice is
// counted only over the files in which it was filled in. For the pairs tables the answers of the
// files of the roles asked for (gemeente and adviesraad by default) of the same municipality and
// year are kept (only when asked for: summaries and JSON). Respondent names are kept only when asked for.
import type { Assessment } from "../model/assessment.js";
import type { Diagnostic, ErrorCode, Params } from "../errors.js";
import type { FileFacts, FileOutcome } from "../model/file-outcome.js";
import { displayMunicipality, municipalityKey } from "../model/municipality.js";
import { olderThan } from "../model/questionnaire.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { ROLES } from "../model/vocabulary.js";
import { cohensKappa, linearWeightedKappa } from "./agreement.js";
import { exactScores } from "./score-answers.js";
import type { AnswerValue, Level, Role, Verdict } from "../model/vocabulary.js";

export type VerdictCounts = Record<Verdict, number>;
export type AnswerCounts = Record<AnswerValue | "onbeantwoord" | "niet-van-toepassing", number>;
export const ANSWER_KEYS = ["ja", "deels", "nee", "weet-niet", "onbeantwoord", "niet-van-toepassing"] as const;

export interface InvalidFile {
  readonly file: string;
  /** The file's number in the batch (file_id), for outputs without paths. */
  readonly fileId?: number;
  readonly code: ErrorCode;
  /** The first problem's details, for its message. */
  readonly params: Params;
  readonly line?: number;
  readonly column?: number;
  /** How many problems the file has in all (the first is named). */
  readonly problems: number;
  /** What could still be read of the file. */
  readonly municipality?: string;
  readonly role?: Role;
}

/** A sum of scores with one decimal, as whole tenths so that any order gives the same sum; n scores. */
export interface Mean {
  tenths: number;
  n: number;
}

/**
 * A sum of unrounded scores, as whole millionths of a point (each file's score rounded to 10⁻⁶ once),
 * so that any order gives the same sum; n scores. 100,000 files of 100 points are 10¹³: exact in a double.
 */
export interface ExactMean {
  micro: number;
  n: number;
}

/** One cell of the panel: the valid files of one municipality (as grouped), year and role. */
export interface PanelCell {
  files: number;
  verdicts: VerdictCounts;
  score: ExactMean;
  lawVerdicts: VerdictCounts;
  lawScore: ExactMean;
  practiceFiles: number;
  practice: ExactMean;
  /** Per theme in questionnaire order: the VNG lens's theme score. */
  themes: ExactMean[];
}

/** A row of the panel (`batch --format panel`): means of the files' unrounded scores, to four decimals. */
export interface PanelRow {
  /** The municipality's name as grouped (the official name with a list). */
  readonly municipality: string;
  readonly code?: string;
  readonly year: string;
  readonly role: Role;
  readonly files: number;
  readonly verdicts: VerdictCounts;
  readonly meanScore: number | null;
  readonly lawVerdicts: VerdictCounts;
  readonly meanLawScore: number | null;
  readonly practiceFiles: number;
  readonly meanPracticeScore: number | null;
  /** Per theme in questionnaire order. */
  readonly themes: readonly (number | null)[];
}

/** The counts of one group of valid files (one cell: a role in a year, or cells added up). */
export interface Cell {
  /** Valid files. */
  n: number;
  /** The VNG lens (`verdict`, `score`; every legal item in a questionnaire that marks no VNG row). */
  verdicts: VerdictCounts;
  score: Mean;
  /** The law lens (`lawVerdict`, `lawScore`): files whose questionnaire has items of the law's own text. */
  lawVerdicts: VerdictCounts;
  lawScore: Mean;
  /** Files in which good practice was filled in (at least one good-practice item answered). */
  practiceFiles: number;
  /** Practice score over those files only. */
  practice: Mean;
  /** In questionnaire order; verdicts and score only for themes with legal items, practice over the files that answered good practice of that theme. */
  themes: { verdicts: VerdictCounts; score: Mean; practice: Mean }[];
  /** In questionnaire order; good-practice items only over practiceFiles. */
  items: AnswerCounts[];
}

/** Two different roles whose answers are set side by side (`--pairs gemeente,adviesraad`). */
export type RolePair = readonly [Role, Role];
/** The gemeente and the adviesraad: the pair of the summary when none is asked for. */
export const DEFAULT_PAIR: RolePair = ["gemeente", "adviesraad"];

export type PairSides = Partial<Record<Role, PairSide>>;

export interface PairSide {
  file: string;
  /** One character per item in questionnaire order (see ANSWER_CODE). */
  answers: string;
}

/** Everything the aggregate holds: plain data, so it can cross to another thread and be merged. */
export interface AggregateState {
  invalid: InvalidFile[];
  /** Keyed by `role|year`. */
  cells: Record<string, Cell & { role: Role; year: string }>;
  /** Keyed by code where the file gives one, else by the name's key; a code group keeps the keys of its names (`nameKeys`). */
  municipalities: Record<
    string,
    { name: string; code?: string; nameKeys?: string[]; files: number; score: Mean; themes: Mean[] }
  >;
  /** Keyed by municipality key and year; the first file by path of each role that a pair asks for. */
  pairs: Record<string, PairSides>;
  /** Keyed by municipality key, year and role (`key|year|role`); only when the panel is asked for. */
  panel: Record<string, PanelCell>;
  names: string[];
  /** The keys of `meta` blocks seen (at most MAX_META_KEYS), so that batch can say which were not passed through. */
  metaKeys: string[];
  /** Valid files that answer questions whose condition is not met (the answers are left out of the score). */
  notApplicableAnswered: NotApplicableAnswered[];
  /** With a municipality list: valid files per code that is not in it (scored with the code as written). */
  unknownCodes: Record<string, number>;
  /** Valid files that answer items newer than the version they declare, per declared version. */
  newerItems: Record<string, { files: number; answers: number; first: string; firstId: number }>;
}

/** A file that answers questions that do not apply: a warning, not an error. */
export interface NotApplicableAnswered {
  readonly file: string;
  /** The file's number in the batch (file_id). */
  readonly fileId?: number;
  /** How many such answers, and the ids of the first few. */
  readonly count: number;
  readonly items: readonly string[];
}

export interface ItemAgreement {
  readonly id: string;
  readonly level: Level;
  /** Pairs in which both answered the item (weet niet counts as an answer). */
  readonly n: number;
  readonly observed: number | null;
  /** Cohen's kappa over the four answers (weet niet one of the categories). */
  readonly kappa: number | null;
  /**
   * Linearly weighted kappa over the ordinal scale ja–deels–nee (ja–deels half a disagreement,
   * ja–nee a whole one), over the pairs in which both gave one of those three (`n`: weet niet left out).
   */
  readonly weighted: { readonly n: number; readonly kappa: number | null };
}

/** One pair of roles: how many municipality-years have a file of both, and the agreement per item. */
export interface PairAgreement {
  readonly roles: RolePair;
  readonly count: number;
  readonly items: readonly ItemAgreement[];
}

export interface AggregateResult {
  readonly questionnaire: { readonly id: string; readonly version: string; readonly contentHash: string };
  readonly files: { readonly total: number; readonly valid: number; readonly invalid: number };
  /** Per role and year, roles in their fixed order, years ascending. */
  readonly cells: readonly (Cell & { readonly role: Role; readonly year: string })[];
  readonly themes: readonly { readonly id: string; readonly legal: boolean; readonly practice: boolean }[];
  readonly items: readonly { readonly id: string; readonly level: Level }[];
  readonly municipalities: readonly {
    readonly name: string;
    readonly code?: string;
    readonly files: number;
    readonly meanScore: number | null;
    readonly themes: readonly { readonly id: string; readonly meanScore: number | null }[];
  }[];
  /**
   * How the files without a code were grouped: `joined` files joined the code group whose files
   * carry the same name (case and spaces aside); `conflicts` are names that files carry with more
   * than one code (those files without a code stay a group of their own).
   */
  readonly grouping: {
    readonly joined: number;
    readonly conflicts: readonly { readonly name: string; readonly codes: readonly string[] }[];
  };
  /** Per pair of roles asked for (in that order), the files of one municipality and year side by side; null when not collected. */
  readonly pairs: readonly PairAgreement[] | null;
  /**
   * Per municipality (in the order of `municipalities`), year (ascending) and role (in their fixed
   * order): the panel; null when not asked for.
   */
  readonly panel: readonly PanelRow[] | null;
  readonly invalid: readonly InvalidFile[];
  readonly names?: readonly string[];
  /** Keys of the files' `meta` blocks, sorted (at most MAX_META_KEYS). */
  readonly metaKeys: readonly string[];
  /** Sorted by path. */
  readonly notApplicableAnswered: readonly NotApplicableAnswered[];
  /** With a municipality list: the codes of valid files that are not in it, with how many files, by code. */
  readonly unknownCodes: readonly { readonly code: string; readonly files: number }[];
  /**
   * Per declared version (ascending): the valid files that answer items that first appeared in a
   * newer version, how many such answers, and the first such file by path (its path and file_id).
   */
  readonly newerItems: readonly {
    readonly version: string;
    readonly files: number;
    readonly answers: number;
    readonly first: string;
    readonly firstId: number;
  }[];
}

const MAX_META_KEYS = 100;

const zeroVerdicts = (): VerdictCounts => ({ voldoet: 0, deels: 0, onbekend: 0, "voldoet-niet": 0 });
const zeroAnswers = (): AnswerCounts => ({
  ja: 0,
  deels: 0,
  nee: 0,
  "weet-niet": 0,
  onbeantwoord: 0,
  "niet-van-toepassing": 0,
});
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
const zeroExact = (): ExactMean => ({ micro: 0, n: 0 });
const addExact = (m: ExactMean, score: number | null) => {
  if (score === null) return;
  m.micro += Math.round(score * 1e6);
  m.n += 1;
};
const mergeExact = (into: ExactMean, from: ExactMean) => {
  into.micro += from.micro;
  into.n += from.n;
};
/** The mean of unrounded scores, to four decimals; null without scores. */
export const exactMeanOf = (m: ExactMean) => (m.n === 0 ? null : Math.round(m.micro / m.n / 100) / 10000);
const emptyPanelCell = (q: Questionnaire): PanelCell => ({
  files: 0,
  verdicts: zeroVerdicts(),
  score: zeroExact(),
  lawVerdicts: zeroVerdicts(),
  lawScore: zeroExact(),
  practiceFiles: 0,
  practice: zeroExact(),
  themes: q.themes.map(() => zeroExact()),
});
function mergePanelCell(into: PanelCell, from: PanelCell): void {
  into.files += from.files;
  sumInto(into.verdicts, from.verdicts);
  mergeExact(into.score, from.score);
  sumInto(into.lawVerdicts, from.lawVerdicts);
  mergeExact(into.lawScore, from.lawScore);
  into.practiceFiles += from.practiceFiles;
  mergeExact(into.practice, from.practice);
  from.themes.forEach((t, k) => {
    mergeExact(into.themes[k]!, t);
  });
}
const copyPanelCell = (c: PanelCell): PanelCell => structuredClone(c);

/** The mean with one decimal; null without scores. */
export const meanOf = (m: Mean) => (m.n === 0 ? null : Math.round(m.tenths / m.n) / 10);
const sumInto = <T extends Record<string, number>>(into: T, from: T) => {
  for (const k of Object.keys(from) as (keyof T)[])
    (into[k] as number) = ((into[k] as number | undefined) ?? 0) + (from[k] as number);
};
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The same municipality written differently: the first in code-point order wins, whatever the order seen. */
const pickName = (a: string, b: string) => (b < a ? b : a);
const firstFile = (a: PairSide | undefined, b: PairSide | undefined) => (!a ? b : !b ? a : b.file < a.file ? b : a);
/** Adds the sides of `from` to `into`, keeping per role the first file by path. */
const mergeSides = (into: PairSides, from: PairSides) => {
  for (const role of Object.keys(from) as Role[]) {
    const first = firstFile(into[role], from[role]);
    if (first) into[role] = first;
  }
};

/** One character per answer in the pairs' answer strings. */
const ANSWER_CODE: Record<AnswerValue, string> = { ja: "j", deels: "d", nee: "n", "weet-niet": "w" };
/** The ordinal answers in their order on the scale, as their codes (weet niet is not on it). */
const ORDINAL_SCALE = [ANSWER_CODE.ja, ANSWER_CODE.deels, ANSWER_CODE.nee];
const UNANSWERED = "-";
const NOT_APPLICABLE = "x";

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

/** Adds cell `from` into `into` (same questionnaire). */
function mergeCell(into: Cell, from: Cell): void {
  into.n += from.n;
  sumInto(into.verdicts, from.verdicts);
  mergeMean(into.score, from.score);
  sumInto(into.lawVerdicts, from.lawVerdicts);
  mergeMean(into.lawScore, from.lawScore);
  into.practiceFiles += from.practiceFiles;
  mergeMean(into.practice, from.practice);
  from.themes.forEach((t, k) => {
    const mine = into.themes[k]!;
    sumInto(mine.verdicts, t.verdicts);
    mergeMean(mine.score, t.score);
    mergeMean(mine.practice, t.practice);
  });
  from.items.forEach((c, k) => {
    sumInto(into.items[k]!, c);
  });
}

export interface AggregatorOptions {
  readonly includeNames?: boolean;
  /** The pairs of roles whose answers are kept for the pairs tables (none: no pairs). */
  readonly pairs?: readonly RolePair[];
  /** Keep the panel: per municipality, year and role, verdict counts and exact mean scores. */
  readonly panel?: boolean;
}

export class Aggregator {
  private readonly s: AggregateState;
  private readonly itemIndex: Map<string, number>;
  private readonly themeIndex: Map<string, number>;
  private readonly nameSet = new Set<string>();
  private readonly metaKeySet = new Set<string>();
  /** The roles of the pairs asked for: only their answers are kept. */
  private readonly pairRoles: ReadonlySet<Role>;

  constructor(
    private readonly questionnaire: Questionnaire,
    private readonly options: AggregatorOptions = {},
  ) {
    this.s = {
      invalid: [],
      cells: {},
      municipalities: {},
      pairs: {},
      panel: {},
      names: [],
      metaKeys: [],
      notApplicableAnswered: [],
      unknownCodes: {},
      newerItems: {},
    };
    this.itemIndex = new Map(questionnaire.items.map((i, k) => [i.id, k]));
    this.themeIndex = new Map(questionnaire.themes.map((t, k) => [t.id, k]));
    this.pairRoles = new Set((options.pairs ?? []).flat());
  }

  addOutcome(o: FileOutcome): void {
    if ("assessment" in o) this.add(o.assessment, o.facts, o.file, o.index + 1);
    else this.addInvalid(o.file, o.diagnostics, o.facts, o.index + 1);
  }

  add(a: Assessment, facts: FileFacts = {}, file = "", fileId?: number): void {
    const s = this.s;
    const q = this.questionnaire;
    const year = a.date.slice(0, 4);
    const role = a.respondent.role;
    const cellKey = `${role}|${year}`;
    s.cells[cellKey] ??= { role, year, ...emptyCell(q) };
    const cell = s.cells[cellKey]!;
    const practice = a.practiceFilledIn;
    cell.n += 1;
    if (a.verdict) cell.verdicts[a.verdict] += 1;
    addTo(cell.score, a.score);
    if (a.lawVerdict) cell.lawVerdicts[a.lawVerdict] += 1;
    addTo(cell.lawScore, a.lawScore);
    if (practice) {
      cell.practiceFiles += 1;
      addTo(cell.practice, a.practiceScore);
    }
    if (this.options.includeNames && a.respondent.name) this.nameSet.add(a.respondent.name);
    if (facts.meta) for (const k of Object.keys(facts.meta)) this.addMetaKey(k);
    if (facts.newerItems && facts.newerItems.length > 0) {
      s.newerItems[a.answersVersion] ??= { files: 0, answers: 0, first: file, firstId: fileId ?? 0 };
      const n = s.newerItems[a.answersVersion]!;
      n.files += 1;
      n.answers += facts.newerItems.length;
      if (byCodePoint(file, n.first) < 0) [n.first, n.firstId] = [file, fileId ?? 0];
    }
    if (facts.unknownCode && facts.gemeentecode)
      s.unknownCodes[facts.gemeentecode] = (s.unknownCodes[facts.gemeentecode] ?? 0) + 1;

    const display = displayMunicipality(a.municipality);
    const nameKey = municipalityKey(display);
    const key = facts.gemeentecode ?? nameKey;
    let m = s.municipalities[key];
    if (!m) {
      m = {
        name: display,
        ...(facts.gemeentecode ? { code: facts.gemeentecode, nameKeys: [] } : {}),
        files: 0,
        score: zeroMean(),
        themes: q.themes.map(() => zeroMean()),
      };
      s.municipalities[key] = m;
    } else m.name = pickName(m.name, display);
    if (m.nameKeys && !m.nameKeys.includes(nameKey)) m.nameKeys.push(nameKey);
    m.files += 1;
    addTo(m.score, a.score);

    const extra = a.themes.flatMap((th) =>
      th.items.filter((r) => r.status === "niet-van-toepassing" && r.answer !== null).map((r) => r.id),
    );
    if (extra.length > 0)
      s.notApplicableAnswered.push({
        file,
        ...(fileId !== undefined ? { fileId } : {}),
        count: extra.length,
        items: extra.slice(0, 3),
      });

    const keepPair = this.pairRoles.has(role);
    const answers = keepPair ? new Array<string>(q.items.length).fill(UNANSWERED) : undefined;
    for (const th of a.themes) {
      const k = this.themeIndex.get(th.id);
      if (k === undefined) continue;
      const t = cell.themes[k]!;
      if (th.verdict) t.verdicts[th.verdict] += 1;
      addTo(t.score, th.score);
      addTo(m.themes[k]!, th.score);
      if (th.practiceFilledIn) addTo(t.practice, th.practiceScore);
      for (const r of th.items) {
        const k2 = this.itemIndex.get(r.id);
        if (k2 === undefined) continue;
        if (answers)
          answers[k2] =
            r.status === "niet-van-toepassing"
              ? NOT_APPLICABLE
              : r.answer === null
                ? UNANSWERED
                : ANSWER_CODE[r.answer];
        if (r.level === "aanbeveling" && !practice) continue;
        const counts = cell.items[k2]!;
        if (r.status === "niet-van-toepassing") counts["niet-van-toepassing"] += 1;
        else if (r.answer === null) counts.onbeantwoord += 1;
        else counts[r.answer] += 1;
      }
    }
    if (this.options.panel) this.addPanel(a, `${key}|${year}|${role}`);
    if (answers) {
      s.pairs[`${key}|${year}`] ??= {};
      const pair = s.pairs[`${key}|${year}`]!;
      pair[role] = firstFile(pair[role], { file, answers: answers.join("") });
    }
  }

  private addPanel(a: Assessment, key: string): void {
    const q = this.questionnaire;
    this.s.panel[key] ??= emptyPanelCell(q);
    const c = this.s.panel[key]!;
    const exact = exactScores(q, a);
    c.files += 1;
    if (a.verdict) c.verdicts[a.verdict] += 1;
    addExact(c.score, exact.score);
    if (a.lawVerdict) c.lawVerdicts[a.lawVerdict] += 1;
    addExact(c.lawScore, exact.lawScore);
    if (a.practiceFilledIn) {
      c.practiceFiles += 1;
      addExact(c.practice, exact.practiceScore);
    }
    exact.themes.forEach((score, k) => {
      addExact(c.themes[k]!, score);
    });
  }

  private addMetaKey(k: string): void {
    if (this.metaKeySet.size < MAX_META_KEYS || this.metaKeySet.has(k)) this.metaKeySet.add(k);
  }

  addInvalid(file: string, diagnostics: readonly Diagnostic[], facts: FileFacts = {}, fileId?: number): void {
    const first = diagnostics[0];
    this.s.invalid.push({
      file,
      ...(fileId !== undefined ? { fileId } : {}),
      code: first?.code ?? "FILE_UNREADABLE",
      params: first?.params ?? { reason: "unknown" },
      ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}),
      problems: diagnostics.length,
      ...(facts.municipality !== undefined ? { municipality: displayMunicipality(facts.municipality) } : {}),
      ...(facts.role !== undefined ? { role: facts.role } : {}),
    });
  }

  /** The aggregate so far as plain data (for another thread to merge). */
  state(): AggregateState {
    return { ...this.s, names: [...this.nameSet], metaKeys: [...this.metaKeySet] };
  }

  /** Adds an aggregate made elsewhere (another worker thread) over the same questionnaire. */
  merge(other: AggregateState): void {
    const s = this.s;
    s.invalid.push(...other.invalid);
    s.notApplicableAnswered.push(...other.notApplicableAnswered);
    for (const [code, n] of Object.entries(other.unknownCodes)) s.unknownCodes[code] = (s.unknownCodes[code] ?? 0) + n;
    for (const [version, n] of Object.entries(other.newerItems)) {
      const mine = s.newerItems[version];
      if (!mine) s.newerItems[version] = { ...n };
      else {
        mine.files += n.files;
        mine.answers += n.answers;
        if (byCodePoint(n.first, mine.first) < 0) [mine.first, mine.firstId] = [n.first, n.firstId];
      }
    }
    for (const [key, c] of Object.entries(other.cells)) {
      const mine = s.cells[key];
      if (!mine) s.cells[key] = c;
      else mergeCell(mine, c);
    }
    for (const [key, m] of Object.entries(other.municipalities)) {
      const mine = s.municipalities[key];
      if (!mine)
        s.municipalities[key] = {
          ...m,
          ...(m.nameKeys ? { nameKeys: [...m.nameKeys] } : {}),
          score: { ...m.score },
          themes: m.themes.map((t) => ({ ...t })),
        };
      else {
        mine.name = pickName(mine.name, m.name);
        for (const k of m.nameKeys ?? []) if (mine.nameKeys && !mine.nameKeys.includes(k)) mine.nameKeys.push(k);
        mine.files += m.files;
        mergeMean(mine.score, m.score);
        m.themes.forEach((t, k) => {
          mergeMean(mine.themes[k]!, t);
        });
      }
    }
    for (const [key, p] of Object.entries(other.pairs)) {
      s.pairs[key] ??= {};
      mergeSides(s.pairs[key]!, p);
    }
    for (const [key, c] of Object.entries(other.panel)) {
      const mine = s.panel[key];
      if (!mine) s.panel[key] = copyPanelCell(c);
      else mergePanelCell(mine, c);
    }
    for (const n of other.names) this.nameSet.add(n);
    for (const k of other.metaKeys) this.addMetaKey(k);
  }

  result(): AggregateResult {
    const q = this.questionnaire;
    const s = this.s;
    const roleRank = new Map(ROLES.map((r, k) => [r, k]));
    const cells = Object.values(s.cells).sort(
      (a, b) => roleRank.get(a.role)! - roleRank.get(b.role)! || byCodePoint(a.year, b.year),
    );
    const valid = cells.reduce((n, c) => n + c.n, 0);
    const { municipalities, pairs, panel, grouping } = this.resolveNames();
    const municipalityOrder = (a: { name: string; code?: string }, b: { name: string; code?: string }) =>
      a.name.localeCompare(b.name, "nl") || byCodePoint(a.name, b.name) || byCodePoint(a.code ?? "", b.code ?? "");
    return {
      questionnaire: { id: q.id, version: q.version, contentHash: q.contentHash },
      files: { total: valid + s.invalid.length, valid, invalid: s.invalid.length },
      cells: structuredClone(cells),
      themes: q.themes.map((th) => ({
        id: th.id,
        legal: th.items.some((i) => i.level === "wettelijk"),
        practice: th.items.some((i) => i.level === "aanbeveling"),
      })),
      items: q.items.map((i) => ({ id: i.id, level: i.level })),
      municipalities: Object.values(municipalities)
        .sort(municipalityOrder)
        .map((m) => ({
          name: m.name,
          ...(m.code ? { code: m.code } : {}),
          files: m.files,
          meanScore: meanOf(m.score),
          themes: q.themes.map((th, k) => ({ id: th.id, meanScore: meanOf(m.themes[k]!) })),
        })),
      grouping,
      pairs: this.options.pairs ? this.options.pairs.map((roles) => this.pairResult(pairs, roles)) : null,
      panel: this.options.panel ? panelRows(panel, municipalities, municipalityOrder, roleRank) : null,
      invalid: [...s.invalid].sort((a, b) => byCodePoint(a.file, b.file)),
      notApplicableAnswered: [...s.notApplicableAnswered].sort((a, b) => byCodePoint(a.file, b.file)),
      unknownCodes: Object.entries(s.unknownCodes)
        .sort(([a], [b]) => byCodePoint(a, b))
        .map(([code, files]) => ({ code, files })),
      newerItems: Object.entries(s.newerItems)
        .sort(([a], [b]) => (olderThan(a, b) ? -1 : olderThan(b, a) ? 1 : byCodePoint(a, b)))
        .map(([version, n]) => ({ version, ...n })),
      metaKeys: [...this.metaKeySet].sort(byCodePoint),
      ...(this.options.includeNames
        ? { names: [...this.nameSet].sort((a, b) => a.localeCompare(b, "nl") || byCodePoint(a, b)) }
        : {}),
    };
  }

  /**
   * Files without a code join the code group whose files carry the same name (case and spaces
   * aside), where exactly one code does; a name with several codes is a conflict and its files
   * without a code stay apart. Done once, on the merged state, so the result does not depend on
   * how the files were spread over threads.
   */
  private resolveNames(): {
    municipalities: AggregateState["municipalities"];
    pairs: AggregateState["pairs"];
    panel: AggregateState["panel"];
    grouping: AggregateResult["grouping"];
  } {
    const s = this.s;
    const codesOf = new Map<string, string[]>();
    for (const [key, m] of Object.entries(s.municipalities))
      for (const n of m.nameKeys ?? []) codesOf.set(n, [...(codesOf.get(n) ?? []), key]);
    const target = (key: string) => {
      const codes = s.municipalities[key]?.code === undefined ? codesOf.get(key) : undefined;
      return codes?.length === 1 ? codes[0]! : key;
    };
    const municipalities: AggregateState["municipalities"] = {};
    let joined = 0;
    for (const key of Object.keys(s.municipalities).sort(byCodePoint)) {
      const m = s.municipalities[key]!;
      const to = target(key);
      const mine = municipalities[to];
      if (to !== key) joined += m.files;
      if (!mine) municipalities[to] = { ...m, score: { ...m.score }, themes: m.themes.map((t) => ({ ...t })) };
      else {
        // Code keys (GM…) sort before name keys: the code group is in place and keeps its own name.
        mine.files += m.files;
        mergeMean(mine.score, m.score);
        m.themes.forEach((t, k) => {
          mergeMean(mine.themes[k]!, t);
        });
      }
    }
    const pairs: AggregateState["pairs"] = {};
    for (const k of Object.keys(s.pairs).sort(byCodePoint)) {
      const cut = k.lastIndexOf("|");
      const to = `${target(k.slice(0, cut))}${k.slice(cut)}`;
      pairs[to] ??= {};
      mergeSides(pairs[to]!, s.pairs[k]!);
    }
    // The panel's cells are keyed `municipality|year|role`: the municipality part joins as above.
    const panel: AggregateState["panel"] = {};
    for (const k of Object.keys(s.panel).sort(byCodePoint)) {
      const cut = k.lastIndexOf("|", k.lastIndexOf("|") - 1);
      const to = `${target(k.slice(0, cut))}${k.slice(cut)}`;
      const mine = panel[to];
      if (!mine) panel[to] = copyPanelCell(s.panel[k]!);
      else mergePanelCell(mine, s.panel[k]!);
    }
    const conflicts = [...codesOf]
      .filter(([, codes]) => codes.length > 1)
      .map(([name, codes]) => ({ name, codes: [...codes].sort(byCodePoint) }))
      .sort((a, b) => byCodePoint(a.name, b.name));
    return { municipalities, pairs, panel, grouping: { joined, conflicts } };
  }

  private pairResult(statePairs: AggregateState["pairs"], roles: RolePair): PairAgreement {
    const [first, second] = roles;
    const complete = Object.keys(statePairs)
      .sort(byCodePoint)
      .map((k) => [statePairs[k]![first], statePairs[k]![second]] as const)
      .filter((p): p is readonly [PairSide, PairSide] => p[0] !== undefined && p[1] !== undefined);
    const given = (c: string) => c !== UNANSWERED && c !== NOT_APPLICABLE;
    return {
      roles: [first, second],
      count: complete.length,
      items: this.questionnaire.items.map((item, k) => {
        const both = complete
          .map(([x, y]) => [x.answers[k]!, y.answers[k]!] as const)
          .filter(([x, y]) => given(x) && given(y));
        const r = cohensKappa(both);
        const w = linearWeightedKappa(both, ORDINAL_SCALE);
        return {
          id: item.id,
          level: item.level,
          n: r.n,
          observed: r.observed,
          kappa: r.kappa,
          weighted: { n: w.n, kappa: w.kappa },
        };
      }),
    };
  }
}

/** The panel's rows: per municipality (as grouped, in the summary's order), year and role. */
function panelRows(
  panel: AggregateState["panel"],
  municipalities: AggregateState["municipalities"],
  order: (a: { name: string; code?: string }, b: { name: string; code?: string }) => number,
  roleRank: ReadonlyMap<Role, number>,
): PanelRow[] {
  const rows = Object.entries(panel).map(([key, c]) => {
    const roleCut = key.lastIndexOf("|");
    const yearCut = key.lastIndexOf("|", roleCut - 1);
    const m = municipalities[key.slice(0, yearCut)]!;
    return {
      municipality: m.name,
      ...(m.code ? { code: m.code } : {}),
      year: key.slice(yearCut + 1, roleCut),
      role: key.slice(roleCut + 1) as Role,
      files: c.files,
      verdicts: c.verdicts,
      meanScore: exactMeanOf(c.score),
      lawVerdicts: c.lawVerdicts,
      meanLawScore: exactMeanOf(c.lawScore),
      practiceFiles: c.practiceFiles,
      meanPracticeScore: exactMeanOf(c.practice),
      themes: c.themes.map(exactMeanOf),
    };
  });
  return rows.sort(
    (a, b) =>
      order(
        { name: a.municipality, ...(a.code ? { code: a.code } : {}) },
        { name: b.municipality, ...(b.code ? { code: b.code } : {}) },
      ) ||
      byCodePoint(a.year, b.year) ||
      roleRank.get(a.role)! - roleRank.get(b.role)!,
  );
}

/** Cells added up by a grouping key (such as the role, the year, or nothing for the total). */
export function groupCells<C extends Cell & { role: Role; year: string }>(
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
    mergeCell(g, c);
  }
  return [...groups].map(([key, cell]) => ({ key, cell }));
}

/** Share in percent, one decimal; 0 when there is nothing to share. */
export function share(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * count) / total) / 10;
}
