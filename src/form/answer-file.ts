// Answer files in the page: reading one the person opens, with exactly the checks and messages of
// `zelftest validate` (the same decode, YAML/JSON parser, precompiled schema validator and
// answer checks from src/load), and writing the one they download (the interview's writer).
import { InputError } from "../errors.js";
import type { Diagnostic } from "../errors.js";
import { decodeText } from "../load/decode-text.js";
import { parseAnswers } from "../load/parse-answers.js";
import { SourceDocument } from "../load/source-document.js";
import type { AnswerSet } from "../model/answers.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { serializeAnswers } from "../interview/serialize-answers.js";
import { slug } from "../interview/run-interview.js";

export type OpenResult =
  | { readonly ok: true; readonly answers: AnswerSet }
  | { readonly ok: false; readonly problems: readonly Diagnostic[] };

/** A file over the size limit, refused before it is read (FILE_TOO_LARGE, as on the command line). */
export function tooLarge(name: string, size: number, maxBytes: number): OpenResult {
  return { ok: false, problems: [{ code: "FILE_TOO_LARGE", file: name, params: { size, limit: maxBytes } }] };
}

/** Bytes of a file the person chose → a valid answer set for this questionnaire, or every problem found. */
export function readAnswerFile(bytes: Uint8Array, name: string, q: Questionnaire, maxBytes: number): OpenResult {
  try {
    if (bytes.length > maxBytes) return tooLarge(name, bytes.length, maxBytes);
    const source = SourceDocument.parse(decodeText(bytes, name), name, { json: name.toLowerCase().endsWith(".json") });
    return { ok: true, answers: parseAnswers(source, q, bytes) };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, problems: err.diagnostics };
    throw err;
  }
}

/** `zelftest-<gemeente>-<datum>.yaml`, as the interview names it. */
export function answerFileName(a: AnswerSet): string {
  return `zelftest-${slug(a.municipality)}-${a.date}.yaml`;
}

/** The YAML answer file (docs/answer-file.md) for an answer set, with a comment on how to continue it. */
export function answerFileText(a: AnswerSet, q: Questionnaire, header: readonly string[]): string {
  return serializeAnswers(a, q, header);
}
