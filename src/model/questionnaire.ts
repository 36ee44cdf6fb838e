// The questionnaire model: themes and items as data (ids, texts, basis, weights, conditions,
// recommendations). Produced by load/parse-questionnaire.ts; read by score, report and interview.
import type { AnswerValue, FailingAnswer, Level } from "./vocabulary.js";

/** Text in one or more languages, keyed by language code; always has the questionnaire's default language. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface Source {
  readonly key: string;
  readonly title: string;
  readonly author?: string;
  readonly year?: number;
}

export interface Basis {
  readonly source: string;
  readonly section: string;
  readonly article?: string;
  readonly note?: LocalizedText;
}

export interface PracticeExample {
  readonly municipality: string;
  readonly text: LocalizedText;
  readonly source: string;
  readonly section: string;
}

export interface Condition {
  /** Id of an earlier item. */
  readonly item: string;
  /** The item applies only when that earlier item was answered with one of these values. */
  readonly answer: readonly AnswerValue[];
}

export interface Item {
  readonly id: string;
  readonly theme: string;
  readonly level: Level;
  readonly weight: number;
  readonly question: LocalizedText;
  readonly why: LocalizedText;
  readonly help?: LocalizedText;
  readonly basis: readonly Basis[];
  readonly recommendations: Readonly<Record<FailingAnswer, LocalizedText>>;
  readonly evidence: LocalizedText;
  readonly examples: readonly PracticeExample[];
  readonly when?: Condition;
}

export interface Theme {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly items: readonly Item[];
}

export interface Questionnaire {
  readonly id: string;
  readonly version: string;
  /** Languages the texts are written in; the first is the default. */
  readonly languages: readonly string[];
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly sources: ReadonlyMap<string, Source>;
  readonly themes: readonly Theme[];
  /** All items in questionnaire order (themes in order, items in order within each theme). */
  readonly items: readonly Item[];
  /** sha256 of the questionnaire file's bytes, for the reproducibility stamp. */
  readonly contentHash: string;
  /** Where it was read from (a path, or `builtin:<id>`). */
  readonly origin: string;
}

/** Picks the text in `lang`, falling back to the questionnaire's default language. */
export function localize(text: LocalizedText, lang: string, fallback: string): string {
  return text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? "";
}

export function majorOf(version: string): string {
  return version.split(".")[0] ?? version;
}
