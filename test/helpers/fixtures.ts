// Shared helpers for tests: fixture paths, parsing from strings, answer sets built in memory.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../../src/errors.js";
import type { Diagnostic } from "../../src/errors.js";
import type { Answer, AnswerSet } from "../../src/model/answers.js";
import type { Questionnaire } from "../../src/model/questionnaire.js";
import type { AnswerValue } from "../../src/model/vocabulary.js";
import { parseQuestionnaire } from "../../src/load/parse-questionnaire.js";
import { SourceDocument } from "../../src/load/source-document.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const fixture = (...parts: string[]) => join(ROOT, "test", "fixtures", ...parts);

export function questionnaireFromFile(path: string): Questionnaire {
  return parseQuestionnaire(SourceDocument.parse(readFileSync(path, "utf8"), path));
}

export const mini = () => questionnaireFromFile(fixture("questionnaires", "mini.yaml"));

export function answerSet(answers: Record<string, AnswerValue | Answer>, over: Partial<AnswerSet> = {}): AnswerSet {
  return {
    questionnaire: "mini",
    version: "2.1.0",
    municipality: "Testgemeente",
    respondent: { role: "gemeente" },
    date: "2025-01-01",
    answers: new Map(Object.entries(answers).map(([id, a]) => [id, typeof a === "string" ? { answer: a } : a])),
    contentHash: "",
    origin: "memory",
    ...over,
  };
}

/** Runs fn and returns the diagnostics of the InputError it throws (fails if it does not throw one). */
export function diagnosticsOf(fn: () => unknown): readonly Diagnostic[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err.diagnostics;
    throw err;
  }
  throw new Error("expected an InputError, but nothing was thrown");
}

/** "CODE line:column" per diagnostic, for compact assertions on codes and places. */
export const places = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.code} ${d.line ?? "-"}:${d.column ?? "-"}`);
