// The columns of the research CSVs (`batch --format csv` and `csv-long`) as data: name, Dutch and
// English label, type, allowed values with labels, and how to get the value. The CSV renderers
// and the codebook (csv, md, SPSS) are made from the same list, so the codebook cannot drift
// from the data. Column order is a contract (docs/research-outputs.md): the columns of the first
// wide format keep their places, later ones come after them, optional ones (answers per item,
// names, notes, meta) at the very end. Columns that would be empty for every file are left out.
// Pure.
import type { FileOutcome } from "../model/file-outcome.js";
import type { ItemResult, StatusCounts, ThemeResult } from "../model/assessment.js";
import { inLawLens } from "../model/legal-lens.js";
import { localize } from "../model/questionnaire.js";
import type { LocalizedText, Questionnaire } from "../model/questionnaire.js";
import { ANSWER_VALUES, LEVELS, ROLES, VERDICTS } from "../model/vocabulary.js";
import type { Lang } from "../model/vocabulary.js";
import { ANSWER_LABEL, ROLE_LABEL, STATUS_LABEL } from "../messages/ui.js";
import { wording } from "../messages/error-messages.js";
import { GROUP_TEXT } from "../messages/group.js";
import { splitDissent, votesAgainst } from "../model/answers.js";
import type { Dissent } from "../model/answers.js";
import { withoutMemberNames } from "../model/group-names.js";

export type ColumnType = "integer" | "number" | "string" | "date" | "category" | "boolean";
export type Cell = string | number | boolean | null | undefined;
type Labels = Readonly<Record<Lang, string>>;

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
  /** Set with --municipalities: adds the column municipality_written. */
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

const L = (nl: string, en: string): Labels => ({ nl, en });
const both = (text: LocalizedText, q: Questionnaire): Labels => {
  const fallback = q.languages[0] ?? "nl";
  const plain = (s: string) => s.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
  return { nl: plain(localize(text, "nl", fallback)), en: plain(localize(text, "en", fallback)) };
};

/** SPSS codes of the answers: ordinal ja 1, deels 2, nee 3; weet niet 8 and not answered 9 are declared missing. */
export const ANSWER_CODES = { ja: 1, deels: 2, nee: 3, "weet-niet": 8 } as const;
export const NOT_ANSWERED_CODE = 9;
/** SPSS codes of verdicts and item statuses, in the order of "the worst counts"; niet van toepassing 9 is declared missing. */
export const VERDICT_CODES = {
  voldoet: 1,
  deels: 2,
  onbekend: 3,
  "voldoet-niet": 4,
  "niet-van-toepassing": 9,
} as const;

const ANSWER_VALUE_LABELS: ColumnValue[] = ANSWER_VALUES.map((v) => ({
  value: v,
  label: L(ANSWER_LABEL.nl[v], ANSWER_LABEL.en[v]),
  code: ANSWER_CODES[v],
  ...(v === "weet-niet" ? { missing: true } : {}),
}));
const NOT_ANSWERED = { code: NOT_ANSWERED_CODE, label: L("niet beantwoord", "not answered") };
const VERDICT_VALUES: ColumnValue[] = VERDICTS.map((v) => ({
  value: v,
  label: L(STATUS_LABEL.nl[v], STATUS_LABEL.en[v]),
  code: VERDICT_CODES[v],
}));
const STATUS_VALUES: ColumnValue[] = [...VERDICTS, "niet-van-toepassing" as const].map((v) => ({
  value: v,
  label: L(STATUS_LABEL.nl[v], STATUS_LABEL.en[v]),
  code: VERDICT_CODES[v],
  ...(v === "niet-van-toepassing" ? { missing: true } : {}),
}));
const ROLE_VALUES: ColumnValue[] = ROLES.map((r, k) => ({
  value: r,
  label: L(ROLE_LABEL.nl[r], ROLE_LABEL.en[r]),
  code: k + 1,
}));
const BOOLEAN_VALUES: ColumnValue[] = [
  { value: "1", label: L("ja", "yes"), code: 1 },
  { value: "0", label: L("nee", "no"), code: 0 },
];
const LEVEL_VALUES: ColumnValue[] = LEVELS.map((l, k) => ({
  value: l,
  label:
    l === "wettelijk"
      ? L("wettelijke eis", "legal requirement")
      : L("goede praktijk (aanbeveling)", "good practice (recommendation)"),
  code: k + 1,
}));

