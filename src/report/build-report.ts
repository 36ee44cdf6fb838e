// Builds the report model from an assessment: what the report says, in which order, in the
// reader's language, before any format. Pure. Texts from the questionnaire are RichText (the
// author may use a little Markdown); texts from the answer file stay plain strings, which the
// renderers always escape.
//
// Order: a first page worded for who answered (the college for a municipality, the conversation
// with the municipality for an advisory council: conclusion in sentences with counts, findings,
// what a zelftest is and is not, the next steps), the themes, what is missing in the legal
// requirements, what could not be checked (with how to check it), the plan van aanpak per work
// package, good practice as opportunities, what is in order (with its evidence), the glossary and
// the method. The templates and the Word renderer keep this order.
import type { Assessment, ItemResult, StatusCounts } from "../model/assessment.js";
import { citeBasis } from "../model/citation.js";
import { inLawLens, marksVngRows } from "../model/legal-lens.js";
import { itemKindShort, legalCitation } from "../messages/legal.js";
import { localize } from "../model/questionnaire.js";
import type { Item, LocalizedText, Questionnaire } from "../model/questionnaire.js";
import { byUrgency as urgency } from "../model/severity.js";
import type { ItemStatus, Lang, Verdict } from "../model/vocabulary.js";
import { ANSWER_LABEL, formatDate, formatScore, ROLE_LABEL, STATUS_LABEL } from "../messages/ui.js";
import { GROUP_TEXT, memberNames } from "../messages/group.js";
import type { GroupTexts } from "../messages/group.js";
import { reportTexts } from "../messages/report.js";
import type { Lens, ReportTexts } from "../messages/report.js";
import { anchorOf } from "./anchor.js";
import { dissentLines, votesLine } from "./group-lines.js";
import { articleLabel, buildPlan } from "./build-plan.js";
import type { PlanRow } from "./build-plan.js";
import { glossaryTermsIn } from "../model/glossary.js";
import { legalOf, checkOf, actionOf } from "./questionnaire-fields.js";
import { STATUS_MARK } from "./render-summary.js";

export type { RichText } from "./rich-text-type.js";
import type { RichText } from "./rich-text-type.js";

export interface StatusView {
  readonly label: string;
  readonly mark: string;
  /** The status word, used as a CSS class. */
  readonly cls: ItemStatus;
}

/** What every item in the report shows: the question, the answer and the respondent's own words. */
export interface ItemView {
  /** Only a-z, 0-9 and "-" (anchorOf): safe as an id and in href="#…". */
  readonly anchorSafe: string;
  readonly id: string;
  readonly levelLabel: string;
  readonly theme: string;
  readonly question: RichText;
  readonly answer: string;
  readonly status: StatusView;
  readonly note?: string;
  readonly evidenceGiven?: string;
  /** A group answer: the members' votes ("2 × Ja, 1 × Deels") and who answered differently, one line each. */
  readonly votes?: string;
  /** Members who answered otherwise than the group, in their own words. */
  readonly dissent?: readonly string[];
  /** Members who gave the group's answer whose words were kept apart (too long for the group's note). */
  readonly ownWords?: readonly string[];
  /** True for a Ja without a source ("Ja, zonder bron"): a claim a reader cannot check. */
  readonly noSource: boolean;
  /** "Wet (art. 2.3.2 lid 3 Wmo 2015)" or "VNG-zelftest (lezing van art. 1.1.1 Wmo 2015)", with the note, on legal items that carry it. */
  readonly legal?: string;
  /** What the item rests on, in short: the citation without its note, or the level label ("Goede praktijk"). */
  readonly restsOn: string;
}

export interface GapView extends ItemView {
  readonly why: RichText;
  readonly recommendation: RichText;
  readonly basisText: string;
  readonly example?: { readonly municipality: string; readonly text: RichText };
  readonly evidenceNeeded: RichText;
}

