// The long research CSV (`batch --format csv-long`): one row per valid file × item. The order of
// the columns is a contract (docs/research-outputs.md): later columns come after the earlier ones,
// optional ones (notes, names, meta) at the end. The definitions are in file.ts (the same for every
// row of a file) and item.ts. Pure.
import type { Questionnaire } from "../../model/questionnaire.js";
import type { Column, ColumnEntry, ColumnOptions, LongRow } from "./column.js";
import { columnsOf, label } from "./column.js";
import { FILE_COLUMNS as F, perFile, renamed } from "./file.js";
import { ITEM_COLUMNS as I } from "./item.js";

export const LONG: readonly ColumnEntry<LongRow>[] = [
  renamed(perFile(F.fileId), { label: label("fileIdLong") }),
  perFile(F.file),
  perFile(F.municipality),
  perFile(F.gemeentecode),
  perFile(F.role),
  perFile(F.date),
  perFile(F.year),
  I.theme,
  I.item,
  I.level,
  I.answer,
  I.status,
  I.points,
  I.hasNote,
  I.hasEvidence,
  I.weight,
  I.questionnaire,
  perFile(F.questionnaireVersion),
  perFile(F.questionnaireSha256),
  perFile(F.toolVersion),
  // Added with answer-file format 1.3 (issue 19): a group answer is one respondent with its members' votes.
  perFile(F.groupSize),
  I.votes,
  I.nDissent,
  // Optional columns, always last.
  I.note,
  I.evidence,
  perFile(F.municipalityWritten),
  perFile(F.respondentName),
  perFile(F.meta),
  // Added with answer-file format 1.3 (issue 19), after the optional columns that came before it.
  I.dissent,
  perFile(F.unknownCode),
  // Added in session 4 of issue 24, after every column before them: which rows count for `score`
  // and which for `law_score` (docs/scoring.md, the two lenses), so both are computed again from
  // the long data alone.
  I.inScore,
  I.inLawScore,
];

/** The long CSV's columns for this questionnaire and these options. */
export function longColumns(q: Questionnaire, o: ColumnOptions): Column<LongRow>[] {
  return columnsOf(LONG, q, o);
}