/** Paths often hold names (of a person, a folder, a user account): left out unless asked for. */
const FILE_LABEL = L(
  "Antwoordbestand (pad zoals opgegeven; alleen met --include-paths, anders leeg)",
  "Answer file (path as given; only with --include-paths, else empty)",
);

const year = (date: string | undefined) => (date ? date.slice(0, 4) : undefined);
const valid = (o: FileOutcome) => ("assessment" in o ? o.assessment : undefined);
/** Whether good practice was filled in (at least one good-practice item answered). */
const practiceOf = (o: FileOutcome) => {
  const a = valid(o);
  return a?.practiceFilledIn ? a : undefined;
};
const answered = (c: StatusCounts) => c.voldoet + c.deels + c["voldoet-niet"] + c.onbekend - c.onbeantwoord;

/** Columns every research CSV ends its fixed part with: where the numbers come from. */
function provenance<R>(q: Questionnaire, o: ColumnOptions): Column<R>[] {
  return [
    {
      name: "questionnaire_version",
      label: L("Versie van de vragenlijst waarmee is gescoord", "Version of the questionnaire used for scoring"),
      type: "string",
      scope: "batch",
      get: () => q.version,
    },
    {
      name: "questionnaire_sha256",
      label: L(
        "Vingerafdruk (SHA-256) van de vragenlijst waarmee is gescoord",
        "Fingerprint (SHA-256) of the questionnaire used for scoring",
      ),
      type: "string",
      scope: "batch",
      get: () => q.contentHash,
    },
    {
      name: "tool_version",
      label: L("Versie van zelftest die de uitvoer maakte", "Version of zelftest that made the output"),
      type: "string",
      scope: "batch",
      get: () => o.toolVersion,
    },
  ];
}

/**
 * A group answer (answer-file format 1.3, `zelftest samenvoegen`) is one respondent: the number
 * of members it was made from, empty for one respondent's own answers (issue 19).
 */
function groupSize<R>(facts: (r: R) => FileOutcome["facts"], scope?: "file"): Column<R> {
  return {
    name: "group_size",
    label: L(
      "Groepsantwoord: aantal leden (samengevoegde antwoordbestanden) waaruit het is gemaakt; leeg voor de antwoorden van één invuller",
      "Group answer: number of members (merged answer files) it was made from; empty for one respondent's own answers",
    ),
    type: "integer",
    ...(scope ? { scope } : {}),
    get: (r) => facts(r).groupSize,
  };
}

/** The answers as the votes columns of the long CSV name them (`weet-niet` → `votes_weet_niet`). */
const VOTE_COLUMNS = ANSWER_VALUES.map((v) => ({ value: v, name: `votes_${v.replace(/-/g, "_")}` }));

/**
 * Long CSV, a group answer's members per item: how many gave each answer (0 where none did; a
 * member who left the question open counts for no answer) and how many answered otherwise than
 * the group. Empty for one respondent's own answers.
 */
function groupItemColumns(): Column<LongRow>[] {
  const isGroup = (r: LongRow) => r.outcome.facts.groupSize !== undefined;
  return [
    ...VOTE_COLUMNS.map(
      ({ value, name }): Column<LongRow> => ({
        name,
        label: L(
          `Groepsantwoord: aantal leden dat '${ANSWER_LABEL.nl[value]}' antwoordde (0 als niemand; leeg voor de antwoorden van één invuller)`,
          `Group answer: number of members who answered '${ANSWER_LABEL.en[value]}' (0 where none did; empty for one respondent's own answers)`,
        ),
        type: "integer",
        get: (r) => (isGroup(r) ? (r.item.votes?.[value] ?? 0) : undefined),
      }),
    ),
    {
      name: "n_dissent",
      label: L(
        "Groepsantwoord: aantal leden dat anders antwoordde dan de groep (dissent; leeg voor de antwoorden van één invuller)",
        "Group answer: number of members who answered otherwise than the group (dissent; empty for one respondent's own answers)",
      ),
      type: "integer",
      get: (r) => (isGroup(r) ? differing(r.item) : undefined),
    },
  ];
}

