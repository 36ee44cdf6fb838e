// What every part of the form is given: the questionnaire and its texts, the state, the page's
// fixed parts (shell.ts), and the few actions that cross rooms (go to a step, store, announce,
// show an error, save or open a file, print). Built once in app.ts; a step or mode reads it and
// calls its actions, and never keeps state of its own between two renders.
import type { LocalizedText, Questionnaire } from "../model/questionnaire.js";
import type { Lang } from "../model/vocabulary.js";
import type { Scope } from "../flow/question-flow.js";
import type { FormTexts } from "../messages/form.js";
import type { Position, Saved } from "./draft.js";
import type { PageData } from "./page-data.js";
import type { FormState } from "./state.js";
import type { Shell } from "./shell.js";
import type { Store } from "./storage.js";

export interface FormEnv {
  readonly store: Store;
  readonly now: () => Date;
}

export interface FieldError {
  readonly id: string;
  readonly message: string;
}

export interface FormContext {
  readonly lang: Lang;
  readonly t: FormTexts;
  readonly q: Questionnaire;
  readonly data: PageData;
  readonly env: FormEnv;
  /** A questionnaire text in the page's language (or the questionnaire's first language). */
  readonly text: (x: LocalizedText | undefined) => string;
  /** The questionnaire's title, else the form's name. */
  readonly appTitle: string;
  readonly sizes: { readonly legal: number; readonly all: number };
  /** Whether the questionnaire marks the rows of the VNG zelftest: its legal questions are then "the law and the VNG zelftest". */
  readonly vngRows: boolean;
  /** Whether the questionnaire has good-practice questions besides the legal ones. */
  readonly hasPractice: boolean;
  /** Today as dd-mm-jjjj. */
  readonly today: () => string;
  /** The draft found in the browser's storage when the page opened, if any. */
  readonly saved: Saved | undefined;
  readonly state: FormState;
  readonly shell: Shell;
  /** Shows a step (and, unless `focus` is false, moves the focus to its heading). */
  show(pos: Position, focus?: boolean): void;
  /** Stores the draft in the browser and updates the storage line. */
  save(): void;
  /** Says something to screen readers (and in the status line). */
  announce(message: string): void;
  /** The error summary above the step, with one message and, if given, a link to a step. */
  showMessageError(message: string, go?: Position): void;
  /** Field errors beside the fields of `form`, and a summary linking to each. */
  showFieldErrors(form: HTMLFormElement, errors: readonly FieldError[]): void;
  /** "Download antwoordbestand" (the save-as dialog where there is one). */
  saveAnswerFile(): Promise<void>;
  /** A plain download; false when the details are missing (an error then shows). */
  download(): boolean;
  /** A new scope: the flow and the paper questionnaire follow. */
  setScope(scope: Scope): void;
  /** Clears the browser's copy and starts with an empty draft at the details step. */
  startOver(): void;
  /** Builds the blank paper questionnaire again (after the scope changed). */
  rebuildPaper(): void;
  /** Prints the blank paper questionnaire of a scope. */
  printBlank(scope: Scope): void;
  /** Prints the answers with the result. */
  printAnswers(): void;
}

/** What a step's render gives: its name for the window title, or another position to show instead. */
export type StepResult = string | { readonly redirect: Position };

/**
 * A step of the form: renders itself into the shell's main element (empty when it is called) and
 * returns its name for the window title. The steps are registered in steps/index.ts by the name of
 * their position; a new mode adds its positions to `Position` (draft.ts) and its steps there.
 */
export type StepView<P extends Position = Position> = (ctx: FormContext, pos: P) => StepResult;
