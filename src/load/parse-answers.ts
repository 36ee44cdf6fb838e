// Parses an answer file (docs/answer-file.md) against a questionnaire: text in, AnswerSet out, or an
// InputError listing every problem with its place. Pure: the caller reads the file.
import type { Answer, AnswerSet, MetaValue } from "../model/answers.js";
import { majorOf } from "../model/questionnaire.js";
import type { Questionnaire } from "../model/questionnaire.js";
import type { AnswerValue, Role } from "../model/vocabulary.js";
import { isCalendarDate } from "../model/dates.js";
import { Problems } from "../errors.js";
import type { Diagnostic } from "../errors.js";
import { schemaDiagnostics } from "./schema-errors.js";
import type { SourceDocument } from "./source-document.js";
import { closest } from "./suggest.js";
import { validateAnswersSchema } from "./validators.js";
import { sha256 } from "./hash.js";

/** Re-exported: the rule itself lives in model/dates.ts. */
export { isCalendarDate };

interface RawAnswers {
  questionnaire: string;
  version: string;
  municipality: string;
  respondent: { role: Role; name?: string };
  date: string;
  gemeentecode?: string;
  meta?: Record<string, MetaValue>;
  answers?: Record<string, AnswerValue | { answer: AnswerValue; note?: string; evidence?: string }> | null;
}

/** The questionnaire id an answer file asks for, if it says one (used to pick the questionnaire). */
export function requestedQuestionnaire(source: SourceDocument): string | undefined {
  const id = (source.value as Record<string, unknown>).questionnaire;
  return typeof id === "string" ? id : undefined;
}

const ID_SETS = new WeakMap<Questionnaire, ReadonlySet<string>>();
/** The questionnaire's item ids, built once per questionnaire (a batch parses thousands of files). */
function itemIds(q: Questionnaire): ReadonlySet<string> {
  let ids = ID_SETS.get(q);
  if (!ids) {
    ids = new Set(q.items.map((i) => i.id));
    ID_SETS.set(q, ids);
  }
  return ids;
}

export function parseAnswers(source: SourceDocument, questionnaire: Questionnaire, bytes?: Uint8Array): AnswerSet {
  const problems = new Problems();
  schemaDiagnostics(validateAnswersSchema(source.value), source, problems);
  const raw = source.value as Partial<RawAnswers>;
  const failed = new Set(problems.list.map((p) => p.params.where ?? ""));

  let sameQuestionnaire = true;
  if (typeof raw.questionnaire === "string" && raw.questionnaire !== questionnaire.id) {
    sameQuestionnaire = false;
    problems.add(() =>
      source.diagnostic("QUESTIONNAIRE_MISMATCH", { found: raw.questionnaire ?? "", expected: questionnaire.id }, [
        "questionnaire",
      ]),
    );
  }
  if (sameQuestionnaire && typeof raw.version === "string" && !failed.has("version")) {
    if (majorOf(raw.version) !== majorOf(questionnaire.version)) {
      problems.add(() =>
        source.diagnostic(
          "VERSION_MISMATCH",
          { found: raw.version ?? "", expected: questionnaire.version, id: questionnaire.id },
          ["version"],
        ),
      );
    }
  }
  if (typeof raw.date === "string" && !failed.has("date") && !isCalendarDate(raw.date)) {
    problems.add(() => source.diagnostic("INVALID_DATE", { value: raw.date ?? "" }, ["date"]));
  }

  const answers = new Map<string, Answer>();
  const rawAnswers = raw.answers && typeof raw.answers === "object" && !Array.isArray(raw.answers) ? raw.answers : {};
  const known = itemIds(questionnaire);
  for (const [id, entry] of Object.entries(rawAnswers)) {
    if (sameQuestionnaire && !known.has(id)) {
      problems.add(() => {
        const suggestion = closest(id, known);
        return source.diagnostic(
          "UNKNOWN_ITEM",
          { id, questionnaire: questionnaire.id, ...(suggestion ? { suggestion } : {}) },
          ["answers", id],
          "key",
        );
      });
      continue;
    }
    if (typeof entry === "string") answers.set(id, { answer: entry });
    else if (entry && typeof entry === "object") {
      answers.set(id, {
        answer: entry.answer,
        ...(typeof entry.note === "string" && entry.note.trim() !== "" ? { note: entry.note } : {}),
        ...(typeof entry.evidence === "string" && entry.evidence.trim() !== "" ? { evidence: entry.evidence } : {}),
      });
    }
  }

  problems.throwIfAny(sortByPlace);
  const r = raw as RawAnswers;
  return {
    questionnaire: r.questionnaire,
    version: r.version,
    municipality: r.municipality.trim(),
    respondent: r.respondent.name?.trim()
      ? { role: r.respondent.role, name: r.respondent.name.trim() }
      : { role: r.respondent.role },
    date: r.date,
    ...(r.gemeentecode !== undefined ? { gemeentecode: r.gemeentecode } : {}),
    // The schema allows only plain keys (a letter, then letters, digits, _) and scalar values.
    ...(r.meta !== undefined ? { meta: { ...r.meta } } : {}),
    answers,
    contentHash: bytes ? sha256(bytes) : sha256(source.text),
    origin: source.file,
  };
}

export function sortByPlace(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
