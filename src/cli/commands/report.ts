// `zelftest report FILE [--format md|html|docx] [--out FILE] [--kort] [--plan-csv FILE]`: the
// report with a first page for the college, what is missing, what could not be checked, the
// plan van aanpak per work package and the evidence. Markdown to stdout by default; --out writes
// atomically. Word (docx) is loaded only when asked for and needs --out.
import { resolve } from "node:path";
import { UsageError } from "../../errors.js";
import { loadAnswerFile } from "../../load/load-files.js";
import type { AnswerSet } from "../../model/answers.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import type { Lang } from "../../model/vocabulary.js";
import { REPORT_TEXT } from "../../messages/report.js";
import { buildReport } from "../../report/build-report.js";
import type { ReportModel } from "../../report/build-report.js";
import { renderPlanCsv } from "../../report/render-plan-csv.js";
import { renderReport } from "../../report/render-report.js";
import type { ReportFormat } from "../../report/render-report.js";
import { scoreAnswers } from "../../score/score-answers.js";
import type { Io } from "../io.js";
import { packageVersion } from "../package-version.js";
import { readTemplates } from "../read-templates.js";
import { outputFormat, writeOutput } from "../output.js";

export type ReportCommandFormat = ReportFormat | "docx";

export interface ReportOptions {
  format?: string;
  out?: string;
  questionnaire?: string;
  kort?: boolean;
  planCsv?: string;
  lang: Lang;
}

/** The generation time: SOURCE_DATE_EPOCH (seconds) when set, for reproducible reports; else now. */
export function generationTime(env: Io["env"], now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function formatFor(format: string | undefined, out: string | undefined): ReportCommandFormat {
  return outputFormat(format, out, ["md", "html", "docx"]);
}

function modelOf(answers: AnswerSet, questionnaire: Questionnaire, lang: Lang, env: Io["env"], short = false): ReportModel {
  return buildReport(
    scoreAnswers(questionnaire, answers),
    questionnaire,
    lang,
    { toolVersion: packageVersion(), generatedAt: generationTime(env), answersHash: answers.contentHash },
    { short },
  );
}

/** Renders the report of one answer set as text (also used by the interview's last step). */
export function makeReport(answers: AnswerSet, questionnaire: Questionnaire, format: ReportFormat, lang: Lang, env: Io["env"]): string {
  return renderReport(modelOf(answers, questionnaire, lang, env), format, readTemplates());
}

export async function reportCommand(file: string, options: ReportOptions, io: Io): Promise<number> {
  const format = formatFor(options.format, options.out);
  if (format === "docx" && !options.out) throw new UsageError("USAGE", { detail: REPORT_TEXT[options.lang].docxNeedsOut });
  const { answers, questionnaire } = loadAnswerFile(resolve(io.cwd, file), options.questionnaire);
  const model = modelOf(answers, questionnaire, options.lang, io.env, Boolean(options.kort));
  // Render everything before writing anything.
  let report: string | Uint8Array;
  if (format === "docx") {
    const { renderDocx } = await import("../../report/render-docx.js");
    report = await renderDocx(model);
  } else report = renderReport(model, format, readTemplates());
  // The CSV holds the whole plan, also next to the first page alone (--kort).
  const planCsv = options.planCsv ? renderPlanCsv(options.kort ? modelOf(answers, questionnaire, options.lang, io.env) : model) : null;

  const inputs = [file, options.questionnaire];
  writeOutput(report, options.out, io, inputs);
  if (planCsv !== null) writeOutput(planCsv, options.planCsv, io, [...inputs, options.out]);
  return 0;
}
