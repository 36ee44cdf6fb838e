// Scores one answer file for `batch`: the assessment, or the file's coded problems. Reading is
// apart from scoring, so that the main thread can read while the worker threads parse and score.
import { InputError, UsageError } from "../errors.js";
import type { Diagnostic } from "../errors.js";
import { parseAnswerSource, sourceFromBytes } from "../load/load-files.js";
import { LIMITS, readFileBytes } from "../load/read-file.js";
import type { Assessment } from "../model/assessment.js";
import { scoreAnswers } from "../score/score-answers.js";

export type FileOutcome =
  | { readonly file: string; readonly assessment: Assessment }
  | { readonly file: string; readonly diagnostics: readonly Diagnostic[] };

/** A file's bytes, or why they could not be read. */
export type ReadResult = { readonly bytes: Uint8Array } | { readonly diagnostics: readonly Diagnostic[] };

function problemsOf(err: unknown, file: string): readonly Diagnostic[] {
  if (err instanceof InputError) return err.diagnostics;
  if (err instanceof UsageError) return [{ code: err.code, file, params: err.params }];
  throw err;
}

export function readAnswerFile(path: string): ReadResult {
  try {
    return { bytes: readFileBytes(path, LIMITS.answerFileBytes) };
  } catch (err) {
    return { diagnostics: problemsOf(err, path) };
  }
}

/** Parses and scores what was read; `file` is the name shown in the output. */
export function scoreRead(file: string, read: ReadResult, questionnaireRef: string): FileOutcome {
  if ("diagnostics" in read) return { file, diagnostics: read.diagnostics };
  try {
    const { answers, questionnaire } = parseAnswerSource(sourceFromBytes(read.bytes, file), read.bytes, questionnaireRef);
    return { file, assessment: scoreAnswers(questionnaire, answers) };
  } catch (err) {
    return { file, diagnostics: problemsOf(err, file) };
  }
}
