// The plan van aanpak as CSV for a spreadsheet (`zelftest report --plan-csv FILE`): one row per
// work package, owner and deadline empty to fill in. The first nine columns are fixed (scripts
// read them); later columns are added at the end: per action line its kind (legal requirement or
// good practice) and article, and per question line the question's text.
// Dutch: `;` and a BOM, so Dutch Excel opens it in columns; English: `,`. Formulas are escaped by
// the one policy of every CSV zelftest writes (render-batch-csv.ts withoutFormulas: at the start of
// a cell and of every line in it), so an action or question text never becomes a live formula. Pure.
import { stringify } from "csv-stringify/sync";
import type { ReportModel } from "./build-report.js";
import { BOM, withoutFormulas } from "./render-batch-csv.js";
import { richToPlain } from "./rich-text.js";

export function renderPlanCsv(model: Pick<ReportModel, "t" | "lang" | "plan">): string {
  const c = model.t.planCols;
  const list = (xs: readonly string[]) => xs.map((x) => `• ${x}`).join("\n");
  const rows = [
    [
      c.nr,
      c.package,
      c.actions,
      c.items,
      c.priority,
      c.moment,
      c.evidence,
      c.owner,
      c.deadline,
      c.kind,
      c.article,
      c.questionTexts,
    ],
    ...model.plan.map((p) => [
      String(p.nr),
      p.title,
      list(p.actions.map((a) => richToPlain(a.text.rich))),
      p.items.map((i) => i.id).join("\n"),
      p.priorityLabel,
      p.moment,
      list(p.evidence.map((e) => richToPlain(e.rich))),
      "",
      "",
      list(p.actions.map((a) => a.kindShort)),
      list(p.actions.map((a) => a.article || "–")),
      p.items.map((i) => richToPlain(i.question.rich)).join("\n"),
    ]),
  ];
  const delimiter = model.lang === "nl" ? ";" : ",";
  return (
    (model.lang === "nl" ? BOM : "") +
    stringify(
      rows.map((row) => row.map(withoutFormulas)),
      { delimiter, record_delimiter: "windows", quoted: true },
    )
  );
}
