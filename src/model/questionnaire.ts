// The questionnaire model: themes and items as data (ids, texts, basis, weights, conditions,
// recommendations; from format 1.2 also the legal article, how to check, the action and its work
// package, and a glossary). Produced by load/parse-questionnaire.ts; read by score, report,
// interview and form. docs/questionnaire-format.md describes the file format.
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

/**
 * How directly a legal requirement follows from the law: `wet` = the text of the law says it;
 * `toelichting` = the explanatory memorandum (memorie van toelichting) says it; `vng` = the VNG
 * zelftest's reading of the article named.
 */
export const LEGAL_KINDS = ["wet", "toelichting", "vng"] as const;
export type LegalKind = (typeof LEGAL_KINDS)[number];

export interface LegalBasis {
  /** The most precise article (and lid), e.g. "Wmo 2015, art. 2.3.2 lid 3". */
  readonly article: string;
  readonly kind: LegalKind;
  /** One of the 15 rows of the VNG zelftest (2015) (from questionnaire 1.3.0; see VNG_ZELFTEST_2015_ROWS). */
  readonly vng2015: boolean;
  /** Optional: how the requirement is read from the article. */
  readonly note?: LocalizedText;
}

/**
 * The 15 rows of the VNG zelftest (2015), a public contract (docs/questionnaire-format.md): only
 * these ids may carry `legal.vng2015`, and a strict questionnaire marks each one it has.
 */
export const VNG_ZELFTEST_2015_ROWS: readonly string[] = [
  "beleidsplan.inrichting",
  "beleidsplan.wettelijke-eisen",
  "onafhankelijkheid.professionele-autonomie",
  "onafhankelijkheid.scheiding-toewijzing",
  "onafhankelijkheid.andere-ondersteuner",
  "levensbreed.levensgebieden",
  "levensbreed.samenhang",
  "toegankelijkheid.algemene-voorziening",
  "toegankelijkheid.gratis",
  "informatieplicht.voorafgaand-onderzoek",
  "informatieplicht.onafhankelijk-gratis",
  "informatieplicht.andere-levensgebieden",
  "kwaliteit.eisen",
  "inspraak.betrokkenheid",
  "inspraak.clientondersteuning",
];

/** Which consolidated text of the law the legal citations were checked against (from questionnaire 1.3.0). */
export interface LawText {
  readonly title: string;
  /** YYYY-MM-DD: the date on which that text was in force. */
  readonly inForceOn: string;
  readonly url: string;
}

/** A work package: groups the actions of the plan of approach, with the moment it fits. */
export interface WorkPackage {
  readonly id: string;
  readonly title: LocalizedText;
  /** When the work fits, e.g. the yearly subsidy round or the next beleidsplan. */
  readonly moment: LocalizedText;
  readonly description?: LocalizedText;
}

/** A term a reader may not know, with its definition (see model/glossary.ts to find terms in a text). */
export interface GlossaryEntry {
  readonly term: LocalizedText;
  readonly definition: LocalizedText;
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
  /**
   * Optional (questionnaire format 1.3): the questionnaire version in which the item first appeared;
   * absent = in every version. An answer file declaring an older version that answers it is flagged
   * by batch (olderThan, n_newer_items).
   */
  readonly since?: string;
  readonly weight: number;
  readonly question: LocalizedText;
  readonly why: LocalizedText;
  readonly help?: LocalizedText;
  readonly basis: readonly Basis[];
  readonly recommendations: Readonly<Record<FailingAnswer, LocalizedText>>;
  readonly evidence: LocalizedText;
  /**
   * Optional (from questionnaire 1.3.0): what an answer means for this item where it differs from the
   * general meaning (ja = in place and recorded), e.g. for a duty the law puts as an act.
   */
  readonly answerMeaning?: Readonly<Partial<Record<AnswerValue, LocalizedText>>>;
  readonly examples: readonly PracticeExample[];
  readonly when?: Condition;
  /** Legal items (required when the questionnaire is strict): the article the requirement rests on. */
  readonly legal?: LegalBasis;
  /** "Zo gaat u het na": what to request, ask or look at to answer; usable without internal access. */
  readonly check?: LocalizedText;
  /** One self-standing action for the plan of approach (falls back to the recommendations when absent). */
  readonly action?: LocalizedText;
  /** Id of the work package (in `Questionnaire.packages`) the action belongs to. */
  readonly package?: string;
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
  /** The text of the law the citations were checked against; absent before questionnaire 1.3.0. */
  readonly lawText?: LawText;
  readonly sources: ReadonlyMap<string, Source>;
  readonly themes: readonly Theme[];
  /** All items in questionnaire order (themes in order, items in order within each theme). */
  readonly items: readonly Item[];
  /** Work packages in file order; empty when the questionnaire has none. */
  readonly packages: readonly WorkPackage[];
  /** Glossary in file order; empty when the questionnaire has none. */
  readonly glossary: readonly GlossaryEntry[];
  /** The file asks for the complete 1.2 content (legal, check, action, package, packages, glossary). */
  readonly strict: boolean;
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

/** Whether version `a` comes before `b` (major.minor.patch, numerically; a pre-release part is ignored). */
export function olderThan(a: string, b: string): boolean {
  const parts = (v: string) =>
    v
      .split("-")[0]!
      .split(".")
      .map((x) => Number(x) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let k = 0; k < 3; k += 1) if ((x[k] ?? 0) !== (y[k] ?? 0)) return (x[k] ?? 0) < (y[k] ?? 0);
  return false;
}

/**
 * The answered items of a file that first appeared in a newer version of the questionnaire than the
 * file declares (`since` after `version`), in questionnaire order.
 */
export function newerItemsAnswered(q: Questionnaire, declared: string, answered: (id: string) => boolean): string[] {
  let byVersion = NEWER_ITEMS.get(q);
  if (!byVersion) {
    byVersion = new Map();
    NEWER_ITEMS.set(q, byVersion);
  }
  let newer = byVersion.get(declared);
  if (!newer) {
    newer = q.items.filter((i) => i.since !== undefined && olderThan(declared, i.since)).map((i) => i.id);
    // A handful of versions in practice; a hostile batch with a new version in every file stays bounded.
    if (byVersion.size < 100) byVersion.set(declared, newer);
  }
  return newer.filter(answered);
}

/** Per questionnaire and declared version, the ids of the items newer than that version (a batch asks for every file). */
const NEWER_ITEMS = new WeakMap<Questionnaire, Map<string, readonly string[]>>();
