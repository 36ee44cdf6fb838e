// What research outputs (batch CSV, JSON, Markdown/HTML summary) may say about an invalid file's
// problem. Its message quotes what the file says (a wrong answer, a name where text was expected,
// a YAML detail) and may name its path; those outputs are shared onwards and promise no names,
// notes or paths unless asked (docs/research-outputs.md, Privacy). So the words taken from the file
// become "…" unless `--include-notes` is given, and a path unless `--include-paths`; what the tool
// itself supplies (limits, allowed values, its own field names and ids, suggestions) stays.
// The terminal, the operator's own screen, keeps the whole message; `zelftest validate FILE` gives it too.
import type { ErrorCode, Params } from "../errors.js";
import { wording } from "../messages/error-messages.js";
import type { Lang } from "../model/vocabulary.js";

/** Parameters whose values come from the tool or the questionnaire, never from the file's own words. */
const FROM_THE_TOOL = new Set([
  "actual",
  "allowed",
  "expected",
  "known",
  "languages",
  "length",
  "limit",
  "option",
  "requires",
  "size",
  "suggestion",
  "values",
  "yamlCode",
]);
/**
 * Parameters that name a place in the file (`field`, and `where` as "answers › id › note"): the
 * tool's field names and ids, but a key the file wrote itself (an unknown field, a meta key) is the
 * file's words. A name is kept when it has the shape of the tool's names (lower-case letters,
 * digits, "-", "_" and ".", as every field and item id) or is a list position; anything else, the
 * field of UNKNOWN_FIELD (a key the file made up), and every key under `meta` are withheld.
 */
const PLACES = new Set(["field", "where"]);
const TOOL_NAME = /^(?:[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*|\d+)$/;
const WHERE_SEPARATOR = " › ";
const WITHHELD = "…";

export interface ProblemPrivacy {
  readonly includeNotes: boolean;
  readonly includePaths?: boolean;
}

/** The problem's parameters as a shared output may show them (`code`: the problem's, which says whose `field` is). */
export function shareableParams(params: Params, o: ProblemPrivacy, code?: ErrorCode): Params {
  const place = (name: string) => (name === "" || TOOL_NAME.test(name) ? name : WITHHELD);
  // What stands under `meta` is named by the file (any key of letters, digits and _): its words.
  const places = (where: string) => {
    const parts = where.split(WHERE_SEPARATOR);
    const meta = parts.indexOf("meta");
    return parts.map((p, k) => (meta !== -1 && k > meta ? WITHHELD : place(p))).join(WHERE_SEPARATOR);
  };
  const underMeta = typeof params.where === "string" && params.where.split(WHERE_SEPARATOR).includes("meta");
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => {
      if (typeof value === "number" || FROM_THE_TOOL.has(key)) return [key, value];
      if (key === "file") return [key, o.includePaths ? value : WITHHELD];
      if (o.includeNotes) return [key, value];
      if (PLACES.has(key) && typeof value === "string") {
        if (key === "field" && (code === "UNKNOWN_FIELD" || underMeta)) return [key, WITHHELD];
        return [key, key === "where" ? places(value) : place(value)];
      }
      return [key, WITHHELD];
    }),
  );
}

/** An invalid file's problem as a shared output says it: the message and how to fix it (which values are allowed, …). */
export function shareableProblem(
  problem: { readonly code: ErrorCode; readonly params: Params },
  o: ProblemPrivacy & { readonly lang: Lang },
): { readonly message: string; readonly hint: string } {
  const { message, hint } = wording(problem.code, shareableParams(problem.params, o, problem.code), o.lang);
  return { message, hint };
}

/** The problem as one line of a shared output: the message, then how to fix it (when there is a hint). */
export function shareableText(
  problem: { readonly code: ErrorCode; readonly params: Params },
  o: ProblemPrivacy & { readonly lang: Lang },
): string {
  const { message, hint } = shareableProblem(problem, o);
  return hint ? `${message} ${hint}` : message;
}
