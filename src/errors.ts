// Error codes, exit codes and the errors that carry them: the one place that defines both (see
// docs/exit-codes.md). Every problem with a user's file is a Diagnostic: a code, the file, and
// where possible a line and column with the source line; the wording lives in
// messages/error-messages.ts (Dutch and English) so tests assert codes and positions only.

export const FILE_CODES = [
  "FILE_NOT_FOUND",
  "FILE_UNREADABLE",
  "FILE_TOO_LARGE",
  "FILE_EMPTY",
  "FILE_BINARY",
  "FILE_NOT_UTF8",
] as const;

export const SYNTAX_CODES = [
  "YAML_SYNTAX",
  "JSON_SYNTAX",
  "DUPLICATE_KEY",
  "ALIAS_LIMIT",
  "FORBIDDEN_KEY",
  "YAML_TAG",
  "NON_STRING_KEY",
  "ROOT_NOT_MAPPING",
  "NESTING_TOO_DEEP",
  "TOO_MANY_KEYS",
  "YAML_VERSION",
] as const;

export const SCHEMA_CODES = [
  "MISSING_FIELD",
  "UNKNOWN_FIELD",
  "INVALID_TYPE",
  "INVALID_VALUE",
  "INVALID_FORMAT",
  "EMPTY_TEXT",
  "TEXT_TOO_LONG",
  "NUMBER_OUT_OF_RANGE",
  "TOO_FEW",
  "TOO_MANY",
  "DUPLICATE_VALUE",
] as const;

export const ANSWER_CODES = [
  "UNKNOWN_ITEM",
  "INVALID_DATE",
  "QUESTIONNAIRE_MISMATCH",
  "VERSION_MISMATCH",
  "UNKNOWN_QUESTIONNAIRE",
  "UNKNOWN_MUNICIPALITY_CODE",
  "MUNICIPALITY_LIST_INVALID",
  /** An official name twice in `--municipalities` (case and spaces aside): a file without a code could not be matched. */
  "MUNICIPALITY_NAME_TWICE",
  /** `votes` or `dissent` on an answer in a file that is not a group answer (no `group`). */
  "GROUP_FIELD_WITHOUT_GROUP",
  /** A group answer's item counts more votes than the group has members. */
  "GROUP_VOTES_TOO_MANY",
  /** A dissent names a member number the group does not have. */
  "GROUP_MEMBER_UNKNOWN",
] as const;

export const LINT_CODES = [
  "DUPLICATE_ID",
  "ITEM_ID_THEME_MISMATCH",
  "CONDITION_UNKNOWN_ITEM",
  "CONDITION_NOT_EARLIER",
  "CONDITION_ON_LEGAL_ITEM",
  "UNKNOWN_SOURCE",
  "MISSING_TRANSLATION",
  "UNDECLARED_LANGUAGE",
  "UNKNOWN_PACKAGE",
  "DUPLICATE_TERM",
  "LEGAL_ON_PRACTICE_ITEM",
  "STRICT_FIELD_MISSING",
  "NOT_A_VNG_ROW",
] as const;

/**
 * Why several answer files cannot be merged into one group answer (`zelftest samenvoegen`, the
 * form's Samenvoegen); MERGE_SAME_NAME and MERGE_TEXT_APART are only warnings.
 */
export const MERGE_CODES = [
  "MERGE_MUNICIPALITY",
  "MERGE_QUESTIONNAIRE",
  "MERGE_SAME_FILE",
  "MERGE_GROUP_INPUT",
  "MERGE_ROLES",
  "MERGE_TEXT_TOO_LONG",
  "MERGE_TEXT_APART",
  "MERGE_SAME_NAME",
] as const;

/** A wrong command line. */
export const USAGE_CODES = [
  "UNKNOWN_COMMAND",
  "UNKNOWN_OPTION",
  "MISSING_ARGUMENT",
  "TOO_MANY_ARGUMENTS",
  "INVALID_OPTION",
  "NO_INPUT_FILES",
  "COMPARE_MIXED",
  "NOT_A_TTY",
  /** An option that works only together with another (`--by` with `--format md` or `html`). */
  "OPTION_REQUIRES",
  /** Two options that exclude each other (`compare --perspectives --trend`). */
  "OPTIONS_EXCLUSIVE",
  /** A batch worker thread reached its heap limit (run-batch.ts) on one of a chunk's files. */
  "BATCH_OUT_OF_MEMORY",
] as const;

