// The codebook of a research CSV (`batch --codebook FILE`): every column of the chosen format
// (wide `csv` or `csv-long`) with its Dutch and English label, type and allowed values with
// their labels, and the questionnaire (id, version, sha256) and tool version it belongs to. As
// CSV, as Markdown, or as SPSS syntax (.sps) that reads the data file and sets variable and value
// labels. Made from the same column lists as the data (report/columns/wide.ts, long.ts). Pure.
import type { Questionnaire } from "../model/questionnaire.js";
import type { Column, ColumnOptions } from "./batch-columns.js";
import { longColumns, panelColumns, wideColumns } from "./batch-columns.js";
import { CODEBOOK_TEXT } from "../messages/codebook.js";
import { languageName } from "../messages/intl.js";
import { escapeMarkdown } from "./escape.js";
import { BOM, csvLines, LINE_BREAK_MARK, SPSS_FIRST_YEAR } from "./render-batch-csv.js";
import type { ColumnProfile } from "./render-batch-csv.js";
import { asParquetColumn, PARQUET_KEYS, parquetTypeName } from "./parquet-records.js";
import { SPSS_VALUE_LABEL_BYTES, SPSS_VARIABLE_LABEL_BYTES, oneLine, spssLabel } from "./spss-label.js";

export type CodebookFormat = "csv" | "md" | "sps";

export interface CodebookContext {
  /** The data file's name, for SPSS's GET DATA (a placeholder when the data went to stdout). */
  readonly dataFile?: string | undefined;
  /** What the data held (widths, numbers), for SPSS and for the type of meta columns. */
  readonly profile?: ColumnProfile | undefined;
}

/** The data the codebook describes: the wide CSV, the long CSV, the long data as Parquet, or the panel CSV. */
export type CodebookData = "csv" | "csv-long" | "parquet" | "panel";

function columnsOf(format: CodebookData, q: Questionnaire, o: ColumnOptions): Column<never>[] {
  if (format === "panel") return panelColumns(q, o);
  return format === "csv" ? wideColumns(q, o) : longColumns(q, o);
}

export function renderCodebook(
  kind: CodebookFormat,
  format: CodebookData,
  q: Questionnaire,
  o: ColumnOptions & { readonly delimiter: string },
  context: CodebookContext = {},
): string {
  const profile = context.profile;
  // A meta column is a number where every value in the data was one, a date where every value was a date.
  const columns = columnsOf(format, q, o).map((c, k) =>
    format === "parquet"
      ? asParquetColumn(c)
      : numberFromData(c, k, profile)
        ? { ...c, type: "number" as const }
        : dateFromData(c, k, profile)
          ? { ...c, type: "date" as const }
          : c,
  );
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
    "spss",
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
    spssCodes(c),
  ]);
  return BOM + csvLines([head, ...rows], o);
}

/** The SPSS codes declared missing for a column: its values marked missing, then not asked and not answered. */
function missingCodes(c: Column<never>): number[] {
  return [
    ...(c.values ?? []).filter((v) => v.missing).map((v) => v.code!),
    ...(c.notAsked ? [c.notAsked.code] : []),
    ...(c.blank ? [c.blank.code] : []),
  ].sort((a, b) => a - b);
}

/** The numbers SPSS gets for a coded column, and which are declared missing: `ja=1; …; ""=9; missing 8, 9`. */
function spssCodes(c: Column<never>): string {
  if (!coded(c)) return "";
  const pairs = c.values!.map((v) => `${v.value}=${v.code}`);
  if (c.blank) pairs.push(`""=${c.blank.code}`);
  if (c.notAsked) pairs.push(`"" (status niet-van-toepassing)=${c.notAsked.code}`);
  const missing = missingCodes(c);
  return `${pairs.join("; ")}${missing.length > 0 ? `; missing ${missing.join(", ")}` : ""}`;
}

