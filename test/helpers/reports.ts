// Builds reports for tests with a fixed tool version and time, so golden files stay stable.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadAnswerFile } from "../../src/load/load-files.js";
import type { Questionnaire } from "../../src/model/questionnaire.js";
import type { AnswerSet } from "../../src/model/answers.js";
import type { Lang } from "../../src/model/vocabulary.js";
import { buildReport } from "../../src/report/build-report.js";
import type { ReportModel, ReportOptions } from "../../src/report/build-report.js";
import { renderReport } from "../../src/report/render-report.js";
import type { ReportFormat, Templates } from "../../src/report/render-report.js";
import { scoreAnswers } from "../../src/score/score-answers.js";
import { ROOT } from "./fixtures.js";

export const templates: Templates = {
  md: readFileSync(join(ROOT, "templates", "report.md.mustache"), "utf8"),
  html: readFileSync(join(ROOT, "templates", "report.html.mustache"), "utf8"),
  css: readFileSync(join(ROOT, "templates", "report.css"), "utf8"),
};

export const META = { toolVersion: "0.0.0-test", generatedAt: "2026-01-01T00:00:00Z" };

export function modelOf(
  answers: AnswerSet,
  q: Questionnaire,
  lang: Lang = "nl",
  options: ReportOptions = {},
): ReportModel {
  return buildReport(scoreAnswers(q, answers), q, lang, { ...META, answersHash: answers.contentHash }, options);
}

export function modelOfFile(file: string, lang: Lang = "nl", options: ReportOptions = {}): ReportModel {
  const { answers, questionnaire } = loadAnswerFile(file);
  return modelOf(answers, questionnaire, lang, options);
}

export function reportOfFile(
  file: string,
  format: ReportFormat,
  lang: Lang = "nl",
  options: ReportOptions = {},
): string {
  return renderReport(modelOfFile(file, lang, options), format, templates);
}
