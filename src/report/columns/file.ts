// Registry: the columns about one answer file, valid or not (what it is, whose it is, where the
// numbers come from). One definition each, over a file's outcome: the wide CSV uses them as they
// are, the long CSV gives each row of a file the same value (perFile). Pure.
import type { FileOutcome } from "../../model/file-outcome.js";
import type { Column, ColumnEntry, LongRow } from "./column.js";
import { label } from "./column.js";
import { provenanceColumns } from "./provenance.js";
import { BOOLEAN_VALUES, ROLE_VALUES } from "./values.js";

const year = (date: string | undefined) => (date ? date.slice(0, 4) : undefined);

const FILE_PROVENANCE = provenanceColumns<FileOutcome>();

export const FILE_COLUMNS = {
  /** Paths often hold names (of a person, a folder, a user account): left out unless asked for. */
  file: (_q, o) => ({
    name: "file",
    label: label("file"),
    type: "string",
    get: (r) => (o.includePaths ? r.file : undefined),
  }),
  fileId: () => ({ name: "file_id", label: label("fileIdWide"), type: "integer", get: (r) => r.index + 1 }),
  municipality: () => ({
    name: "municipality",
    label: label("municipality"),
    type: "string",
    get: (r) => r.facts.municipality,
  }),
  gemeentecode: () => ({
    name: "gemeentecode",
    label: label("gemeentecode"),
    type: "string",
    get: (r) => r.facts.gemeentecode,
  }),
  role: () => ({ name: "role", label: label("role"), type: "category", values: ROLE_VALUES, get: (r) => r.facts.role }),
  date: () => ({ name: "date", label: label("date"), type: "date", get: (r) => r.facts.date }),
  year: () => ({ name: "year", label: label("year"), type: "integer", get: (r) => year(r.facts.date) }),
  answersSha256: () => ({
    name: "answers_sha256",
    label: label("answersSha256"),
    type: "string",
    get: (r) => r.facts.sha256,
  }),
  /** A group answer (answer-file format 1.3, `zelftest samenvoegen`) is one respondent: how many members it was made from. */
  groupSize: () => ({ name: "group_size", label: label("groupSize"), type: "integer", get: (r) => r.facts.groupSize }),
  /** With --municipalities: the name as the file wrote it, where the list replaced it by the official name. */
  municipalityWritten: (_q, o) =>
    o.municipalities
      ? {
          name: "municipality_written",
          label: label("municipalityWritten"),
          type: "string",
          get: (r) => r.facts.municipalityWritten,
        }
      : undefined,
  /**
   * With --municipalities: whether the file's code is missing from the list. Such a file is scored
   * with its code and name as written; --strict-municipalities makes it invalid instead.
   */
  unknownCode: (_q, o) =>
    o.municipalities
      ? {
          name: "unknown_code",
          label: label("unknownCode"),
          type: "boolean",
          values: BOOLEAN_VALUES,
          get: (r) => r.facts.unknownCode === true,
        }
      : undefined,
  respondentName: (_q, o) =>
    o.includeNames
      ? { name: "respondent_name", label: label("respondentName"), type: "string", get: (r) => r.facts.name }
      : undefined,
  /** --meta KEY,…: one column per key, a number where every value in the data is one. */
  meta: (_q, o) =>
    o.meta.map((key) => ({
      name: `meta_${key}`,
      label: label("meta", key),
      type: "string",
      numberIfAll: true,
      get: (r) => r.facts.meta?.[key],
    })),
  // Where the numbers come from: the same for the whole batch (provenance.ts).
  questionnaireVersion: FILE_PROVENANCE.questionnaireVersion,
  questionnaireSha256: FILE_PROVENANCE.questionnaireSha256,
  toolVersion: FILE_PROVENANCE.toolVersion,
} satisfies Record<string, ColumnEntry<FileOutcome>>;

/** A file's column in the long CSV: every row of the file has the file's value, computed once per file. */
export function perFile(entry: ColumnEntry<FileOutcome>): ColumnEntry<LongRow> {
  return (q, o) =>
    [entry(q, o) ?? []].flat().map(
      (c): Column<LongRow> => ({
        ...c,
        scope: c.scope === "batch" ? "batch" : "file",
        get: (r) => c.get(r.outcome),
      }),
    );
}

/** The same column under another name or label (the wide CSV's `respondent_role`; each list's `file_id`). */
export function renamed<R>(entry: ColumnEntry<R>, change: Partial<Pick<Column<R>, "name" | "label">>): ColumnEntry<R> {
  return (q, o) => [entry(q, o) ?? []].flat().map((c) => ({ ...c, ...change }));
}
