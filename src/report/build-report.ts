// Builds the report model from an assessment: what the report says, in which order, in the
// reader's language, before any format. Pure. Texts from the questionnaire are RichText (the
// author may use a little Markdown); texts from the answer file stay plain strings, which the
// renderers always escape.
import type { Assessment, ItemResult } from "../model/assessment.js";
import { citeBasis } from "../model/citation.js";
import { localize } from "../model/questionnaire.js";
import type { Item, LocalizedText, Questionnaire } from "../model/questionnaire.js";
import { byUrgency } from "../model/severity.js";
import type { ItemStatus, Lang } from "../model/vocabulary.js";
import { ANSWER_LABEL, formatDate, formatScore, ROLE_LABEL, STATUS_LABEL, VERDICT_MEANING } from "../messages/ui.js";
import { REPORT_TEXT } from "../messages/report.js";
import type { ReportTexts } from "../messages/report.js";
import { practiceFilledIn } from "../score/score-answers.js";
import { STATUS_MARK } from "./render-summary.js";

/** Text written by the questionnaire's author: may contain inline Markdown (emphasis, links). */
export interface RichText {
  readonly rich: string;
}

export interface StatusView {
  readonly label: string;
  readonly mark: string;
  /** The status word, used as a CSS class. */
  readonly cls: ItemStatus;
}

export type Priority = "hoog" | "middel" | "laag";

export interface GapView {
  readonly anchor: string;
  readonly id: string;
  readonly levelLabel: string;
  readonly theme: string;
  readonly question: RichText;
  readonly answer: string;
  readonly status: StatusView;
  readonly note?: string;
  readonly evidenceGiven?: string;
  readonly why: RichText;
  readonly recommendation: RichText;
  readonly basis: readonly string[];
  /** The basis as one line, sources separated by "; ". */
  readonly basisText: string;
  readonly examples: readonly { readonly municipality: string; readonly text: RichText }[];
  readonly evidenceNeeded: RichText;
  readonly priority: Priority;
  readonly priorityLabel: string;
}

export interface ThemeView {
  readonly id: string;
  readonly title: string;
  readonly summary: RichText;
  readonly status: StatusView | null;
  readonly score: string;
  readonly scoreValue: number | null;
  readonly practiceScore: string;
}

export interface ReportModel {
  readonly lang: Lang;
  readonly t: ReportTexts;
  readonly title: string;
  readonly header: { readonly municipality: string; readonly respondent: string; readonly date: string; readonly questionnaire: string };
  readonly summary: {
    readonly status: StatusView | null;
    readonly meaning: string;
    readonly score: string;
    readonly practiceScore: string;
    readonly counts: readonly { readonly label: string; readonly legal: number; readonly practice: number }[];
    readonly hasPractice: boolean;
    readonly unanswered?: string;
    readonly urgent: readonly GapView[];
  };
  readonly themes: readonly ThemeView[];
  readonly gaps: readonly GapView[];
  readonly inOrder: readonly { readonly id: string; readonly theme: string; readonly question: RichText; readonly levelLabel: string }[];
  readonly plan: readonly { readonly nr: number; readonly action: RichText; readonly theme: string; readonly priorityLabel: string; readonly evidence: RichText }[];
  readonly method: { readonly rules: readonly string[]; readonly priorityRule: string; readonly stamp: readonly { readonly label: string; readonly value: string }[] };
}

export interface ReportMeta {
  readonly toolVersion: string;
  /** ISO timestamp of generation (injected, so golden files stay stable). */
  readonly generatedAt: string;
  readonly answersHash: string;
}

function priorityOf(r: ItemResult): Priority {
  if (r.level === "aanbeveling") return "laag";
  return r.status === "deels" ? "middel" : "hoog";
}

