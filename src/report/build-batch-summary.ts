// The research summary of a batch, as a view for the templates: counts, shares and means in
// the reader's language. Pure.
import { share } from "../score/aggregate.js";
import type { AggregateResult, AnswerCounts } from "../score/aggregate.js";
import { localize } from "../model/questionnaire.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { VERDICTS } from "../model/vocabulary.js";
import type { Lang } from "../model/vocabulary.js";
import { ANSWER_LABEL, formatScore, ROLE_LABEL, STATUS_LABEL } from "../messages/ui.js";
import { BATCH_TEXT } from "../messages/batch.js";
import { wording } from "../messages/error-messages.js";
import { STATUS_MARK } from "./render-summary.js";

const pct = (n: number, total: number, lang: Lang) => `${formatScore(share(n, total), lang)}%`;
const ANSWER_KEYS = ["ja", "deels", "nee", "weet-niet", "onbeantwoord", "niet-van-toepassing"] as const;

export function buildBatchSummary(agg: AggregateResult, q: Questionnaire, lang: Lang, toolVersion: string) {
  const t = BATCH_TEXT[lang];
  const fallback = q.languages[0] ?? "nl";
  const valid = agg.files.valid;
  const themeTitle = new Map(q.themes.map((th) => [th.id, localize(th.title, lang, fallback)]));
  const items = new Map(q.items.map((i) => [i.id, i]));
  const score = (n: number | null) => (n === null ? "–" : formatScore(n, lang));
  const answerLabels = ANSWER_KEYS.map((k) => (k === "onbeantwoord" ? t.unanswered : k === "niet-van-toepassing" ? t.notApplicable : ANSWER_LABEL[lang][k]));
  const itemRow = (i: { id: string; answers: AnswerCounts }) => ({
    id: i.id,
    question: { rich: items.get(i.id) ? localize(items.get(i.id)!.question, lang, fallback) : i.id },
    shares: ANSWER_KEYS.map((k) => pct(i.answers[k], valid, lang)),
  });

  return {
    lang,
    t,
    title: t.title,
    questionnaire: `${localize(q.title, lang, fallback)} (${q.id} ${q.version})`,
    files: [
      { label: t.total, value: String(agg.files.total) },
      { label: t.valid, value: String(agg.files.valid) },
      { label: t.invalid, value: String(agg.files.invalid) },
    ],
    byRole: agg.byRole.map((r) => ({ label: ROLE_LABEL[lang][r.role], count: r.count, share: pct(r.count, valid, lang) })),
    byYear: agg.byYear.map((y) => ({ label: y.year, count: y.count, share: pct(y.count, valid, lang) })),
    verdictHeads: VERDICTS.map((v) => `${STATUS_MARK[v]} ${STATUS_LABEL[lang][v]}`),
    overall: VERDICTS.map((v) => ({ label: `${STATUS_MARK[v]} ${STATUS_LABEL[lang][v]}`, count: agg.verdicts[v], share: pct(agg.verdicts[v], valid, lang) })),
    meanScore: score(agg.meanScore),
    meanPractice: agg.meanPracticeScore === null ? null : { label: t.meanPractice(agg.practiceFiles), value: score(agg.meanPracticeScore) },
    themes: agg.themes.map((th) => ({
      title: themeTitle.get(th.id) ?? th.id,
      shares: VERDICTS.map((v) => pct(th.verdicts[v], valid, lang)),
      meanScore: score(th.meanScore),
    })),
    answerHeads: answerLabels,
    legalItems: agg.items.filter((i) => i.level === "wettelijk").map(itemRow),
    practiceItems: agg.items.filter((i) => i.level === "aanbeveling").map(itemRow),
    matrixHeads: agg.themes.map((th) => themeTitle.get(th.id) ?? th.id),
    municipalities: agg.municipalities.map((m) => ({ name: m.name, files: m.files, meanScore: score(m.meanScore), cells: m.themes.map((c) => score(c.meanScore)) })),
    invalid: agg.invalid.map((f) => ({
      file: f.file,
      code: f.code,
      place: f.line !== undefined ? `${f.line}:${f.column ?? 1}` : "–",
      problems: f.problems,
      message: wording(f.code, f.params, lang).message,
    })),
    namesSection: agg.names ? { list: agg.names } : null,
    stamp: [
      { label: t.tool, value: `zelftest ${toolVersion}` },
      { label: t.questionnaire, value: `${q.id} ${q.version}` },
      { label: t.questionnaireHash, value: q.contentHash },
    ],
  };
}

export type BatchSummary = ReturnType<typeof buildBatchSummary>;
