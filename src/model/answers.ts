// The answer-file model (docs/answer-file.md) after loading: who answered, for which questionnaire, what.
import type { AnswerValue, Role } from "./vocabulary.js";

export interface Answer {
  readonly answer: AnswerValue;
  readonly note?: string;
  readonly evidence?: string;
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
  /** Free research metadata (a wave, a respondent id), when the file gives it; keys in file order. */
  readonly meta?: Readonly<Record<string, MetaValue>>;
  /** Keyed by item id, in the order they appear in the file. */
  readonly answers: ReadonlyMap<string, Answer>;
  /** sha256 of the answer file's bytes (empty for answer sets built in memory). */
  readonly contentHash: string;
  readonly origin: string;
}
