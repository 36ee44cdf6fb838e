// The words of the Markdown codebook (`batch --codebook FILE.md`, docs/research-outputs.md) in
// Dutch and English. The column labels themselves are defined with the columns
// (report/batch-columns.ts, both languages side by side, as the codebook shows both).
import type { Lang } from "../model/vocabulary.js";

export interface CodebookTexts {
  title(format: string): string;
  questionnaire: string;
  fingerprint: string;
  madeWith: string;
  file: string;
  /** The CSV's shape; `delimiter` is already Markdown-escaped. */
  csvShape(delimiter: string): string;
  /** How the delimiter ";" is shown: with the decimal comma that goes with it. */
  semicolon: string;
  emptyCell: string;
  columns: { variable: string; labelNl: string; labelEn: string; type: string; values: string };
  /** Each column type of report/batch-columns.ts (ColumnType), in words. */
  type: Record<"integer" | "number" | "string" | "date" | "category" | "boolean", string>;
}

const NL: CodebookTexts = {
  title: (format) => `Codeboek: zelftest batch --format ${format}`,
  questionnaire: "Vragenlijst",
  fingerprint: "Vingerafdruk vragenlijst (SHA-256)",
  madeWith: "Gemaakt met",
  file: "Bestand",
  csvShape: (d) => `CSV (RFC 4180), UTF-8 met byte-order mark, Windows-regeleinden, scheidingsteken ${d}`,
  semicolon: "; (decimale komma)",
  emptyCell: "Leeg veld: geen waarde (niet van toepassing, niet ingevuld of niet te lezen); nooit 0.",
  columns: { variable: "variabele", labelNl: "label (nl)", labelEn: "label (en)", type: "type", values: "waarden" },
  type: {
    integer: "geheel getal",
    number: "getal (één decimaal)",
    string: "tekst",
    date: "datum JJJJ-MM-DD",
    category: "categorie",
    boolean: "0/1",
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
  columns: { variable: "variable", labelNl: "label (nl)", labelEn: "label (en)", type: "type", values: "values" },
  type: {
    integer: "integer",
    number: "number (one decimal)",
    string: "text",
    date: "date YYYY-MM-DD",
    category: "category",
    boolean: "0/1",
  },
};

export const CODEBOOK_TEXT: Record<Lang, CodebookTexts> = { nl: NL, en: EN };
