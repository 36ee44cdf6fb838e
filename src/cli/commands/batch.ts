// `zelftest batch PATH... [--format csv|json|md|html] [--out FILE]`: scores many answer files for
// research. Every valid file is scored, every invalid one listed; output is deterministic (sorted
// by path, no timestamps) and written atomically with --out. Exit 3 when any input was invalid.
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { UsageError } from "../../errors.js";
import { byCodePoint, collectFiles } from "../../batch/collect-files.js";
import { runBatch } from "../../batch/run-batch.js";
import type { BatchJob } from "../../batch/batch-scorer.js";
import { DEFAULT_QUESTIONNAIRE, loadQuestionnaire, questionnaireRef } from "../../load/load-files.js";
import { wording } from "../../messages/error-messages.js";
import type { Lang } from "../../model/vocabulary.js";
import { BOM, csvColumns, csvLine, csvValues } from "../../report/render-batch-csv.js";
import type { AggregateResult } from "../../score/aggregate.js";
import type { Io } from "../io.js";
import { packageVersion } from "../main.js";
import { readTemplate } from "../read-templates.js";
import { outputFormat } from "../write-file-atomic.js";

export interface BatchCommandOptions {
  format?: string;
  out?: string;
  delimiter?: string;
  includeNames?: boolean;
  jobs?: string;
  questionnaire?: string;
  lang: Lang;
}

/** Exit code when the batch completed but some inputs were invalid (documented in the README). */
export const EXIT_SOME_INVALID = 3;

interface Sink {
  write(s: string): void;
  finish(): Promise<void>;
  abort(): void;
}

function stdoutSink(io: Io): Sink {
  return { write: (s) => void io.stdout.write(s), finish: async () => {}, abort: () => {} };
}

/**
 * Writes into a temporary file beside the target and renames it at the end: never half a file.
 * Writes are synchronous, so output never piles up in memory however many files there are.
 */
function fileSink(target: string): Sink {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const fail = (err: unknown): never => {
    rmSync(temp, { force: true });
    throw new UsageError("OUTPUT_FAILED", { file: target, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  };
  let fd = -1;
  try {
    fd = openSync(temp, "w");
  } catch (err) {
    fail(err);
  }
  return {
    write: (s) => {
      try {
        writeSync(fd, s);
      } catch (err) {
        closeSync(fd);
        fail(err);
      }
    },
    finish: async () => {
      try {
        closeSync(fd);
        renameSync(temp, target);
      } catch (err) {
        fail(err);
      }
    },
    abort: () => {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      rmSync(temp, { force: true });
    },
  };
}

export async function batchCommand(paths: readonly string[], o: BatchCommandOptions, io: Io): Promise<number> {
  const format = outputFormat(o.format, o.out, ["csv", "json", "md", "html"]);
  const delimiter = o.delimiter ?? ",";
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) throw new UsageError("USAGE", { detail: `--delimiter "${delimiter}": use one character such as , or ;` });
  const jobs = o.jobs === undefined ? undefined : Number(o.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64)) throw new UsageError("USAGE", { detail: `--jobs ${o.jobs}: use a whole number from 0 to 64.` });

  const questionnaire = loadQuestionnaire(o.questionnaire ?? DEFAULT_QUESTIONNAIRE);
  const collected = collectFiles(paths, io.cwd);
  if (collected.files.length === 0 && collected.missing.length > 0) throw new UsageError("USAGE", { detail: `${collected.missing.join(", ")}: no such file, folder or matching files.` });
  if (collected.files.length === 0) throw new UsageError("USAGE", { detail: "no answer files (.yaml, .yml, .json) found." });
  // A path that matched nothing is listed as an invalid (missing) file, in its sorted place.
  const files = collected.missing.length === 0 ? collected.files : [...collected.files, ...collected.missing].sort(byCodePoint);

  const job: BatchJob = {
    questionnaireRef: questionnaireRef(questionnaire),
    lines: format === "csv" ? "csv" : format === "json" ? "json" : "none",
    delimiter,
    includeNames: Boolean(o.includeNames),
    lang: o.lang,
  };
  const sink = o.out ? fileSink(isAbsolute(o.out) ? o.out : resolve(io.cwd, o.out)) : stdoutSink(io);

  let bar: { start(total: number, value: number): void; update(n: number): void; stop(): void } | undefined;
  if (io.stderrIsTTY && io.errorOutput && files.length > 1) {
    // cli-progress is CommonJS: its exports arrive on `default` when imported from ESM.
    const mod = await import("cli-progress");
    const { SingleBar, Presets } = (mod as unknown as { default?: typeof mod }).default ?? mod;
    bar = new SingleBar({ stream: io.errorOutput, clearOnComplete: true, hideCursor: true, etaBuffer: 200 }, Presets.shades_classic);
    bar.start(files.length, 0);
  }

  if (format === "csv") sink.write(BOM + csvLine(csvColumns(questionnaire, job), job));
  if (format === "json") sink.write(`{"tool":${JSON.stringify(`zelftest ${packageVersion()}`)},"questionnaire":${JSON.stringify({ id: questionnaire.id, version: questionnaire.version, contentHash: questionnaire.contentHash })},"files":[`);
  let aggregate: AggregateResult;
  try {
    aggregate = await runBatch(files, io.cwd, job, { ...(jobs !== undefined ? { jobs } : {}), onProgress: (done) => bar?.update(done) }, (text) => sink.write(text));
  } catch (err) {
    bar?.stop();
    sink.abort();
    throw err;
  }
  bar?.stop();

  if (format === "json") sink.write(`\n],"aggregate":${JSON.stringify(aggregate)}}\n`);
  if (format === "md" || format === "html") {
    // The summary renderer (marked, mustache) is loaded only for summaries, not for CSV or JSON.
    const [{ buildBatchSummary }, { renderHtmlTemplate, renderMarkdownTemplate }] = await Promise.all([
      import("../../report/build-batch-summary.js"),
      import("../../report/render-report.js"),
    ]);
    const view = buildBatchSummary(aggregate, questionnaire, o.lang, packageVersion());
    sink.write(format === "md" ? renderMarkdownTemplate(readTemplate("batch.md.mustache"), view) : renderHtmlTemplate(readTemplate("batch.html.mustache"), readTemplate("report.css"), view));
  }
  await sink.finish();

  for (const f of aggregate.invalid) {
    const place = f.line !== undefined ? `:${f.line}:${f.column ?? 1}` : "";
    io.stderr.write(`${f.file}${place}: ${f.code}: ${wording(f.code, f.params, o.lang).message}\n`);
  }
  const summary = o.lang === "nl"
    ? `${aggregate.files.valid} van ${aggregate.files.total} bestanden gescoord, ${aggregate.files.invalid} ongeldig.`
    : `${aggregate.files.valid} of ${aggregate.files.total} files scored, ${aggregate.files.invalid} invalid.`;
  io.stderr.write(`${summary}${o.out ? ` → ${o.out}` : ""}\n`);
  return aggregate.files.invalid > 0 ? EXIT_SOME_INVALID : 0;
}
