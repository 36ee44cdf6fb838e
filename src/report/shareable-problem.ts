// What research outputs (batch CSV, JSON, Markdown/HTML summary) may say about an invalid file's
// problem. Its message quotes what the file says (a wrong answer, a name where text was expected,
// a YAML detail) and may name its path; those outputs are shared onwards and promise no names,
// notes or paths unless asked (docs/research-outputs.md, Privacy). So the words taken from the file
// become "…" unless `--include-notes` is given, and a path unless `--include-paths`; what the tool
// itself supplies (limits, allowed values, field names, suggestions from the questionnaire) stays.
// The terminal, the operator's own screen, keeps the whole message; `zelftest validate FILE` gives it too.
import type { ErrorCode, Params } from "../errors.js";
import { wording } from "../messages/error-messages.js";
import type { Lang } from "../model/vocabulary.js";

/** Parameters whose values come from the tool or the questionnaire, never from the file's own words. */
const FROM_THE_TOOL = new Set([
  "actual",
  "allowed",
  "expected",
  "field",
  "known",
  "languages",
  "length",
  "limit",
  "option",
  "requires",
  "size",
  "suggestion",
  "values",
  "where",
  "yamlCode",
]);
const WITHHELD = "…";

export interface ProblemPrivacy {
  readonly includeNotes: boolean;
  readonly includePaths?: boolean;
}

/** The problem's parameters as a shared output may show them. */
export function shareableParams(params: Params, o: ProblemPrivacy): Params {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => {
      if (typeof value === "number" || FROM_THE_TOOL.has(key)) return [key, value];
      if (key === "file") return [key, o.includePaths ? value : WITHHELD];
      return [key, o.includeNotes ? value : WITHHELD];
    }),
  );
}

/** An invalid file's problem as a shared output says it: the message and how to fix it (which values are allowed, …). */
export function shareableProblem(
  problem: { readonly code: ErrorCode; readonly params: Params },
  o: ProblemPrivacy & { readonly lang: Lang },
): { readonly message: string; readonly hint: string } {
  const { message, hint } = wording(problem.code, shareableParams(problem.params, o), o.lang);
  return { message, hint };
}
