// Writes an answer set as the answer file of docs/answer-file.md (with `gemeentecode` and `meta`
// when it has them), items in questionnaire order, with the short form where an answer has no note
// or evidence: YAML (with an optional comment header) or
// JSON (which has no comments). Pure.
import { Document, Scalar } from "yaml";
import type { AnswerSet } from "../model/answers.js";
import type { Questionnaire } from "../model/questionnaire.js";

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
  for (const id of ordered) {
    const entry = a.answers.get(id)!;
    answers[id] =
      entry.note || entry.evidence
        ? {
            answer: entry.answer,
            ...(entry.note ? { note: entry.note } : {}),
            ...(entry.evidence ? { evidence: entry.evidence } : {}),
          }
        : entry.answer;
  }
  const file = {
    questionnaire: a.questionnaire,
    version: a.version,
    municipality: a.municipality,
    ...(a.gemeentecode !== undefined ? { gemeentecode: a.gemeentecode } : {}),
    respondent: a.respondent.name ? { role: a.respondent.role, name: a.respondent.name } : { role: a.respondent.role },
    date: a.date,
    ...(a.meta !== undefined ? { meta: a.meta } : {}),
    answers,
  };
  if (format === "json") return `${JSON.stringify(file, null, 2)}\n`;
  const doc = new Document(file);
  // Quote the date so that YAML 1.1 readers (PyYAML, many spreadsheets' importers) keep it as text.
  const date = doc.get("date", true) as Scalar;
  date.type = Scalar.QUOTE_DOUBLE;
  if (header.length > 0) doc.commentBefore = header.map((l) => ` ${l}`).join("\n");
  return doc.toString({ lineWidth: 0 });
}