/**
 * How many members answered otherwise than the group: by the votes (they count every member, also
 * one the file cannot name after the group changed its answer), else by `dissent`. An entry in
 * `dissent` with the group's own answer is a member who agrees whose words were kept apart
 * (docs/answer-file.md): not counted.
 */
function differing(item: ItemResult): number {
  if (item.votes !== undefined) return votesAgainst(item.votes, item.answer);
  return splitDissent(item.dissent, item.answer).differ.length;
}

/**
 * Free text of a long row as the output may carry it: in a group answer, without --include-names,
 * the members' names replaced by their places ("Lid 2"; model/group-names.ts).
 */
function freeText(o: ColumnOptions): (r: LongRow, text: string | undefined) => string | undefined {
  const place = GROUP_TEXT[o.lang].member;
  return (r, text) => {
    const group = r.outcome.assessment.group;
    return text === undefined || o.includeNames || group === undefined ? text : withoutMemberNames(text, group, place);
  };
}

/**
 * Long CSV with --include-notes: the words of the members who answered otherwise than the group,
 * and of members who agree whose words were kept apart (their line shows the group's answer), so
 * nothing a member wrote is missing; one line per member: "Lid 2 (weet-niet): their note (bron: their evidence)"; the member's name
 * instead of "Lid 2" only with --include-names.
 */
function dissentText(o: ColumnOptions): Column<LongRow> {
  const text = freeText(o);
  const who = (d: Dissent) => (o.includeNames && d.name !== undefined ? d.name : GROUP_TEXT[o.lang].member(d.member));
  const line = (d: Dissent) =>
    `${who(d)} (${d.answer})` +
    (d.note !== undefined ? `: ${d.note}` : "") +
    (d.evidence !== undefined ? ` (${GROUP_TEXT[o.lang].dissentSource(d.evidence)})` : "");
  return {
    name: "dissent",
    label: L(
      "Groepsantwoord: wie anders antwoordde dan de groep, met antwoord, toelichting en bron, één regel per lid; ook een lid met het antwoord van de groep van wie de woorden niet in de toelichting van de groep pasten ('Lid 2' tenzij --include-names; alleen met --include-notes)",
      "Group answer: who answered otherwise than the group, with answer, note and evidence, one line per member; also a member with the group's answer whose words did not fit the group's note ('Member 2' unless --include-names; only with --include-notes)",
    ),
    type: "string",
    get: (r) =>
      r.item.dissent && r.item.dissent.length > 0 ? text(r, r.item.dissent.map(line).join("\n")) : undefined,
  };
}

/** With --municipalities: the name as the file wrote it, where the list replaced it by the official name. */
function municipalityWritten<R>(o: ColumnOptions, facts: (r: R) => FileOutcome["facts"]): Column<R>[] {
  if (!o.municipalities) return [];
  return [
    {
      name: "municipality_written",
      label: L(
        "Gemeente zoals in het antwoordbestand geschreven, als de gemeentelijst die verving door de officiële naam (alleen met --municipalities)",
        "Municipality as written in the answer file, where the municipality list replaced it by the official name (only with --municipalities)",
      ),
      type: "string",
      scope: "file",
      get: (r) => facts(r).municipalityWritten,
    },
  ];
}

/**
 * With --municipalities (added in output format 1.3, after every earlier column, so that no column
 * moves): whether the file's code is missing from the list. Such a file is scored with its code
 * and name as written; --strict-municipalities makes it invalid instead.
 */
