// Turns ajv's errors into coded diagnostics placed on the right line and column. Generic over
// schemas: the wording comes from the keyword, the place from the instancePath.
import type { ErrorObject } from "ajv";
import { Problems } from "../errors.js";
import type { Diagnostic, ErrorCode, Params } from "../errors.js";
import { looseMatch } from "../model/vocabulary.js";
import type { PathSegment, SourceDocument } from "./source-document.js";

/** "/answers/a~1b/0" → ["answers", "a/b", 0] */
function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

const describeType = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
const show = (v: unknown) => (typeof v === "string" ? v : (JSON.stringify(v) ?? String(v))).slice(0, 80);

/** The diagnostics of ajv's errors, added to `problems` (which stops describing them after MAX_PROBLEMS). */
export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  source: SourceDocument,
  problems = new Problems(),
): Diagnostic[] {
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === "if" || e.keyword === "propertyNames") continue;
    const path = pointerToPath(e.instancePath);
    const field = path.length > 0 ? String(path[path.length - 1]) : "";
    const where = path.map(String).join(" › ");
    let code: ErrorCode;
    let params: Params;
    let at: PathSegment[] = path;
    let which: "key" | "value" = "value";
    switch (e.keyword) {
      case "required":
        code = "MISSING_FIELD";
        params = { field: String(e.params.missingProperty), where };
        break;
      case "additionalProperties": {
        const extra = String(e.params.additionalProperty);
        const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        code = "UNKNOWN_FIELD";
        params = { field: extra, where, allowed };
        at = [...path, extra];
        which = "key";
        break;
      }
      case "enum": {
        code = "INVALID_VALUE";
        const allowed = (e.params.allowedValues as unknown[]).map(String);
        // "Cliëntorganisatie", "Ja", "weet niet": one of the values written another way; the hint names it.
        const suggestion = typeof e.data === "string" ? looseMatch(e.data, allowed) : undefined;
        params = { field, where, value: show(e.data), allowed, ...(suggestion !== undefined ? { suggestion } : {}) };
        break;
      }
      case "type":
        code = "INVALID_TYPE";
        params = { field, where, expected: String(e.params.type), actual: describeType(e.data), value: show(e.data) };
        break;
      case "minLength":
        code = "EMPTY_TEXT";
        params = { field, where };
        break;
      case "pattern":
        if (e.propertyName !== undefined) {
          // A key that breaks `propertyNames` (such as a meta key): placed on the key itself.
          code = "INVALID_FORMAT";
          params = { field: `${field}-key`, where, value: e.propertyName };
          at = [...path, e.propertyName];
          which = "key";
          break;
        }
        code = e.params.pattern === "\\S" ? "EMPTY_TEXT" : "INVALID_FORMAT";
        params = { field, where, value: show(e.data) };
        break;
      case "maxLength":
        code = "TEXT_TOO_LONG";
        params = { field, where, limit: Number(e.params.limit) };
        break;
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        code = "NUMBER_OUT_OF_RANGE";
        params = {
          field,
          where,
          value: show(e.data),
          comparison: String(e.params.comparison),
          limit: Number(e.params.limit),
        };
        break;
      case "minItems":
      case "minProperties":
        code = "TOO_FEW";
        params = { field, where, limit: Number(e.params.limit) };
        break;
      case "maxItems":
      case "maxProperties":
        code = "TOO_MANY";
        params = { field, where, limit: Number(e.params.limit) };
        break;
      case "uniqueItems":
        code = "DUPLICATE_VALUE";
        params = { field, where };
        break;
      default:
        code = "INVALID_VALUE";
        params = { field, where, value: show(e.data), allowed: [] };
    }
    const key = `${code}|${e.instancePath}|${code === "UNKNOWN_FIELD" || code === "MISSING_FIELD" || which === "key" ? String(at[at.length - 1] ?? params.field) : ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.add(() => source.diagnostic(code, params, at, which));
  }
  return problems.list;
}
