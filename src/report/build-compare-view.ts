// The comparison as a view for the templates: labels, side-by-side cells, the three blocks of the
// conversation (agreed missing, difference of opinion, information to share) and the trend, in
// the reader's language. Pure. Notes and names come from answer files and stay plain text.
import type { Comparison, Change } from "../score/compare.js";
import { localize } from "../model/questionnaire.js";
import type { Questionnaire } from "../model/questionnaire.js";
import type { Dissent, Votes } from "../model/answers.js";
import type { AnswerValue, ItemStatus, Lang, Level, Verdict } from "../model/vocabulary.js";
import { ANSWER_LABEL, formatDate, formatScore, ROLE_LABEL, STATUS_LABEL } from "../messages/ui.js";
import { COMPARE_TEXT } from "../messages/compare.js";
import { dissentLines, votesLine } from "./group-lines.js";
import { GROUP_TEXT } from "../messages/group.js";
import { formatList } from "../messages/intl.js";
import { itemKindShort, legalCitation } from "../messages/legal.js";
import { actionOf, checkOf, legalOf } from "./questionnaire-fields.js";
import { STATUS_MARK } from "./render-summary.js";

export interface CompareViewOptions {
  /** Show the questions' technical ids (`zelftest compare --verbose`), for questionnaire authors. */
  readonly verbose?: boolean;
  /**
   * Say how to ask for the other kind (--perspectives, --trend) after saying why this kind was
   * chosen: the command line's words; the form leaves them out. Default true.
   */
  readonly switchHint?: boolean;
}

