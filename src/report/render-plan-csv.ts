// The plan van aanpak as CSV for a spreadsheet (`zelftest report --plan-csv FILE`): one row per
// work package, the same columns as the report's table, owner and deadline empty to fill in.
// Dutch: `;` and a BOM, so Dutch Excel opens it in columns; English: `,`. Formulas are escaped
// (an action or note can never become a live formula). Pure.
import { stringify } from "csv-stringify/sync";
import type { ReportModel } from "./build-report.js";
import { richToPlain } from "./rich-text.js";

export const BOM = "\uFEFF";

export function renderPlanCsv(model: Pick<ReportModel, "t" | "lang" | "plan">): string {
  const c = model.t.planCols;
  const list = (xs: readonly string[]) => xs.map((x) => `• ${x}`).join("\n");
  const rows = [
    [c.nr, c.package, c.actions, c.items, c.priority, c.moment, c.evidence, c.owner, c.deadline],
    ...model.plan.map((p) => [
      String(p.nr),
      p.title,
      list(p.actions.map((a) => richToPlain(a.rich))),
      p.items.map((i) => i.id).join("\n"),
      p.priorityLabel,
      p.moment,
      list(p.evidence.map((e) => richToPlain(e.rich))),
      "",
      "",
    ]),
  ];
  const delimiter = model.lang === "nl" ? ";" : ",";
  return (
    (model.lang === "nl" ? BOM : "") +
    stringify(rows, { delimiter, record_delimiter: "windows", quoted: true, escape_formulas: true })
  );
}
