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
import type { Diagnostic } from "../errors.js";
import type { FileFacts, FileOutcome } from "../model/file-outcome.js";
import { displayMunicipality, municipalityKey } from "../model/municipality.js";
import { byCodePoint } from "../model/order.js";
import { olderThan } from "../model/questionnaire.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { ROLES } from "../model/vocabulary.js";
import type { Role } from "../model/vocabulary.js";
import type { AggregateResult, AggregateState, RolePair } from "./aggregate-types.js";
import { addCounts, addExact, addTo, emptyCell, emptyPanelCell, meanOf, zeroMean } from "./counts.js";
import { municipalityOrder, panelRows, resolveNames } from "./municipality-groups.js";
import { UNANSWERED, answerChar, firstFile, mergeSides, pairAgreement } from "./role-pairs.js";
import { exactScores } from "./score-answers.js";

/** The same municipality written differently: the first in code-point order wins, whatever the order seen. */
const pickName = (a: string, b: string) => (b < a ? b : a);

/** At most this many distinct `meta` keys are remembered (a hostile batch cannot grow the list). */
const MAX_META_KEYS = 100;

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
        if (answers) answers[k2] = answerChar(r);
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
      else addCounts(mine, c);
    }
    for (const [key, m] of Object.entries(other.municipalities)) {
      const mine = s.municipalities[key];
      if (!mine) s.municipalities[key] = structuredClone(m);
      else {
        mine.name = pickName(mine.name, m.name);
        for (const k of m.nameKeys ?? []) if (mine.nameKeys && !mine.nameKeys.includes(k)) mine.nameKeys.push(k);
        mine.files += m.files;
        addCounts(mine.score, m.score);
        addCounts(mine.themes, m.themes);
      }
    }
    for (const [key, p] of Object.entries(other.pairs)) {
      s.pairs[key] ??= {};
      mergeSides(s.pairs[key]!, p);
    }
    for (const [key, c] of Object.entries(other.panel)) {
      const mine = s.panel[key];
      if (!mine) s.panel[key] = structuredClone(c);
      else addCounts(mine, c);
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
    const { municipalities, pairs, panel, grouping } = resolveNames(s);
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
      pairs: this.options.pairs ? this.options.pairs.map((roles) => pairAgreement(q, pairs, roles)) : null,
      panel: this.options.panel ? panelRows(panel, municipalities, roleRank) : null,
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
}