export function buildReport(a: Assessment, q: Questionnaire, lang: Lang, meta: ReportMeta): ReportModel {
  const t = REPORT_TEXT[lang];
  const fallback = q.languages[0] ?? "nl";
  const plain = (x: LocalizedText) => localize(x, lang, fallback);
  const rich = (x: LocalizedText): RichText => ({ rich: localize(x, lang, fallback) });
  const status = (s: ItemStatus): StatusView => ({ label: STATUS_LABEL[lang][s], mark: STATUS_MARK[s], cls: s });
  const items = new Map(q.items.map((i) => [i.id, i]));
  const themeTitle = new Map(q.themes.map((th) => [th.id, plain(th.title)]));
  const results = a.themes.flatMap((th) => th.items.map((r) => ({ r, item: items.get(r.id)!, theme: th.id })));
  const levelLabel = (i: Item) => (i.level === "wettelijk" ? t.legalItem : t.practiceItem);

  const basisLine = (item: Item) => item.basis.map((b) => citeBasis(b, q.sources, b.note ? plain(b.note) : undefined));

  // Before any good-practice item is answered, its unanswered items are not listed as gaps.
  const practiceAnswered = practiceFilledIn(a);
  const gaps: GapView[] = results
    .filter(({ r }) => r.status !== "voldoet" && r.status !== "niet-van-toepassing")
    .filter(({ r }) => r.level === "wettelijk" || practiceAnswered)
    .sort((x, y) => (x.r.level === y.r.level ? 0 : x.r.level === "wettelijk" ? -1 : 1) || byUrgency(x.r.status, y.r.status))
    .map(({ r, item, theme }) => {
      const failing = r.answer === "deels" || r.answer === "nee" ? r.answer : "weet-niet";
      const priority = priorityOf(r);
      return {
        anchor: `item-${r.id.replace(/[^a-z0-9-]/g, "-")}`,
        id: r.id,
        levelLabel: levelLabel(item),
        theme: themeTitle.get(theme) ?? theme,
        question: rich(item.question),
        answer: ANSWER_LABEL[lang][r.answer ?? "none"],
        status: status(r.status),
        ...(r.note ? { note: r.note } : {}),
        ...(r.evidence ? { evidenceGiven: r.evidence } : {}),
        why: rich(item.why),
        recommendation: rich(item.recommendations[failing]),
        basis: basisLine(item),
        basisText: basisLine(item).join("; "),
        examples: item.examples.map((e) => ({ municipality: e.municipality, text: rich(e.text) })),
        evidenceNeeded: rich(item.evidence),
        priority,
        priorityLabel: t.priority[priority],
      };
    });

  const hasPractice = practiceAnswered;
  const countRows = (["voldoet", "deels", "onbekend", "voldoet-niet", "niet-van-toepassing"] as const)
    .map((s) => ({ label: `${STATUS_MARK[s]} ${STATUS_LABEL[lang][s]}`, legal: a.counts.wettelijk[s], practice: a.counts.aanbeveling[s] }))
    .filter((row, i) => i === 0 || row.legal + row.practice > 0);
  const unanswered = a.counts.wettelijk.onbeantwoord + (practiceAnswered ? a.counts.aanbeveling.onbeantwoord : 0);
  const who = ROLE_LABEL[lang][a.respondent.role] + (a.respondent.name ? ` (${a.respondent.name})` : "");

  return {
    lang,
    t,
    title: t.documentTitle(a.municipality),
    header: {
      municipality: a.municipality,
      respondent: who,
      date: formatDate(a.date, lang),
      questionnaire: `${plain(q.title)} (${q.id} ${q.version})`,
    },
    summary: {
      status: a.verdict ? status(a.verdict) : null,
      meaning: a.verdict ? VERDICT_MEANING[lang][a.verdict] : "",
      score: a.score === null ? t.notAssessed : `${formatScore(a.score, lang)} ${t.scoreOutOf}`,
      practiceScore:
        a.practiceScore === null ? t.notAssessed : practiceAnswered ? `${formatScore(a.practiceScore, lang)} ${t.scoreOutOf}` : t.practiceNotFilled,
      counts: countRows,
      hasPractice,
      ...(unanswered > 0 ? { unanswered: t.unanswered(unanswered) } : {}),
      urgent: gaps.slice(0, 3),
    },
    themes: q.themes.flatMap((th, i) => {
      const r = a.themes[i]!;
      if (r.verdict === null && !practiceAnswered) return [];
      return {
        id: th.id,
        title: plain(th.title),
        summary: rich(th.summary),
        status: r.verdict ? status(r.verdict) : null,
        score: r.score === null ? "–" : formatScore(r.score, lang),
        scoreValue: r.score,
        practiceScore: r.practiceScore === null || !practiceAnswered ? "–" : formatScore(r.practiceScore, lang),
      } satisfies ThemeView;
    }),
    gaps,
    inOrder: results
      .filter(({ r }) => r.status === "voldoet")
      .map(({ r, item, theme }) => ({ id: r.id, theme: themeTitle.get(theme) ?? theme, question: rich(item.question), levelLabel: levelLabel(item) })),
    plan: gaps.map((g, i) => ({ nr: i + 1, action: g.recommendation, theme: g.theme, priorityLabel: g.priorityLabel, evidence: g.evidenceNeeded })),
    method: {
      rules: t.methodRules,
      priorityRule: t.priorityRule,
      stamp: [
        { label: t.stamp.tool, value: `zelftest ${meta.toolVersion}` },
        { label: t.stamp.questionnaire, value: `${q.id} ${q.version}` },
        { label: t.stamp.questionnaireHash, value: q.contentHash },
        { label: t.stamp.answersHash, value: meta.answersHash },
        { label: t.stamp.generated, value: meta.generatedAt },
      ],
    },
  };
}
