// `zelftest report FILE [--format md|html] [--out FILE]`: the gap report with recommendations and
// an action plan. Markdown to stdout by default; --out writes atomically.
import { resolve } from "node:path";
import { loadAnswerFile } from "../../load/load-files.js";
import type { AnswerSet } from "../../model/answers.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import type { Lang } from "../../model/vocabulary.js";
import { buildReport } from "../../report/build-report.js";
import { renderReport } from "../../report/render-report.js";
import type { ReportFormat } from "../../report/render-report.js";
import { scoreAnswers } from "../../score/score-answers.js";
import type { Io } from "../io.js";
import { packageVersion } from "../main.js";
import { readTemplates } from "../read-templates.js";
import { outputFormat, writeOutput } from "../output.js";

export interface ReportOptions {
  format?: string;
  out?: string;
  questionnaire?: string;
  lang: Lang;
}

/** The generation time: SOURCE_DATE_EPOCH (seconds) when set, for reproducible reports; else now. */
export function generationTime(env: Io["env"], now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function formatFor(format: string | undefined, out: string | undefined): ReportFormat {
  return outputFormat(format, out, ["md", "html"]);
}

/** Renders the report of one answer set (also used by the interview's last step). */
export function makeReport(answers: AnswerSet, questionnaire: Questionnaire, format: ReportFormat, lang: Lang, env: Io["env"]): string {
  const model = buildReport(scoreAnswers(questionnaire, answers), questionnaire, lang, {
    toolVersion: packageVersion(),
    generatedAt: generationTime(env),
    answersHash: answers.contentHash,
  });
  return renderReport(model, format, readTemplates());
}

export async function reportCommand(file: string, options: ReportOptions, io: Io): Promise<number> {
  const format = formatFor(options.format, options.out);
  const { answers, questionnaire } = loadAnswerFile(resolve(io.cwd, file), options.questionnaire);
  const text = makeReport(answers, questionnaire, format, options.lang, io.env);
  writeOutput(text, options.out, io, [file, options.questionnaire]);
  return 0;
}