export interface UnknownView extends ItemView {
  readonly check: RichText;
  readonly evidenceNeeded: RichText;
}

export interface OpportunityView extends ItemView {
  readonly action: RichText;
}

/** A finding on the first page: per theme with legal shortfalls, a statement with counts and the articles. */
export interface FindingView {
  /** Only a-z, 0-9 and "-" (anchorOf): safe as an id and in href="#…". */
  readonly anchorSafe: string;
  readonly cls: ItemStatus;
  readonly label: string;
  readonly statement: string;
  readonly articles?: string;
}

export interface ThemeView {
  readonly id: string;
  readonly title: string;
  /** The VNG lens (verdict). */
  readonly status: StatusView | null;
  /** The law lens (lawVerdict). */
  readonly lawStatus: StatusView | null;
  readonly score: string;
  readonly scoreValue: number | null;
  readonly practiceScore: string;
}

export interface ReportModel {
  readonly lang: Lang;
  readonly t: ReportTexts;
  /** The words for a group answer's votes and dissent (messages/group.ts). */
  readonly g: GroupTexts;
  /** false for `--kort`: the first page alone. */
  readonly full: boolean;
  readonly title: string;
  /** Under the title: the full report's, or for the first page alone the reader's (`--kort`). */
  readonly subtitle: string;
  /** Show the items' technical ids (`--verbose`): for questionnaire authors, not for the table. */
  readonly showIds: boolean;
  readonly header: {
    readonly municipality: string;
    readonly respondent: string;
    readonly date: string;
    readonly questionnaire: string;
  };
  readonly firstPage: {
    /** The heading, fitting who answered: "Samenvatting voor het college", "… van de adviesraad". */
    readonly title: string;
    /** The law lens first, then the VNG lens (docs/scoring.md, "Two lenses on the legal part"). */
    readonly conclusion: readonly string[];
    /** The law lens's verdict where the questionnaire has items of the law's own text, else the VNG lens's. */
    readonly status: StatusView | null;
    /** What the law itself asks: each requirement of the law's own text with its outcome (law lens). */
    readonly law?: {
      readonly caption: string;
      readonly rows: readonly { readonly article: string; readonly question: RichText; readonly status: StatusView }[];
    };
    /** The caption of the counts table: the VNG lens (or every legal item of a questionnaire without VNG rows). */
    readonly countsCaption: string;
    readonly counts: readonly { readonly label: string; readonly value: number; readonly cls: ItemStatus | "total" }[];
    readonly hasLegal: boolean;
    readonly score?: string;
    readonly practice: string;
    readonly findings: readonly FindingView[];
    readonly about: readonly string[];
    readonly next: readonly string[];
  };
  readonly themes: readonly ThemeView[];
  readonly gaps: readonly GapView[];
  readonly unknown: readonly UnknownView[];
  readonly unknownIntro: string;
  readonly hasLegal: boolean;
  /** The questionnaire has items of the law's own text (`kind: wet`): the law lens has a column. */
  readonly hasLaw: boolean;
  readonly opportunities: readonly OpportunityView[];
  readonly hasPractice: boolean;
  readonly practiceUnanswered: readonly { readonly id: string; readonly question: RichText; readonly theme: string }[];
  readonly practiceUnansweredTitle: string;
  readonly inOrder: readonly ItemView[];
  readonly inOrderIntro: string;
  readonly plan: readonly PlanRow[];
  readonly glossary: readonly { readonly term: string; readonly definition: RichText }[];
  readonly method: {
    /** The scoring rules, the two lenses and the text of the law the articles were read in. */
    readonly rules: readonly string[];
    readonly priorityRule: string;
    readonly stamp: readonly { readonly label: string; readonly value: string }[];
  };
}

export interface ReportMeta {
  readonly toolVersion: string;
  /** ISO timestamp of generation (injected, so golden files stay stable). */
  readonly generatedAt: string;
  readonly answersHash: string;
}

