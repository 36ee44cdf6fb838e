// The shapes of an aggregate (batch's research figures): what it counts per cell (role × year),
// per municipality, per pair of roles and per panel cell, and what its result holds. Plain data,
// so that an aggregate can cross to another thread and be merged (see aggregate.ts).
import type { ErrorCode, Params } from "../errors.js";
import type { AnswerValue, Level, Role, Verdict } from "../model/vocabulary.js";

export type VerdictCounts = Record<Verdict, number>;
export type AnswerCounts = Record<AnswerValue | "onbeantwoord" | "niet-van-toepassing", number>;
export const ANSWER_KEYS = ["ja", "deels", "nee", "weet-niet", "onbeantwoord", "niet-van-toepassing"] as const;

export interface InvalidFile {
  readonly file: string;
  /** The file's number in the batch (file_id), for outputs without paths. */
  readonly fileId?: number;
  readonly code: ErrorCode;
  /** The first problem's details, for its message. */
  readonly params: Params;
  readonly line?: number;
  readonly column?: number;
  /** How many problems the file has in all (the first is named). */
  readonly problems: number;
  /** What could still be read of the file. */
  readonly municipality?: string;
  readonly role?: Role;
}

/** A sum of scores with one decimal, as whole tenths so that any order gives the same sum; n scores. */
export interface Mean {
  tenths: number;
  n: number;
}

/**
 * A sum of unrounded scores, as whole millionths of a point (each file's score rounded to 10⁻⁶ once),
 * so that any order gives the same sum; n scores. 100,000 files of 100 points are 10¹³: exact in a double.
 */
export interface ExactMean {
  micro: number;
  n: number;
}

/** One cell of the panel: the valid files of one municipality (as grouped), year and role. */
export interface PanelCell {
  files: number;
  verdicts: VerdictCounts;
  score: ExactMean;
  lawVerdicts: VerdictCounts;
  lawScore: ExactMean;
  practiceFiles: number;
  practice: ExactMean;
  /** Per theme in questionnaire order: the VNG lens's theme score. */
  themes: ExactMean[];
}

/** A row of the panel (`batch --format panel`): means of the files' unrounded scores, to four decimals. */
export interface PanelRow {
  /** The municipality's name as grouped (the official name with a list). */
  readonly municipality: string;
  readonly code?: string;
  readonly year: string;
  readonly role: Role;
  readonly files: number;
  readonly verdicts: VerdictCounts;
  readonly meanScore: number | null;
  readonly lawVerdicts: VerdictCounts;
  readonly meanLawScore: number | null;
  readonly practiceFiles: number;
  readonly meanPracticeScore: number | null;
  /** Per theme in questionnaire order. */
  readonly themes: readonly (number | null)[];
}

/** The counts of one group of valid files (one cell: a role in a year, or cells added up). */
export interface Cell {
  /** Valid files. */
  n: number;
  /** The VNG lens (`verdict`, `score`; every legal item in a questionnaire that marks no VNG row). */
  verdicts: VerdictCounts;
  score: Mean;
  /** The law lens (`lawVerdict`, `lawScore`): files whose questionnaire has items of the law's own text. */
  lawVerdicts: VerdictCounts;
  lawScore: Mean;
  /** Files in which good practice was filled in (at least one good-practice item answered). */
  practiceFiles: number;
  /** Practice score over those files only. */
  practice: Mean;
  /** In questionnaire order; verdicts and score only for themes with legal items, practice over the files that answered good practice of that theme. */
  themes: { verdicts: VerdictCounts; score: Mean; practice: Mean }[];
  /** In questionnaire order; good-practice items only over practiceFiles. */
  items: AnswerCounts[];
}

/** Two different roles whose answers are set side by side (`--pairs gemeente,adviesraad`). */
export type RolePair = readonly [Role, Role];
/** The gemeente and the adviesraad: the pair of the summary when none is asked for. */
export const DEFAULT_PAIR: RolePair = ["gemeente", "adviesraad"];

export type PairSides = Partial<Record<Role, PairSide>>;

export interface PairSide {
  file: string;
  /** One character per item in questionnaire order (see ANSWER_CODE). */
  answers: string;
}

