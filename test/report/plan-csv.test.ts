// The plan van aanpak as CSV: one row per work package with the report's columns, owner and
// deadline empty; Dutch Excel's `;` with a BOM; formulas from any text stay text.
import { parse } from "csv-parse/sync";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPlanCsv } from "../../src/report/render-plan-csv.js";
import { ROOT } from "../helpers/fixtures.js";
import { modelOfFile } from "../helpers/reports.js";

const example = (name: string) => join(ROOT, "examples", name);

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
    ]);
    expect(rows).toHaveLength(model.plan.length + 1);
    expect(rows.length - 1).toBeLessThanOrEqual(10);
    for (const [k, row] of rows.slice(1).entries()) {
      expect(row[0]).toBe(String(k + 1));
      expect(row[3]!.split("\n")).toEqual(model.plan[k]!.items.map((i) => i.id));
      expect(row.slice(7)).toEqual(["", ""]);
      expect(row[2]).toMatch(/^• /);
    }
  });

  it("uses a comma in English", () => {
    const csv = renderPlanCsv(modelOfFile(example("gemeente-half-ingevuld.json"), "en"));
    expect(csv.startsWith("\uFEFF")).toBe(false);
    expect((parse(csv) as string[][])[0]![1]).toBe("Work package");
  });
});
