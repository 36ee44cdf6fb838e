// The answers being filled in (a draft of the answer file), and how it becomes an answer set, is
// kept in the browser and is read back from there. What comes back from storage is checked like
// any input: another page on the same computer could have written it (file:// pages share storage
// in Chromium), so only known ids, known values and plain strings are kept.
import { GROUP_RULES } from "../model/answers.js";
import type { Answer, AnswerSet, Dissent, Group, GroupMember, Votes } from "../model/answers.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { ANSWER_VALUES, isAnswerValue, isRole } from "../model/vocabulary.js";
import type { Role } from "../model/vocabulary.js";
import { SCOPES } from "../flow/question-flow.js";
import type { Scope } from "../flow/question-flow.js";
import { parseDateInput } from "../flow/date-input.js";
import { ANSWER_LIMITS, GEMEENTECODE_PATTERN, META_KEY_PATTERN } from "../model/answer-limits.js";

export interface Draft {
  municipality: string;
  role: Role | "";
  name: string;
  /** The date as typed (dd-mm-jjjj, or ISO). */
  dateText: string;
  scope: Scope;
  answers: Map<string, Answer>;
  /**
   * Fields of an opened answer file that the form does not edit (kept as they were): `gemeentecode`,
   * `meta`, and `group` of a group answer (whose items keep their `votes` and `dissent` in `answers`).
   */
  extra: Record<string, unknown>;
  /**
   * A note or source typed for a question before its answer is chosen: kept (in the browser too)
   * and put with the answer when it is chosen. An answer file has no place for it until then.
   */
  pending: Map<string, PendingText>;
}

/** Text typed for a question that has no answer yet. */
export interface PendingText {
  readonly note?: string;
  readonly evidence?: string;
}

/** Where the person is in the form. */
export type Position =
  | { readonly step: "welcome" | "details" | "overview" | "closing" | "result" | "report" }
  /** The chair's and the officer's modes at the table: they work on opened files, not on the draft. */
  | { readonly step: "merge" | "compare" }
  | { readonly step: "question"; readonly id: string; readonly returnTo?: "overview" };

export interface Saved {
  readonly format: 1;
  readonly savedAt: string;
  readonly draft: Omit<Draft, "answers" | "pending"> & {
    answers: Record<string, Answer>;
    pending?: Record<string, PendingText>;
  };
  readonly at: Position;
  readonly changesSinceDownload: number;
  /** The questions changed since the last download (so that a reload does not count one twice). */
  readonly changedIds?: readonly string[];
  /** Goes up with every write, from any tab: a tab that finds a higher one knows another tab wrote. */
  readonly revision?: number;
}

export function emptyDraft(today: string): Draft {
  return {
    municipality: "",
    role: "",
    name: "",
    dateText: today,
    scope: "legal",
    answers: new Map(),
    extra: {},
    pending: new Map(),
  };
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

/** The group of a group answer (an opened group file), else undefined. */
export function groupOf(d: Draft): Group | undefined {
  return d.extra.group as Group | undefined;
}

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
    pending: new Map(),
  };
}

export function toSaved(
  d: Draft,
  at: Position,
  changes: { readonly count: number; readonly ids: ReadonlySet<string> },
  now: Date,
  revision: number,
): Saved {
  return {
    format: 1,
    savedAt: now.toISOString(),
    draft: { ...d, answers: Object.fromEntries(d.answers), pending: Object.fromEntries(d.pending) },
    at,
    changesSinceDownload: changes.count,
    changedIds: [...changes.ids],
    revision,
  };
}

/**
 * The most characters of a note or source taken back from storage: more than an answer file allows
 * (ANSWER_LIMITS), so that text typed in an older page is not cut; the form then asks to shorten it
 * before it downloads (state.ts `overLimit`).
 */
