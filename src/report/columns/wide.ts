// The wide research CSV (`batch --format csv`): one row per answer file, valid or not. The order
// of the columns is a contract (docs/research-outputs.md): the columns of the first wide format
// keep their places, later ones come after them, optional ones (answers per item, names, meta) at
// the very end. The definitions are in file.ts and result.ts. Pure.
import type { FileOutcome } from "../../model/file-outcome.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import type { Column, ColumnEntry, ColumnOptions } from "./column.js";
import { columnsOf } from "./column.js";
import { FILE_COLUMNS as F, renamed } from "./file.js";
import { RESULT_COLUMNS as R } from "./result.js";

export const WIDE: readonly ColumnEntry<FileOutcome>[] = [
  // The first wide format (zelftest 0.1), in its order.
  F.file,
  R.valid,
  F.municipality,
  renamed(F.role, { name: "respondent_role" }),
  F.date,
  R.questionnaire,
  R.answersVersion,
  R.vng,
  R.practice,
  R.themes,
  R.error,
  // Added in zelftest 0.2 (research outputs).
  F.fileId,
  F.gemeentecode,
  F.year,
  F.questionnaireVersion,
  F.questionnaireSha256,
  F.answersSha256,
  F.toolVersion,
  R.vngCounts,
  R.practiceFilled,
  R.practiceCounts,
  R.errorCode,
  // Added with questionnaire 1.3 (issue 20): the law lens.
  R.law,
  // Added with answer-file format 1.3 (issue 19): a group answer is one respondent.
  F.groupSize,
  // Added in output format 1.3 (issue 24), where the questionnaire says when its items first appeared.
  R.newerItems,
  // Optional columns, always last.
  F.municipalityWritten,
  R.answers,
  F.respondentName,
  F.meta,
  // Added in output format 1.3, after every column that came before it.
  F.unknownCode,
];

/** The wide CSV's columns for this questionnaire and these options. */
export function wideColumns(q: Questionnaire, o: ColumnOptions): Column<FileOutcome>[] {
  return columnsOf(WIDE, q, o);
}
