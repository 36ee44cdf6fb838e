// Scores batch files and turns each into its output text (wide CSV row, long CSV rows, JSON
// entry) while adding it to an aggregate. Every worker thread has one; small batches use one in
// the main thread. Output is text, so only text and, at the end, the aggregate's plain state
// cross between threads.
import { loadQuestionnaire } from "../load/load-files.js";
import { MunicipalityList } from "../model/municipality.js";
import type { Municipality } from "../model/municipality.js";
import type { Questionnaire } from "../model/questionnaire.js";
import type { Lang } from "../model/vocabulary.js";
import { longColumns, wideColumns } from "../report/batch-columns.js";
import type { ColumnOptions, LongRow } from "../report/batch-columns.js";
import { CsvRowWriter, longRows } from "../report/render-batch-csv.js";
import type { ColumnProfile } from "../report/render-batch-csv.js";
import type { RolePair } from "../score/aggregate-types.js";
import { jsonEntry } from "../report/render-batch-json.js";
import { ParquetRecordWriter } from "../report/parquet-records.js";
import { Aggregator } from "../score/aggregate.js";
import { resolve } from "node:path";
import { readAnswerFile, scoreRead } from "./score-file.js";
import type { FileOutcome, ReadResult, ScoreOptions } from "./score-file.js";
import { Utf8Builder } from "./utf8-builder.js";

export type BatchLines = "csv" | "csv-long" | "json" | "parquet" | "none";

/** Everything a worker needs to score and format (plain data: it is the worker's workerData). */
export interface BatchJob extends ColumnOptions {
  readonly questionnaireRef: string;
  /**
   * What each file becomes in the output: a wide CSV row, long CSV rows, a JSON entry, the long
   * rows as a line of JSON for the Parquet writer (parquet-records.ts), or nothing (summaries only).
   */
  readonly lines: BatchLines;
  readonly delimiter: string;
  readonly lang: Lang;
  /** The official list of municipalities (`--municipalities`), with the file it came from. */
  readonly municipalities?: { readonly entries: readonly Municipality[]; readonly origin: string };
  /** `--strict-municipalities`: a code not in the list makes the file invalid (else it is flagged). */
  readonly strictMunicipalities?: boolean;
  /** The pairs of roles whose answers are kept for the pairs tables (summaries, JSON); none: no pairs. */
  readonly pairs?: readonly RolePair[];
  /** Keep the panel (per municipality, year and role) for `--format panel`. */
  readonly panel?: boolean;
  /** CSV: ' before a formula start (default true; `--no-escape-formulas`). */
  readonly escapeFormulas?: boolean;
  /** CSV meant for SPSS: line breaks inside cells written as a mark (render-batch-csv.ts). */
  readonly markLineBreaks?: boolean;
  /** CSV: keep a profile of the text columns for the SPSS syntax (widths and numbers from the data). */
  readonly profile?: boolean;
}

export class BatchScorer {
  readonly questionnaire: Questionnaire;
  readonly aggregator: Aggregator;
  private readonly municipalities: MunicipalityList | undefined;
  private readonly wide: CsvRowWriter<FileOutcome> | undefined;
  private readonly long: CsvRowWriter<LongRow> | undefined;
  private readonly parquet: ParquetRecordWriter<LongRow> | undefined;
  private readonly options: ScoreOptions;

  constructor(private readonly job: BatchJob) {
    this.questionnaire = loadQuestionnaire(job.questionnaireRef);
    this.aggregator = new Aggregator(this.questionnaire, {
      includeNames: job.includeNames,
      ...(job.pairs ? { pairs: job.pairs } : {}),
      ...(job.panel ? { panel: true } : {}),
    });
    this.municipalities = job.municipalities
      ? new MunicipalityList(job.municipalities.entries, job.municipalities.origin)
      : undefined;
    const profile = Boolean(job.profile);
    if (job.lines === "csv")
      this.wide = new CsvRowWriter(wideColumns(this.questionnaire, job), job, undefined, profile);
    if (job.lines === "csv-long")
      this.long = new CsvRowWriter(longColumns(this.questionnaire, job), job, (r) => r.item.id, profile);
    if (job.lines === "parquet") this.parquet = new ParquetRecordWriter(longColumns(this.questionnaire, job));
    this.options = {
      questionnaireRef: job.questionnaireRef,
      municipalities: this.municipalities,
      strictMunicipalities: Boolean(job.strictMunicipalities),
    };
  }

  /** What the CSV's text columns held so far (with `job.profile`). */
  profile(): ColumnProfile | undefined {
    return (this.wide ?? this.long)?.profile;
  }

  /**
   * Reads (relative to `cwd`), scores and formats the files in order, one after the other, and
   * returns their output as UTF-8, each file's text encoded as soon as it is made (into `buffer`
   * where given: memory of an earlier output to reuse).
   */
  run(files: readonly string[], cwd: string, firstIndex: number, buffer?: ArrayBuffer): Uint8Array {
    const out = new Utf8Builder(buffer);
    for (let i = 0; i < files.length; i += 1) {
      const display = files[i]!;
      out.append(this.add(firstIndex + i, display, readAnswerFile(resolve(cwd, display))));
    }
    return out.result();
  }

  /** Scores one file that was read, adds it to the aggregate and returns its output text. */
  private add(index: number, display: string, read: ReadResult): string {
    const outcome = scoreRead(index, display, read, this.options);
    this.aggregator.addOutcome(outcome);
    switch (this.job.lines) {
      case "csv":
        return this.wide!.lines([outcome]);
      case "csv-long":
        return this.long!.lines(longRows(outcome));
      case "parquet":
        return this.parquet!.line(longRows(outcome));
      case "json":
        return (index === 0 ? "\n" : ",\n") + JSON.stringify(jsonEntry(outcome, this.job));
      default:
        return "";
    }
  }
}
