// The terminal interview: welcome, who and what, the questions theme by theme (with "more
// explanation", an optional note and source, "back" and "save and stop"), an overview per theme
// where any answer can be changed, and the result. Each of these is a step in steps/ over a
// shared context (context.ts) and the session that saves (session.ts); this file only puts them
// in order. Which questions, in what order, their numbers and what applies come from the shared
// question flow (src/flow/), the same one the form uses.
//
// Nothing is lost: the answer file is saved after every confirmed step (session.ts), and what was
// given of the details before the first save is kept after Ctrl-C (unfinished.ts). Terminal and
// files come in as parameters, so all of this is tested without a TTY; Ctrl-C arrives as
// InterruptedError from the prompter and leaves here saying where the answers are.
import type { AnswerSet } from "../model/answers.js";
import { InterruptedError } from "../errors.js";
import type { UnfinishedHeader } from "../load/unfinished-header.js";
import type { DetailsSoFar, InterviewFiles, InterviewOptions } from "./context.js";
import { interviewContext } from "./context.js";
import type { Prompter } from "./prompter.js";
import { Session } from "./session.js";
import { review } from "./steps/overview.js";
import { askQuestions } from "./steps/question.js";
import { showResult } from "./steps/result.js";
import { chooseFile, printWelcome } from "./steps/welcome.js";
import { keepUnfinished, removeUnfinished } from "./unfinished.js";

export type { InterviewFiles, InterviewOptions, ReportMaker } from "./context.js";

export type InterviewOutcome =
  | { readonly status: "done" | "stopped"; readonly file: string; readonly answers: AnswerSet }
  | { readonly status: "cancelled" };

export async function runInterview(
  prompter: Prompter,
  files: InterviewFiles,
  o: InterviewOptions,
): Promise<InterviewOutcome> {
  const c = interviewContext(prompter, files, o);
  const { t } = c;
  const s = new Session(c);
  // The details as they are given; after Ctrl-C before the first save, kept in an unfinished file.
  const given: DetailsSoFar = o.unfinished ? { ...o.unfinished } : {};
  const unfinishedText = o.unfinished && o.resume ? files.read(o.resume) : undefined;
  try {
    printWelcome(c);
    const draft = await chooseFile(c, s, given, unfinishedText);
    if (draft === undefined) return { status: "cancelled" };
    await s.save(draft, t.saveWhatHeader);
    prompter.print(`${o.style.dim(t.savedTo(s.file!))}\n`);
    if (o.resume && unfinishedText !== undefined && s.file !== o.resume)
      removeUnfinished(c, o.resume, unfinishedText, s.file!);

    if ((await askQuestions(c, s, draft)) === "stop" || (await review(c, s, draft)) === "stop") {
      prompter.print(`\n${t.stopped(s.file!)}\n${t.resumeHint(s.file!)}\n`);
      return { status: "stopped", file: s.file!, answers: s.toAnswerSet(draft) };
    }
    const answers = s.toAnswerSet(draft);
    await showResult(c, s.file!, answers);
    return { status: "done", file: s.file!, answers };
  } catch (err) {
    if (err instanceof InterruptedError) {
      if (s.unsaved !== undefined) prompter.print(`\n${o.style.bold(t.unsavedLost(s.unsaved))}\n`);
      if (s.savedTo === undefined && given.municipality !== undefined)
        throw keepUnfinished(c, given as UnfinishedHeader, unfinishedText);
      throw new InterruptedError(s.savedTo);
    }
    throw err;
  }
}
