// Scores batch files and turns each into its output line (CSV row or JSON entry) while adding it
// to an aggregate. Every worker thread has one; small batches use one in the main thread. Lines
// are strings, so only text and, at the end, the aggregate's plain state cross between threads.
import { loadQuestionnaire } from "../load/load-files.js";
import type { Questionnaire } from "../model/questionnaire.js";
import type { Lang } from "../model/vocabulary.js";
import { csvLines, csvValues } from "../report/render-batch-csv.js";
import { jsonEntry } from "../report/render-batch-json.js";
import { Aggregator } from "../score/aggregate.js";
import { resolve } from "node:path";
import { readAnswerFile, scoreRead } from "./score-file.js";
import type { ReadResult } from "./score-file.js";

export interface BatchJob {
  readonly questionnaireRef: string;
  /** What each file becomes in the output: a CSV row, a JSON entry, or nothing (summaries only). */
  readonly lines: "csv" | "json" | "none";
  readonly delimiter: string;
  readonly includeNames: boolean;
  readonly lang: Lang;
}

export class BatchScorer {
  readonly questionnaire: Questionnaire;
  readonly aggregator: Aggregator;

  constructor(private readonly job: BatchJob) {
    this.questionnaire = loadQuestionnaire(job.questionnaireRef);
    this.aggregator = new Aggregator(this.questionnaire, { includeNames: job.includeNames });
  }

  /** Reads (relative to `cwd`), scores and formats the files in order, all in this thread. */
  run(files: readonly string[], cwd: string, firstIndex: number): string {
    return this.score(files.map((display) => ({ display, read: readAnswerFile(resolve(cwd, display)) })), firstIndex);
  }

  /** Scores files that were already read (by the main thread) and returns their output text. */
  score(files: readonly { display: string; read: ReadResult }[], firstIndex: number): string {
    const rows: string[][] = [];
    const lines = files.map((f, i) => {
      const outcome = scoreRead(f.display, f.read, this.job.questionnaireRef);
      if ("assessment" in outcome) this.aggregator.add(outcome.assessment);
      else this.aggregator.addInvalid(outcome.file, outcome.diagnostics);
      if (this.job.lines === "csv") rows.push(csvValues(outcome, this.questionnaire, this.job));
      if (this.job.lines === "json") return (firstIndex + i === 0 ? "\n" : ",\n") + JSON.stringify(jsonEntry(outcome, this.job.includeNames, this.job.lang));
      return "";
    });
    // CSV rows of a chunk are stringified in one call.
    return this.job.lines === "csv" ? csvLines(rows, this.job) : lines.join("");
  }
}
