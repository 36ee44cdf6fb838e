// The research summary of a batch, as a view for the logic-free templates: files per role and
// year (n per cell), the method, verdicts and legal requirements per group (role, year or both,
// with n), the Movisie-style theme table, answers per question, good practice over the files that
// filled it in, the pairs of roles (gemeente–adviesraad unless asked otherwise) with Cohen's and
// the linearly weighted kappa, the municipality matrix, and the invalid files. Wide tables are split into parts so that they fit on paper. Pure.
import { ANSWER_KEYS } from "../score/aggregate-types.js";
import { emptyCell, groupCells, meanOf, share } from "../score/counts.js";
import type { AggregateResult, Cell, Mean, PairAgreement } from "../score/aggregate-types.js";
import { inLawLens, marksVngRows } from "../model/legal-lens.js";
import { localize } from "../model/questionnaire.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { ANSWER_VALUES, VERDICTS } from "../model/vocabulary.js";
import type { Lang, Role } from "../model/vocabulary.js";
import { formatNumber } from "../messages/intl.js";
import { ANSWER_LABEL, ROLE_LABEL, STATUS_LABEL } from "../messages/ui.js";
import { BATCH_TEXT } from "../messages/batch.js";
import { legalCitation } from "../messages/legal.js";
import { barChartSvg } from "./bar-chart-svg.js";
import { shareableText } from "./shareable-problem.js";
import { STATUS_MARK } from "./render-summary.js";

export type Grouping = "role" | "year";

export interface SummaryOptions {
  readonly lang: Lang;
  readonly toolVersion: string;
  readonly by: readonly Grouping[];
  /** Charts are drawn only in HTML (the tables carry the same figures in Markdown). */
  readonly format: "md" | "html";
  readonly includeNames: boolean;
  /** `--include-notes`: an invalid file's problem may quote the file's words (shareable-problem.ts). */
  readonly includeNotes: boolean;
  /** `--include-paths`: invalid files by path; else by their number in the batch (file_id). */
  readonly includePaths?: boolean;
  readonly municipalityList: boolean;
}

/** Group columns per table part: more do not fit on a printed page. */
const GROUPS_PER_PART = 6;
const THEMES_PER_PART = 7;

interface Row {
  readonly label: string;
  readonly question?: { readonly rich: string };
  readonly id?: string;
  readonly cells: readonly string[];
}
interface Table {
  readonly caption: string;
  /** "part 1 of 3" when a table is split, else null. */
  readonly part: string | null;
  readonly corner: string;
  readonly heads: readonly string[];
  readonly rows: readonly Row[];
}

function parts<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

