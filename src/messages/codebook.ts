// The words of the Markdown codebook (`batch --codebook FILE.md`, docs/research-outputs.md) in
// Dutch and English. The column labels themselves are in messages/columns.ts.
import type { Lang } from "../model/vocabulary.js";
import { count } from "./intl.js";

export interface CodebookTexts {
  title(format: string): string;
  questionnaire: string;
  fingerprint: string;
  madeWith: string;
  file: string;
  /** The CSV's shape; `delimiter` is already Markdown-escaped. */
  csvShape(delimiter: string): string;
  /** The Parquet file's shape (`--format parquet`), with the metadata key that holds the codebook. */
  parquetShape(key: string): string;
  /** The type of a boolean column in the Parquet file (true/false, not 0/1). */
  parquetBoolean: string;
  /** The Parquet file's cells: as written, empty is null. */
  parquetCells: string;
  /** How the delimiter ";" is shown: with the decimal comma that goes with it. */
  semicolon: string;
  emptyCell: string;
  columns: { variable: string; labelNl: string; labelEn: string; type: string; values: string };
  /** Each column type of report/columns/column.ts (ColumnType), in words. */
  type: Record<"integer" | "number" | "string" | "date" | "category" | "boolean", string>;
  /** The SPSS codes of a column in the codebook table: "1 = voldoet; …; missing: 8, 9". */
  spssColumn: string;
  spssMissing: string;
  /** Lines of the Markdown codebook's header about how the CSV was written. */
  lineBreaksMarked(mark: string): string;
  /** The CSV written without `.sps`: a cell may hold line breaks and control characters as written. */
  lineBreaksKept: string;
  formulasEscaped: string;
  formulasKept: string;
  /** The comments at the top of the SPSS syntax (each line becomes `* line`). */
  sps: {
    title(format: string): string;
    questionnaire(id: string, version: string, sha256: string): string;
    madeWith(tool: string, language: string): string;
    names: string;
    file(named: boolean): string[];
    codes: string[];
    lineBreaks(mark: string): string[];
    formulasEscaped: string[];
    formulasKept: string[];
    widths: string[];
    /** Labels longer than SPSS allows, shortened with "…" (report/spss-label.ts). */
    labelsShortened(n: number, valueBytes: number, variableBytes: number): string[];
    /** How a date column (yyyy-mm-dd in the data) becomes an SPSS date. */
    dates: string[];
    cut(variable: string, bytes: number, max: number): string;
    filter: string[];
  };
}