function unknownCode<R>(o: ColumnOptions, facts: (r: R) => FileOutcome["facts"]): Column<R>[] {
  if (!o.municipalities) return [];
  return [
    {
      name: "unknown_code",
      label: L(
        "De gemeentecode van het bestand staat niet in de gemeentelijst: het bestand houdt zijn code en naam zoals geschreven (alleen met --municipalities; met --strict-municipalities is zo'n bestand ongeldig)",
        "The file's municipality code is not in the municipality list: the file keeps its code and name as written (only with --municipalities; with --strict-municipalities such a file is invalid)",
      ),
      type: "boolean",
      values: BOOLEAN_VALUES,
      scope: "file",
      get: (r) => facts(r).unknownCode === true,
    },
  ];
}

function optionalTail<R>(o: ColumnOptions, facts: (r: R) => FileOutcome["facts"]): Column<R>[] {
  return [
    ...(o.includeNames
      ? [
          {
            name: "respondent_name",
            label: L(
              "Naam van de invuller (alleen met --include-names)",
              "Respondent's name (only with --include-names)",
            ),
            type: "string" as const,
            scope: "file" as const,
            get: (r: R) => facts(r).name,
          },
        ]
      : []),
    ...o.meta.map((key) => ({
      name: `meta_${key}`,
      label: L(
        `Onderzoeksgegeven '${key}' uit het blok meta van het antwoordbestand`,
        `Research field '${key}' from the answer file's meta block`,
      ),
      type: "string" as const,
      numberIfAll: true,
      scope: "file" as const,
      get: (r: R) => facts(r).meta?.[key],
    })),
  ];
}