export interface ReportOptions {
  /** Only the first page (`zelftest report --kort`). */
  readonly short?: boolean;
  /** Show the items' ids (`zelftest report --verbose`). */
  readonly verbose?: boolean;
}

export function buildReport(
  a: Assessment,
  q: Questionnaire,
  lang: Lang,
  meta: ReportMeta,
  options: ReportOptions = {},
): ReportModel {
  const vngRows = marksVngRows(q);
  const t = reportTexts(lang, vngRows);
  const role = t.role[a.respondent.role];
  const fallback = q.languages[0] ?? "nl";
  const plain = (x: LocalizedText) => localize(x, lang, fallback);
  const rich = (x: LocalizedText): RichText => ({ rich: localize(x, lang, fallback) });
  const status = (s: ItemStatus): StatusView => ({ label: STATUS_LABEL[lang][s], mark: STATUS_MARK[s], cls: s });
  const items = new Map(q.items.map((i) => [i.id, i]));
  const themeTitle = new Map(q.themes.map((th) => [th.id, plain(th.title)]));
  const results = a.themes.flatMap((th) => th.items.map((r) => ({ r, item: items.get(r.id)!, theme: th.id })));
  const practiceAnswered = a.practiceFilledIn;

  const legalText = (item: Item): string | undefined => {
    const legal = legalOf(item);
    // The note is its own sentence after the bracket, so it keeps its capital (no "…: Een los …").
    return legal ? legalCitation([legal], lang, legal.note ? plain(legal.note) : undefined) : undefined;
  };
  const vngLens: Lens = vngRows ? "vng" : "legal";
  const basisLine = (item: Item) =>
    item.basis.map((b) => citeBasis(b, q.sources, b.note ? plain(b.note) : undefined)).join("; ");

  const itemView = (r: ItemResult, item: Item, theme: string): ItemView => {
    const legal = item.level === "wettelijk" ? legalText(item) : undefined;
    const levelLabel = itemKindShort(item, lang);
    const short = item.level === "wettelijk" ? legalOf(item) : undefined;
    return {
      anchorSafe: anchorOf(r.id),
      id: r.id,
      levelLabel,
      restsOn: short ? legalCitation([short], lang) : levelLabel,
      theme: themeTitle.get(theme) ?? theme,
      question: rich(item.question),
      answer: ANSWER_LABEL[lang][r.answer ?? "none"],
      status: status(r.status),
      ...(r.note ? { note: r.note } : {}),
      ...(r.evidence ? { evidenceGiven: r.evidence } : {}),
      ...(r.votes ? { votes: votesLine(r.votes, lang) } : {}),
      ...groupWords(dissentLines(r.dissent, lang, t.respondentEvidence, r.answer)),
      noSource: r.answer === "ja" && !r.evidence,
      ...(legal ? { legal } : {}),
    };
  };
  const failingOf = (r: ItemResult) => (r.answer === "deels" || r.answer === "nee" ? r.answer : "weet-niet");
  const byUrgency = <T extends { r: ItemResult }>(xs: T[]) => xs.sort((x, y) => urgency(x.r.status, y.r.status));

  const legalResults = results.filter(({ r }) => r.level === "wettelijk" && r.status !== "niet-van-toepassing");
  const gaps: GapView[] = byUrgency(
    legalResults.filter(({ r }) => r.status === "voldoet-niet" || r.status === "deels"),
  ).map(({ r, item, theme }) => {
    const example = item.examples[0];
    return {
      ...itemView(r, item, theme),
      why: rich(item.why),
      recommendation: rich(item.recommendations[failingOf(r)]),
      basisText: basisLine(item),
      ...(example ? { example: { municipality: example.municipality, text: rich(example.text) } } : {}),
      evidenceNeeded: rich(item.evidence),
    };
  });
  const unknown: UnknownView[] = legalResults
    .filter(({ r }) => r.status === "onbekend")
    .map(({ r, item, theme }) => ({
      ...itemView(r, item, theme),
      check: rich(checkOf(item)),
      evidenceNeeded: rich(item.evidence),
    }));

  const practiceResults = results.filter(({ r }) => r.level === "aanbeveling" && r.status !== "niet-van-toepassing");
  const opportunities: OpportunityView[] = practiceAnswered
    ? byUrgency(practiceResults.filter(({ r }) => r.answer !== null && r.answer !== "ja")).map(
        ({ r, item, theme }) => ({
          ...itemView(r, item, theme),
          action: rich(actionOf(item, failingOf(r))),
        }),
      )
    : [];
  const practiceUnanswered = practiceAnswered
    ? practiceResults
        .filter(({ r }) => r.answer === null)
        .map(({ r, item, theme }) => ({
          id: r.id,
          question: rich(item.question),
          theme: themeTitle.get(theme) ?? theme,
        }))
    : [];

  const yes = results.filter(({ r }) => r.answer === "ja" && r.status === "voldoet");
  const inOrder = yes.map(({ r, item, theme }) => itemView(r, item, theme));
  const withSource = yes.filter(({ r }) => r.evidence).length;

  const plan = buildPlan(a, q, lang, practiceAnswered);

  // The first page: the law lens first, then the VNG lens (docs/scoring.md), each as counts in
  // sentences and a verdict that names its lens; then one score; then findings as statements.
  const legalCounts = (x: StatusCounts) => ({
    total: x.voldoet + x.deels + x.onbekend + x["voldoet-niet"],
    voldoet: x.voldoet,
    deels: x.deels,
    niet: x["voldoet-niet"],
    onbekend: x.onbekend,
  });
  const verdictSentence = (lens: Lens, v: Verdict, x: StatusCounts) =>
    v === "voldoet"
      ? t.verdictSentence[lens].voldoet
      : t.verdictSentence[lens][v](v === "deels" ? x.deels : v === "onbekend" ? x.onbekend : x["voldoet-niet"]);
  const c = a.counts.vng;
  const legalTotal = legalCounts(c).total;
  const hasLegal = a.verdict !== null || a.lawVerdict !== null;
  const conclusion: string[] = [];
  if (a.lawVerdict !== null) {
    const lawDate = q.lawText ? formatDate(q.lawText.inForceOn, lang) : undefined;
    conclusion.push(
      `${t.countsSentence(legalCounts(a.counts.wet), "wet", lawDate)} ${verdictSentence("wet", a.lawVerdict, a.counts.wet)}`,
    );
  }
  if (a.verdict !== null) {
    conclusion.push(`${t.countsSentence(legalCounts(c), vngLens)} ${verdictSentence(vngLens, a.verdict, c)}`);
  }
  // Where to find what could not be checked is the first of the next steps, not repeated here.
  const unknownLegal = a.counts.wettelijk.onbekend;
  if (!hasLegal) conclusion.push(t.noLegal);
  const lawRows = results
    .filter(({ item, r }) => inLawLens(item) && r.status !== "niet-van-toepassing")
    .map(({ r, item }) => ({
      // "art. 2.3.2 lid 3 Wmo 2015" → "art. 2.3.2 lid 3": the column's heading names the law.
      article: articleLabel([item.legal!.article], lang).replace(/ Wmo 2015$/, ""),
      question: rich(item.question),
      status: status(r.status),
    }));
  const shortfalls = [...gaps, ...unknown];
  // One finding per theme and per what the requirements rest on: the law's own text first, then
  // the VNG zelftest's readings (and the explanatory memorandum's), each with its citation.
  const lensOfItem = (item: Item): Lens => (item.legal?.kind === "wet" ? "wet" : vngRows ? "vng" : "legal");
  const findingsOf = (lens: Lens) =>
    a.themes
      .flatMap((th) => {
        const inLens = (id: string) => {
          const item = items.get(id)!;
          return item.theme === th.id && lensOfItem(item) === lens;
        };
        const mine = shortfalls.filter((g) => inLens(g.id));
        if (mine.length === 0) return [];
        const count = (s: ItemStatus) => mine.filter((g) => g.status.cls === s).length;
        const worst = [...mine].sort((x, y) => urgency(x.status.cls, y.status.cls))[0]!;
        const total = th.items.filter(
          (r) => r.level === "wettelijk" && r.status !== "niet-van-toepassing" && inLens(r.id),
        ).length;
        const legals = mine.flatMap((g) => {
          const l = legalOf(items.get(g.id)!);
          return l ? [l] : [];
        });
        return [
          {
            anchorSafe: worst.anchorSafe,
            cls: worst.status.cls,
            label: t.finding[worst.status.cls as "voldoet-niet" | "deels" | "onbekend"],
            statement: t.themeFinding(
              themeTitle.get(th.id) ?? th.id,
              total,
              { niet: count("voldoet-niet"), deels: count("deels"), onbekend: count("onbekend") },
              lens,
            ),
            ...(legals.length > 0 ? { articles: legalCitation(legals, lang) } : {}),
          },
        ];
      })
      .sort((x, y) => urgency(x.cls, y.cls));
  // The law's own requirements each have a row in the first page's table (lawRows) with their
  // outcome; the findings then name the VNG zelftest's readings. Without that table, both.
  const findings: FindingView[] = [...(lawRows.length > 0 ? [] : findingsOf("wet")), ...findingsOf(vngLens)];
  const practiceNoAnswer = practiceResults.filter(({ r }) => r.answer === null).length;
  const practiceOpen = practiceResults.filter(({ r }) => r.answer !== null && r.answer !== "ja").length;
  const next = role.next({ plan: plan.length, unknown: unknownLegal, noSource: withSource < yes.length, vngRows });

  const who = ROLE_LABEL[lang][a.respondent.role] + (a.respondent.name ? ` (${a.respondent.name})` : "");
  // The glossary appendix explains the terms this report uses (questionnaire texts it shows).
  const shownTexts = [
    ...[...gaps, ...unknown, ...opportunities, ...inOrder].map((i) => i.question.rich),
    ...gaps.flatMap((g) => [g.why.rich, g.recommendation.rich, g.evidenceNeeded.rich]),
    ...unknown.flatMap((u) => [u.check.rich, u.evidenceNeeded.rich]),
    ...opportunities.map((o) => o.action.rich),
    ...practiceUnanswered.map((p) => p.question.rich),
    ...plan.flatMap((p) => [p.title, ...p.actions.map((x) => x.text.rich), ...p.evidence.map((x) => x.rich)]),
  ];

  return {
    lang,
    t,
    g: GROUP_TEXT[lang],
    full: !options.short,
    title: t.documentTitle(a.municipality),
    subtitle: options.short ? role.shortSubtitle : t.subtitle,
    showIds: Boolean(options.verbose),
    header: {
      municipality: a.municipality,
      respondent: who,
      date: formatDate(a.date, lang),
      // The id is technical: it stays in the method section's stamp.
      questionnaire: `${plain(q.title)}, ${t.header.version} ${q.version}`,
    },
    firstPage: {
      title: role.summaryTitle,
      conclusion,
      status: a.lawVerdict ? status(a.lawVerdict) : a.verdict ? status(a.verdict) : null,
      ...(lawRows.length > 0 ? { law: { caption: t.lawTable.caption, rows: lawRows } } : {}),
      hasLegal,
      countsCaption: t.countsCaption[vngLens],
      counts:
        a.verdict !== null
          ? [
              { label: t.countsLabels.voldoet, value: c.voldoet, cls: "voldoet" as const },
              { label: t.countsLabels.deels, value: c.deels, cls: "deels" as const },
              { label: t.countsLabels["voldoet-niet"], value: c["voldoet-niet"], cls: "voldoet-niet" as const },
              { label: t.countsLabels.onbekend, value: c.onbekend, cls: "onbekend" as const },
              { label: t.countsLabels.total, value: legalTotal, cls: "total" as const },
            ]
          : [],
      ...(a.score !== null ? { score: t.scoreSentence(formatScore(a.score, lang), c.onbekend, vngLens) } : {}),
      practice: practiceAnswered
        ? t.practiceSentence(
            practiceResults.length - practiceOpen - practiceNoAnswer,
            practiceResults.length,
            practiceOpen,
            practiceNoAnswer,
          )
        : t.practiceNotFilled,
      findings,
      // A group answer says first how it was made: of whose files, when, by which rule.
      about: [
        ...(a.group
          ? [
              GROUP_TEXT[lang].madeFrom(
                a.group.members.length,
                memberNames(
                  a.group.members.map((m) => m.name),
                  lang,
                ),
                a.date,
              ),
            ]
          : []),
        ...t.about(role.who, withSource, yes.length),
      ],
      next,
    },
    themes: q.themes.flatMap((th, i) => {
      const r = a.themes[i]!;
      if (r.verdict === null && r.lawVerdict === null && !practiceAnswered) return [];
      return {
        id: th.id,
        title: plain(th.title),
        status: r.verdict ? status(r.verdict) : null,
        lawStatus: r.lawVerdict ? status(r.lawVerdict) : null,
        score: r.score === null ? "–" : formatScore(r.score, lang),
        scoreValue: r.score,
        practiceScore: !practiceAnswered
          ? "–"
          : r.practiceScore !== null
            ? formatScore(r.practiceScore, lang)
            : th.items.some((x) => x.level === "aanbeveling")
              ? t.practiceCellNotFilled
              : "–",
      } satisfies ThemeView;
    }),
    gaps,
    unknown,
    unknownIntro: role.unknownIntro,
    hasLegal,
    hasLaw: q.items.some(inLawLens),
    opportunities,
    hasPractice: practiceAnswered,
    practiceUnanswered,
    practiceUnansweredTitle: t.notAnsweredPracticeTitle(practiceUnanswered.length),
    inOrder,
    inOrderIntro: t.inOrderIntro(yes.length, withSource),
    plan,
    glossary: glossaryTermsIn(shownTexts, q.glossary, lang, fallback).map((g) => ({
      term: plain(g.term),
      definition: rich(g.definition),
    })),
    method: {
      rules: [
        ...t.methodRules.slice(0, 2),
        ...t.methodLenses(
          q.lawText
            ? { title: q.lawText.title, date: formatDate(q.lawText.inForceOn, lang), url: q.lawText.url }
            : undefined,
          vngRows,
        ),
        ...t.methodRules.slice(2),
      ],
      priorityRule: t.priorityRule,
      stamp: [
        { label: t.stamp.tool, value: `zelftest ${meta.toolVersion}` },
        { label: t.stamp.questionnaire, value: `${q.id} ${q.version}` },
        { label: t.stamp.questionnaireHash, value: q.contentHash },
        ...(q.lawText ? [{ label: t.stamp.lawText, value: `${q.lawText.title}, ${q.lawText.inForceOn}` }] : []),
        { label: t.stamp.answersHash, value: meta.answersHash },
        { label: t.stamp.generated, value: meta.generatedAt },
      ],
    },
  };
}

/** A group answer's entries in `dissent` as the item view takes them: only the lists that have lines. */
function groupWords(w: { differ: string[]; apart: string[] }): { dissent?: string[]; ownWords?: string[] } {
  return {
    ...(w.differ.length > 0 ? { dissent: w.differ } : {}),
    ...(w.apart.length > 0 ? { ownWords: w.apart } : {}),
  };
}