const NL: CodebookTexts = {
  title: (format) => `Codeboek: zelftest batch --format ${format}`,
  questionnaire: "Vragenlijst",
  fingerprint: "Vingerafdruk vragenlijst (SHA-256)",
  madeWith: "Gemaakt met",
  file: "Bestand",
  csvShape: (d) => `CSV (RFC 4180), UTF-8 met byte-order mark, Windows-regeleinden, scheidingsteken ${d}`,
  semicolon: "; (decimale komma)",
  parquetShape: (key) =>
    `Apache Parquet (gzip), dezelfde kolommen en rijen als csv-long, elke kolom met zijn type (tussen haakjes het Parquet-type); dit codeboek staat ook als JSON in de metadata van het bestand (sleutel ${key})`,
  parquetBoolean: "ja/nee (true/false)",
  parquetCells:
    "Leeg veld: null (geen waarde: niet van toepassing, niet ingevuld); nooit 0. Tekst staat er zoals geschreven, met regeleinden, zonder ' voor = + - @.",
  emptyCell: "Leeg veld: geen waarde (niet van toepassing, niet ingevuld of niet te lezen); nooit 0.",
  columns: { variable: "variabele", labelNl: "label (nl)", labelEn: "label (en)", type: "type", values: "waarden" },
  type: {
    integer: "geheel getal",
    number: "getal",
    string: "tekst",
    date: "datum JJJJ-MM-DD",
    category: "categorie",
    boolean: "0/1",
  },
  spssColumn: "SPSS",
  spssMissing: "ontbrekend",
  lineBreaksMarked: (mark) =>
    `Regeleinden in een veld staan als ${mark} in dit bestand (het CSV-bestand voor SPSS: één regel per rij); andere stuurtekens (behalve tab) als hun Unicode-beeldteken, zoals NUL als ␀ (U+2400) en ESC als ␛ (U+241B). Tekst die zelf al ${mark} of zo'n beeldteken bevat, is daarvan niet te onderscheiden.`,
  lineBreaksKept:
    "Een tekstveld kan regeleinden bevatten (het veld staat dan tussen aanhalingstekens) en stuurtekens zoals geschreven; met --codebook BESTAND.sps krijgt het CSV-bestand één regel per rij.",
  formulasEscaped:
    "Tekst die met = + - @ begint, staat er met een ' ervoor (tegen formules in spreadsheets); --no-escape-formulas laat die weg.",
  formulasKept: "Tekst staat er zoals geschreven: ook tekst die met = + - @ begint (--no-escape-formulas).",
  sps: {
    title: (format) => `Codeboek voor zelftest batch --format ${format}.`,
    questionnaire: (id, version, sha256) => `Vragenlijst ${id} ${version}, sha256 ${sha256}.`,
    madeWith: (tool, language) => `Gemaakt met zelftest ${tool}. Labels in het ${language} (--lang).`,
    names: "Variabelenamen zijn de kolomnamen van de CSV, met elk ander teken dan letters, cijfers en _ als _.",
    file: (named) => [
      named
        ? "/FILE hieronder is de naam van het databestand (--out) zonder map. SPSS zoekt het in zijn eigen"
        : "/FILE hieronder is een plaatshouder: zet daar de naam van het databestand. SPSS zoekt het in zijn eigen",
      "werkmap, niet naast dit syntaxbestand: geef eerst CD 'map van de data'. of schrijf het volledige pad.",
    ],
    codes: [
      "Antwoorden, oordelen, statussen, rollen en soorten vragen worden getallen met waardelabels:",
      "antwoord ja 1, deels 2, nee 3, weet niet 8, niet beantwoord 9 (8 en 9 ontbrekend);",
      "oordeel en status voldoet 1, deels 2, onbekend 3, voldoet niet 4 (het slechtste telt het zwaarst),",
      "niet van toepassing 9 (ontbrekend). Een leeg veld (geen waarde, of een ongeldig bestand) is systeem-ontbrekend.",
    ],
    lineBreaks: (mark) => [
      `Regeleinden in een tekstveld staan in het databestand als ${mark} (U+23CE): GET DATA leest één`,
      "regel per geval. Zet ze in SPSS zo nodig terug met REPLACE. Andere stuurtekens (behalve tab)",
      "staan er als hun Unicode-beeldteken (NUL als ␀ U+2400, ESC als ␛ U+241B, DEL als ␡ U+2421):",
      `SPSS zou tekst bij NUL afbreken. Tekst die zelf al ${mark} of zo'n beeldteken bevat, is daarvan`,
      "niet te onderscheiden.",
    ],
    formulasEscaped: [
      "Tekst die met = + - @ begint, staat in het databestand met een ' ervoor (tegen formules in",
      "spreadsheets). Voor analyse zonder die ': maak de data opnieuw met --no-escape-formulas.",
    ],
    formulasKept: [
      "Tekst staat er zoals geschreven (--no-escape-formulas): open het databestand niet in een spreadsheet.",
    ],
    widths: [
      "Tekstbreedtes (A) komen uit de data: het langste veld in bytes. meta_*-kolommen waarin elke",
      "waarde een getal is, worden getallen; waarin elke waarde een datum jjjj-mm-dd is, datums.",
    ],
    labelsShortened: (n, valueBytes, variableBytes) => [
      `${count("nl", n, { one: "label is", other: "labels zijn" })} langer dan SPSS toestaat (waardelabels ${valueBytes} bytes,`,
      `variabelelabels ${variableBytes}): ingekort na een heel woord, met … aan het eind.`,
      "Het codeboek (md, csv) heeft de hele tekst.",
    ],
    dates: [
      "Datums (date) staan in het databestand als jjjj-mm-dd en worden hieronder SPSS-datums (SDATE10,",
      "jjjj/mm/dd): te sorteren en om mee te rekenen, zoals DATEDIFF of XDATE.YEAR. Een veld dat geen",
      "bestaande dag jjjj-mm-dd is (ook een leeg veld) wordt systeem-ontbrekend, zonder waarschuwing.",
    ],
    cut: (variable, bytes, max) =>
      `LET OP: het langste veld van ${variable} is ${bytes} bytes; SPSS houdt er ${max} van over.`,
    filter: ["Alleen geldige bestanden (ongeldige hebben status 0): haal de * weg voor FILTER BY."],
  },
};

