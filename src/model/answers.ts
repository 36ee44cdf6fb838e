// The answer-file model (docs/answer-file.md) after loading: who answered, for which questionnaire, what.
import type { AnswerValue, Role } from "./vocabulary.js";

export interface Answer {
  readonly answer: AnswerValue;
  readonly note?: string;
  readonly evidence?: string;
  /** Group answers only: how many members gave each answer (members who left it open are not counted). */
  readonly votes?: Votes;
  /**
   * Group answers only: each member whose answer differs from the group's, with their own words; and
   * a member who gave the group's answer whose words were too long together for the group's note
   * (kept apart, with the group's answer). splitDissent tells them apart.
   */
  readonly dissent?: readonly Dissent[];
}

/**
 * The entries of `dissent` by what they are: `differ`, members who answered otherwise than the group
 * (`answer`); `apart`, members who gave the group's answer and whose words were kept apart
 * (docs/answer-file.md, "Group answers"). The one rule every output uses to tell them apart.
 */
export function splitDissent(
  dissent: readonly Dissent[] | null | undefined,
  answer: AnswerValue | null | undefined,
): { differ: Dissent[]; apart: Dissent[] } {
  const all = dissent ?? [];
  return { differ: all.filter((d) => d.answer !== answer), apart: all.filter((d) => d.answer === answer) };
}

/** How many members answered otherwise than the group (`answer`), by the votes. */
export function votesAgainst(votes: Votes, answer: AnswerValue | null | undefined): number {
  return Object.entries(votes).reduce((n, [v, k]) => (v === answer ? n : n + (k ?? 0)), 0);
}

/** How many members gave each answer; answers nobody gave are left out. */
export type Votes = Readonly<Partial<Record<AnswerValue, number>>>;

/** One member's answer where it differs from the group's, with what they wrote. */
export interface Dissent {
  /** The member's place in `group.members`, counting from 1. */
  readonly member: number;
  readonly name?: string;
  readonly answer: AnswerValue;
  readonly note?: string;
  readonly evidence?: string;
}

/** The rules by which a group answer's proposals are made (docs/answer-file.md, "Group answers"). */
export const GROUP_RULES = ["meerderheid"] as const;
export type GroupRule = (typeof GROUP_RULES)[number];

/** One file a group answer was made from. */
export interface GroupMember {
  readonly name?: string;
  readonly role: Role;
  readonly date: string;
  /** sha256 of the member's answer file. */
  readonly sha256: string;
}

/** What makes an answer set a group answer: the rule and the members, in the order given. */
export interface Group {
  readonly rule: GroupRule;
  readonly members: readonly GroupMember[];
}

/** A value of the optional `meta` block: scalars only (nested blocks are refused when loading). */
export type MetaValue = string | number | boolean | null;

export interface AnswerSet {
  readonly questionnaire: string;
  readonly version: string;
  readonly municipality: string;
  readonly respondent: { readonly role: Role; readonly name?: string };
  readonly date: string;
  /** CBS municipality code (GM + 4 digits), when the file gives one. */
  readonly gemeentecode?: string;
  /** Present when this is a group answer (answer-file format 1.3), made from the members' files. */
  readonly group?: Group;
  /** Free research metadata (a wave, a respondent id), when the file gives it; keys in file order. */
  readonly meta?: Readonly<Record<string, MetaValue>>;
  /** Keyed by item id, in the order they appear in the file. */
  readonly answers: ReadonlyMap<string, Answer>;
  /** sha256 of the answer file's bytes (empty for answer sets built in memory). */
  readonly contentHash: string;
  readonly origin: string;
}

/**
 * The required details an unfinished file (load/unfinished-header.ts: an interview stopped before
 * they were all given) may lack, by their place in the answer file.
 */
export const UNFINISHED_FIELDS = ["respondent.role", "date"] as const;
export type UnfinishedField = (typeof UNFINISHED_FIELDS)[number];