const MAX_TEXT = 100_000;
/** At most `max` characters (code points, as the schema counts them: an emoji is never cut in two). */
const text = (v: unknown, max = MAX_TEXT): string => {
  if (typeof v !== "string") return "";
  if (v.length <= max) return v;
  return Array.from(v).slice(0, max).join("");
};
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A saved draft read back from storage, with everything unknown or malformed left out. */
export function restoreSaved(value: unknown, q: Questionnaire): Saved | undefined {
  if (!isRecord(value) || value.format !== 1 || !isRecord(value.draft)) return undefined;
  const raw = value.draft;
  const ids = new Set(q.items.map((i) => i.id));
  // A group answer's group, when it is whole: its items' votes and dissent only with it (as in a file).
  const group = isRecord(raw.extra) ? restoreGroup(raw.extra.group) : undefined;
  const answers: Record<string, Answer> = {};
  if (isRecord(raw.answers)) {
    for (const [id, entry] of Object.entries(raw.answers)) {
      if (!ids.has(id) || !isRecord(entry) || !isAnswerValue(entry.answer)) continue;
      const note = text(entry.note);
      const evidence = text(entry.evidence);
      const votes = group ? restoreVotes(entry.votes, group.members.length) : undefined;
      const dissent = group ? restoreDissent(entry.dissent, group.members.length) : undefined;
      answers[id] = {
        answer: entry.answer,
        ...(note ? { note } : {}),
        ...(evidence ? { evidence } : {}),
        ...(votes ? { votes } : {}),
        ...(dissent ? { dissent } : {}),
      };
    }
  }
  const pending: Record<string, PendingText> = {};
  if (isRecord(raw.pending)) {
    for (const [id, entry] of Object.entries(raw.pending)) {
      if (!ids.has(id) || !isRecord(entry) || answers[id]) continue;
      const note = text(entry.note);
      const evidence = text(entry.evidence);
      if (note || evidence) pending[id] = { ...(note ? { note } : {}), ...(evidence ? { evidence } : {}) };
    }
  }
  const role = isRole(raw.role) ? raw.role : "";
  const scope = (SCOPES as readonly unknown[]).includes(raw.scope) ? (raw.scope as Scope) : "legal";
  // Extra fields came from an answer file the shared parser accepted: only the optional fields of
  // the answer-file format, in their shape, are taken back (they are written into the download).
  const extra: Record<string, unknown> = {};
  if (isRecord(raw.extra)) {
    const { gemeentecode, meta } = raw.extra;
    if (group) extra.group = group;
    if (typeof gemeentecode === "string" && GEMEENTECODE_PATTERN.test(gemeentecode)) extra.gemeentecode = gemeentecode;
    if (
      isRecord(meta) &&
      Object.values(meta).every((v) => v === null || ["string", "number", "boolean"].includes(typeof v))
    ) {
      extra.meta = Object.fromEntries(Object.entries(meta).filter(([k]) => META_KEY_PATTERN.test(k)));
    }
  }
  const at = restorePosition(value.at, ids);
  // A count can never be more than the questions there are (an older page counted some twice).
  const changes =
    typeof value.changesSinceDownload === "number" && value.changesSinceDownload >= 0
      ? Math.min(Math.floor(value.changesSinceDownload), ids.size)
      : 0;
  const changedIds = Array.isArray(value.changedIds)
    ? [...new Set(value.changedIds.filter((id): id is string => typeof id === "string" && ids.has(id)))]
    : undefined;
  const revision =
    typeof value.revision === "number" && Number.isSafeInteger(value.revision) && value.revision >= 0
      ? value.revision
      : 0;
  return {
    format: 1,
    savedAt: text(value.savedAt, 40),
    draft: {
      municipality: text(raw.municipality, ANSWER_LIMITS.municipality),
      role,
      name: text(raw.name, ANSWER_LIMITS.name),
      dateText: text(raw.dateText, 40),
      scope,
      answers,
      extra,
      pending,
    },
    at,
    changesSinceDownload: changedIds ? changedIds.length : changes,
    ...(changedIds ? { changedIds } : {}),
    revision,
  };
}

const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const MAX_MEMBERS = 200;
const isCount = (v: unknown, max: number): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= max;

/** A group answer's `group` as the answer-file schema has it, else undefined (a part that is not whole is not guessed). */
function restoreGroup(v: unknown): Group | undefined {
  if (!isRecord(v) || !(GROUP_RULES as readonly unknown[]).includes(v.rule) || !Array.isArray(v.members))
    return undefined;
  if (v.members.length < 1 || v.members.length > MAX_MEMBERS) return undefined;
  const members: GroupMember[] = [];
  for (const m of v.members as unknown[]) {
    if (!isRecord(m) || !isRole(m.role)) return undefined;
    if (typeof m.date !== "string" || !ISO_DATE.test(m.date) || typeof m.sha256 !== "string" || !SHA256.test(m.sha256))
      return undefined;
    const name = typeof m.name === "string" ? text(m.name, ANSWER_LIMITS.name) : undefined;
    members.push({ ...(name !== undefined ? { name } : {}), role: m.role as Role, date: m.date, sha256: m.sha256 });
  }
  return { rule: v.rule as Group["rule"], members };
}

/** An item's votes: counts per answer value, together no more than the members. */
function restoreVotes(v: unknown, members: number): Votes | undefined {
  if (!isRecord(v)) return undefined;
  const votes: Partial<Record<(typeof ANSWER_VALUES)[number], number>> = {};
  let total = 0;
  for (const a of ANSWER_VALUES) {
    const n = v[a];
    if (n === undefined) continue;
    if (!isCount(n, members)) return undefined;
    if (n > 0) votes[a] = n;
    total += n;
  }
  return total <= members && Object.keys(votes).length > 0 ? votes : undefined;
}

/** An item's dissent: members of the group, each with their answer and their own words. */
function restoreDissent(v: unknown, members: number): Dissent[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const dissent: Dissent[] = [];
  for (const d of (v as unknown[]).slice(0, MAX_MEMBERS)) {
    if (!isRecord(d) || !isAnswerValue(d.answer) || !isCount(d.member, members) || d.member < 1) continue;
    const name = typeof d.name === "string" ? text(d.name, ANSWER_LIMITS.name) : undefined;
    // Never typed in this page (they come from the group file): no more than a file holds.
    const note = text(d.note, ANSWER_LIMITS.note);
    const evidence = text(d.evidence, ANSWER_LIMITS.evidence);
    dissent.push({
      member: d.member,
      ...(name !== undefined ? { name } : {}),
      answer: d.answer,
      ...(note ? { note } : {}),
      ...(evidence ? { evidence } : {}),
    });
  }
  return dissent.length > 0 ? dissent : undefined;
}

function restorePosition(v: unknown, ids: ReadonlySet<string>): Position {
  if (!isRecord(v)) return { step: "details" };
  if (v.step === "question" && typeof v.id === "string" && ids.has(v.id)) {
    return v.returnTo === "overview"
      ? { step: "question", id: v.id, returnTo: "overview" }
      : { step: "question", id: v.id };
  }
  if (
    v.step === "overview" ||
    v.step === "closing" ||
    v.step === "result" ||
    v.step === "report" ||
    v.step === "details"
  )
    return { step: v.step };
  return { step: "details" };
}

export function draftFromSaved(s: Saved): Draft {
  return {
    ...s.draft,
    answers: new Map(Object.entries(s.draft.answers)),
    pending: new Map(Object.entries(s.draft.pending ?? {})),
  };
}
