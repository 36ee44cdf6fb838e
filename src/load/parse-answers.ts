// Parses an answer file (docs/answer-file.md) against a questionnaire: text in, AnswerSet out, or an
// InputError listing every problem with its place. Pure: the caller reads the file.
import type { Answer, AnswerSet, Dissent, Votes } from "../model/answers.js";
import { ANSWER_VALUES } from "../model/vocabulary.js";
import { majorOf } from "../model/questionnaire.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { isCalendarDate } from "../model/dates.js";
import { MAX_PROBLEMS, Problems } from "../errors.js";
import type { Diagnostic } from "../errors.js";
import type { Entry } from "./schema-types.js";
import { schemaDiagnostics } from "./schema-errors.js";
import type { SourceDocument } from "./source-document.js";
import { closest } from "./suggest.js";
import { answersValidator } from "./validators.js";
import { sha256 } from "./hash.js";

/** The questionnaire id an answer file asks for, if it says one (used to pick the questionnaire). */
export function requestedQuestionnaire(source: SourceDocument): string | undefined {
  const id = fieldsOf(source.value).questionnaire;
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

/** The fields an answer entry may have (schemas/answers.schema.json, `entry`; a test keeps the two equal). */
export const ENTRY_FIELDS = [
  "answer",
  "note",
  "evidence",
  "votes",
  "dissent",
] as const satisfies readonly (keyof Exclude<Entry, string>)[];

/**
 * Bounded work for a hostile file (defect 11): the schema validator describes every problem it
 * finds (all errors), so thousands of entries each with dozens of unknown fields (~176,000
 * problems in under 1 MiB) cost seconds and hundreds of MB before the first 100 were shown. The
 * unknown fields of the entries are counted first, cheaply; beyond MAX_PROBLEMS the file is
 * refused on those alone — the first MAX_PROBLEMS described with their place, the rest counted —
 * and the validator does not run. Its other problems show once these are fixed.
 */
function refuseManyUnknownEntryFields(doc: unknown, source: SourceDocument): void {
  const unknown: [id: string, field: string][] = [];
  let count = 0;
  for (const [id, entry] of Object.entries(fieldsOf(fieldsOf(doc).answers))) {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) continue;
    for (const field of Object.keys(entry)) {
      if ((ENTRY_FIELDS as readonly string[]).includes(field)) continue;
      count += 1;
      if (unknown.length < MAX_PROBLEMS) unknown.push([id, field]);
    }
  }
  if (count <= MAX_PROBLEMS) return;
  const problems = new Problems();
  for (const [id, field] of unknown)
    problems.add(() =>
      source.diagnostic(
        "UNKNOWN_FIELD",
        { field, where: `answers › ${id}`, allowed: [...ENTRY_FIELDS] },
        ["answers", id, field],
        "key",
      ),
    );
  problems.omitted += count - unknown.length;
  problems.throwIfAny(sortByPlace);
}

export function parseAnswers(source: SourceDocument, questionnaire: Questionnaire, bytes?: Uint8Array): AnswerSet {
  const problems = new Problems();
  const doc = source.value;
  refuseManyUnknownEntryFields(doc, source);
  const validate = answersValidator();
  const valid = validate(doc);
  if (!valid) schemaDiagnostics(validate.errors ?? [], source, problems);
  // The checks below also run on a file that failed the schema, so that one run reports every
  // problem; until the schema has passed, each field is looked at as unknown.
  const raw = fieldsOf(doc);
  const failed = new Set(problems.list.map((p) => p.params.where ?? ""));

  let sameQuestionnaire = true;
  if (typeof raw.questionnaire === "string" && raw.questionnaire !== questionnaire.id) {
    sameQuestionnaire = false;
    problems.add(() =>
      source.diagnostic("QUESTIONNAIRE_MISMATCH", { found: String(raw.questionnaire), expected: questionnaire.id }, [
        "questionnaire",
      ]),
    );
  }
  if (sameQuestionnaire && typeof raw.version === "string" && !failed.has("version")) {
    if (majorOf(raw.version) !== majorOf(questionnaire.version)) {
      problems.add(() =>
        source.diagnostic(
          "VERSION_MISMATCH",
          { found: String(raw.version), expected: questionnaire.version, id: questionnaire.id },
          ["version"],
        ),
      );
    }
  }
  if (typeof raw.date === "string" && !failed.has("date") && !isCalendarDate(raw.date)) {
    problems.add(() => source.diagnostic("INVALID_DATE", { value: String(raw.date) }, ["date"]));
  }

  const known = itemIds(questionnaire);
  if (sameQuestionnaire) {
    for (const id of Object.keys(fieldsOf(raw.answers))) {
      if (known.has(id)) continue;
      problems.add(() => {
        const suggestion = closest(id, known);
        return source.diagnostic(
          "UNKNOWN_ITEM",
          { id, questionnaire: questionnaire.id, ...(suggestion ? { suggestion } : {}) },
          ["answers", id],
          "key",
        );
      });
    }
  }

  checkGroupFields(raw, source, problems);

  problems.throwIfAny(sortByPlace);
  // No problems, so the schema passed: `doc` has the shape of schemas/answers.schema.json.
  if (!valid) throw new Error("parseAnswers: a file that failed its schema reported no problem");
  const answers = new Map<string, Answer>();
  for (const [id, entry] of Object.entries(doc.answers ?? {})) {
    if (typeof entry === "string") answers.set(id, { answer: entry });
    else {
      const votes = entry.votes ? votesOf(entry.votes) : undefined;
      answers.set(id, {
        answer: entry.answer,
        ...(entry.note !== undefined && entry.note.trim() !== "" ? { note: entry.note } : {}),
        ...(entry.evidence !== undefined && entry.evidence.trim() !== "" ? { evidence: entry.evidence } : {}),
        ...(votes ? { votes } : {}),
        ...(entry.dissent && entry.dissent.length > 0 ? { dissent: entry.dissent.map(dissentOf) } : {}),
      });
    }
  }
  // The file's sha256 is worked out when first read (the report's stamp, batch's sha256 column,
  // samenvoegen's check for the same file twice), not here: `score` never needs it, and hashing
  // loads node:crypto, ~10 ms of its start-up (README, Performance). The value is the same.
  let hash: string | undefined;
  return {
    questionnaire: doc.questionnaire,
    version: doc.version,
    municipality: doc.municipality.trim(),
    respondent: doc.respondent.name?.trim()
      ? { role: doc.respondent.role, name: doc.respondent.name.trim() }
      : { role: doc.respondent.role },
    date: doc.date,
    ...(doc.gemeentecode !== undefined ? { gemeentecode: doc.gemeentecode } : {}),
    ...(doc.group !== undefined
      ? {
          group: {
            rule: doc.group.rule,
            members: doc.group.members.map((m) => ({
              ...textField("name", m.name),
              role: m.role,
              date: m.date,
              sha256: m.sha256,
            })),
          },
        }
      : {}),
    // The schema allows only plain keys (a letter, then letters, digits, _) and scalar values.
    ...(doc.meta !== undefined ? { meta: { ...doc.meta } } : {}),
    answers,
    get contentHash() {
      hash ??= sha256(bytes ?? source.text);
      return hash;
    },
    origin: source.file,
  };
}

