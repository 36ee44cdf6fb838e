// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit by hand; change the
// schema and run `npm run schema-types`. test/load/schema-types.test.ts fails when this file and the
// schemas differ. Each type describes a file that passed its schema (src/load/validators.ts).

// schemas/answers.schema.json

export type Role = "gemeente" | "adviesraad" | "clientorganisatie" | "aanbieder" | "onderzoeker" | "anders";
export type IsoDate = string;
export type Entry =
  | Value
  | {
      answer: Value;
      note?: string;
      evidence?: string;
      votes?: Votes;
      dissent?: Dissent;
    };
export type Value = "ja" | "deels" | "nee" | "weet-niet";
/**
 * Group answers only: each member whose answer differs from the group's, with their own note and evidence.
 *
 * @maxItems 200
 */
export type Dissent = {
  /**
   * The member's place in group.members, counting from 1.
   */
  member: number;
  name?: string;
  answer: Value;
  note?: string;
  evidence?: string;
}[];

/**
 * Answers of one respondent for one municipality. Item ids are checked against the questionnaire after this schema.
 */
export interface AnswerFileDocument {
  questionnaire: string;
  version: string;
  municipality: string;
  respondent: {
    role: Role;
    name?: string;
  };
  date: IsoDate;
  /**
   * Optional (answer-file format 1.3): this is a group answer made from several respondents' files (zelftest samenvoegen, or the form's Samenvoegen); each answer may then carry votes and dissent.
   */
  group?: {
    /**
     * How the proposed answers were made: meerderheid = the answer given most often; on a tie the more cautious one (nee < weet-niet < deels < ja).
     */
    rule: "meerderheid";
    /**
     * The files the group answer was made from, in the order given.
     *
     * @minItems 1
     * @maxItems 200
     */
    members: Member[];
  };
  /**
   * Optional (answer-file format 1.2): the CBS municipality code, GM followed by four digits, such as GM0177.
   */
  gemeentecode?: string;
  /**
   * Optional (answer-file format 1.2): research metadata such as a wave or a respondent id. Scalar values only; batch outputs pass them through as meta_<key>.
   */
  meta?: {
    [k: string]: string | number | boolean | null;
  };
  /**
   * Item id → answer. Leave items out (or leave answers empty) when they are not answered yet.
   */
  answers?: {
    [k: string]: Entry;
  } | null;
}
export interface Member {
  name?: string;
  role: Role;
  date: IsoDate;
  /**
   * sha256 of the member's answer file, as 64 lower-case hex digits.
   */
  sha256: string;
}
/**
 * Group answers only: how many members gave each answer (members who left it open are not counted).
 */
export interface Votes {
  ja?: number;
  deels?: number;
  nee?: number;
  "weet-niet"?: number;
}

// schemas/questionnaire.schema.json

export type Slug = string;
export type Text =
  | string
  | {
      [k: string]: string;
    };
export type ItemId = string;
export type AnswerValue = "ja" | "deels" | "nee" | "weet-niet";

/**
 * Themes and items as data. Meaning (unique ids, conditions, sources, translations) is checked after this schema by the content lint.
 */
export interface QuestionnaireDocument {
  id: Slug;
  version: string;
  /**
   * @minItems 1
   */
  languages: string[];
  /**
   * true: the content lint also requires `legal` on every legal item, `check`, `action` and `package` on every item, and top-level `packages` and `glossary` (see docs/questionnaire-format.md).
   */
  strict?: boolean;
  title: Text;
  description?: Text;
  /**
   * From questionnaire 1.3.0: which consolidated text of the law the legal citations were checked against (see docs/questionnaire-format.md).
   */
  lawText?: {
    title: string;
    /**
     * The date on which the consolidated text was in force, as YYYY-MM-DD.
     */
    inForceOn: string;
    url: string;
  };
  sources: {
    [k: string]: {
      title: string;
      author?: string;
      year?: number;
    };
  };
  /**
   * @minItems 1
   */
  themes: {
    id: Slug;
    title: Text;
    summary: Text;
    /**
     * @minItems 1
     */
    items: Item[];
  }[];
  /**
   * Work packages that group the actions of the plan of approach; an item names one in `package`.
   *
   * @minItems 1
   * @maxItems 50
   */
  packages?: {
    id: Slug;
    title: Text;
    moment: Text;
    description?: Text;
  }[];
  /**
   * Terms a reader may not know, each with a short definition; shown wherever the term occurs.
   *
   * @minItems 1
   * @maxItems 1000
   */
  glossary?: {
    term: Text;
    definition: Text;
  }[];
}
export interface Item {
  id: ItemId;
  level: "wettelijk" | "aanbeveling";
  /**
   * Optional (questionnaire format 1.3): the version of this questionnaire in which the item first appeared; absent = in every version. Batch flags answer files that declare an older version yet answer the item (n_newer_items).
   */
  since?: string;
  weight?: number;
  question: Text;
  why: Text;
  help?: Text;
  /**
   * @minItems 1
   */
  basis: {
    source: string;
    section: string;
    article?: string;
    note?: Text;
  }[];
  /**
   * On legal items: the most precise article (and lid) the requirement rests on, and how directly it says so.
   */
  legal?: {
    article: string;
    kind: "wet" | "toelichting" | "vng";
    /**
     * From questionnaire 1.3.0: true on the 15 rows of the VNG zelftest (2015) only; their verdict and score are `verdict` and `score`.
     */
    vng2015?: boolean;
    note?: Text;
  };
  recommendations: {
    deels: Text;
    nee: Text;
    "weet-niet": Text;
  };
  /**
   * From questionnaire 1.3.0, optional: what each answer means for this item, where it differs from the general meaning (ja = in place and recorded). For duties the law puts as an act (pointing people to free support, charging nothing), ja and deels describe the act, not a document.
   */
  answerMeaning?: {
    ja?: Text;
    deels?: Text;
    nee?: Text;
    "weet-niet"?: Text;
  };
  evidence: Text;
  check?: Text;
  action?: Text;
  package?: Slug;
  examples?: {
    municipality: string;
    text: Text;
    source: string;
    section: string;
  }[];
  when?: {
    item: ItemId;
    /**
     * @minItems 1
     */
    answer: AnswerValue[];
  };
}