/** Where the output goes. */
export const OUTPUT_CODES = [
  "OUTPUT_FAILED",
  "OUTPUT_IS_INPUT",
  /** `--out` names a device, a pipe, a folder: never replaced by a file. */
  "OUTPUT_NOT_A_FILE",
  /** `--out` names an answer file or a questionnaire, and the command writes something else. */
  "OUTPUT_WOULD_REPLACE",
  /** Two outputs of one command name the same file. */
  "OUTPUT_TWICE",
  /** `--format` writes another kind of file than the `--out` file's extension names (`--format csv --out x.parquet`). */
  "OUTPUT_FORMAT_MISMATCH",
  "STDOUT_FAILED",
] as const;

export type ErrorCode =
  | (typeof FILE_CODES)[number]
  | (typeof SYNTAX_CODES)[number]
  | (typeof SCHEMA_CODES)[number]
  | (typeof ANSWER_CODES)[number]
  | (typeof LINT_CODES)[number]
  | (typeof MERGE_CODES)[number]
  | (typeof USAGE_CODES)[number]
  | (typeof OUTPUT_CODES)[number];

export const ALL_CODES: readonly ErrorCode[] = [
  ...FILE_CODES,
  ...SYNTAX_CODES,
  ...SCHEMA_CODES,
  ...ANSWER_CODES,
  ...LINT_CODES,
  ...MERGE_CODES,
  ...USAGE_CODES,
  ...OUTPUT_CODES,
];

export type Params = Readonly<Record<string, string | number | readonly string[]>>;

export interface Diagnostic {
  readonly code: ErrorCode;
  readonly file: string;
  /** 1-based; absent when the problem is with the file as a whole. */
  readonly line?: number;
  readonly column?: number;
  /** The source line the position is on (shortened around the column if very long). */
  readonly sourceLine?: string;
  /** Column within sourceLine where the caret goes (1-based). */
  readonly caretColumn?: number;
  readonly caretLength?: number;
  readonly params: Params;
}

/** At most this many problems are collected per file; the rest are only counted (bounded work on hostile files). */
export const MAX_PROBLEMS = 100;

/**
 * Collects a file's problems up to MAX_PROBLEMS; beyond that they are only counted, so that a
 * hostile file with 100,000 problems costs no more than one with 100 (each description, with its
 * position and source line, is only made while there is room for it).
 */
export class Problems {
  readonly list: Diagnostic[] = [];
  omitted = 0;

  add(make: () => Diagnostic): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(make());
    else this.omitted += 1;
  }

  get count(): number {
    return this.list.length + this.omitted;
  }

  /** Throws an InputError with the problems (sorted by place when asked), if there are any. */
  throwIfAny(sort?: (ds: readonly Diagnostic[]) => Diagnostic[]): void {
    if (this.count > 0) throw new InputError(sort ? sort(this.list) : this.list, this.omitted);
  }
}

/** Invalid input: one or more problems with the user's files. Exit code 2. */
export class InputError extends Error {
  /** `omitted`: problems found beyond MAX_PROBLEMS, counted but not described. */
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    readonly omitted = 0,
  ) {
    super(diagnostics.map((d) => `${d.code} ${d.file}:${d.line ?? 0}:${d.column ?? 0}`).join("; "));
    this.name = "InputError";
  }
}

/** A wrong command line or an environment the command cannot run in. Exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
  ) {
    super(code);
    this.name = "UsageError";
  }
}

/**
 * Ctrl-C during the interview, after the answers so far were saved. Exit code 130. From a prompt,
 * `typed` is the text that was in the input line (typed, not yet confirmed with Enter), so that the
 * step can keep it; from the interview, `missing` names the details (who and what) that the saved
 * file does not have yet (an unfinished file: `--resume` asks them).
 */
export class InterruptedError extends Error {
  constructor(
    readonly savedTo?: string,
    readonly extra: { readonly typed?: string; readonly missing?: readonly string[] } = {},
  ) {
    super("interrupted");
    this.name = "InterruptedError";
  }
}

/**
 * Exit codes, the only definition (docs/exit-codes.md): 0 success; 1 an internal error (a bug);
 * 2 a usage error, invalid input or output that cannot be written (nothing written); 3 `batch`
 * finished but some inputs were invalid; 130 interrupted with Ctrl-C.
 */
export const EXIT = { ok: 0, internal: 1, invalid: 2, someInvalid: 3, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