/** `{ [key]: text }` for a text with something in it, else nothing (empty texts are dropped, as notes are). */
function textField<K extends string>(key: K, value: string | undefined): { [k in K]?: string } {
  return value !== undefined && value.trim() !== "" ? ({ [key]: value.trim() } as { [k in K]?: string }) : {};
}

/** The votes as written, without zero counts (an answer nobody gave is left out). */
function votesOf(v: Votes): Votes | undefined {
  const out = Object.fromEntries(ANSWER_VALUES.filter((a) => (v[a] ?? 0) > 0).map((a) => [a, v[a]!]));
  return Object.keys(out).length > 0 ? out : undefined;
}

function dissentOf(d: NonNullable<Extract<Entry, object>["dissent"]>[number]): Dissent {
  return {
    member: d.member,
    ...textField("name", d.name),
    answer: d.answer,
    ...(d.note !== undefined && d.note.trim() !== "" ? { note: d.note } : {}),
    ...(d.evidence !== undefined && d.evidence.trim() !== "" ? { evidence: d.evidence } : {}),
  };
}

/**
 * What the schema cannot say about a group answer (docs/answer-file.md, "Group answers"): `votes`
 * and `dissent` only in a file with `group`; a dissent names a member the group has; the votes
 * of an item count no more members than the group has.
 */
function checkGroupFields(raw: Readonly<Record<string, unknown>>, source: SourceDocument, problems: Problems): void {
  const group = fieldsOf(raw.group);
  const members = Array.isArray(group.members) ? group.members.length : undefined;
  for (const [id, entry] of Object.entries(fieldsOf(raw.answers))) {
    const fields = fieldsOf(entry);
    for (const key of ["votes", "dissent"] as const) {
      if (fields[key] !== undefined && raw.group === undefined)
        problems.add(() =>
          source.diagnostic("GROUP_FIELD_WITHOUT_GROUP", { id, field: key }, ["answers", id, key], "key"),
        );
    }
    if (members === undefined) continue;
    const votes = fieldsOf(fields.votes);
    const total = Object.values(votes).reduce<number>((n, x) => n + (typeof x === "number" ? x : 0), 0);
    if (total > members)
      problems.add(() =>
        source.diagnostic("GROUP_VOTES_TOO_MANY", { id, votes: total, members }, ["answers", id, "votes"]),
      );
    if (Array.isArray(fields.dissent)) {
      fields.dissent.forEach((d, k) => {
        const member = fieldsOf(d).member;
        if (typeof member === "number" && Number.isInteger(member) && member > members)
          problems.add(() =>
            source.diagnostic("GROUP_MEMBER_UNKNOWN", { id, member, members }, ["answers", id, "dissent", k, "member"]),
          );
      });
    }
  }
}

/** The fields of a mapping not yet checked against the schema (none for anything else). */
function fieldsOf(value: unknown): Readonly<Record<string, unknown>> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function sortByPlace(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
