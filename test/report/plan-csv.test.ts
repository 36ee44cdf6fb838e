// The plan van aanpak as CSV: one row per work package, the first nine columns fixed, owner and
// deadline empty, then per action its kind and article and per question its text; Dutch Excel's
// `;` with a BOM; formulas from any text stay text.
import { parse } from "csv-parse/sync";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPlanCsv } from "../../src/report/render-plan-csv.js";
import { ROOT } from "../helpers/fixtures.js";
import { expectGolden } from "../helpers/golden.js";
import { modelOfFile } from "../helpers/reports.js";

const example = (name: string) => join(ROOT, "examples", name);
const lines9 = (row: string[]) => row[9]!.split("\n").map((l) => l.replace(/^• /, ""));

describe("the plan van aanpak as CSV", () => {
  it("has one row per work package, the report's columns and empty owner and deadline", () => {
    const model = modelOfFile(example("gemeente-rijssen-holten-2015.yaml"));
    const csv = renderPlanCsv(model);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1), { delimiter: ";" }) as string[][];
    expect(rows[0]).toEqual([
      "Nr.",
      "Werkpakket",
      "Acties",
      "Vragen",
      "Prioriteit",
      "Moment",
      "Op te leveren bewijs",
      "Eigenaar",
      "Termijn",
      "Soort",
      "Artikel",
      "Vraagteksten",
    ]);
    expect(rows).toHaveLength(model.plan.length + 1);
    expect(rows.length - 1).toBeLessThanOrEqual(10);
    for (const [k, row] of rows.slice(1).entries()) {
      expect(row[0]).toBe(String(k + 1));
      expect(row[3]!.split("\n")).toEqual(model.plan[k]!.items.map((i) => i.id));
      expect(row.slice(7, 9)).toEqual(["", ""]);
      expect(row[2]).toMatch(/^• /);
      // Kind and article line up with the actions, question texts with the question ids.
      const plan = model.plan[k]!;
      const lines = (cell: string) => cell.split("\n").map((l) => l.replace(/^• /, ""));
      expect(lines(row[2]!)).toHaveLength(plan.actions.length);
      expect(lines(row[9]!)).toEqual(plan.actions.map((a) => a.kindShort));
      for (const kind of lines(row[9]!))
        expect(["Wet", "VNG-zelftest", "Wet; VNG-zelftest", "Goede praktijk"]).toContain(kind);
      expect(lines(row[10]!)).toEqual(plan.actions.map((a) => a.article || "–"));
      expect(lines(row[11]!)).toHaveLength(plan.items.length);
      expect(row[11]!.split("\n")[0]).toMatch(/\?$/);
    }
    expect(rows.slice(1).flatMap((r) => lines9(r))).toContain("VNG-zelftest");
    expect(rows.slice(1).flatMap((r) => lines9(r))).toContain("Goede praktijk");
    expect(rows[1]![10]).toMatch(/art\. .* Wmo 2015/);
  });

  it("uses a comma in English", () => {
    const csv = renderPlanCsv(modelOfFile(example("gemeente-half-ingevuld.json"), "en"));
    expect(csv.startsWith("\uFEFF")).toBe(false);
    expect((parse(csv) as string[][])[0]![1]).toBe("Work package");
  });

  it("escapes a formula at the start of every line in a cell, as the research CSV does, not only the first", () => {
    const model = modelOfFile(example("gemeente-rijssen-holten-2015.yaml"));
    const [first] = model.plan;
    const hostile = { rich: '=HYPERLINK("http://x")' };
    const items = [
      first!.items[0]!,
      { ...first!.items[0]!, question: hostile },
      { ...first!.items[0]!, question: { rich: "-1+1" } },
    ];
    const csv = renderPlanCsv({ ...model, plan: [{ ...first!, items }] });
    const rows = parse(csv.slice(1), { delimiter: ";" }) as string[][];
    const questions = rows[1]![11]!.split("\n");
    expect(questions.slice(1)).toEqual(['\'=HYPERLINK("http://x")', "'-1+1"]);
    expect(rows[1]![11]!.split("\n").some((l) => /^[=+\-@]/.test(l))).toBe(false);
  });

  it.each([
    ["gemeente-rijssen-holten-2015.yaml", "nl"],
    ["gemeente-half-ingevuld.json", "en"],
  ] as const)("golden: %s (%s)", (file, lang) => {
    expectGolden(
      `plan.${file.replace(/\.(ya?ml|json)$/, "")}.${lang}.csv`,
      renderPlanCsv(modelOfFile(example(file), lang)),
    );
  });
});
