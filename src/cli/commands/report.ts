// `zelftest report FILE [--format md|html|docx] [--out FILE] [--kort] [--plan-csv FILE] [--verbose]`: the
// report with a first page worded for the respondent's role, what is missing, what could not be
// checked, the plan van aanpak per work package and the evidence. Markdown to stdout by default; --out writes
// atomically. Word (docx) is loaded only when asked for and needs --out.
import { UsageError } from "../../errors.js";
import { loadAnswerFile } from "../../load/load-files.js";
import type { Lang } from "../../model/vocabulary.js";
import { renderPlanCsv } from "../../report/render-plan-csv.js";
import { renderReport } from "../../report/render-report.js";
import type { ReportFormat } from "../../report/render-report.js";
import type { Io } from "../io.js";
import { reportModel } from "../make-report.js";
export { generationTime } from "../make-report.js";
import { readTemplates } from "../read-templates.js";
import { outputFormat, refuseSameOutput, writeOutput } from "../output.js";
import { forTerminal, terminalText } from "../terminal-text.js";

export type ReportCommandFormat = ReportFormat | "docx";

export interface ReportOptions {
  format?: string;
  out?: string;
  questionnaire?: string;
  kort?: boolean;
  planCsv?: string;
  /** Show the questions' technical ids (for questionnaire authors). */
  verbose?: boolean;
  lang: Lang;
}

export function formatFor(format: string | undefined, out: string | undefined): ReportCommandFormat {
  return outputFormat(format, out, ["md", "html", "docx"]);
}

export async function reportCommand(file: string, options: ReportOptions, io: Io): Promise<number> {
  const format = formatFor(options.format, options.out);
  if (format === "docx" && !options.out)
    throw new UsageError("OPTION_REQUIRES", { option: "--format docx", requires: ["--out"] });
  const { answers, questionnaire } = loadAnswerFile(file, options.questionnaire);
  const view = { short: Boolean(options.kort), verbose: Boolean(options.verbose) };
  const model = reportModel(answers, questionnaire, options.lang, io.env, view);
  // Render everything before writing anything.
  let report: string | Uint8Array;
  if (format === "docx") {
    const { renderDocx } = await import("../../report/render-docx.js");
    report = await renderDocx(model);
  } else report = renderReport(model, format, readTemplates());
  // On a terminal, readable text instead of Markdown (piped or with --format md: the Markdown).
  const terminalReady = format === "md" && forTerminal(io, options);
  if (terminalReady) report = await terminalText(report as string, io);
  // The CSV holds the whole plan, also next to the first page alone (--kort).
  const planCsv = options.planCsv
    ? renderPlanCsv(
        options.kort ? reportModel(answers, questionnaire, options.lang, io.env, { ...view, short: false }) : model,
      )
    : null;

  const inputs = [file, options.questionnaire];
  refuseSameOutput({ option: "--out", path: options.out }, { option: "--plan-csv", path: options.planCsv }, io);
  writeOutput(report, options.out, io, inputs, { terminalReady });
  if (planCsv !== null) writeOutput(planCsv, options.planCsv, io, [...inputs, options.out]);
  return 0;
}
