// The answers being filled in (a draft of the answer file), and how it becomes an answer set, is
// kept in the browser and is read back from there. What comes back from storage is checked like
// any input: another page on the same computer could have written it (file:// pages share storage
// in Chromium), so only known ids, known values and plain strings are kept.
import type { Answer, AnswerSet } from "../model/answers.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { isAnswerValue, ROLES } from "../model/vocabulary.js";
import type { Role } from "../model/vocabulary.js";
import { SCOPES } from "../flow/question-flow.js";
import type { Scope } from "../flow/question-flow.js";
import { parseDateInput } from "../flow/date-input.js";

export interface Draft {
  municipality: string;
  role: Role | "";
  name: string;
  /** The date as typed (dd-mm-jjjj, or ISO). */
  dateText: string;
  scope: Scope;
  answers: Map<string, Answer>;
  /** Fields of an opened answer file that the form does not edit (kept as they were). */
  extra: Record<string, unknown>;
}

/** Where the person is in the form. */
export type Position =
  | { readonly step: "welcome" | "details" | "overview" | "result" }
  | { readonly step: "question"; readonly id: string; readonly returnTo?: "overview" };

export interface Saved {
  readonly format: 1;
  readonly savedAt: string;
  readonly draft: Omit<Draft, "answers"> & { answers: Record<string, Answer> };
  readonly at: Position;
  readonly changesSinceDownload: number;
}

export function emptyDraft(today: string): Draft {
  return { municipality: "", role: "", name: "", dateText: today, scope: "legal", answers: new Map(), extra: {} };
}

/** The answer set of a draft; undefined while municipality, role or date are missing or wrong. */
export function toAnswerSet(d: Draft, q: Questionnaire): AnswerSet | undefined {
  const date = parseDateInput(d.dateText);
  if (!date || d.role === "" || d.municipality.trim() === "") return undefined;
  const name = d.name.trim();
  return {
    ...d.extra,
    questionnaire: q.id,
    version: q.version,
    municipality: d.municipality.trim(),
    respondent: name ? { role: d.role, name } : { role: d.role },
    date,
    answers: d.answers,
    contentHash: "",
    origin: "",
  };
}

const STANDARD_FIELDS = new Set([
  "questionnaire",
  "version",
  "municipality",
  "respondent",
  "date",
  "answers",
  "contentHash",
  "origin",
]);

export function fromAnswerSet(a: AnswerSet, scope: Scope): Draft {
  const extra = Object.fromEntries(Object.entries(a).filter(([k]) => !STANDARD_FIELDS.has(k)));
  return {
    municipality: a.municipality,
    role: a.respondent.role,
    name: a.respondent.name ?? "",
    dateText: a.date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3-$2-$1"),
    scope,
    answers: new Map(a.answers),
    extra,
  };
}

export function toSaved(d: Draft, at: Position, changesSinceDownload: number, now: Date): Saved {
  return {
    format: 1,
    savedAt: now.toISOString(),
    draft: { ...d, answers: Object.fromEntries(d.answers) },
    at,
    changesSinceDownload,
  };
}

const MAX_TEXT = 100_000;
const text = (v: unknown, max = MAX_TEXT): string => (typeof v === "string" ? v.slice(0, max) : "");
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A saved draft read back from storage, with everything unknown or malformed left out. */
export function restoreSaved(value: unknown, q: Questionnaire): Saved | undefined {
  if (!isRecord(value) || value.format !== 1 || !isRecord(value.draft)) return undefined;
  const raw = value.draft;
  const ids = new Set(q.items.map((i) => i.id));
  const answers: Record<string, Answer> = {};
  if (isRecord(raw.answers)) {
    for (const [id, entry] of Object.entries(raw.answers)) {
      if (!ids.has(id) || !isRecord(entry) || !isAnswerValue(entry.answer)) continue;
      const note = text(entry.note);
      const evidence = text(entry.evidence);
      answers[id] = { answer: entry.answer, ...(note ? { note } : {}), ...(evidence ? { evidence } : {}) };
    }
  }
  const role = (ROLES as readonly unknown[]).includes(raw.role) ? (raw.role as Role) : "";
  const scope = (SCOPES as readonly unknown[]).includes(raw.scope) ? (raw.scope as Scope) : "legal";
  // Extra fields came from an answer file the shared parser accepted: only the optional fields of
  // the answer-file format, in their shape, are taken back (they are written into the download).
  const extra: Record<string, unknown> = {};
  if (isRecord(raw.extra)) {
    const { gemeentecode, meta } = raw.extra;
    if (typeof gemeentecode === "string" && /^GM[0-9]{4}$/.test(gemeentecode)) extra.gemeentecode = gemeentecode;
    if (
      isRecord(meta) &&
      Object.values(meta).every((v) => v === null || ["string", "number", "boolean"].includes(typeof v))
    ) {
      extra.meta = Object.fromEntries(Object.entries(meta).filter(([k]) => /^[a-z][a-z0-9_]*$/i.test(k)));
    }
  }
  const at = restorePosition(value.at, ids);
  const changes =
    typeof value.changesSinceDownload === "number" && value.changesSinceDownload >= 0
      ? Math.floor(value.changesSinceDownload)
      : 0;
  return {
    format: 1,
    savedAt: text(value.savedAt, 40),
    draft: {
      municipality: text(raw.municipality, 200),
      role,
      name: text(raw.name, 200),
      dateText: text(raw.dateText, 40),
      scope,
      answers,
      extra,
    },
    at,
    changesSinceDownload: changes,
  };
}

function restorePosition(v: unknown, ids: ReadonlySet<string>): Position {
  if (!isRecord(v)) return { step: "details" };
  if (v.step === "question" && typeof v.id === "string" && ids.has(v.id)) {
    return v.returnTo === "overview"
      ? { step: "question", id: v.id, returnTo: "overview" }
      : { step: "question", id: v.id };
  }
  if (v.step === "overview" || v.step === "result" || v.step === "details") return { step: v.step };
  return { step: "details" };
}

export function draftFromSaved(s: Saved): Draft {
  return { ...s.draft, answers: new Map(Object.entries(s.draft.answers)) };
}
