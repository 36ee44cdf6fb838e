// `zelftest score FILE [--json] [--verbose]`: the legal verdict and scores of one answer file; the
// questions by their text, their ids only with --verbose (as in the report and the interview).
import { loadAnswerFile } from "../../load/load-files.js";
import { renderSummary } from "../../report/render-summary.js";
import { scoreAnswers } from "../../score/score-answers.js";
import type { Lang } from "../../model/vocabulary.js";
import type { Io } from "../io.js";
import { makeStyle } from "../style.js";

export interface ScoreOptions {
  json?: boolean;
  questionnaire?: string;
  /** Show the questions' technical ids beside their text (for questionnaire authors). */
  verbose?: boolean;
  lang: Lang;
}

export async function scoreCommand(file: string, options: ScoreOptions, io: Io): Promise<number> {
  const { answers, questionnaire } = loadAnswerFile(file, options.questionnaire);
  const assessment = scoreAnswers(questionnaire, answers);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(assessment, null, 2)}\n`);
    return 0;
  }
  const style = await makeStyle(io, "stdout");
  io.stdout.write(
    renderSummary(assessment, questionnaire, options.lang, style, Math.min(io.columns, 100), Boolean(options.verbose)),
  );
  return 0;
}
