// Writes an answer set as the YAML answer file of DESIGN §3, items in questionnaire order, with
// the short form where an answer has no note or evidence. Pure.
import { Document, Scalar } from "yaml";
import type { AnswerSet } from "../model/answers.js";
import type { Questionnaire } from "../model/questionnaire.js";

export function serializeAnswers(a: AnswerSet, q: Questionnaire, header: readonly string[] = []): string {
  const answers: Record<string, unknown> = {};
  const ordered = [...q.items.map((i) => i.id).filter((id) => a.answers.has(id)), ...[...a.answers.keys()].filter((id) => !q.items.some((i) => i.id === id))];
  for (const id of ordered) {
    const entry = a.answers.get(id)!;
    answers[id] = entry.note || entry.evidence ? { answer: entry.answer, ...(entry.note ? { note: entry.note } : {}), ...(entry.evidence ? { evidence: entry.evidence } : {}) } : entry.answer;
  }
  const doc = new Document({
    questionnaire: a.questionnaire,
    version: a.version,
    municipality: a.municipality,
    respondent: a.respondent.name ? { role: a.respondent.role, name: a.respondent.name } : { role: a.respondent.role },
    date: a.date,
    answers,
  });
  // Quote the date so that YAML 1.1 readers (PyYAML, many spreadsheets' importers) keep it as text.
  const date = doc.get("date", true) as Scalar;
  date.type = Scalar.QUOTE_DOUBLE;
  if (header.length > 0) doc.commentBefore = header.map((l) => ` ${l}`).join("\n");
  return doc.toString({ lineWidth: 0 });
}
