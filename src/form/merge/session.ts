// The table's work in the form's Samenvoegen (docs/form.md): the members' files as they were
// opened, the answers the group chose and the group's notes, kept in the browser so that a reload
// or a closed window loses nothing typed at the meeting. Pure: no DOM, no storage; what comes
// back from storage is checked like any input (another page on the same computer may have
// written it). The merge itself is the shared one (score/merge-answers.ts), never a second rule.
import type { AnswerSet } from "../../model/answers.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import { isAnswerValue, isRole } from "../../model/vocabulary.js";
import type { AnswerValue, Role } from "../../model/vocabulary.js";
import { createFlow, scopeOf } from "../../flow/question-flow.js";
import type { Scope } from "../../flow/question-flow.js";
import { mergeItems } from "../../score/merge-answers.js";
import type { MemberLabel, MergeItem, MergeMember } from "../../score/merge-answers.js";

/** One member's file as it was opened: its name and its bytes (so that its sha256 stays that of the file). */
export interface MemberFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** A member's file once read: the answers it holds. */
export interface OpenedMember extends MemberFile {
  readonly answers: AnswerSet;
}

/** What the group decided at the table so far. */
export interface TableChoices {
  /** The group's name (respondent.name of the group answer), as typed. */
  groupName: string;
  /** The date of the group answer, as typed (dd-mm-jjjj). */
  dateText: string;
  /** The group's role, where the members' roles differ; "" for the members' common role. */
  role: Role | "";
  /** Answers the group chose (item id → answer); every other question keeps the rule's proposal. */
  chosen: Map<string, AnswerValue>;
  /** The group's own note per question. */
  notes: Map<string, string>;
}

export function emptyChoices(today: string): TableChoices {
  return { groupName: "", dateText: today, role: "", chosen: new Map(), notes: new Map() };
}

/** How the session is kept in the browser (JSON). */
export interface SavedSession {
  readonly format: 1;
  readonly savedAt: string;
  readonly members: readonly { readonly file: string; readonly base64: string }[];
  readonly groupName: string;
  readonly dateText: string;
  readonly role: string;
  readonly chosen: Record<string, string>;
  readonly notes: Record<string, string>;
}

export function toSavedSession(members: readonly MemberFile[], c: TableChoices, now: Date): SavedSession {
  return {
    format: 1,
    savedAt: now.toISOString(),
    members: members.map((m) => ({ file: m.file, base64: toBase64(m.bytes) })),
    groupName: c.groupName,
    dateText: c.dateText,
    role: c.role,
    chosen: Object.fromEntries(c.chosen),
    notes: Object.fromEntries(c.notes),
  };
}

/** A session read back from storage: only well-formed members, known ids, known answers and strings are kept. */
export function fromSavedSession(
  value: unknown,
  q: Questionnaire,
  today: string,
): { members: MemberFile[]; choices: TableChoices; savedAt: string } | undefined {
  if (!isRecord(value) || value.format !== 1 || !Array.isArray(value.members)) return undefined;
  const ids = new Set(q.items.map((i) => i.id));
  const members: MemberFile[] = [];
  for (const m of value.members) {
    if (!isRecord(m) || typeof m.file !== "string" || typeof m.base64 !== "string") continue;
    const bytes = fromBase64(m.base64);
    if (bytes) members.push({ file: m.file, bytes });
  }
  const entries = (x: unknown) =>
    isRecord(x) ? Object.entries(x).filter(([id, v]) => ids.has(id) && typeof v === "string") : [];
  const choices: TableChoices = {
    groupName: typeof value.groupName === "string" ? value.groupName : "",
    dateText: typeof value.dateText === "string" && value.dateText !== "" ? value.dateText : today,
    role: isRole(value.role) ? value.role : "",
    chosen: new Map(entries(value.chosen).filter(([, v]) => isAnswerValue(v as string)) as [string, AnswerValue][]),
    notes: new Map(entries(value.notes) as [string, string][]),
  };
  return { members, choices, savedAt: typeof value.savedAt === "string" ? value.savedAt : "" };
}

/** Where a question stands at the table. */
export type TablePart = "differ" | "agree" | "none";

export interface TableItem extends MergeItem {
  /** Its number in the flow of the group's scope ("Vraag 3 van 15"). */
  readonly number: number;
  readonly part: TablePart;
  /** The group's answer as it stands: chosen, else the proposal (null: open). */
  readonly answer: AnswerValue | null;
  readonly note: string;
}

export interface Table {
  readonly scope: Scope;
  /** Number of questions in the scope's flow. */
  readonly total: number;
  /** Questions where the members differ, then where they agree, then those nobody answered (open in the flow). */
  readonly items: readonly TableItem[];
}

/**
 * The questions at the table, in the order of discussion: first where the members differ, then
 * where they agree, then the questions that none of them answered and that are open in the flow
 * with the group's answers as they stand; each part in questionnaire order. The scope is "all"
 * when any member answered good practice. A question closed by a condition is left out unless a
 * member answered it (nothing a member wrote is hidden).
 */
export function tableOf(
  members: readonly OpenedMember[],
  q: Questionnaire,
  c: TableChoices,
  label: MemberLabel,
): Table {
  const merged = mergeItems(
    members.map((m): MergeMember => ({ file: m.file, answers: m.answers })),
    q,
    label,
  );
  const scope: Scope = members.some((m) => scopeOf(q, m.answers.answers) === "all") ? "all" : "legal";
  const flow = createFlow(q, scope);
  const answerOf = (it: MergeItem) => c.chosen.get(it.id) ?? it.proposal;
  const groupAnswers = new Map(
    merged.flatMap((it) => {
      const a = answerOf(it);
      return a ? [[it.id, { answer: a }] as const] : [];
    }),
  );
  const states = new Map(flow.overview(groupAnswers).flatMap((th) => th.items.map((x) => [x.item.id, x] as const)));
  const items: TableItem[] = [];
  for (const it of merged) {
    const state = states.get(it.id);
    const answered = it.members.some((m) => m.answer !== null);
    if (!answered && (!state || state.state === "closed")) continue;
    items.push({
      ...it,
      number: state?.number ?? 0,
      part: it.differ ? "differ" : answered ? "agree" : "none",
      answer: answerOf(it),
      note: c.notes.get(it.id) ?? "",
    });
  }
  const rank: Record<TablePart, number> = { differ: 0, agree: 1, none: 2 };
  const order = new Map(q.items.map((i, k) => [i.id, k]));
  items.sort((a, b) => rank[a.part] - rank[b.part] || order.get(a.id)! - order.get(b.id)!);
  return { scope, total: flow.total, items };
}

/** The members' common role, or undefined when they differ (the group then chooses one). */
export function commonRole(members: readonly OpenedMember[]): Role | undefined {
  const roles = new Set(members.map((m) => m.answers.respondent.role));
  return roles.size === 1 ? [...roles][0] : undefined;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array | undefined {
  try {
    const s = atob(text);
    const bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i += 1) bytes[i] = s.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}
