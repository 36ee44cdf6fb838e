// The columns of the research outputs (`batch --format csv` and `csv-long`, their codebook and SPSS
// syntax), as a registry in report/columns/: each column defined once (column.ts says what a column
// is; file.ts, result.ts and item.ts hold the definitions, values.ts the values a column can take),
// and the ordered lists, wide.ts, long.ts and panel.ts (one row per municipality × year × role). Their labels are in messages/columns.ts. The CSV
// writer and the codebook import them from here. Pure.
export type {
  Cell,
  Column,
  ColumnEntry,
  ColumnOptions,
  ColumnType,
  ColumnValue,
  Labels,
  LongRow,
} from "./columns/column.js";
export { cellText, columnsOf, label } from "./columns/column.js";
export { ANSWER_CODES, NOT_ANSWERED_CODE, VERDICT_CODES } from "./columns/values.js";
export { LONG, longColumns } from "./columns/long.js";
export { WIDE, wideColumns } from "./columns/wide.js";
export { PANEL, panelColumns } from "./columns/panel.js";
