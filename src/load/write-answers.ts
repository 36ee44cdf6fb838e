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
  const file = {
    questionnaire: a.questionnaire,
    version: a.version,
    municipality: a.municipality,
    ...(a.gemeentecode !== undefined ? { gemeentecode: a.gemeentecode } : {}),
    respondent: a.respondent.name ? { role: a.respondent.role, name: a.respondent.name } : { role: a.respondent.role },
    date: a.date,
    ...(a.group !== undefined
      ? {
          group: {
            rule: a.group.rule,
            members: a.group.members.map((m) => ({
              ...(m.name ? { name: m.name } : {}),
              role: m.role,
              date: m.date,
              sha256: m.sha256,
            })),
          },
        }
      : {}),
    ...(a.meta !== undefined ? { meta: a.meta } : {}),
    answers,
  };
  if (format === "json") return `${JSON.stringify(file, null, 2)}\n`;
  const doc = new Document(file);
  // Quote the date so that YAML 1.1 readers (PyYAML, many spreadsheets' importers) keep it as text.
  const date = doc.get("date", true) as Scalar;
  date.type = Scalar.QUOTE_DOUBLE;
  for (const k of a.group ? a.group.members.keys() : []) {
    const memberDate = doc.getIn(["group", "members", k, "date"], true) as Scalar;
    memberDate.type = Scalar.QUOTE_DOUBLE;
  }
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
  const respondent = { ...(h.role !== undefined ? { role: h.role } : {}), ...(h.name ? { name: h.name } : {}) };
  const file = {
    questionnaire: q.id,
    version: q.version,
    municipality: h.municipality,
    ...(h.gemeentecode !== undefined ? { gemeentecode: h.gemeentecode } : {}),
    ...(Object.keys(respondent).length > 0 ? { respondent } : {}),
    ...(h.date !== undefined ? { date: h.date } : {}),
    answers: {},
  };
  if (format === "json") return `${JSON.stringify(file, null, 2)}\n`;
  const doc = new Document(file);
  // Quoted as write-answers.ts does, so that YAML 1.1 readers keep it as text.
  if (h.date !== undefined) (doc.get("date", true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  if (header.length > 0) doc.commentBefore = header.map((l) => ` ${l}`).join("\n");
  return doc.toString({ lineWidth: 0 });
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