const EN: CodebookTexts = {
  title: (format) => `Codebook: zelftest batch --format ${format}`,
  questionnaire: "Questionnaire",
  fingerprint: "Questionnaire fingerprint (SHA-256)",
  madeWith: "Made with",
  file: "File",
  csvShape: (d) => `CSV (RFC 4180), UTF-8 with a byte-order mark, Windows line ends, delimiter ${d}`,
  semicolon: "; (decimal comma)",
  emptyCell: "Empty cell: no value (not applicable, not filled in or not readable); never 0.",
  parquetShape: (key) =>
    `Apache Parquet (gzip), the columns and rows of csv-long, each column with its type (the Parquet type in brackets); this codebook is also in the file's metadata as JSON (key ${key})`,
  parquetBoolean: "yes/no (true/false)",
  parquetCells:
    "Empty cell: null (no value: not applicable, not filled in); never 0. Text is as written, with its line breaks, without ' before = + - @.",
  columns: { variable: "variable", labelNl: "label (nl)", labelEn: "label (en)", type: "type", values: "values" },
  type: {
    integer: "integer",
    number: "number",
    string: "text",
    date: "date YYYY-MM-DD",
    category: "category",
    boolean: "0/1",
  },
  spssColumn: "SPSS",
  spssMissing: "missing",
  lineBreaksMarked: (mark) =>
    `Line breaks inside a cell are written as ${mark} in this file (the CSV for SPSS: one line per row); other control characters (except tab) as their Unicode picture, such as NUL as ␀ (U+2400) and ESC as ␛ (U+241B). Text that itself already holds ${mark} or such a picture cannot be told apart from them.`,
  lineBreaksKept:
    "A text cell may hold line breaks (the cell is then quoted) and control characters as written; with --codebook FILE.sps the CSV has one line per row.",
  formulasEscaped:
    "Text that starts with = + - @ has a ' in front (against formulas in spreadsheets); --no-escape-formulas leaves it out.",
  formulasKept: "Text is as written, also text that starts with = + - @ (--no-escape-formulas).",
  sps: {
    title: (format) => `Codebook for zelftest batch --format ${format}.`,
    questionnaire: (id, version, sha256) => `Questionnaire ${id} ${version}, sha256 ${sha256}.`,
    madeWith: (tool, language) => `Made with zelftest ${tool}. Labels in ${language} (--lang).`,
    names: "Variable names are the CSV column names with every character other than letters, digits and _ as _.",
    file: (named) => [
      named
        ? "/FILE below is the data file's name (--out) without its folder. SPSS looks for it in its own working"
        : "/FILE below is a placeholder: put the data file's name there. SPSS looks for it in its own working",
      "folder, not next to this syntax file: run CD 'folder of the data'. first, or write the full path.",
    ],
    codes: [
      "Answers, verdicts, statuses, roles and kinds of question become numbers with value labels:",
      "answer ja (yes) 1, deels (partly) 2, nee (no) 3, weet niet (don't know) 8, not answered 9 (8 and 9 missing);",
      "verdict and status voldoet (meets) 1, deels (partly) 2, onbekend (unknown) 3, voldoet niet (does not meet) 4",
      "(the worst counts most), niet van toepassing (not applicable) 9 (missing). An empty cell (no value, or an",
      "invalid file) is system-missing.",
    ],
    lineBreaks: (mark) => [
      `Line breaks inside a text cell are written as ${mark} (U+23CE) in the data file: GET DATA reads one`,
      "line per case. Put them back in SPSS with REPLACE if needed. Other control characters (except tab)",
      "are written as their Unicode picture (NUL as ␀ U+2400, ESC as ␛ U+241B, DEL as ␡ U+2421): SPSS",
      `would cut a text at NUL. Text that itself already holds ${mark} or such a picture cannot be told`,
      "apart from them.",
    ],
    formulasEscaped: [
      "Text that starts with = + - @ has a ' in front in the data file (against formulas in spreadsheets).",
      "For analysis without that ': make the data again with --no-escape-formulas.",
    ],
    formulasKept: ["Text is as written (--no-escape-formulas): do not open the data file in a spreadsheet."],
    widths: [
      "Text widths (A) come from the data: the longest cell in bytes. meta_* columns in which every value",
      "is a number become numbers; those in which every value is a date yyyy-mm-dd, dates.",
    ],
    labelsShortened: (n, valueBytes, variableBytes) => [
      `${count("en", n, { one: "label is", other: "labels are" })} longer than SPSS allows (value labels ${valueBytes} bytes,`,
      `variable labels ${variableBytes}): shortened after a whole word, ending in ….`,
      "The codebook (md, csv) has the whole text.",
    ],
    dates: [
      "Dates (date) are yyyy-mm-dd in the data file and become SPSS dates below (SDATE10, yyyy/mm/dd):",
      "they sort and compute, as with DATEDIFF or XDATE.YEAR. A cell that is not an existing day",
      "yyyy-mm-dd (an empty cell too) is system-missing, without a warning.",
    ],
    cut: (variable, bytes, max) =>
      `NOTE: the longest cell of ${variable} is ${bytes} bytes; SPSS keeps ${max} of them.`,
    filter: ["Valid files only (invalid ones have status 0): remove the * before FILTER BY."],
  },
};

export const CODEBOOK_TEXT: Record<Lang, CodebookTexts> = { nl: NL, en: EN };
