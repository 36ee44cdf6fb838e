// Step: the result. The summary of the saved answers (scored as `zelftest score` scores them),
// where the file is and what to do next, and the offer to write the report beside it.
import type { AnswerSet } from "../../model/answers.js";
import { renderSummary } from "../../report/render-summary.js";
import { scoreAnswers } from "../../score/score-answers.js";
import type { InterviewContext, ReportMaker } from "../context.js";

export async function showResult(c: InterviewContext, file: string, answers: AnswerSet): Promise<void> {
  const { prompter, t, o, q } = c;
  prompter.print(`\n${o.style.bold(t.resultTitle)}\n\n`);
  prompter.print(renderSummary(scoreAnswers(q, answers), q, o.lang, o.style, o.width, o.verbose === true));
  prompter.print(`\n${t.stopped(file)}\n${t.nextSteps(file)}\n`);
  if (o.makeReport) await offerReport(c, file, o.makeReport);
}

/** The report as HTML, Markdown, both or none, beside the answer file; an existing report is replaced only when the person says so. */
export async function offerReport(c: InterviewContext, answerFile: string, make: ReportMaker): Promise<void> {
  const { prompter, files, t } = c;
  const choice = await prompter.select(t.reportOffer, [
    { value: ["html"], name: t.reportHtml },
    { value: ["md"], name: t.reportMd },
    { value: ["html", "md"], name: t.reportBoth },
    { value: [], name: t.reportNone },
  ] as { value: ("md" | "html")[]; name: string }[]);
  const written: string[] = [];
  for (const reportFormat of choice) {
    const target = `${answerFile.replace(/\.(ya?ml|json)$/i, "")}.${reportFormat}`;
    if (files.exists(target)) {
      const overwrite = await prompter.select(t.reportExists(target), [
        { value: true, name: t.reportOverwrite },
        { value: false, name: t.reportSkip },
      ]);
      if (!overwrite) continue;
    }
    files.save(target, make(answerFile, reportFormat));
    written.push(target);
  }
  for (const w of written) prompter.print(`${t.reportWritten(w)}\n`);
}
