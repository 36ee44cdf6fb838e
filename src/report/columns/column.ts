// What a column of the research outputs is (`batch --format csv`, `csv-long` and what is made from
// the same list: the codebook as CSV, Markdown and SPSS syntax): a name, a type, a label in both
// languages (the codebook shows both), the values it can take with their labels, and how its value
// is read from a row. A registry entry (ColumnEntry) gives the columns one definition stands for
// under a questionnaire and the options: none (left out), one, or a family (one per theme, item or
// meta key). The ordered lists are wide.ts and long.ts. Pure.
import type { FileOutcome } from "../../model/file-outcome.js";
import type { ItemResult, ThemeResult } from "../../model/assessment.js";
import { localize } from "../../model/questionnaire.js";
import type { LocalizedText, Questionnaire } from "../../model/questionnaire.js";
import type { Lang } from "../../model/vocabulary.js";
import { COLUMN_TEXT } from "../../messages/columns.js";
import type { ColumnTexts } from "../../messages/columns.js";

export type ColumnType = "integer" | "number" | "string" | "date" | "category" | "boolean";
export type Cell = string | number | boolean | null | undefined;
export type Labels = Readonly<Record<Lang, string>>;

export interface Column<R> {
  readonly name: string;
  readonly label: Labels;
  readonly type: ColumnType;
  /** The values a category (or boolean) column can take, with their meaning (and, for SPSS, a number). */
  readonly values?: readonly ColumnValue[];
  /**
   * For SPSS: what an empty cell is when it is more than "no value" (an answer column: not
   * answered). Columns without it read an empty cell as system-missing.
   */
  readonly blank?: { readonly code: number; readonly label: Labels };
  /**
   * For SPSS, long data: an empty cell on a row whose item status is niet van toepassing was not
   * asked (its condition was not met), which is not "not answered": its own code, declared missing.
   */
  readonly notAsked?: { readonly code: number; readonly label: Labels };
  /** A number column's decimals as written (SPSS's format), where more than one (the panel's means: 4). */
  readonly decimals?: number;
  /** A text column whose type is "number" when every value in the data is one (meta_*; see ColumnProfile). */
  readonly numberIfAll?: boolean;
  readonly get: (row: R) => Cell;
  /**
   * What the value depends on, when less than the whole row: the same for the whole batch, for
   * every row of one file (long CSV), or for every row of one item (long CSV). The CSV writer then
   * computes the cell once per batch, file or item (render-batch-csv.ts). Default: the row.
   */
  readonly scope?: "batch" | "file" | "item";
}

/** One value of a category column. */
export interface ColumnValue {
  readonly value: string;
  readonly label: Labels;
  /**
   * The number SPSS gets for it (docs/research-outputs.md, "SPSS"): ordinal where the values are
   * ordered (an answer ja 1, deels 2, nee 3; a verdict voldoet 1 … voldoet niet 4, as the worst
   * counts). Category columns without codes stay text in SPSS (theme, item).
   */
  readonly code?: number;
  /** Declared missing in SPSS (MISSING VALUES): weet niet, niet van toepassing. */
  readonly missing?: boolean;
}

export interface ColumnOptions {
  /** `--include-paths`: the column `file` holds the path as given; else it is empty (privacy by default). */
  readonly includePaths?: boolean;
  readonly includeNames: boolean;
  readonly includeNotes: boolean;
  /** Wide CSV: one answer column per item. */
  readonly items: boolean;
  /** Meta keys to pass through as meta_<key>, in this order. */
  readonly meta: readonly string[];
  /** Set with --municipalities: adds the columns municipality_written and unknown_code. */
  readonly municipalities?: object | undefined;
  readonly toolVersion: string;
  readonly lang: Lang;
}

/** One row of the long CSV: one item of one valid file. */
export interface LongRow {
  readonly outcome: Extract<FileOutcome, { assessment: unknown }>;
  readonly theme: ThemeResult;
  readonly item: ItemResult;
}

/**
 * One definition in the registry: the columns it stands for with this questionnaire and these
 * options; none where they would be empty for every file, or are not asked for.
 */
export type ColumnEntry<R> = (q: Questionnaire, o: ColumnOptions) => Column<R> | readonly Column<R>[] | undefined;

/** The columns of an ordered list of entries. */
export function columnsOf<R>(entries: readonly ColumnEntry<R>[], q: Questionnaire, o: ColumnOptions): Column<R>[] {
  return entries.flatMap((entry) => entry(q, o) ?? []);
}

type Texts = { [K in keyof ColumnTexts]: ColumnTexts[K] extends string ? K : never }[keyof ColumnTexts];
type Made = {
  [K in keyof ColumnTexts]: ColumnTexts[K] extends (...a: never[]) => string ? K : never;
}[keyof ColumnTexts];

/** A label from messages/columns.ts in both languages, by its key (with its arguments, where it has some). */
export function label<K extends Texts | Made>(
  key: K,
  ...args: ColumnTexts[K] extends (...a: infer A) => string ? A : []
): Labels {
  const of = (lang: Lang): string => {
    const text = COLUMN_TEXT[lang][key] as string | ((...a: unknown[]) => string);
    return typeof text === "function" ? text(...args) : text;
  };
  return { nl: of("nl"), en: of("en") };
}

type AroundText = {
  [K in keyof ColumnTexts]: ColumnTexts[K] extends (text: string) => string ? K : never;
}[keyof ColumnTexts];

/** A label around a text that has its own two languages (a theme's title): `label("themeScore", title)` per language. */
export function labelAround(key: AroundText, text: Labels): Labels {
  const of = (lang: Lang) => (COLUMN_TEXT[lang][key] as (text: string) => string)(text[lang]);
  return { nl: of("nl"), en: of("en") };
}

/** A value's label from messages/columns.ts in both languages. */
export function valueLabel(key: keyof ColumnTexts["values"]): Labels {
  return { nl: COLUMN_TEXT.nl.values[key], en: COLUMN_TEXT.en.values[key] };
}

/** Labels from the questionnaire (a theme's title, a question) in both languages, as plain text. */
export function contentLabel(text: LocalizedText, q: Questionnaire): Labels {
  const fallback = q.languages[0] ?? "nl";
  const plain = (s: string) => s.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
  return { nl: plain(localize(text, "nl", fallback)), en: plain(localize(text, "en", fallback)) };
}

/** A cell as CSV text: empty for nothing, 1/0 for booleans, a decimal comma with `;`. */
export function cellText(v: Cell, decimalComma: boolean): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "1" : "0";
  if (typeof v === "number") return decimalComma ? String(v).replace(".", ",") : String(v);
  return v;
}
