// What every step of the interview shares: the terminal (an injected Prompter), the files, the
// options, the texts in the user's language, and the question flow (src/flow/, the same one the
// form uses). Made once per interview by runInterview; the steps in steps/ take it as their first
// parameter, so each step runs alone with a scripted prompter and files in memory.
import { createFlow, scopeSizes } from "../flow/question-flow.js";
import type { Flow, Scope } from "../flow/question-flow.js";
import type { Answer, AnswerSet } from "../model/answers.js";
import { marksVngRows } from "../model/legal-lens.js";
import { localize } from "../model/questionnaire.js";
import type { GlossaryEntry, LocalizedText, Questionnaire } from "../model/questionnaire.js";
import type { Lang, Role } from "../model/vocabulary.js";
import { INTERVIEW_TEXT } from "../messages/interview.js";
import type { InterviewTexts } from "../messages/interview.js";
import type { UnfinishedHeader } from "../load/unfinished-header.js";
import { escapeTerminal as safe } from "../report/escape.js";
import type { Style } from "../report/render-summary.js";
import type { Prompter } from "./prompter.js";

/**
 * What became of a file the interview meant to remove: removed; no longer there; changed since it
 * was read (left alone); or it could not be read or removed, with the reason (a system error code
 * such as EACCES, or a reason of FILE_UNREADABLE such as "folder").
 */
export type Removal =
  | { readonly outcome: "removed" }
  | { readonly outcome: "gone" }
  | { readonly outcome: "changed" }
  | { readonly outcome: "failed"; readonly reason: string };

export interface InterviewFiles {
  exists(path: string): boolean;
  /** The file's text as it is on disk now; undefined when there is no such file. */
  read(path: string): string | undefined;
  /** Writes atomically (temp file + rename). */
  save(path: string, text: string): void;
  /** Reads and validates an answer file; throws InputError when it is not valid. */
  load(path: string): AnswerSet;
  /**
   * Removes a file if its text is still `text`, and says what happened. Used only for an
   * unfinished file the interview continued, once everything in it is in the answer file.
   */
  removeIfUnchanged(path: string, text: string): Removal;
  /** Where a file name without a folder goes (the current folder). */
  resolve(name: string): string;
}

/** Renders the report of the saved answer file, exactly as `zelftest report FILE` would. */
export type ReportMaker = (answerFile: string, format: "md" | "html") => string;

export interface InterviewOptions {
  readonly questionnaire: Questionnaire;
  /** Renders the report for the offer at the end; without it, no report is offered. */
  readonly makeReport?: ReportMaker;
  readonly lang: Lang;
  /** Today as YYYY-MM-DD, the default date. */
  readonly today: string;
  readonly out?: string;
  readonly resume?: string;
  /** When the `resume` file is unfinished (load/unfinished-header.ts): its details, asked again as defaults. */
  readonly unfinished?: UnfinishedHeader;
  readonly style: Style;
  readonly width: number;
  /** Show the technical item ids beside the questions (for questionnaire authors). */
  readonly verbose?: boolean;
}

/** The details (who and what) given so far, while they are asked; see steps/details.ts. */
export type DetailsSoFar = { -readonly [K in keyof UnfinishedHeader]?: UnfinishedHeader[K] };

/** The answers as the interview holds them while it runs. */
export interface Draft {
  municipality: string;
  gemeentecode?: string;
  /** Fields of a continued file that the interview does not ask, written back unchanged. */
  carried?: Pick<AnswerSet, "meta" | "group">;
  role: Role;
  name?: string;
  date: string;
  answers: Map<string, Answer>;
  scope: Scope;
}

export interface InterviewContext {
  readonly prompter: Prompter;
  readonly files: InterviewFiles;
  readonly o: InterviewOptions;
  readonly t: InterviewTexts;
  readonly q: Questionnaire;
  /** The questionnaire's first language: where a text is missing in the user's language. */
  readonly fallback: string;
  /**
   * A text of the questionnaire in the user's language. Every text from a file (the
   * questionnaire's, the answers' notes) passes escapeTerminal before it is shown, so that it
   * cannot steer the terminal; our own layout and colours do not.
   */
  text(x: LocalizedText): string;
  /** How many questions each scope has. */
  readonly sizes: Readonly<Record<Scope, number>>;
  /** Whether the questionnaire has good-practice questions besides the legal ones. */
  readonly hasPractice: boolean;
  /** Whether the questionnaire marks the rows of the VNG zelftest: its legal questions are then "the law and the VNG zelftest". */
  readonly vngRows: boolean;
  /** The question flow of the draft's scope. */
  flowOf(d: Draft): Flow;
  /** Glossary entries whose explanation was already pointed to (see steps/question.ts). */
  readonly hinted: Set<GlossaryEntry>;
}

export function interviewContext(prompter: Prompter, files: InterviewFiles, o: InterviewOptions): InterviewContext {
  const q = o.questionnaire;
  const fallback = q.languages[0] ?? "nl";
  const sizes = scopeSizes(q);
  const flows = new Map<Scope, Flow>();
  return {
    prompter,
    files,
    o,
    t: INTERVIEW_TEXT[o.lang],
    q,
    fallback,
    text: (x) => safe(localize(x, o.lang, fallback)),
    sizes,
    hasPractice: sizes.all > sizes.legal,
    vngRows: marksVngRows(q),
    flowOf: (d) => flows.get(d.scope) ?? flows.set(d.scope, createFlow(q, d.scope)).get(d.scope)!,
    hinted: new Set(),
  };
}