/** The wide CSV: one row per file, valid or not. */
export function wideColumns(q: Questionnaire, o: ColumnOptions): Column<FileOutcome>[] {
  const hasLegal = q.items.some((i) => i.level === "wettelijk");
  const hasPractice = q.items.some((i) => i.level === "aanbeveling");
  const conditional = (level: string) => q.items.some((i) => i.level === level && i.when);
  const counts = (prefix: string, level: "wettelijk" | "aanbeveling", what: Labels): Column<FileOutcome>[] => {
    const of = (r: FileOutcome) => {
      const a = level === "wettelijk" ? valid(r) : practiceOf(r);
      // The legal counts are the VNG lens's, like verdict and score: the same series as before 1.3.
      return level === "wettelijk" ? a?.counts.vng : a?.counts.aanbeveling;
    };
    return [
      {
        name: `${prefix}n_answered`,
        label: L(
          `Aantal beantwoorde vragen (weet niet telt mee), ${what.nl}`,
          `Number of questions answered (don't know included), ${what.en}`,
        ),
        type: "integer",
        get: (r) => {
          const c = of(r);
          return c && answered(c);
        },
      },
      {
        name: `${prefix}n_weet_niet`,
        label: L(`Aantal vragen met 'weet niet', ${what.nl}`, `Number of questions answered 'don't know', ${what.en}`),
        type: "integer",
        get: (r) => {
          const c = of(r);
          return c && c.onbekend - c.onbeantwoord;
        },
      },
      {
        name: `${prefix}n_unanswered`,
        label: L(
          `Aantal open (niet beantwoorde) vragen, ${what.nl}`,
          `Number of open (unanswered) questions, ${what.en}`,
        ),
        type: "integer",
        get: (r) => of(r)?.onbeantwoord,
      },
      ...(conditional(level)
        ? [
            {
              name: `${prefix}n_not_applicable`,
              label: L(
                `Aantal vragen die niet van toepassing zijn (door een eerder antwoord), ${what.nl}`,
                `Number of questions not applicable (by an earlier answer), ${what.en}`,
              ),
              type: "integer" as const,
              get: (r: FileOutcome) => of(r)?.["niet-van-toepassing"],
            },
          ]
        : []),
    ];
  };
  const legalWhat = L("eisen van de VNG-zelftest", "requirements of the VNG self-assessment");
  const hasLaw = q.items.some(inLawLens);
  const practiceWhat = L("goede praktijk (leeg als die niet is ingevuld)", "good practice (empty where not filled in)");
  const themeOf = (r: FileOutcome, id: string) => valid(r)?.themes.find((t) => t.id === id);

  return [
    // The first wide format (zelftest 0.1), in its order.
    {
      name: "file",
      label: FILE_LABEL,
      type: "string",
      get: (r) => (o.includePaths ? r.file : undefined),
    },
    {
      name: "status",
      label: L("Of het bestand geldig is en gescoord", "Whether the file is valid and scored"),
      type: "category",
      values: [
        { value: "valid", label: L("geldig", "valid"), code: 1 },
        { value: "invalid", label: L("ongeldig (zie error)", "invalid (see error)"), code: 0 },
      ],
      get: (r) => ("assessment" in r ? "valid" : "invalid"),
    },
    {
      name: "municipality",
      label: L(
        "Gemeente (officiële naam als een gemeentelijst is gebruikt)",
        "Municipality (official name when a municipality list was used)",
      ),
      type: "string",
      get: (r) => r.facts.municipality,
    },
    {
      name: "respondent_role",
      label: L("Rol van de invuller", "Respondent's role"),
      type: "category",
      values: ROLE_VALUES,
      get: (r) => r.facts.role,
    },
    {
      name: "date",
      label: L("Datum van de zelftest", "Date of the assessment"),
      type: "date",
      get: (r) => r.facts.date,
    },
    // The file's own id: for a valid file the questionnaire scored against; for an invalid one what it says (empty if unreadable).
    {
      name: "questionnaire",
      label: L(
        "Id van de vragenlijst volgens het antwoordbestand (bij een geldig bestand die waarmee is gescoord; leeg als het niet te lezen is)",
        "Questionnaire id according to the answer file (for a valid file the one used for scoring; empty where it could not be read)",
      ),
      type: "string",
      get: (r) => r.facts.questionnaire,
    },
    {
      name: "answers_version",
      label: L(
        "Versie van de vragenlijst volgens het antwoordbestand",
        "Questionnaire version according to the answer file",
      ),
      type: "string",
      get: (r) => valid(r)?.answersVersion,
    },
    ...(hasLegal
      ? [
          {
            name: "verdict",
            label: L(
              "Oordeel VNG-zelftest: de eisen van de VNG-zelftest, de lezing van de wet door de VNG (2015) (het slechtste telt)",
              "Verdict on the VNG self-assessment: its requirements, the VNG's reading of the law (2015) (worst counts)",
            ),
            type: "category" as const,
            values: VERDICT_VALUES,
            get: (r: FileOutcome) => valid(r)?.verdict,
          },
          {
            name: "score",
            label: L("Score VNG-zelftest (0-100)", "VNG self-assessment score (0-100)"),
            type: "number" as const,
            get: (r: FileOutcome) => valid(r)?.score,
          },
        ]
      : []),
    ...(hasPractice
      ? [
          {
            name: "practice_verdict",
            label: L(
              "Oordeel goede praktijk (leeg als die niet is ingevuld)",
              "Good-practice verdict (empty where not filled in)",
            ),
            type: "category" as const,
            values: VERDICT_VALUES,
            get: (r: FileOutcome) => practiceOf(r)?.practiceVerdict,
          },
          {
            name: "practice_score",
            label: L(
              "Score goede praktijk (0-100; leeg als die niet is ingevuld)",
              "Good-practice score (0-100; empty where not filled in)",
            ),
            type: "number" as const,
            get: (r: FileOutcome) => practiceOf(r)?.practiceScore,
          },
        ]
      : []),
    ...q.themes.flatMap((th): Column<FileOutcome>[] => {
      const title = both(th.title, q);
      const legal = th.items.some((i) => i.level === "wettelijk");
      const practice = th.items.some((i) => i.level === "aanbeveling");
      return [
        ...(legal
          ? [
              {
                name: `${th.id}_verdict`,
                label: L(`Oordeel VNG-zelftest, thema ${title.nl}`, `VNG self-assessment verdict, theme ${title.en}`),
                type: "category" as const,
                values: VERDICT_VALUES,
                get: (r: FileOutcome) => themeOf(r, th.id)?.verdict,
              },
              {
                name: `${th.id}_score`,
                label: L(`Score VNG-zelftest, thema ${title.nl}`, `VNG self-assessment score, theme ${title.en}`),
                type: "number" as const,
                get: (r: FileOutcome) => themeOf(r, th.id)?.score,
              },
            ]
          : []),
        ...(practice
          ? [
              {
                name: `${th.id}_practice_score`,
                label: L(
                  `Score goede praktijk, thema ${title.nl} (leeg als geen vraag over goede praktijk van dit thema is beantwoord)`,
                  `Good-practice score, theme ${title.en} (empty where no good-practice question of this theme was answered)`,
                ),
                type: "number" as const,
                get: (r: FileOutcome) => {
                  const t = themeOf(r, th.id);
                  return t?.practiceFilledIn ? t.practiceScore : undefined;
                },
              },
            ]
          : []),
      ];
    }),
    {
      name: "error",
      label: L(
        "Eerste probleem van een ongeldig bestand: code:regel:kolom en uitleg",
        "First problem of an invalid file: code:line:column and explanation",
      ),
      type: "string",
      get: (r) => {
        if (!("diagnostics" in r)) return undefined;
        const d = r.diagnostics[0];
        if (!d) return undefined;
        const place = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : "";
        return `${d.code}${place} ${wording(d.code, d.params, o.lang).message}`;
      },
    },
    // Added in zelftest 0.2 (research outputs).
    {
      name: "file_id",
      label: L(
        "Volgnummer van het bestand in deze batch (1, 2, …; gesorteerd op pad); koppelt aan csv-long",
        "Number of the file in this batch (1, 2, …; sorted by path); joins to csv-long",
      ),
      type: "integer",
      get: (r) => r.index + 1,
    },
    {
      name: "gemeentecode",
      label: L(
        "CBS-gemeentecode (GM + 4 cijfers), uit het bestand of de gemeentelijst",
        "CBS municipality code (GM + 4 digits), from the file or the municipality list",
      ),
      type: "string",
      get: (r) => r.facts.gemeentecode,
    },
    {
      name: "year",
      label: L("Jaar van de zelftest (uit date)", "Year of the assessment (from date)"),
      type: "integer",
      get: (r) => year(r.facts.date),
    },
    ...provenance<FileOutcome>(q, o).slice(0, 2),
    {
      name: "answers_sha256",
      label: L("Vingerafdruk (SHA-256) van het antwoordbestand", "Fingerprint (SHA-256) of the answer file"),
      type: "string",
      get: (r) => r.facts.sha256,
    },
    provenance<FileOutcome>(q, o)[2]!,
    ...(hasLegal ? counts("", "wettelijk", legalWhat) : []),
    ...(hasPractice
      ? [
          {
            name: "practice_filled",
            label: L(
              "Goede praktijk ingevuld (minstens één vraag over goede praktijk beantwoord)",
              "Good practice filled in (at least one good-practice question answered)",
            ),
            type: "boolean" as const,
            values: BOOLEAN_VALUES,
            get: (r: FileOutcome) => {
              const a = valid(r);
              return a ? a.practiceFilledIn : undefined;
            },
          },
          ...counts("practice_", "aanbeveling", practiceWhat),
        ]
      : []),
    {
      name: "error_code",
      label: L("Code van het eerste probleem van een ongeldig bestand", "Code of the first problem of an invalid file"),
      type: "string",
      get: (r) => ("diagnostics" in r ? r.diagnostics[0]?.code : undefined),
    },
    // Added with questionnaire 1.3 (issue 20): the law lens.
    ...(hasLaw
      ? [
          {
            name: "law_verdict",
            label: L(
              "Oordeel wet: de eisen die de tekst van de wet zelf stelt (het slechtste telt)",
              "Verdict on the law: the requirements the text of the law itself sets (worst counts)",
            ),
            type: "category" as const,
            values: VERDICT_VALUES,
            get: (r: FileOutcome) => valid(r)?.lawVerdict,
          },
          {
            name: "law_score",
            label: L("Score wet (0-100)", "Score on the law (0-100)"),
            type: "number" as const,
            get: (r: FileOutcome) => valid(r)?.lawScore,
          },
        ]
      : []),
    // Added with answer-file format 1.3 (issue 19): a group answer is one respondent.
    groupSize<FileOutcome>((r) => r.facts),
    // Added in output format 1.3 (issue 24), where the questionnaire says when its items first appeared.
    ...(q.items.some((i) => i.since !== undefined)
      ? [
          {
            name: "n_newer_items",
            label: L(
              "Aantal beantwoorde vragen die pas in een nieuwere versie van de vragenlijst kwamen dan het bestand opgeeft (answers_version); 0 als geen; leeg bij een ongeldig bestand",
              "Number of answered questions that first appeared in a newer version of the questionnaire than the file declares (answers_version); 0 where none; empty for an invalid file",
            ),
            type: "integer" as const,
            get: (r: FileOutcome) => (valid(r) ? (r.facts.newerItems?.length ?? 0) : undefined),
          },
        ]
      : []),
    // Optional columns, always last.
    ...municipalityWritten<FileOutcome>(o, (r) => r.facts),
    ...(o.items
      ? q.items.map(
          (item): Column<FileOutcome> => ({
            name: item.id,
            label: both(item.question, q),
            type: "category",
            values: ANSWER_VALUE_LABELS,
            blank: NOT_ANSWERED,
            get: (r) =>
              valid(r)
                ?.themes.find((t) => t.id === item.theme)
                ?.items.find((i) => i.id === item.id)?.answer,
          }),
        )
      : []),
    ...optionalTail<FileOutcome>(o, (r) => r.facts),
    // Added in output format 1.3, after every column that came before it.
    ...unknownCode<FileOutcome>(o, (r) => r.facts),
  ];
}

