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
import type { Column, ColumnOptions, LongRow } from "../report/batch-columns.js";
import { csvLines, csvValues, longRows } from "../report/render-batch-csv.js";
import { jsonEntry } from "../report/render-batch-json.js";
import { Aggregator } from "../score/aggregate.js";
import { resolve } from "node:path";
import { readAnswerFile, scoreRead } from "./score-file.js";
import type { FileOutcome, ReadResult } from "./score-file.js";

export type BatchLines = "csv" | "csv-long" | "json" | "none";

/** Everything a worker needs to score and format (plain data: it is the worker's workerData). */
export interface BatchJob extends ColumnOptions {
  readonly questionnaireRef: string;
  /** What each file becomes in the output: a wide CSV row, long CSV rows, a JSON entry, or nothing (summaries only). */
  readonly lines: BatchLines;
  readonly delimiter: string;
  readonly lang: Lang;
  /** The official list of municipalities (`--municipalities`), with the file it came from. */
  readonly municipalities?: { readonly entries: readonly Municipality[]; readonly origin: string };
  /** Keep the answers of gemeente and adviesraad files for the pairs table (summaries, JSON). */
  readonly pairs?: boolean;
}

export class BatchScorer {
  readonly questionnaire: Questionnaire;
  readonly aggregator: Aggregator;
  private readonly municipalities: MunicipalityList | undefined;
  private readonly wide: Column<FileOutcome>[] = [];
  private readonly long: Column<LongRow>[] = [];

  constructor(private readonly job: BatchJob) {
    this.questionnaire = loadQuestionnaire(job.questionnaireRef);
    this.aggregator = new Aggregator(this.questionnaire, { includeNames: job.includeNames, pairs: Boolean(job.pairs) });
    this.municipalities = job.municipalities
      ? new MunicipalityList(job.municipalities.entries, job.municipalities.origin)
      : undefined;
    if (job.lines === "csv") this.wide = wideColumns(this.questionnaire, job);
    if (job.lines === "csv-long") this.long = longColumns(this.questionnaire, job);
  }

  /** Reads (relative to `cwd`), scores and formats the files in order, all in this thread. */
  run(files: readonly string[], cwd: string, firstIndex: number): string {
    return this.score(
      files.map((display) => ({ display, read: readAnswerFile(resolve(cwd, display)) })),
      firstIndex,
    );
  }

  /** Scores files that were already read (by the main thread) and returns their output text. */
  score(files: readonly { display: string; read: ReadResult }[], firstIndex: number): string {
    const rows: string[][] = [];
    const json: string[] = [];
    const options = { questionnaireRef: this.job.questionnaireRef, municipalities: this.municipalities };
    files.forEach((f, i) => {
      const outcome = scoreRead(firstIndex + i, f.display, f.read, options);
      this.aggregator.addOutcome(outcome);
      if (this.job.lines === "csv") rows.push(csvValues(this.wide, outcome, this.job));
      else if (this.job.lines === "csv-long")
        for (const row of longRows(outcome)) rows.push(csvValues(this.long, row, this.job));
      else if (this.job.lines === "json")
        json.push((firstIndex + i === 0 ? "\n" : ",\n") + JSON.stringify(jsonEntry(outcome, this.job)));
    });
    // CSV rows of a chunk are stringified in one call.
    return this.job.lines === "csv" || this.job.lines === "csv-long"
      ? rows.length > 0
        ? csvLines(rows, this.job)
        : ""
      : json.join("");
  }
}
