// Parses the list of municipalities for `batch --municipalities FILE.csv`: a CSV file (`,` or `;`)
// with a header line naming a code column (code, gemeentecode, GemeentecodeGM) and a name column
// (name, naam, gemeentenaam). Codes may be written as GM0177 or as the number 177 / 0177, as CBS
// publishes them. Pure: text in, MunicipalityList out, or an InputError naming the line.
import { parse } from "csv-parse/sync";
import { InputError } from "../errors.js";
import type { Diagnostic } from "../errors.js";
import { MunicipalityList, normalizeGemeentecode } from "../model/municipality.js";
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
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      info: true,
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
  for (const { record, info } of records.slice(1)) {
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
    entries.push({ code, name });
  }
  if (entries.length > MAX_ROWS) return fail(`more than ${MAX_ROWS} municipalities`, `meer dan ${MAX_ROWS} gemeenten`);
  if (entries.length === 0) return fail("the list has no municipalities", "de lijst bevat geen gemeenten");
  return new MunicipalityList(entries, file);
}