/** The long CSV: one row per valid file × item. */
export function longColumns(q: Questionnaire, o: ColumnOptions): Column<LongRow>[] {
  const text = freeText(o);
  const themeValues = q.themes.map((th) => ({ value: th.id, label: both(th.title, q) }));
  const itemValues = q.items.map((i) => ({ value: i.id, label: both(i.question, q) }));
  return [
    {
      name: "file_id",
      label: L(
        "Volgnummer van het bestand in deze batch (1, 2, …; gesorteerd op pad); koppelt aan de brede csv",
        "Number of the file in this batch (1, 2, …; sorted by path); joins to the wide csv",
      ),
      type: "integer",
      scope: "file",
      get: (r) => r.outcome.index + 1,
    },
    {
      name: "file",
      label: FILE_LABEL,
      type: "string",
      scope: "file",
      get: (r) => (o.includePaths ? r.outcome.file : undefined),
    },
    {
      name: "municipality",
      label: L(
        "Gemeente (officiële naam als een gemeentelijst is gebruikt)",
        "Municipality (official name when a municipality list was used)",
      ),
      type: "string",
      scope: "file",
      get: (r) => r.outcome.facts.municipality,
    },
    {
      name: "gemeentecode",
      label: L(
        "CBS-gemeentecode (GM + 4 cijfers), uit het bestand of de gemeentelijst",
        "CBS municipality code (GM + 4 digits), from the file or the municipality list",
      ),
      type: "string",
      scope: "file",
      get: (r) => r.outcome.facts.gemeentecode,
    },
    {
      name: "role",
      label: L("Rol van de invuller", "Respondent's role"),
      type: "category",
      values: ROLE_VALUES,
      scope: "file",
      get: (r) => r.outcome.facts.role,
    },
    {
      name: "date",
      label: L("Datum van de zelftest", "Date of the assessment"),
      type: "date",
      scope: "file",
      get: (r) => r.outcome.facts.date,
    },
    {
      name: "year",
      label: L("Jaar van de zelftest (uit date)", "Year of the assessment (from date)"),
      type: "integer",
      scope: "file",
      get: (r) => year(r.outcome.facts.date),
    },
    {
      name: "theme",
      label: L("Thema van de vraag", "Theme of the question"),
      type: "category",
      values: themeValues,
      scope: "item",
      get: (r) => r.theme.id,
    },
    {
      name: "item",
      label: L("Vraag (id)", "Question (id)"),
      type: "category",
      values: itemValues,
      scope: "item",
      get: (r) => r.item.id,
    },
    {
      name: "level",
      label: L("Soort vraag", "Kind of question"),
      type: "category",
      values: LEVEL_VALUES,
      scope: "item",
      get: (r) => r.item.level,
    },
    {
      name: "answer",
      label: L("Antwoord (leeg = niet beantwoord)", "Answer (empty = not answered)"),
      type: "category",
      values: ANSWER_VALUE_LABELS,
      blank: NOT_ANSWERED,
      get: (r) => r.item.answer,
    },
    {
      name: "status",
      label: L(
        "Uitkomst van de vraag (weet niet en niet beantwoord zijn onbekend)",
        "Outcome of the question (don't know and unanswered are unknown)",
      ),
      type: "category",
      values: STATUS_VALUES,
      get: (r) => r.item.status,
    },
    {
      name: "points",
      label: L(
        "Punten: ja 1, deels 0,5, anders 0; leeg als de vraag niet van toepassing is",
        "Points: yes 1, partly 0.5, otherwise 0; empty where the question does not apply",
      ),
      type: "number",
      get: (r) => r.item.points,
    },
    {
      name: "has_note",
      label: L("Toelichting gegeven", "Note given"),
      type: "boolean",
      values: BOOLEAN_VALUES,
      get: (r) => r.item.note !== undefined,
    },
    {
      name: "has_evidence",
      label: L("Bron gegeven", "Evidence given"),
      type: "boolean",
      values: BOOLEAN_VALUES,
      get: (r) => r.item.evidence !== undefined,
    },
    {
      name: "weight",
      label: L("Gewicht van de vraag in de score", "Weight of the question in the score"),
      type: "number",
      scope: "item",
      get: (r) => r.item.weight,
    },
    {
      name: "questionnaire",
      label: L("Id van de vragenlijst", "Questionnaire id"),
      type: "string",
      scope: "batch",
      get: () => q.id,
    },
    ...provenance<LongRow>(q, o),
    // Added with answer-file format 1.3 (issue 19): a group answer is one respondent with its members' votes.
    groupSize<LongRow>((r) => r.outcome.facts, "file"),
    ...groupItemColumns(),
    // Optional columns, always last.
    ...(o.includeNotes
      ? [
          {
            name: "note",
            label: L(
              "Toelichting (vrije tekst; alleen met --include-notes; in een groepsantwoord 'Lid 2' voor de naam van een lid, tenzij --include-names)",
              "Note (free text; only with --include-notes; in a group answer 'Member 2' for a member's name, unless --include-names)",
            ),
            type: "string" as const,
            get: (r: LongRow) => text(r, r.item.note),
          },
          {
            name: "evidence",
            label: L(
              "Bron (vrije tekst; alleen met --include-notes; in een groepsantwoord 'Lid 2' voor de naam van een lid, tenzij --include-names)",
              "Evidence (free text; only with --include-notes; in a group answer 'Member 2' for a member's name, unless --include-names)",
            ),
            type: "string" as const,
            get: (r: LongRow) => text(r, r.item.evidence),
          },
        ]
      : []),
    ...municipalityWritten<LongRow>(o, (r) => r.outcome.facts),
    ...optionalTail<LongRow>(o, (r) => r.outcome.facts),
    // Added with answer-file format 1.3 (issue 19), after the optional columns that came before it.
    ...(o.includeNotes ? [dissentText(o)] : []),
    ...unknownCode<LongRow>(o, (r) => r.outcome.facts),
  ];
}

/** A cell as CSV text: empty for nothing, 1/0 for booleans, a decimal comma with `;`. */
export function cellText(v: Cell, decimalComma: boolean): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "1" : "0";
  if (typeof v === "number") return decimalComma ? String(v).replace(".", ",") : String(v);
  return v;
}
