// One file's entry in the batch JSON output: the assessment (DESIGN §4) or the file's problems.
// Respondent names are left out unless asked for. Pure.
import type { FileOutcome } from "../batch/score-file.js";
import { wording } from "../messages/error-messages.js";
import type { Lang } from "../model/vocabulary.js";

export function jsonEntry(outcome: FileOutcome, includeNames: boolean, lang: Lang): object {
  if ("diagnostics" in outcome) {
    return {
      file: outcome.file,
      valid: false,
      errors: outcome.diagnostics.map((d) => ({
        code: d.code,
        ...(d.line !== undefined ? { line: d.line, column: d.column ?? 1 } : {}),
        message: wording(d.code, d.params, lang).message,
      })),
    };
  }
  const a = outcome.assessment;
  const respondent = includeNames || !a.respondent.name ? a.respondent : { role: a.respondent.role };
  return { file: outcome.file, valid: true, assessment: { ...a, respondent } };
}
