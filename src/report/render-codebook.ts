// The codebook of a research CSV (`batch --codebook FILE`): every column of the chosen format
// (wide `csv` or `csv-long`) with its Dutch and English label, type and allowed values with
// their labels, and the questionnaire (id, version, sha256) and tool version it belongs to. As
// CSV, as Markdown, or as SPSS syntax (.sps) that reads the data file and sets variable and value
// labels. Made from the same column list as the data (batch-columns.ts). Pure.
import type { Questionnaire } from "../model/questionnaire.js";
import type { Column, ColumnOptions } from "./batch-columns.js";
import { longColumns, wideColumns } from "./batch-columns.js";
import { CODEBOOK_TEXT } from "../messages/codebook.js";
import { languageName } from "../messages/intl.js";
import { escapeMarkdown } from "./escape.js";
import { BOM, csvLines } from "./render-batch-csv.js";

export type CodebookFormat = "csv" | "md" | "sps";

export interface CodebookContext {
  /** The data file's name, for SPSS's GET DATA (a placeholder when the data went to stdout). */
  readonly dataFile?: string | undefined;
}

function columnsOf(format: "csv" | "csv-long", q: Questionnaire, o: ColumnOptions): Column<never>[] {
  return format === "csv" ? wideColumns(q, o) : longColumns(q, o);
}

export function renderCodebook(
  kind: CodebookFormat,
  format: "csv" | "csv-long",
  q: Questionnaire,
  o: ColumnOptions & { readonly delimiter: string },
  context: CodebookContext = {},
): string {
  const columns = columnsOf(format, q, o);
  if (kind === "csv") return codebookCsv(columns, format, q, o);
  if (kind === "md") return codebookMarkdown(columns, format, q, o);
  return codebookSps(columns, format, q, o, context);
}

function codebookCsv(
  columns: readonly Column<never>[],
  format: string,
  q: Questionnaire,
  o: ColumnOptions & { delimiter: string },
): string {
  const head = [
    "position",
    "variable",
    "label_nl",
    "label_en",
    "type",
    "values_nl",
    "values_en",
    "data_format",
    "questionnaire",
    "questionnaire_version",
    "questionnaire_sha256",
    "tool_version",
  ];
  const rows = columns.map((c, k) => [
    String(k + 1),
    c.name,
    c.label.nl,
    c.label.en,
    c.type,
    (c.values ?? []).map((v) => `${v.value} = ${v.label.nl}`).join("; "),
    (c.values ?? []).map((v) => `${v.value} = ${v.label.en}`).join("; "),
    format,
    q.id,
    q.version,
    q.contentHash,
    o.toolVersion,
  ]);
  return BOM + csvLines([head, ...rows], o);
}

function codebookMarkdown(
  columns: readonly Column<never>[],
  format: string,
  q: Questionnaire,
  o: ColumnOptions & { delimiter: string },
): string {
  const md = escapeMarkdown;
  const t = CODEBOOK_TEXT[o.lang];
  const out: string[] = [];
  out.push(`# ${t.title(format)}`, "");
  out.push(
    `- ${t.questionnaire}: ${md(q.id)} ${md(q.version)}`,
    `- ${t.fingerprint}: ${q.contentHash}`,
    `- ${t.madeWith}: zelftest ${md(o.toolVersion)}`,
    `- ${t.file}: ${t.csvShape(md(o.delimiter === ";" ? t.semicolon : o.delimiter))}`,
    `- ${t.emptyCell}`,
    "",
  );
  const h = t.columns;
  out.push(`| # | ${h.variable} | ${h.labelNl} | ${h.labelEn} | ${h.type} | ${h.values} |`);
  out.push("|---:|---|---|---|---|---|");
  columns.forEach((c, k) => {
    const values = (c.values ?? []).map((v) => `\`${v.value}\` ${md(v.label.nl)} / ${md(v.label.en)}`).join("<br>");
    out.push(
      `| ${k + 1} | \`${c.name}\` | ${md(c.label.nl)} | ${md(c.label.en)} | ${md(t.type[c.type])} | ${values} |`,
    );
  });
  return `${out.join("\n")}\n`;
}

/** A valid SPSS variable name for a column (letters, digits, _; starting with a letter; at most 64). */
function spssNames(columns: readonly Column<never>[]): string[] {
  const used = new Set<string>();
  return columns.map((c) => {
    let base = c.name.replace(/[^A-Za-z0-9_]/g, "_");
    if (!/^[A-Za-z]/.test(base)) base = `v_${base}`;
    base = base.slice(0, 60).replace(/_+$/, "") || "v";
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i += 1) name = `${base}_${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

const spssText = (s: string) =>
  `'${s
    .replace(/'/g, "''")
    .replace(/[\r\n]+/g, " ")
    .slice(0, 250)}'`;

function codebookSps(
  columns: readonly Column<never>[],
  format: string,
  q: Questionnaire,
  o: ColumnOptions & { delimiter: string },
  context: CodebookContext,
): string {
  const names = spssNames(columns);
  const lang = o.lang;
  const width = (c: Column<never>) => {
    if (c.type === "integer") return "F8.0";
    if (c.type === "number") return "F8.1";
    if (c.type === "boolean") return "F1.0";
    if (c.type === "date") return "A10";
    if (c.type === "category") return `A${Math.max(8, ...(c.values ?? []).map((v) => v.value.length))}`;
    return "A500";
  };
  const out: string[] = [];
  out.push(
    `* Codebook for zelftest batch --format ${format}.`,
    `* Questionnaire ${q.id} ${q.version}, sha256 ${q.contentHash}.`,
    `* Made with zelftest ${o.toolVersion}. Labels in ${languageName(lang, "en")} (--lang).`,
    `* Variable names are the CSV column names with every character other than letters, digits and _ as _.`,
    `* /FILE below is ${context.dataFile === undefined ? "a placeholder: put the data file's name there" : "the data file's name (--out) without its folder"}. SPSS looks for it in its own working`,
    `* folder, not next to this syntax file: run CD 'folder of the data'. first, or write the full path.`,
    "",
  );
  if (o.delimiter === ";") out.push("SET DECIMAL=COMMA.");
  else out.push("SET DECIMAL=DOT.");
  out.push(
    "GET DATA",
    "  /TYPE=TXT",
    `  /FILE=${spssText(context.dataFile ?? "DATA.csv")}`,
    "  /ENCODING='UTF8'",
    "  /ARRANGEMENT=DELIMITED",
    `  /DELIMITERS=${spssText(o.delimiter)}`,
    "  /QUALIFIER='\"'",
    "  /FIRSTCASE=2",
    "  /VARIABLES=",
    ...columns.map((c, k) => `    ${names[k]} ${width(c)}`),
    ".",
    "",
    "VARIABLE LABELS",
    ...columns.map((c, k) => `  ${k === 0 ? "" : "/"}${names[k]} ${spssText(c.label[lang])}`),
    ".",
    "",
  );
  const labelled = columns.map((c, k) => ({ c, name: names[k]! })).filter(({ c }) => c.values && c.values.length > 0);
  if (labelled.length > 0) {
    out.push("VALUE LABELS");
    labelled.forEach(({ c, name }, k) => {
      const values = c.values!.map(
        (v) => `${c.type === "boolean" ? v.value : spssText(v.value)} ${spssText(v.label[lang])}`,
      );
      out.push(`  ${k === 0 ? "" : "/"}${name}`, ...values.map((v) => `    ${v}`));
    });
    out.push(".", "");
  }
  out.push("EXECUTE.", "");
  return out.join("\n");
}
