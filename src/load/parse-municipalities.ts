// Parses the list of municipalities for `batch --municipalities FILE.csv`: a CSV file (`,` or `;`)
// with a header line naming a code column (code, gemeentecode, GemeentecodeGM) and a name column
// (name, naam, gemeentenaam). Codes may be written as GM0177 or as the number 177 / 0177, as CBS
// publishes them. No official name twice (compared as a written name is matched: case and spaces
// aside), since a file without a code gets the code of the name it writes. Pure: text in,
// MunicipalityList out, or an InputError naming the line.
import { parse } from "csv-parse/sync";
import { InputError } from "../errors.js";
import type { Diagnostic } from "../errors.js";
import { MunicipalityList, municipalityKey, normalizeGemeentecode } from "../model/municipality.js";
import type { Municipality } from "../model/municipality.js";

const CODE_COLUMNS = ["code", "gemeentecode", "gemeentecodegm", "gm_code", "gmcode"];
const NAME_COLUMNS = ["name", "naam", "gemeentenaam", "officiele_naam", "official_name"];
const MAX_ROWS = 5000;

export function parseMunicipalities(text: string, file: string): MunicipalityList {
  const fail = (detail: string, detailNl: string, line?: number): never => {
    const d: Diagnostic = {
      code: "MUNICIPALITY_LIST_INVALID",
      file,
      ...(line !== undefined ? { line, column: 1 } : {}),
      params: { detail, detail_nl: detailNl },
    };
    throw new InputError([d]);
  };
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      to: MAX_ROWS + 1,
    }) as typeof records;
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    return fail(
      `not valid CSV (${e.message ?? String(err)})`,
      `geen geldige CSV (${e.message ?? String(err)})`,
      e.lines,
    );
  }
  const head = records[0]?.record.map((h) => h.toLowerCase().replace(/[\s-]+/g, "_"));
  if (!head) return fail("the file is empty", "het bestand is leeg");
  const codeAt = head.findIndex((h) => CODE_COLUMNS.includes(h));
  const nameAt = head.findIndex((h) => NAME_COLUMNS.includes(h));
  if (codeAt < 0 || nameAt < 0) {
    return fail(
      `the header line needs a code column (${CODE_COLUMNS.join(", ")}) and a name column (${NAME_COLUMNS.join(", ")})`,
      `de kopregel moet een kolom voor de code (${CODE_COLUMNS.join(", ")}) en een voor de naam (${NAME_COLUMNS.join(", ")}) hebben`,
      1,
    );
  }
  const entries: Municipality[] = [];
  const seen = new Set<string>();
  const names = new Map<string, { code: string; line: number; column: number }>();
  for (const { record, raw, info } of records.slice(1)) {
    const line = info.lines;
    const rawCode = record[codeAt] ?? "";
    const name = (record[nameAt] ?? "").replace(/\s+/g, " ").trim();
    const code = normalizeGemeentecode(rawCode);
    if (code === undefined)
      return fail(
        `"${rawCode.slice(0, 40)}" is not a municipality code (GM0177 or 177)`,
        `"${rawCode.slice(0, 40)}" is geen gemeentecode (GM0177 of 177)`,
        line,
      );
    if (name === "" || name.length > 200)
      return fail(`the name for ${code} is empty or too long`, `de naam bij ${code} is leeg of te lang`, line);
    if (seen.has(code)) return fail(`${code} appears twice`, `${code} staat er twee keer in`, line);
    seen.add(code);
    const at = fieldStart(raw, info.lines, nameAt, delimiter);
    const key = municipalityKey(name);
    const first = names.get(key);
    if (first !== undefined)
      throw new InputError([
        {
          code: "MUNICIPALITY_NAME_TWICE",
          file,
          ...at,
          params: { name, code, first_code: first.code, first_line: first.line, first_column: first.column },
        },
      ]);
    names.set(key, { code, ...at });
    entries.push({ code, name });
  }
  if (entries.length > MAX_ROWS) return fail(`more than ${MAX_ROWS} municipalities`, `meer dan ${MAX_ROWS} gemeenten`);
  if (entries.length === 0) return fail("the list has no municipalities", "de lijst bevat geen gemeenten");
  return new MunicipalityList(entries, file);
}

/**
 * Where field `index` of a record starts (its first character after leading spaces, 1-based line
 * and column), from the record's raw text and the line it ends on (csv-parse's info.lines). A quoted
 * field may hold the delimiter and line breaks.
 */
function fieldStart(raw: string, endLine: number, index: number, delimiter: string): { line: number; column: number } {
  // Empty lines before the record (skipped by csv-parse) are at the start of its raw text.
  const text = raw.replace(/\r?\n$|\r$/, "").replace(/^(?:\r\n|\r|\n)+/, "");
  let line = endLine - (text.match(/\r\n|\r|\n/g)?.length ?? 0);
  let column = 1;
  let field = 0;
  let quoted = false;
  let atStart = true;
  const chars = [...text];
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    if (field === index && atStart && c !== " " && c !== "\t") return { line, column };
    if (c === '"') {
      // "" inside a quoted field is a quote; otherwise a quote opens or closes the field.
      if (quoted && chars[i + 1] === '"') {
        i += 1;
        column += 1;
      } else quoted = !quoted;
    } else if (c === delimiter && !quoted) {
      field += 1;
      atStart = true;
      column += 1;
      continue;
    } else if (c === "\n" || (c === "\r" && chars[i + 1] !== "\n")) {
      line += 1;
      column = 0;
    }
    if (c !== " " && c !== "\t") atStart = false;
    column += 1;
  }
  return { line, column };
}
