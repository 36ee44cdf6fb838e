// The report of one answer set, as `zelftest report` makes it and as the interview offers it at
// its end: shared here so that one command never imports another.
import { UsageError } from "../errors.js";
import type { AnswerSet } from "../model/answers.js";
import type { Questionnaire } from "../model/questionnaire.js";
import type { Lang } from "../model/vocabulary.js";
import { buildReport } from "../report/build-report.js";
import type { ReportModel, ReportOptions } from "../report/build-report.js";
import { renderReport } from "../report/render-report.js";
import type { ReportFormat } from "../report/render-report.js";
import { scoreAnswers } from "../score/score-answers.js";
import type { Io } from "./io.js";
import { packageVersion } from "./package-version.js";
import { readTemplates } from "./read-templates.js";

/** The largest SOURCE_DATE_EPOCH a date can hold: 8.64e15 ms after 1970 is JavaScript's last date. */
const MAX_EPOCH = 8_640_000_000_000;

/**
 * The generation time: SOURCE_DATE_EPOCH (whole seconds since 1970) when set, for reproducible
 * reports; else now. A value that is not such a number, or beyond the last date there is, is a
 * usage error (exit 2), as the reproducible-builds specification asks: a report silently stamped
 * with the wrong time is worse than none.
 */
export function generationTime(env: Io["env"], now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  let date = now;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch) || Number(epoch) > MAX_EPOCH)
      throw new UsageError("INVALID_OPTION", {
        option: "SOURCE_DATE_EPOCH",
        value: epoch,
        allowed: [`0 … ${MAX_EPOCH}`],
      });
    date = new Date(Number(epoch) * 1000);
  }
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The report model of one answer set (`short`: the first page only, as --kort; `verbose`: with item ids). */
export function reportModel(
  answers: AnswerSet,
  questionnaire: Questionnaire,
  lang: Lang,
  env: Io["env"],
  options: ReportOptions = {},
): ReportModel {
  return buildReport(
    scoreAnswers(questionnaire, answers),
    questionnaire,
    lang,
    { toolVersion: packageVersion(), generatedAt: generationTime(env), answersHash: answers.contentHash },
    options,
  );
}

/** Renders the report of one answer set as text. */
export function makeReport(
  answers: AnswerSet,
  questionnaire: Questionnaire,
  format: ReportFormat,
  lang: Lang,
  env: Io["env"],
): string {
  return renderReport(reportModel(answers, questionnaire, lang, env), format, readTemplates());
}