function codebookMarkdown(
  columns: readonly Column<never>[],
  format: string,
  q: Questionnaire,
  o: ColumnOptions & { delimiter: string; escapeFormulas?: boolean; markLineBreaks?: boolean },
): string {
  const md = escapeMarkdown;
  const t = CODEBOOK_TEXT[o.lang];
  const out: string[] = [];
  out.push(`# ${t.title(format)}`, "");
  out.push(
    `- ${t.questionnaire}: ${md(q.id)} ${md(q.version)}`,
    `- ${t.fingerprint}: ${q.contentHash}`,
    `- ${t.madeWith}: zelftest ${md(o.toolVersion)}`,
    ...(format === "parquet"
      ? [`- ${t.file}: ${t.parquetShape(PARQUET_KEYS.codebook)}`, `- ${t.parquetCells}`]
      : [
          `- ${t.file}: ${t.csvShape(md(o.delimiter === ";" ? t.semicolon : o.delimiter))}`,
          `- ${t.emptyCell}`,
          `- ${o.escapeFormulas === false ? t.formulasKept : t.formulasEscaped}`,
        ]),
    ...(o.markLineBreaks
      ? [`- ${md(t.lineBreaksMarked(LINE_BREAK_MARK))}`]
      : format === "parquet"
        ? []
        : [`- ${md(t.lineBreaksKept)}`]),
    "",
  );
  const h = t.columns;
  // Parquet: the Parquet type beside each type, and no SPSS column (SPSS does not read the file).
  const parquet = format === "parquet";
  const type = (c: Column<never>) =>
    parquet
      ? `${c.type === "boolean" ? t.parquetBoolean : t.type[c.type]} (${parquetTypeName(c.type)})`
      : t.type[c.type];
  out.push(
    `| # | ${h.variable} | ${h.labelNl} | ${h.labelEn} | ${h.type} | ${h.values} |${parquet ? "" : ` ${t.spssColumn} |`}`,
  );
  out.push(`|---:|---|---|---|---|---|${parquet ? "" : "---|"}`);
  columns.forEach((c, k) => {
    const values = (c.values ?? []).map((v) => `\`${v.value}\` ${md(v.label.nl)} / ${md(v.label.en)}`).join("<br>");
    out.push(
      `| ${k + 1} | \`${c.name}\` | ${md(c.label.nl)} | ${md(c.label.en)} | ${md(type(c))} | ${values} |${parquet ? "" : ` ${md(spssCodes(c))} |`}`,
    );
  });
  return `${out.join("\n")}\n`;
}

/** A valid SPSS variable name for each name (letters, digits, _; starting with a letter; at most 64), none twice. */
function spssNames(names: readonly string[], used = new Set<string>()): string[] {
  return names.map((n) => {
    let base = n.replace(/[^A-Za-z0-9_]/g, "_");
    if (!/^[A-Za-z]/.test(base)) base = `v_${base}`;
    base = base.slice(0, 60).replace(/_+$/, "") || "v";
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i += 1) name = `${base}_${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Text → an SPSS string literal: every line break and control character a space, shortened to
 * 250 characters before the quotes are doubled (shortening after could cut a doubled quote in
 * half and end the literal early, letting the rest of a label be read as syntax).
 */
const spssText = (s: string) =>
  `'${[...s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")].slice(0, 250).join("").replace(/'/g, "''")}'`;

/** The longest string SPSS holds, in bytes. */
export const SPSS_MAX_WIDTH = 32767;

/** A category column SPSS gets as numbers: every value has a code (a 0/1 column is read as a number as it is). */
const coded = (c: Column<never>) =>
  c.type === "category" && c.values !== undefined && c.values.length > 0 && c.values.every((v) => v.code !== undefined);

/** Lines of at most about 100 characters: `head` and then the parts, as SPSS syntax continues them. */
function wrap(head: string, parts: readonly string[], end = "."): string[] {
  const lines: string[] = [];
  let line = head;
  for (const p of parts) {
    if (line.length + p.length + 1 > 100 && line.trim() !== "") {
      lines.push(line);
      line = "   ";
    }
    line += ` ${p}`;
  }
  lines.push(line + end);
  return lines;
}

