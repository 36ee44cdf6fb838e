// Answer files in the page: reading one the person opens, with exactly the checks and messages of
// `zelftest validate` (the same decode, YAML/JSON parser, precompiled schema validator and
// answer checks from src/load), and writing the one they download (the writer beside the reader, src/load).
import { InputError } from "../errors.js";
import type { Diagnostic } from "../errors.js";
import { decodeText } from "../load/decode-text.js";
import { parseAnswers } from "../load/parse-answers.js";
import { SourceDocument } from "../load/source-document.js";
import type { AnswerSet } from "../model/answers.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { answerFileName as nameOf, serializeAnswers } from "../load/write-answers.js";

export type OpenResult =
  | { readonly ok: true; readonly answers: AnswerSet }
  | { readonly ok: false; readonly problems: readonly Diagnostic[]; readonly notAnswerFile?: boolean };

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
    if (err instanceof InputError) {
      return {
        ok: false,
        problems: err.diagnostics,
        ...(notAnAnswerFile(bytes, err.diagnostics) ? { notAnswerFile: true } : {}),
      };
    }
    throw err;
  }
}

/**
 * A refused file that is not an answer file at all, so that one plain sentence says so instead of
 * dozens of YAML problems: a binary file (a Word file, a picture, a zip), HTML or XML (the form
 * itself), a PDF or RTF, or a text with neither a `questionnaire` nor an `answers` field.
 */
export function notAnAnswerFile(bytes: Uint8Array, problems: readonly Diagnostic[]): boolean {
  if (problems.some((d) => d.code === "FILE_BINARY" || (d.code === "FILE_NOT_UTF8" && d.params.encoding === undefined)))
    return true;
  if (problems.some((d) => d.code === "FILE_EMPTY" || d.code === "FILE_TOO_LARGE" || d.code === "FILE_NOT_UTF8"))
    return false;
  const text = new TextDecoder("utf-8").decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, "");
  const start = text.trimStart();
  if (start.startsWith("<") || start.startsWith("%PDF") || start.startsWith("{\\rtf")) return true;
  return !/(^|[{,])[ \t]*["']?(questionnaire|answers)["']?[ \t]*:/m.test(text);
}

/** `zelftest-<gemeente>-<rol>[-<naam>]-<datum>.yaml`, as the interview names it (load/write-answers.ts). */
export function answerFileName(a: AnswerSet): string {
  return nameOf(a);
}

/** The YAML answer file (docs/answer-file.md) for an answer set, with a comment on how to continue it. */
export function answerFileText(a: AnswerSet, q: Questionnaire, header: readonly string[]): string {
  return serializeAnswers(a, q, header);
}
