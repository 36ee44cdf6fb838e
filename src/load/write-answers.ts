// Writes an answer set as the answer file of docs/answer-file.md (with `gemeentecode`, `group` and
// `meta` when it has them), items in questionnaire order, with the short form where an answer has
// nothing but its value: YAML (with an optional comment header) or JSON (which has no comments);
// and names the file. The writer beside the reader (parse-answers.ts): what this writes, that
// reads back as the same answer set (test/load/write-answers.test.ts). Pure: the interview, the
// form and `zelftest samenvoegen` use it.
import { Document, Scalar } from "yaml";
import type { Answer, AnswerSet } from "../model/answers.js";
import type { Questionnaire } from "../model/questionnaire.js";
import type { UnfinishedHeader } from "./unfinished-header.js";

export type AnswerFileFormat = "yaml" | "json";

/**
 * The format to write `target` in: what its name says (.json, .yaml, .yml); for any other name,
 * the format of the text it continues (JSON when that starts with "{"); else YAML.
 */
export function answerFileFormat(target: string, continued: string | undefined): AnswerFileFormat {
  if (/\.json$/i.test(target)) return "json";
  if (/\.ya?ml$/i.test(target)) return "yaml";
  return continued
    ?.replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("{")
    ? "json"
    : "yaml";
}

export function serializeAnswers(
  a: AnswerSet,
  q: Questionnaire,
  header: readonly string[] = [],
  format: AnswerFileFormat = "yaml",
): string {
  const answers: Record<string, unknown> = {};
  const ordered = [
    ...q.items.map((i) => i.id).filter((id) => a.answers.has(id)),
    ...[...a.answers.keys()].filter((id) => !q.items.some((i) => i.id === id)),
  ];
  for (const id of ordered) answers[id] = entryOf(a.answers.get(id)!);
  return fileText(
    {
      questionnaire: a.questionnaire,
      version: a.version,
      municipality: a.municipality,
      gemeentecode: a.gemeentecode,
      respondent: a.respondent,
      date: a.date,
      group:
        a.group === undefined
          ? undefined
          : {
              rule: a.group.rule,
              members: a.group.members.map((m) => ({
                ...(m.name ? { name: m.name } : {}),
                role: m.role,
                date: m.date,
                sha256: m.sha256,
              })),
            },
      meta: a.meta,
      answers,
    },
    header,
    format,
  );
}

/** The fields of a file as written; an undefined field (or a respondent without role and name) is left out. */
interface FileFields {
  readonly questionnaire: string;
  readonly version: string;
  readonly municipality: string;
  readonly gemeentecode: string | undefined;
  readonly respondent: { readonly role?: string; readonly name?: string };
  readonly date: string | undefined;
  readonly group?: { readonly rule: string; readonly members: readonly { readonly date: string }[] } | undefined;
  readonly meta?: unknown;
  readonly answers: Record<string, unknown>;
}

/**
 * The one writer of an answer file's text (and an unfinished file's): the fields in the order of
 * docs/answer-file.md, as JSON or as YAML with the comment header and every date quoted.
 */
function fileText(f: FileFields, header: readonly string[], format: AnswerFileFormat): string {
  const { role, name } = f.respondent;
  const respondent = { ...(role !== undefined ? { role } : {}), ...(name ? { name } : {}) };
  const file = {
    questionnaire: f.questionnaire,
    version: f.version,
    municipality: f.municipality,
    ...(f.gemeentecode !== undefined ? { gemeentecode: f.gemeentecode } : {}),
    ...(Object.keys(respondent).length > 0 ? { respondent } : {}),
    ...(f.date !== undefined ? { date: f.date } : {}),
    ...(f.group !== undefined ? { group: f.group } : {}),
    ...(f.meta !== undefined ? { meta: f.meta } : {}),
    answers: f.answers,
  };
  if (format === "json") return `${JSON.stringify(file, null, 2)}\n`;
  const doc = new Document(file);
  // Quote the dates so that YAML 1.1 readers (PyYAML, many spreadsheets' importers) keep them as text.
  if (f.date !== undefined) (doc.get("date", true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  for (const k of f.group ? f.group.members.keys() : [])
    (doc.getIn(["group", "members", k, "date"], true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  if (header.length > 0) doc.commentBefore = header.map((l) => ` ${l}`).join("\n");
  return doc.toString({ lineWidth: 0 });
}

/** One entry: the answer alone when it has nothing else, else a mapping (keys in the order of docs/answer-file.md). */
function entryOf(entry: Answer): unknown {
  const votes = entry.votes && Object.keys(entry.votes).length > 0 ? entry.votes : undefined;
  const dissent = entry.dissent && entry.dissent.length > 0 ? entry.dissent : undefined;
  if (!entry.note && !entry.evidence && !votes && !dissent) return entry.answer;
  return {
    answer: entry.answer,
    ...(entry.note ? { note: entry.note } : {}),
    ...(entry.evidence ? { evidence: entry.evidence } : {}),
    ...(votes ? { votes: { ...votes } } : {}),
    ...(dissent
      ? {
          dissent: dissent.map((d) => ({
            member: d.member,
            ...(d.name ? { name: d.name } : {}),
            answer: d.answer,
            ...(d.note ? { note: d.note } : {}),
            ...(d.evidence ? { evidence: d.evidence } : {}),
          })),
        }
      : {}),
  };
}

/**
 * An unfinished file (load/unfinished-header.ts): the answer file's own order and format, with the
 * fields given and an empty `answers`. With every required field given it is an ordinary answer file.
 */
export function serializeUnfinished(
  h: UnfinishedHeader,
  q: Questionnaire,
  header: readonly string[],
  format: AnswerFileFormat = "yaml",
): string {
  return fileText(
    {
      questionnaire: q.id,
      version: q.version,
      municipality: h.municipality,
      gemeentecode: h.gemeentecode,
      respondent: { role: h.role, name: h.name },
      date: h.date,
      answers: {},
    },
    header,
    format,
  );
}

/** "Súdwest-Fryslân" → "sudwest-fryslan": lower case ASCII letters and digits with single hyphens. */
export function slug(text: string, max = 60): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}

/** What the file name is made of. */
export type AnswerFileNameParts = Pick<AnswerSet, "municipality" | "respondent" | "date"> & {
  readonly group?: unknown;
};

/**
 * `zelftest-<gemeente>-<rol>[-<naam>]-<datum>.yaml` (docs/form.md): lower case ASCII with hyphens,
 * so that the files of one council never collide ("zelftest-rijssen-holten-adviesraad-a-de-vries-
 * 2026-12-03.yaml"). A group answer without a name is "…-<rol>-groep-<datum>.yaml".
 */
export function answerFileName(a: AnswerFileNameParts, format: AnswerFileFormat = "yaml"): string {
  const who = slug(a.respondent.name ?? "", 40) || (a.group !== undefined ? "groep" : "");
  const parts = ["zelftest", slug(a.municipality) || "gemeente", a.respondent.role, who, a.date];
  return `${parts.filter((p) => p !== "").join("-")}.${format}`;
}