export function buildBatchSummary(agg: AggregateResult, q: Questionnaire, o: SummaryOptions) {
  const lang = o.lang;
  const t = BATCH_TEXT[lang];
  const fallback = q.languages[0] ?? "nl";
  // One decimal everywhere in a table, so that a column of figures lines up: "46,0" beside "52,9" (not "46").
  const tenths = (n: number) => formatNumber(n, lang, 1);
  const pct = (n: number, total: number) => `${tenths(share(n, total))}%`;
  const score = (s: number | null) => (s === null ? "–" : tenths(s));
  const themeTitle = new Map(q.themes.map((th) => [th.id, localize(th.title, lang, fallback)]));
  const question = (id: string) => {
    const item = q.items.find((i) => i.id === id);
    return { rich: item ? localize(item.question, lang, fallback) : id };
  };
  // A legal requirement says what it rests on, as every legal finding does (DESIGN §4): "Wet (art. …)"
  // or "VNG-zelftest (lezing van art. …)"; without a `legal` label only the question.
  const legalQuestion = (id: string) => {
    const legal = q.items.find((i) => i.id === id)?.legal;
    const { rich } = question(id);
    return { rich: legal ? `${rich} · ${legalCitation([legal], lang)}` : rich };
  };

  // Groups: every cell of the chosen breakdown, then all files together.
  const all = { label: t.all, cell: groupCells(agg.cells, q, () => "")[0]?.cell ?? emptyCell(q) };
  const roleLabel = (r: string) => ROLE_LABEL[lang][r as Role] ?? r;
  const keyOf = (c: { role: Role; year: string }) => o.by.map((g) => (g === "role" ? c.role : c.year)).join("|");
  const labelOf = (key: string) =>
    key
      .split("|")
      .map((part, k) => (o.by[k] === "role" ? roleLabel(part) : part))
      .join(" ");
  const groups =
    o.by.length === 0
      ? [all]
      : [...groupCells(agg.cells, q, keyOf).map((g) => ({ label: labelOf(g.key), cell: g.cell })), all];
  const head = (g: { label: string; cell: Cell }) => `${g.label} (n = ${g.cell.n})`;

  /** One table per part of at most GROUPS_PER_PART groups, rows made per group. */
  const byGroup = (
    caption: string,
    corner: string,
    rows: { label: string; question?: { rich: string }; id?: string; cell: (c: Cell) => string }[],
  ): Table[] => {
    const ps = parts(groups, GROUPS_PER_PART);
    return ps.map((p, k) => ({
      caption: ps.length > 1 ? `${caption} (${t.part(k + 1, ps.length)})` : caption,
      part: ps.length > 1 ? t.part(k + 1, ps.length) : null,
      corner,
      heads: p.map(head),
      rows: rows.map((r) => ({
        label: r.label,
        ...(r.question ? { question: r.question, id: r.id } : {}),
        cells: p.map((g) => r.cell(g.cell)),
      })),
    }));
  };
  const withN = (count: number, n: number, full: number) => `${pct(count, n)}${n !== full ? ` (n = ${n})` : ""}`;

  const legalItems = agg.items.map((item, k) => ({ ...item, k })).filter((i) => i.level === "wettelijk");
  const practiceItems = agg.items.map((item, k) => ({ ...item, k })).filter((i) => i.level === "aanbeveling");
  const legalThemes = agg.themes.map((th, k) => ({ ...th, k })).filter((th) => th.legal);

  // Files per role (rows) and year (columns), with totals.
  const years = [...new Set(agg.cells.map((c) => c.year))].sort();
  const roles = [...new Set(agg.cells.map((c) => c.role))];
  const nOf = (role: Role | undefined, year: string | undefined) =>
    agg.cells
      .filter((c) => (role === undefined || c.role === role) && (year === undefined || c.year === year))
      .reduce((n, c) => n + c.n, 0);
  const cellTable: Table = {
    caption: t.cellsTitle,
    part: null,
    corner: `${t.role} / ${t.year}`,
    heads: [...years, t.all],
    rows: [
      ...roles.map((r) => ({
        label: roleLabel(r),
        cells: [...years.map((y) => String(nOf(r, y))), String(nOf(r, undefined))],
      })),
      { label: t.all, cells: [...years.map((y) => String(nOf(undefined, y))), String(nOf(undefined, undefined))] },
    ],
  };

  // The two lenses (docs/scoring.md, "Two lenses on the legal part"): the law first, then the VNG
  // zelftest; a questionnaire that marks no VNG row has one verdict over its legal requirements.
  const vngRows = marksVngRows(q);
  const hasLaw = q.items.some(inLawLens);
  const verdictLabel = (v: (typeof VERDICTS)[number]) => `${STATUS_MARK[v]} ${STATUS_LABEL[lang][v]}`;
  const verdictRows = (counts: (c: Cell) => Record<(typeof VERDICTS)[number], number>, mean: (c: Cell) => Mean) => [
    ...VERDICTS.map((v) => ({
      label: verdictLabel(v),
      cell: (c: Cell) => `${pct(counts(c)[v], c.n)} (${counts(c)[v]})`,
    })),
    { label: t.meanScore, cell: (c: Cell) => score(meanOf(mean(c))) },
  ];
  const lens = {
    title: vngRows ? (hasLaw ? t.lensesTitle : t.overallTitle) : t.legalOverallTitle,
    law: hasLaw
      ? {
          title: t.lawTitle,
          intro: t.lawIntro,
          tables: byGroup(
            t.lawTitle,
            t.verdict,
            verdictRows(
              (c) => c.lawVerdicts,
              (c) => c.lawScore,
            ),
          ),
        }
      : null,
    vng: {
      title: vngRows ? t.overallTitle : t.legalOverallTitle,
      intro: vngRows ? t.overallIntro : t.legalOverallIntro,
      // Its own heading only beside the law's.
      heading: hasLaw,
    },
  };
  const overall = byGroup(
    lens.vng.title,
    t.verdict,
    verdictRows(
      (c) => c.verdicts,
      (c) => c.score,
    ),
  );

  const meets = (c: Cell, k: number) => {
    const a = c.items[k]!;
    return withN(a.ja, c.n - a["niet-van-toepassing"], c.n);
  };
  // In a questionnaire with VNG rows the legal items are of two lenses: the words say so.
  const lt = vngRows
    ? {
        title: t.lensLegalTitle,
        intro: t.lensLegalIntro,
        chartTitle: t.lensLegalChartTitle,
        chartDesc: t.lensLegalChartDesc,
        requirement: t.lensRequirement,
      }
    : {
        title: t.legalTitle,
        intro: t.legalIntro,
        chartTitle: t.legalChartTitle,
        chartDesc: t.legalChartDesc,
        requirement: t.requirement,
      };
  const legal = byGroup(
    lt.title,
    lt.requirement,
    legalItems.map((i) => ({
      label: i.id,
      question: legalQuestion(i.id),
      id: i.id,
      cell: (c: Cell) => meets(c, i.k),
    })),
  );

  const notMet = (c: Cell, k: number) => {
    const v = c.themes[k]!.verdicts;
    const n = v.voldoet + v.deels + v.onbekend + v["voldoet-niet"];
    return withN(v["voldoet-niet"], n, c.n);
  };
  const themes = byGroup(
    t.themesTitle,
    t.theme,
    legalThemes.map((th) => ({ label: themeTitle.get(th.id) ?? th.id, cell: (c: Cell) => notMet(c, th.k) })),
  );
  const themeMeans = byGroup(
    t.themeMeansTitle,
    t.theme,
    legalThemes.map((th) => ({
      label: themeTitle.get(th.id) ?? th.id,
      cell: (c: Cell) => score(meanOf(c.themes[th.k]!.score)),
    })),
  );

  const answerHeads = [...ANSWER_VALUES.map((k) => ANSWER_LABEL[lang][k]), t.unanswered, t.notApplicable];
  const itemRow = (n: number) => (i: { id: string; k: number }) => ({
    label: i.id,
    question: question(i.id),
    id: i.id,
    cells: ANSWER_KEYS.map((key) => pct(all.cell.items[i.k]![key], n)),
  });

  const charts =
    o.format === "html" && all.cell.n > 0
      ? {
          legal: barChartSvg({
            id: "chart-legal",
            title: lt.chartTitle,
            desc: lt.chartDesc,
            bars: legalItems.map((i) => ({
              label: i.id,
              value: share(all.cell.items[i.k]!.ja, all.cell.n - all.cell.items[i.k]!["niet-van-toepassing"]),
              text: meets(all.cell, i.k),
              tone: "voldoet",
            })),
          }),
          themes: barChartSvg({
            id: "chart-themes",
            title: t.themesChartTitle,
            desc: t.themesChartDesc,
            bars: legalThemes.map((th) => {
              const v = all.cell.themes[th.k]!.verdicts;
              const n = v.voldoet + v.deels + v.onbekend + v["voldoet-niet"];
              return {
                label: themeTitle.get(th.id) ?? th.id,
                value: share(v["voldoet-niet"], n),
                text: notMet(all.cell, th.k),
                tone: "voldoet-niet",
              };
            }),
          }),
        }
      : null;

  // Rounded to two decimals; a kappa just below zero is 0, not "-0,00".
  const kappaText = (k: number | null) => (k === null ? "–" : formatNumber(Math.round(k * 100) / 100 || 0, lang, 2));
  // One table per pair of roles asked for (gemeente × adviesraad unless --pairs says otherwise).
  const pairTable = (p: PairAgreement) => {
    const [a, b] = p.roles.map(roleLabel) as [string, string];
    const rows = [...legalItems, ...practiceItems]
      .map((i) => ({ i, r: p.items[i.k]! }))
      .filter(({ i, r }) => i.level === "wettelijk" || r.n > 0)
      .map(({ i, r }) => ({
        label: i.id,
        question: question(i.id),
        id: i.id,
        cells: [
          String(r.n),
          r.observed === null ? "–" : `${tenths(Math.round(r.observed * 1000) / 10)}%`,
          kappaText(r.kappa),
          String(r.weighted.n),
          kappaText(r.weighted.kappa),
        ],
      }));
    return {
      // From the closed list of roles: safe in an id and a link.
      anchorSafe: `paren-${p.roles.join("-")}`,
      title: t.pairsTitle(a, b),
      none: p.count === 0,
      intro: p.count === 0 ? t.noPairs(a, b) : t.pairsIntro(p.count, a, b),
      heads: [t.pairsN, t.agreement, t.kappa, t.weightedN, t.weightedKappa],
      rows: p.count === 0 ? [] : rows,
    };
  };

  const anyCode = agg.municipalities.some((m) => m.code !== undefined);
  const themeParts = parts(legalThemes, THEMES_PER_PART);
  const matrix: Table[] = themeParts.map((p, k) => ({
    caption: themeParts.length > 1 ? `${t.matrixIntro} (${t.part(k + 1, themeParts.length)})` : t.matrixIntro,
    part: themeParts.length > 1 ? t.part(k + 1, themeParts.length) : null,
    corner: t.municipality,
    heads: [...(anyCode ? [t.code] : []), t.files, t.meanScore, ...p.map((th) => themeTitle.get(th.id) ?? th.id)],
    rows: agg.municipalities.map((m) => ({
      label: m.name,
      cells: [
        ...(anyCode ? [m.code ?? "–"] : []),
        String(m.files),
        score(m.meanScore),
        ...p.map((th) => score(m.themes[th.k]?.meanScore ?? null)),
      ],
    })),
  }));

  return {
    lang,
    t: { ...t, legalTitle: lt.title, legalIntro: lt.intro },
    title: t.title,
    questionnaire: `${localize(q.title, lang, fallback)} (${q.id} ${q.version})`,
    files: [
      { label: t.total, value: String(agg.files.total) },
      { label: t.valid, value: String(agg.files.valid) },
      { label: t.invalid, value: String(agg.files.invalid) },
    ],
    cellTable,
    method: t.method({
      listUsed: o.municipalityList,
      names: o.includeNames,
      paths: Boolean(o.includePaths),
      joined: agg.grouping.joined,
      conflicts: agg.grouping.conflicts,
    }),
    lens,
    overall,
    legal,
    legalChartSafe: charts?.legal ?? null,
    themes,
    themeMeans,
    themesChartSafe: charts?.themes ?? null,
    answerHeads,
    legalItemRows: legalItems.map(itemRow(all.cell.n)),
    practiceItemRows: all.cell.practiceFiles > 0 ? practiceItems.map(itemRow(all.cell.practiceFiles)) : [],
    practiceItemsCaption: t.practiceItems(all.cell.practiceFiles),
    practice:
      practiceItems.length === 0
        ? null
        : byGroup(t.practiceTitle, t.practiceTitle, [
            { label: t.practiceFiles, cell: (c: Cell) => `${c.practiceFiles} (${pct(c.practiceFiles, c.n)})` },
            { label: t.meanPractice, cell: (c: Cell) => score(meanOf(c.practice)) },
          ]),
    anyPractice: all.cell.practiceFiles > 0,
    pairs: agg.pairs === null ? [] : agg.pairs.map(pairTable),
    matrix,
    invalid: agg.invalid.map((f) => ({
      file: o.includePaths || f.fileId === undefined ? f.file : t.fileId(f.fileId),
      code: f.code,
      place: f.line !== undefined ? `${f.line}:${f.column ?? 1}` : "–",
      problems: f.problems,
      readable: [f.municipality, f.role ? roleLabel(f.role) : undefined].filter(Boolean).join(" · ") || "–",
      message: shareableText(f, { ...o, lang }),
    })),
    namesSection: agg.names ? { list: agg.names } : null,
    stamp: [
      { label: t.tool, value: `zelftest ${o.toolVersion}` },
      { label: t.questionnaire, value: `${q.id} ${q.version}` },
      { label: t.questionnaireHash, value: q.contentHash },
    ],
  };
}

export type BatchSummary = ReturnType<typeof buildBatchSummary>;
