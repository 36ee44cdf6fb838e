// CSV safety (issue 14): a value with a lone LF or CR stays one quoted cell, and a formula start is
// escaped at the start of every line inside a value, not only the first. The hand-built lines are
// byte for byte what csv-stringify makes with the same options.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvLines, csvValues, REFERENCE_OPTIONS } from "../../src/report/render-batch-csv.js";
import type { Column } from "../../src/report/batch-columns.js";

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const hostile = [
  "Ergens\n=cmd|' /C calc'!A0",
  "Naam\r=1+1",
  '=HYPERLINK("http://evil")',
  "a\r\n@SUM(A1)",
  "x\n\n-2+3",
  "ok",
  "",
  "b\n\t=1",
];
const column = (k: number): Column<string[]> => ({
  name: `c${k}`,
  label: { nl: "", en: "" },
  type: "string",
  get: (r) => r[k],
});

describe("CSV rows", () => {
  for (const delimiter of [",", ";"]) {
    it(`keep a value with a lone LF or CR in one quoted cell, and escape formulas on every line (delimiter ${delimiter})`, () => {
      const columns = hostile.map((_, k) => column(k));
      const text = csvLines(
        [csvValues(columns, hostile, { delimiter }), ["after", ...hostile.slice(1).map(() => "")]],
        { delimiter },
      );
      // Every line break inside a value is inside quotes: a parser that ends a record at any line
      // break (as spreadsheets do) still sees two records of 8 cells.
      const records = parse(text, {
        delimiter,
        record_delimiter: ["\r\n", "\n", "\r"],
        relax_quotes: false,
      }) as string[][];
      expect(records).toHaveLength(2);
      expect(records[0]).toHaveLength(hostile.length);
      expect(records[1]![0]).toBe("after");
      // A spreadsheet that splits on any line break (or reads a cell line by line) never meets a formula.
      for (const cell of records[0]!)
        for (const line of cell.split(/\r\n|\r|\n/)) expect(line, JSON.stringify(cell)).not.toMatch(FORMULA_START);
      for (const line of text.split(/\r\n|\r|\n/))
        expect(line.replace(/^"/, ""), JSON.stringify(line)).not.toMatch(FORMULA_START);
      // Nothing else is changed: the escaped text still says what it said.
      expect(records[0]![0]).toBe("Ergens\n'=cmd|' /C calc'!A0");
      expect(records[0]![1]).toBe("Naam\r'=1+1");
      expect(records[0]![5]).toBe("ok");
    });
  }
});

describe("CSV lines", () => {
  // Cells made mostly of the characters that matter to CSV: quotes, delimiters, line breaks, formula starts.
  const cell = fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        '"',
        ",",
        ";",
        "\n",
        "\r",
        "=",
        "+",
        "-",
        "@",
        "\t",
        "'",
        " ",
        "\uFF1D",
        "\uFF0B",
        "\uFF0D",
        "\uFF20",
      ),
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    ),
    maxLength: 12,
  });
  for (const delimiter of [",", ";"]) {
    it(`are what csv-stringify makes with the same options (delimiter ${delimiter})`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
          (rows) => {
            expect(csvLines(rows, { delimiter })).toBe(stringify(rows, { ...REFERENCE_OPTIONS, delimiter }));
          },
        ),
        { numRuns: 2000 },
      );
    });
  }
});
