// The file side of loading: find and read questionnaires (built-in by id, or a file) and answer
// files, then hand the text to the pure parsers. Everything here throws InputError/UsageError.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnswerSet } from "../model/answers.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { InputError, UsageError } from "../errors.js";
import { currentBuildId } from "./build-id.js";
import { readCompiled } from "./compiled-questionnaire.js";
import { decodeText } from "./decode-text.js";
import { parseAnswers, requestedQuestionnaire } from "./parse-answers.js";
import { parseQuestionnaire } from "./parse-questionnaire.js";
import { LIMITS, readFileBytes } from "./read-file.js";
import type { FileRole } from "./read-file.js";
import { SourceDocument } from "./source-document.js";
import { readUnfinishedHeader } from "./unfinished-header.js";
import type { UnfinishedHeader } from "./unfinished-header.js";

/** The questionnaire `zelftest` uses when nothing else is asked for. */
export const DEFAULT_QUESTIONNAIRE = "clientondersteuning-wmo2015";

// src/load and dist/load are both two levels below the package root.
const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BUILTIN_DIR = join(PACKAGE_ROOT, "questionnaires");
/** Where the build puts compiled built-in questionnaires (see scripts/build-generated.mjs). */
export const COMPILED_DIR = join(PACKAGE_ROOT, "generated", "questionnaires");

let builtinIds: string[] | undefined;

export function builtinQuestionnaireIds(): string[] {
  builtinIds ??= readdirSync(BUILTIN_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -".yaml".length))
    .sort();
  return [...builtinIds];
}

function readSource(file: string, maxBytes: number, role: FileRole): { source: SourceDocument; bytes: Uint8Array } {
  const bytes = readFileBytes(file, maxBytes, role);
  return { source: sourceFromBytes(bytes, file), bytes };
}

/** Bytes → parsed document (pure); `.json` files must also be strict JSON. */
export function sourceFromBytes(bytes: Uint8Array, file: string): SourceDocument {
  return SourceDocument.parse(decodeText(bytes, file), file, { json: file.toLowerCase().endsWith(".json") });
}

const cache = new Map<string, Questionnaire>();

/** Whether `ref` is the id of a built-in questionnaire. */
export function isBuiltinQuestionnaire(ref: string): boolean {
  return builtinQuestionnaireIds().includes(ref);
}

/** A path, not an id: it has a folder separator or a file extension (the CLI makes paths absolute). */
function looksLikePath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);
}

/**
 * A questionnaire by built-in id or by file path (`--questionnaire FILE|ID`). Built-in ids come
 * first, so a folder named like one (a researcher's data folder) never gets in the way.
 */
export function loadQuestionnaire(ref: string = DEFAULT_QUESTIONNAIRE): Questionnaire {
  const cached = cache.get(ref);
  if (cached) return cached;
  let questionnaire: Questionnaire;
  if (!isBuiltinQuestionnaire(ref)) {
    if (!looksLikePath(ref))
      throw new UsageError("UNKNOWN_QUESTIONNAIRE", { found: ref, known: builtinQuestionnaireIds() });
    questionnaire = parseQuestionnaire(readSource(ref, LIMITS.questionnaireBytes, "questionnaire").source);
  } else {
    const file = join(BUILTIN_DIR, `${ref}.yaml`);
    const bytes = readFileBytes(file, LIMITS.questionnaireBytes, "questionnaire");
    questionnaire =
      readCompiled(join(COMPILED_DIR, `${ref}.json`), bytes, currentBuildId()) ??
      parseQuestionnaire(sourceFromBytes(bytes, file), `builtin:${ref}`);
  }
  cache.set(ref, questionnaire);
  return questionnaire;
}

/** What `loadQuestionnaire` needs to load this questionnaire again (its id if built in, else its file). */
export function questionnaireRef(q: Questionnaire): string {
  return q.origin.startsWith("builtin:") ? q.id : q.origin;
}

export interface LoadedAnswers {
  readonly answers: AnswerSet;
  readonly questionnaire: Questionnaire;
}

/**
 * Reads and validates an answer file. Without `questionnaireRef` the file's own `questionnaire`
 * id picks the built-in questionnaire.
 */
export function loadAnswerFile(file: string, questionnaireRef?: string): LoadedAnswers {
  const { source, bytes } = readSource(file, LIMITS.answerFileBytes, "answers");
  return parseAnswerSource(source, bytes, questionnaireRef);
}

/**
 * An unfinished file (load/unfinished-header.ts) that `loadAnswerFile` refused with `refused`: its
 * details and the questionnaire it is for; undefined when the file is not that (then `refused` is
 * the answer).
 */
export function loadUnfinishedHeader(
  file: string,
  refused: InputError,
  questionnaireRef?: string,
): { header: UnfinishedHeader; questionnaire: Questionnaire } | undefined {
  if (refused.omitted > 0) return undefined;
  const { source } = readSource(file, LIMITS.answerFileBytes, "answers");
  const header = readUnfinishedHeader(source, refused);
  if (header === undefined) return undefined;
  return { header, questionnaire: loadQuestionnaire(questionnaireRef ?? requestedQuestionnaire(source)) };
}

export function parseAnswerSource(source: SourceDocument, bytes: Uint8Array, questionnaireRef?: string): LoadedAnswers {
  let questionnaire: Questionnaire;
  if (questionnaireRef) questionnaire = loadQuestionnaire(questionnaireRef);
  else {
    const wanted = requestedQuestionnaire(source);
    if (wanted !== undefined && !builtinQuestionnaireIds().includes(wanted)) {
      throw new InputError([
        source.diagnostic("UNKNOWN_QUESTIONNAIRE", { found: wanted, known: builtinQuestionnaireIds() }, [
          "questionnaire",
        ]),
      ]);
    }
    // Without a usable id, validate against the default so that every other problem is reported too.
    questionnaire = loadQuestionnaire(wanted ?? DEFAULT_QUESTIONNAIRE);
  }
  return { answers: parseAnswers(source, questionnaire, bytes), questionnaire };
}

export type FileKind = "questionnaire" | "answers";

/** A questionnaire has themes (or languages/sources); anything else is read as an answer file. */
export function detectKind(source: SourceDocument): FileKind {
  const value = source.value as Record<string, unknown>;
  return "themes" in value || "languages" in value || "sources" in value ? "questionnaire" : "answers";
}
