// The panel (`batch --format panel`, docs/research-outputs.md "Panel") as CSV: the header and one
// line per municipality × year × role of the aggregate's panel, with the columns of
// columns/panel.ts and the CSV rules of render-batch-csv.ts. Pure.
import type { Questionnaire } from "../model/questionnaire.js";
import type { AggregateResult } from "../score/aggregate-types.js";
import { panelColumns } from "./batch-columns.js";
import type { ColumnOptions } from "./batch-columns.js";
import { BOM, CsvRowWriter, csvHeader } from "./render-batch-csv.js";
import type { ColumnProfile, CsvOptions } from "./render-batch-csv.js";

export interface PanelCsv {
  readonly text: string;
  /** What the data held per column, for the codebook (only when asked for). */
  readonly profile: ColumnProfile | undefined;
}

/**
 * The panel's CSV, from an aggregate that kept it (`panel: true`). An aggregate without it is a
 * mistake in the caller, not an empty panel: it fails rather than write a file with a header only.
 */
export function renderPanelCsv(
  aggregate: Pick<AggregateResult, "panel">,
  questionnaire: Questionnaire,
  o: ColumnOptions & CsvOptions,
  profile = false,
): PanelCsv {
  if (aggregate.panel === null)
    throw new Error("renderPanelCsv: the aggregate kept no panel (aggregate the files with { panel: true })");
  const columns = panelColumns(questionnaire, o);
  const writer = new CsvRowWriter(columns, o, undefined, profile);
  return { text: BOM + csvHeader(columns, o) + writer.lines(aggregate.panel), profile: writer.profile };
}
