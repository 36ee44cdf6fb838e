// `zelftest` / `zelftest interview`: the terminal interview. Needs a TTY; saves after every answer;
// Ctrl-C saves and exits 130 with a note on how to resume.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { InputError, InterruptedError, UsageError } from "../../errors.js";
import { LIMITS, readFileBytes } from "../../load/read-file.js";
import { loadAnswerFile, loadQuestionnaire, loadUnfinishedHeader, questionnaireRef } from "../../load/load-files.js";
import type { UnfinishedField, UnfinishedHeader } from "../../load/unfinished-header.js";
import type { AnswerSet } from "../../model/answers.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import type { Lang } from "../../model/vocabulary.js";
import { INTERVIEW_TEXT } from "../../messages/interview.js";
import type { Io } from "../io.js";
import { localToday } from "../today.js";
import { makeStyle } from "../style.js";
import { wrap } from "../../report/render-summary.js";
import { removeIfUnchanged, writeFileAtomic } from "../output.js";

export interface InterviewCommandOptions {
  questionnaire?: string;
  out?: string;
  resume?: string;
  verbose?: boolean;
  lang: Lang;
}

/**
 * An answer file's text as it is on disk now, to notice a second writer: undefined when it is
 * gone; for anything that cannot be read as a regular file, a text no saved file can equal, so
 * the interview moves its answers aside instead of overwriting it.
 */
function readCurrent(path: string): string | undefined {
  try {
    return Buffer.from(readFileBytes(path, LIMITS.answerFileBytes)).toString("utf8");
  } catch (err) {
    if (err instanceof InputError && err.diagnostics.some((d) => d.code === "FILE_NOT_FOUND")) return undefined;
    return "\u0000unreadable";
  }
}

export async function interviewCommand(options: InterviewCommandOptions, io: Io): Promise<number> {
  if (!io.stdinIsTTY || !io.stdoutIsTTY || !io.stdin || !io.output) throw new UsageError("NOT_A_TTY");
  const t = INTERVIEW_TEXT[options.lang];

  let questionnaire: Questionnaire;
  let resumed: AnswerSet | undefined;
  let unfinished: UnfinishedHeader | undefined;
  if (options.resume) {
    try {
      const loaded = loadAnswerFile(options.resume, options.questionnaire);
      [questionnaire, resumed] = [loaded.questionnaire, loaded.answers];
    } catch (err) {
      // A file the interview kept after Ctrl-C before the details were all given: asked again.
      const kept =
        err instanceof InputError ? loadUnfinishedHeader(options.resume, err, options.questionnaire) : undefined;
      if (kept === undefined) throw err;
      [questionnaire, unfinished] = [kept.questionnaire, kept.header];
    }
  } else questionnaire = loadQuestionnaire(options.questionnaire);

  // Files written during the interview are read back against the same questionnaire.
  const ref = questionnaireRef(questionnaire);
  const [{ runInterview }, { inquirerPrompter }, { makeReport }] = await Promise.all([
    import("../../interview/run-interview.js"),
    import("../../interview/inquirer-prompter.js"),
    import("../make-report.js"),
  ]);
  const style = await makeStyle(io, "stdout");
  const prompter = inquirerPrompter({ input: io.stdin, output: io.output, keyWords: t.keys });
  try {
    const outcome = await runInterview(
      prompter,
      {
        exists: (p) => existsSync(p),
        read: readCurrent,
        save: writeFileAtomic,
        load: (p) => (resumed && p === options.resume ? resumed : loadAnswerFile(p, ref).answers),
        removeIfUnchanged: (p, text) => removeIfUnchanged(p, text),
        resolve: (name) => resolve(io.cwd, name),
      },
      {
        questionnaire,
        makeReport: (answerFile, format) => {
          const saved = loadAnswerFile(answerFile, ref);
          return makeReport(saved.answers, saved.questionnaire, format, options.lang, io.env);
        },
        lang: options.lang,
        today: localToday(),
        ...(options.out ? { out: options.out } : {}),
        ...(options.resume ? { resume: options.resume } : {}),
        ...(unfinished ? { unfinished } : {}),
        style,
        width: Math.min(io.columns, 100),
        ...(options.verbose ? { verbose: true } : {}),
      },
    );
    void outcome;
    return 0;
  } catch (err) {
    if (!(err instanceof InterruptedError)) throw err;
    const missing = err.extra.missing ?? [];
    io.stdout.write(
      err.savedTo
        ? `\n\n${missing.length > 0 ? wrap(t.interruptedUnfinished(err.savedTo, missing as UnfinishedField[]), Math.min(io.columns, 100) - 2, "") : t.interrupted(err.savedTo)}\n${t.resumeHint(err.savedTo)}\n`
        : `\n\n${err.extra.missing ? t.interruptedKeptNothing : t.interruptedNothingSaved}\n`,
    );
    throw err;
  }
}