/** Everything the aggregate holds: plain data, so it can cross to another thread and be merged. */
export interface AggregateState {
  invalid: InvalidFile[];
  /** Keyed by `role|year`. */
  cells: Record<string, Cell & { role: Role; year: string }>;
  /** Keyed by code where the file gives one, else by the name's key; a code group keeps the keys of its names (`nameKeys`). */
  municipalities: Record<
    string,
    { name: string; code?: string; nameKeys?: string[]; files: number; score: Mean; themes: Mean[] }
  >;
  /** Keyed by municipality key and year; the first file by path of each role that a pair asks for. */
  pairs: Record<string, PairSides>;
  /** Keyed by municipality key, year and role (`key|year|role`); only when the panel is asked for. */
  panel: Record<string, PanelCell>;
  names: string[];
  /** The keys of `meta` blocks seen (at most MAX_META_KEYS), so that batch can say which were not passed through. */
  metaKeys: string[];
  /** Valid files that answer questions whose condition is not met (the answers are left out of the score). */
  notApplicableAnswered: NotApplicableAnswered[];
  /** With a municipality list: valid files per code that is not in it (scored with the code as written). */
  unknownCodes: Record<string, number>;
  /** Valid files that answer items newer than the version they declare, per declared version. */
  newerItems: Record<string, { files: number; answers: number; first: string; firstId: number }>;
}

/** A file that answers questions that do not apply: a warning, not an error. */
export interface NotApplicableAnswered {
  readonly file: string;
  /** The file's number in the batch (file_id). */
  readonly fileId?: number;
  /** How many such answers, and the ids of the first few. */
  readonly count: number;
  readonly items: readonly string[];
}

export interface ItemAgreement {
  readonly id: string;
  readonly level: Level;
  /** Pairs in which both answered the item (weet niet counts as an answer). */
  readonly n: number;
  readonly observed: number | null;
  /** Cohen's kappa over the four answers (weet niet one of the categories). */
  readonly kappa: number | null;
  /**
   * Linearly weighted kappa over the ordinal scale ja–deels–nee (ja–deels half a disagreement,
   * ja–nee a whole one), over the pairs in which both gave one of those three (`n`: weet niet left out).
   */
  readonly weighted: { readonly n: number; readonly kappa: number | null };
}

/** One pair of roles: how many municipality-years have a file of both, and the agreement per item. */
export interface PairAgreement {
  readonly roles: RolePair;
  readonly count: number;
  readonly items: readonly ItemAgreement[];
}

export interface AggregateResult {
  readonly questionnaire: { readonly id: string; readonly version: string; readonly contentHash: string };
  readonly files: { readonly total: number; readonly valid: number; readonly invalid: number };
  /** Per role and year, roles in their fixed order, years ascending. */
  readonly cells: readonly (Cell & { readonly role: Role; readonly year: string })[];
  readonly themes: readonly { readonly id: string; readonly legal: boolean; readonly practice: boolean }[];
  readonly items: readonly { readonly id: string; readonly level: Level }[];
  readonly municipalities: readonly {
    readonly name: string;
    readonly code?: string;
    readonly files: number;
    readonly meanScore: number | null;
    readonly themes: readonly { readonly id: string; readonly meanScore: number | null }[];
  }[];
  /**
   * How the files without a code were grouped: `joined` files joined the code group whose files
   * carry the same name (case and spaces aside); `conflicts` are names that files carry with more
   * than one code (those files without a code stay a group of their own).
   */
  readonly grouping: {
    readonly joined: number;
    readonly conflicts: readonly { readonly name: string; readonly codes: readonly string[] }[];
  };
  /** Per pair of roles asked for (in that order), the files of one municipality and year side by side; null when not collected. */
  readonly pairs: readonly PairAgreement[] | null;
  /**
   * Per municipality (in the order of `municipalities`), year (ascending) and role (in their fixed
   * order): the panel; null when not asked for.
   */
  readonly panel: readonly PanelRow[] | null;
  readonly invalid: readonly InvalidFile[];
  readonly names?: readonly string[];
  /** Keys of the files' `meta` blocks, sorted (at most MAX_META_KEYS). */
  readonly metaKeys: readonly string[];
  /** Sorted by path. */
  readonly notApplicableAnswered: readonly NotApplicableAnswered[];
  /** With a municipality list: the codes of valid files that are not in it, with how many files, by code. */
  readonly unknownCodes: readonly { readonly code: string; readonly files: number }[];
  /**
   * Per declared version (ascending): the valid files that answer items that first appeared in a
   * newer version, how many such answers, and the first such file by path (its path and file_id).
   */
  readonly newerItems: readonly {
    readonly version: string;
    readonly files: number;
    readonly answers: number;
    readonly first: string;
    readonly firstId: number;
  }[];
}
