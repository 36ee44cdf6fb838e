// What batch knows of one answer file after scoring it: its place in the batch, its metadata and
// either the assessment or the file's coded problems. Plain data (it crosses between threads),
// produced by batch/, aggregated by score/, rendered by report/.
import type { Diagnostic } from "../errors.js";
import type { MetaValue } from "./answers.js";
import type { Assessment } from "./assessment.js";
import type { Role } from "./vocabulary.js";

/** What is known of a file apart from its answers; for an invalid file only what could be read. */
export interface FileFacts {
  readonly municipality?: string;
  readonly gemeentecode?: string;
  readonly role?: Role;
  readonly name?: string;
  readonly date?: string;
  /** sha256 of the file's bytes, when they could be read. */
  readonly sha256?: string;
  readonly meta?: Readonly<Record<string, MetaValue>>;
  /** The questionnaire id the file itself names (`questionnaire:`), when it could be read. */
  readonly questionnaire?: string;
  /** The municipality as the file writes it, when a municipality list replaced it by the official name. */
  readonly municipalityWritten?: string;
  /**
   * With a municipality list (`--municipalities`): the file's gemeentecode is not in it. The file
   * keeps its code and its name as written (and is scored, unless --strict-municipalities).
   */
  readonly unknownCode?: true;
  /**
   * A valid file that declares an older version of the questionnaire than some items it answers
   * (the items' `since`): their ids, in questionnaire order. Absent when there are none.
   */
  readonly newerItems?: readonly string[];
  /** A group answer (answer-file format 1.3): the number of members it was made from. */
  readonly groupSize?: number;
}

/** `index` is the file's place in the sorted batch, from 0 (file_id = index + 1). */
export type FileOutcome =
  | { readonly index: number; readonly file: string; readonly facts: FileFacts; readonly assessment: Assessment }
  | {
      readonly index: number;
      readonly file: string;
      readonly facts: FileFacts;
      readonly diagnostics: readonly Diagnostic[];
    };

export type ValidOutcome = Extract<FileOutcome, { assessment: unknown }>;