function codebookSps(
  columns: readonly Column<never>[],
  format: string,
  q: Questionnaire,
  o: ColumnOptions & { delimiter: string; escapeFormulas?: boolean },
  context: CodebookContext,
): string {
  const names = spssNames(columns.map((c) => c.name));
  const used = new Set(names.map((n) => n.toLowerCase()));
  // A coded column is read as text under a name of its own, recoded into its own name, then dropped.
  const textNames = spssNames(
    columns.map((c) => `t_${c.name}`),
    used,
  );
  const lang = o.lang;
  const profile = context.profile;
  const t = CODEBOOK_TEXT[lang].sps;
  const cut: string[] = [];
  const readAs = (c: Column<never>, k: number): string => {
    if (coded(c)) return `A${Math.max(1, ...c.values!.map((v) => v.value.length))}`;
    if (numberFromData(c, k, profile))
      return `F${Math.min(40, Math.max(8, profile!.bytes[k]! + 1))}.${profile!.decimals[k]}`;
    if (c.type === "integer") return "F8.0";
    if (c.type === "number") return c.decimals === undefined ? "F8.1" : `F${8 + c.decimals}.${c.decimals}`;
    if (c.type === "boolean") return "F1.0";
    // Read as text under its own name (wide enough to see a longer value as not a date), made a date below.
    if (c.type === "date") return "A40";
    if (c.type === "category") return `A${Math.max(8, ...(c.values ?? []).map((v) => v.value.length))}`;
    const bytes = profile?.bytes[k] ?? SPSS_MAX_WIDTH;
    if (bytes > SPSS_MAX_WIDTH) cut.push(t.cut(names[k]!, bytes, SPSS_MAX_WIDTH));
    return `A${Math.min(SPSS_MAX_WIDTH, Math.max(1, bytes))}`;
  };
  const readAsText = (c: Column<never>) => coded(c) || c.type === "date";
  // Labels longer than SPSS allows are shortened (spss-label.ts), and the header says how many.
  let shortened = 0;
  const label = (text: string, max: number) => {
    const l = spssLabel(text, max);
    if (l !== oneLine(text)) shortened += 1;
    return l;
  };
  const reads = columns.map((c, k) => `    ${readAsText(c) ? textNames[k] : names[k]} ${readAs(c, k)}`);

  const out: string[] = [];
  out.push(
    `* ${t.title(format)}`,
    `* ${t.questionnaire(q.id, q.version, q.contentHash)}`,
    `* ${t.madeWith(o.toolVersion, languageName(lang, lang))}`,
    `* ${t.names}`,
    ...t.file(context.dataFile !== undefined).map((l) => `* ${l}`),
    ...t.codes.map((l) => `* ${l}`),
    ...t.lineBreaks(LINE_BREAK_MARK).map((l) => `* ${l}`),
    ...(o.escapeFormulas === false ? t.formulasKept : t.formulasEscaped).map((l) => `* ${l}`),
    ...t.widths.map((l) => `* ${l}`),
    ...(columns.some((c) => c.type === "date") ? t.dates.map((l) => `* ${l}`) : []),
    ...cut.map((l) => `* ${l}`),
    "",
  );
  const notesEnd = out.length - 1;
  out.push(o.delimiter === ";" ? "SET DECIMAL=COMMA." : "SET DECIMAL=DOT.");
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
    ...reads,
    ".",
    "",
  );
  const codedColumns = columns.map((c, k) => ({ c, k })).filter(({ c }) => coded(c));
  for (const { c, k } of codedColumns) {
    const pairs = c.values!.map((v) => `(${spssText(v.value)}=${v.code})`);
    if (c.blank) pairs.push(`(''=${c.blank.code})`);
    out.push(...wrap(`RECODE ${textNames[k]}`, [...pairs, "(ELSE=SYSMIS)", "INTO", names[k]!]));
  }
  // Answers of an invalid file are not "not answered": system-missing.
  const status = columns.findIndex((c) => c.name === "status" && c.values?.some((v) => v.value === "invalid"));
  const blanks = codedColumns.filter(({ c }) => c.blank).map(({ k }) => names[k]!);
  if (status >= 0 && blanks.length > 0) {
    out.push(`DO IF ${names[status]} = 0.`, ...wrap("RECODE", [...blanks, "(ELSE=SYSMIS)"]), "END IF.");
  }
  // A question that did not apply was not asked: its empty answer is not "not answered".
  const itemStatus = columns.findIndex((c) => c.values?.some((v) => v.value === "niet-van-toepassing"));
  const notApplicable = columns[itemStatus]?.values?.find((v) => v.value === "niet-van-toepassing")?.code;
  if (notApplicable !== undefined && coded(columns[itemStatus]!))
    for (const { c, k } of codedColumns) {
      if (c.notAsked && c.blank)
        out.push(
          `IF (${names[itemStatus]} = ${notApplicable} AND ${names[k]} = ${c.blank.code}) ${names[k]} = ${c.notAsked.code}.`,
        );
    }
  const dateColumns = columns.map((c, k) => ({ c, k })).filter(({ c }) => c.type === "date");
  for (const { k } of dateColumns) out.push(...spssDate(textNames[k]!, names[k]!));
  if (codedColumns.length > 0 || dateColumns.length > 0) out.push(...wrap("MATCH FILES /FILE=* /KEEP=", names));
  if (codedColumns.length > 0) {
    out.push(
      ...wrap(
        "FORMATS",
        codedColumns.map(({ k }) => names[k]!),
        " (F1.0).",
      ),
    );
  }
  if (dateColumns.length > 0)
    out.push(
      ...wrap(
        "FORMATS",
        dateColumns.map(({ k }) => names[k]!),
        " (SDATE10).",
      ),
    );
  out.push("");

  const level = (c: Column<never>, k: number): "SCALE" | "ORDINAL" | "NOMINAL" => {
    if (c.type === "integer" || c.type === "number" || c.type === "date" || numberFromData(c, k, profile))
      return "SCALE";
    if (coded(c) && c.values!.some((v) => VERDICT_OR_ANSWER.has(v.value))) return "ORDINAL";
    return "NOMINAL";
  };
  const byLevel = (l: string) => names.filter((_, k) => level(columns[k]!, k) === l);
  const levels = (["SCALE", "ORDINAL", "NOMINAL"] as const)
    .map((l) => ({ l, vars: byLevel(l) }))
    .filter((x) => x.vars.length > 0);
  if (levels.length > 0) {
    out.push("VARIABLE LEVEL");
    levels.forEach(({ l, vars }, i) => {
      out.push(...wrap(i === 0 ? " " : "  /", [...vars, `(${l})`], ""));
    });
    out.push(".", "");
  }

  out.push(
    "VARIABLE LABELS",
    ...columns.map(
      (c, k) => `  ${k === 0 ? "" : "/"}${names[k]} ${spssText(label(c.label[lang], SPSS_VARIABLE_LABEL_BYTES))}`,
    ),
    ".",
    "",
  );
  const labelled = columns.map((c, k) => ({ c, name: names[k]! })).filter(({ c }) => c.values && c.values.length > 0);
  if (labelled.length > 0) {
    out.push("VALUE LABELS");
    labelled.forEach(({ c, name }, k) => {
      const valueLabel = (text: string) => spssText(label(text, SPSS_VALUE_LABEL_BYTES));
      const values = c.values!.map(
        (v) => `${coded(c) ? v.code : c.type === "boolean" ? v.value : spssText(v.value)} ${valueLabel(v.label[lang])}`,
      );
      if (c.notAsked) values.push(`${c.notAsked.code} ${valueLabel(c.notAsked.label[lang])}`);
      if (c.blank) values.push(`${c.blank.code} ${valueLabel(c.blank.label[lang])}`);
      out.push(`  ${k === 0 ? "" : "/"}${name}`, ...values.map((v) => `    ${v}`));
    });
    out.push(".", "");
  }
  const missing = columns
    .map((c, k) => ({
      name: names[k]!,
      codes: missingCodes(c),
    }))
    .filter((m) => m.codes.length > 0);
  if (missing.length > 0) {
    out.push("MISSING VALUES");
    missing.forEach((m, i) => {
      out.push(`  ${i === 0 ? "" : "/"}${m.name} (${m.codes.join(", ")})`);
    });
    out.push(".", "");
  }
  if (status >= 0) out.push(...t.filter.map((l) => `* ${l}`), `* FILTER BY ${names[status]}.`, "");
  out.push("EXECUTE.", "");
  if (shortened > 0)
    out.splice(
      notesEnd,
      0,
      ...t.labelsShortened(shortened, SPSS_VALUE_LABEL_BYTES, SPSS_VARIABLE_LABEL_BYTES).map((l) => `* ${l}`),
    );
  return out.join("\n");
}

