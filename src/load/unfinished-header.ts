// An interview stopped with Ctrl-C before the details (who and what) were all given keeps what was
// typed in an *unfinished* file: an answer file without the required fields not given yet (role,
// date). It is not an answer file yet, and says so: `validate` and `batch` refuse it (MISSING_FIELD,
// naming what is missing), and its comment says how to go on. `zelftest interview --resume FILE`
// reads it back here and asks the rest. Written by write-answers.ts (serializeUnfinished); read
// here without the YAML library, which load-files.ts must not load for every command. Pure.
import type { InputError } from "../errors.js";
import type { Role } from "../model/vocabulary.js";
import { UNFINISHED_FIELDS } from "../model/answers.js";
import type { UnfinishedField } from "../model/answers.js";
import type { SourceDocument } from "./source-document.js";

/** The details given so far; the municipality always (without it there is nothing to keep). */
export interface UnfinishedHeader {
  readonly municipality: string;
  readonly gemeentecode?: string;
  readonly role?: Role;
  readonly name?: string;
  readonly date?: string;
}

export type { UnfinishedField } from "../model/answers.js";

export function missingOf(h: UnfinishedHeader): UnfinishedField[] {
  return UNFINISHED_FIELDS.filter((f) => (f === "date" ? h.date === undefined : h.role === undefined));
}

const TOP_LEVEL = new Set([
  "questionnaire",
  "version",
  "municipality",
  "gemeentecode",
  "respondent",
  "date",
  "answers",
]);

/**
 * The details of an unfinished file, given the problems reading it as an answer file gave: only
 * when every problem is a missing role, respondent or date, and the file holds nothing but the
 * details (no answers, no meta, no group). Every field it has then passed the answer file's own
 * checks. Undefined for anything else: that file is refused as it is.
 */
export function readUnfinishedHeader(source: SourceDocument, refused: InputError): UnfinishedHeader | undefined {
  const onlyMissingDetails = refused.diagnostics.every(
    (d) =>
      d.code === "MISSING_FIELD" &&
      ((d.params.where === "" && (d.params.field === "respondent" || d.params.field === "date")) ||
        (d.params.where === "respondent" && d.params.field === "role")),
  );
  const doc = source.value as Record<string, unknown> | null;
  if (!onlyMissingDetails || refused.diagnostics.length === 0 || typeof doc !== "object" || doc === null) return;
  if (Object.keys(doc).some((k) => !TOP_LEVEL.has(k))) return;
  const answers = doc.answers;
  if (answers !== undefined && (typeof answers !== "object" || answers === null || Object.keys(answers).length > 0))
    return;
  const respondent = (doc.respondent ?? {}) as { role?: Role; name?: string };
  const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
  const municipality = text(doc.municipality);
  if (municipality === undefined) return;
  const [gemeentecode, name, date] = [text(doc.gemeentecode), text(respondent.name), text(doc.date)];
  return {
    municipality,
    ...(gemeentecode !== undefined ? { gemeentecode } : {}),
    ...(respondent.role !== undefined ? { role: respondent.role } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(date !== undefined ? { date } : {}),
  };
}