export function buildCompareView(c: Comparison, q: Questionnaire, lang: Lang, options: CompareViewOptions = {}) {
  const t = COMPARE_TEXT[lang];
  const fallback = q.languages[0] ?? "nl";
  const items = new Map(q.items.map((i) => [i.id, i]));
  const themeTitle = new Map(q.themes.map((th) => [th.id, localize(th.title, lang, fallback)]));
  const score = (n: number | null) => (n === null ? "–" : formatScore(n, lang));
  const verdict = (v: Verdict | null) => (v === null ? "–" : `${STATUS_MARK[v]} ${STATUS_LABEL[lang][v]}`);
  const statusCell = (s: ItemStatus, answer: string) =>
    s === "niet-van-toepassing" ? `– ${STATUS_LABEL[lang][s]}` : `${STATUS_MARK[s]} ${answer}`;
  // Every heading names the respondent (role, name, a group's size) and the date, also in a trend.
  const who = (f: Comparison["files"][number]) => {
    const details = [f.name, f.groupSize !== undefined ? t.groupOf(f.groupSize) : undefined].filter(Boolean);
    return `${ROLE_LABEL[lang][f.role]}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
  };
  const labels = c.files.map((f) => `${who(f)}, ${formatDate(f.date, lang)}`);
  const votesText = (v: Votes | null) => votesLine(v, lang);
  const dissentText = (ds: readonly Dissent[] | null, answer: AnswerValue | null) => {
    const { differ, apart } = dissentLines(ds, lang, t.rowEvidence, answer);
    return [...differ, ...(apart.length > 0 ? [`${GROUP_TEXT[lang].ownWordsLabel}: ${apart.join("; ")}`] : [])].join(
      "; ",
    );
  };
  const answerLabel = (a: string | null) => ANSWER_LABEL[lang][(a ?? "none") as keyof (typeof ANSWER_LABEL)["nl"]];
  const question = (id: string) => ({ rich: items.get(id) ? localize(items.get(id)!.question, lang, fallback) : id });
  // Good practice shows its score only: no legal verdict words (and no legal red) for it.
  const changeRow = (label: string, ch: Change, practice = false) => ({
    label,
    direction: t.direction[ch.direction],
    from: practice ? score(ch.from) : `${verdict(ch.verdictFrom)} · ${score(ch.from)}`,
    to: practice ? score(ch.to) : `${verdict(ch.verdictTo)} · ${score(ch.to)}`,
    change: ch.delta === null ? "–" : `${ch.delta > 0 ? "+" : ""}${formatScore(ch.delta, lang)}`,
  });
  const byId = new Map(c.items.map((i) => [i.id, i]));
  /** What an item rests on: "Wet", "VNG-zelftest" (messages/legal.ts), or "Goede praktijk". */
  const levelOf = (x: { level: Level; id: string }) =>
    itemKindShort({ level: x.level, legal: items.get(x.id)?.legal }, lang);
  const rich = (x: Parameters<typeof localize>[0]) => ({ rich: localize(x, lang, fallback) });
  /** One item of a conversation block: the question, and every side's answer, note and source side by side. */
  const blockItem = (id: string, n: number, extra: "action" | "check" | "distance") => {
    const i = byId.get(id)!;
    const item = items.get(id)!;
    const legal = legalOf(item);
    const rows = [
      { label: t.rowAnswer, cells: i.answers.map((a, k) => statusCell(i.statuses[k]!, answerLabel(a))) },
      { label: t.rowVotes, cells: i.votes.map(votesText) },
      { label: t.rowNote, cells: i.notes.map((x) => x ?? "") },
      { label: t.rowEvidence, cells: i.evidence.map((x) => x ?? "") },
      { label: t.rowDissent, cells: i.dissent.map((d, k) => dissentText(d, i.answers[k] ?? null)) },
    ].filter((r, k) => k === 0 || r.cells.some((x) => x !== ""));
    const known = i.answers.length - i.unknown;
    const failing = i.answers.find((a) => a === "nee") ?? i.answers.find((a) => a === "deels") ?? "weet-niet";
    return {
      nr: n + 1,
      id,
      theme: themeTitle.get(i.theme) ?? i.theme,
      levelLabel: levelOf(item),
      question: question(id),
      ...(legal ? { legal: legalCitation([legal], lang) } : {}),
      rows,
      // A minority that did not know did not decide: say so (agreed missing, difference of opinion).
      ...(extra !== "check" && i.unknown > 0 ? { weighed: t.weighed(i.unknown, i.answers.length, known) } : {}),
      ...(extra === "action"
        ? { action: rich(actionOf(item, failing === "nee" || failing === "deels" ? failing : "nee")) }
        : {}),
      ...(extra === "check" ? { check: rich(checkOf(item)) } : {}),
      ...(extra === "distance" && i.distance !== null ? { distance: t.distance(i.distance) } : {}),
    };
  };
  // Each item says whether it is a legal requirement or good practice (a reader of "Nog open" must tell them apart).
  const listOf = (ids: readonly string[]) =>
    ids.map((id) => ({
      id,
      theme: themeTitle.get(byId.get(id)!.theme) ?? "",
      levelLabel: levelOf(byId.get(id)!),
      question: question(id),
    }));

  return {
    lang,
    t,
    showIds: Boolean(options.verbose),
    title: t.title(c.files[0]?.municipality ?? ""),
    intro:
      c.kind === "trend"
        ? t.trend(formatDate(c.files[0]?.date ?? "", lang), formatDate(c.files[c.files.length - 1]?.date ?? "", lang))
        : t.perspectives(formatList(c.files.map(who), lang)),
    notes: [
      ...(c.kindReason === "asked"
        ? []
        : [
            [
              t.kindChosen[c.kindReason],
              // A trend between roles makes no sense: no hint then.
              ...(options.switchHint === false || c.kindReason === "roles-differ"
                ? []
                : [t.kindSwitch[c.kind === "trend" ? "perspectives" : "trend"]]),
            ].join(" "),
          ]),
      ...(c.mixed ? [t.mixed] : []),
      ...(c.practiceCompared ? [] : [t.practiceNotCompared]),
      ...(c.kind === "perspectives" && new Set(c.files.map((f) => f.date)).size > 1 ? [t.datesDiffer] : []),
    ],
    isTrend: c.kind === "trend",
    questionnaire: `${c.questionnaire.id} ${c.questionnaire.version}`,
    fileHeads: labels,
    files: c.files.map((f, k) => ({
      label: labels[k],
      who: who(f),
      date: formatDate(f.date, lang),
      file: f.file,
      verdict: verdict(f.verdict),
      score: score(f.score),
      practiceScore: score(f.practiceScore),
    })),
    agreement:
      c.agreement.rate === null
        ? t.noAgreement
        : t.agreement(c.agreement.agreeing, c.agreement.items, `${formatScore(c.agreement.rate, lang)}%`),
    themes: c.themes
      .filter((th) => th.verdicts.some((v) => v !== null) || th.practiceScores.some((p) => p !== null))
      .map((th) => ({
        title: themeTitle.get(th.id) ?? th.id,
        cells: th.verdicts.map((v, k) =>
          v === null
            ? `${t.practiceScore} ${score(th.practiceScores[k] ?? null)}`
            : `${verdict(v)} · ${score(th.scores[k] ?? null)}`,
        ),
      })),
    blocks: c.blocks
      ? {
          agreeMissing: c.blocks.agreeMissing.map((id, n) => blockItem(id, n, "action")),
          disagree: c.blocks.disagree.map((id, n) => blockItem(id, n, "distance")),
          share: c.blocks.share.map((id, n) => blockItem(id, n, "check")),
        }
      : null,
    agenda:
      c.kind === "perspectives"
        ? c.agenda.map((id, n) => {
            const i = byId.get(id)!;
            return {
              nr: n + 1,
              id,
              theme: themeTitle.get(i.theme) ?? i.theme,
              question: question(id),
              priority: t.priority[i.priority as 1 | 2 | 3 | 4],
              answers: i.answers.map((a, k) => ({
                label: labels[k],
                answer: statusCell(i.statuses[k]!, answerLabel(a)),
                note: i.notes[k],
                evidence: i.evidence[k],
              })),
            };
          })
        : [],
    trend: c.trend
      ? {
          rows: [
            changeRow(t.overall, c.trend.overall),
            ...(c.trend.practice.from !== null || c.trend.practice.to !== null
              ? [changeRow(t.practice, c.trend.practice, true)]
              : []),
            ...c.trend.themes.map((th) => changeRow(themeTitle.get(th.id) ?? th.id, th)),
          ],
          improved: listOf(c.trend.improved),
          worsened: listOf(c.trend.worsened),
          open: listOf(c.trend.open),
        }
      : null,
    all: c.items
      .filter((i) => i.answers.some((a) => a !== null))
      .map((i) => ({
        id: i.id,
        question: question(i.id),
        // A group's answer with its votes: "✓ Ja (2 × Ja, 1 × Deels, 1 × Weet niet)".
        cells: i.answers.map((a, k) => {
          const votes = votesText(i.votes[k] ?? null);
          return `${statusCell(i.statuses[k]!, answerLabel(a))}${votes ? ` (${votes})` : ""}`;
        }),
        same: c.kind === "trend" ? (i.direction ? t.direction[i.direction] : "–") : i.agree ? t.agree : t.differ,
      })),
  };
}