/**
 * A date column read as text (`text`) made an SPSS date (`name`, seconds since 14 Oct 1582, shown
 * as SDATE10 yyyy/mm/dd): only a value written yyyy-mm-dd (ten characters, digits and two hyphens)
 * that is a day of the calendar from 1583 on; anything else, an empty cell too, is system-missing.
 * Checked before it is converted, so that no value gives a warning (PSPP and SPSS stop a run after
 * too many); with INDEX, NUMBER, DATE.DMY and XDATE.MDAY, which both know. DATE.DMY carries a day
 * past the month's end into the next month (30 February is 2 March): such a day is missing too.
 */
function spssDate(text: string, name: string): string[] {
  return [
    `COMPUTE ${name} = $SYSMIS.`,
    `COMPUTE #ok = LENGTH(RTRIM(${text})) = 10 AND SUBSTR(${text}, 5, 1) = '-' AND SUBSTR(${text}, 8, 1) = '-'.`,
    "LOOP #i = 1 TO 10.",
    `  IF (#i <> 5 AND #i <> 8 AND INDEX('0123456789', SUBSTR(${text}, #i, 1)) = 0) #ok = 0.`,
    "END LOOP.",
    "DO IF #ok.",
    `  COMPUTE #y = NUMBER(SUBSTR(${text}, 1, 4), F4.0).`,
    `  COMPUTE #m = NUMBER(SUBSTR(${text}, 6, 2), F2.0).`,
    `  COMPUTE #d = NUMBER(SUBSTR(${text}, 9, 2), F2.0).`,
    `  DO IF #y >= ${SPSS_FIRST_YEAR} AND RANGE(#m, 1, 12) AND RANGE(#d, 1, 31).`,
    "    COMPUTE #date = DATE.DMY(#d, #m, #y).",
    `    IF (XDATE.MDAY(#date) = #d) ${name} = #date.`,
    "  END IF.",
    "END IF.",
  ];
}

/** Values whose codes are ordered (answers, verdicts, item statuses). */
const VERDICT_OR_ANSWER = new Set(["ja", "voldoet"]);

/** A text column that SPSS reads as a number, because every value in the data was one (meta_*). */
function numberFromData(c: Column<never>, k: number, profile: ColumnProfile | undefined): boolean {
  return c.numberIfAll === true && profile !== undefined && profile.filled[k]! > 0 && profile.numeric[k]!;
}

/** A text column that SPSS reads as a date, because every value in the data was a date yyyy-mm-dd (meta_*). */
function dateFromData(c: Column<never>, k: number, profile: ColumnProfile | undefined): boolean {
  return c.numberIfAll === true && profile !== undefined && profile.filled[k]! > 0 && profile.dates[k] === true;
}
