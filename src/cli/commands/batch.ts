// `zelftest batch PATH... [--format csv|json|md|html] [--out FILE]`: scores many answer files for
// research. Every valid file is scored, every invalid one listed; output is deterministic (sorted
// by path, no timestamps) and written atomically with --out. Exit 3 when any input was invalid.
import { EXIT, UsageError } from "../../errors.js";
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
import { openOutput, outputFormat } from "../output.js";

export interface BatchCommandOptions {
  format?: string;
  out?: string;
  delimiter?: string;
  includeNames?: boolean;
  jobs?: string;
  questionnaire?: string;
  lang: Lang;
}


export async function batchCommand(paths: readonly string[], o: BatchCommandOptions, io: Io): Promise<number> {
  const format = outputFormat(o.format, o.out, ["csv", "json", "md", "html"]);
  const delimiter = o.delimiter ?? ",";
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) throw new UsageError("INVALID_OPTION", { option: "--delimiter", value: delimiter, allowed: [",", ";"] });
  // Digits only: Number("") and Number(" ") are 0, which is not what an empty --jobs meant.
  const jobs = o.jobs === undefined ? undefined : /^\d{1,2}$/.test(o.jobs) ? Number(o.jobs) : NaN;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64)) throw new UsageError("INVALID_OPTION", { option: "--jobs", value: o.jobs ?? "", allowed: ["0 … 64"] });

  const questionnaire = loadQuestionnaire(o.questionnaire ?? DEFAULT_QUESTIONNAIRE);
  const collected = collectFiles(paths, io.cwd);
  if (collected.files.length === 0 && collected.unreadable.length === 0) throw new UsageError("NO_INPUT_FILES", { missing: collected.missing });
  // A path that matched nothing, or a folder that could not be read, is listed as an invalid file in its sorted place.
  const extra = [...collected.missing, ...collected.unreadable];
  const files = extra.length === 0 ? collected.files : [...collected.files, ...extra].sort(byCodePoint);

  const job: BatchJob = {
    questionnaireRef: questionnaireRef(questionnaire),
    lines: format === "csv" ? "csv" : format === "json" ? "json" : "none",
    delimiter,
    includeNames: Boolean(o.includeNames),
    lang: o.lang,
  };
  const sink = openOutput(o.out, io, [...files, o.questionnaire]);

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
  sink.finish();

  for (const f of aggregate.invalid) {
    const place = f.line !== undefined ? `:${f.line}:${f.column ?? 1}` : "";
    io.stderr.write(`${f.file}${place}: ${f.code}: ${wording(f.code, f.params, o.lang).message}\n`);
  }
  const summary = o.lang === "nl"
    ? `${aggregate.files.valid} van ${aggregate.files.total} bestanden gescoord, ${aggregate.files.invalid} ongeldig.`
    : `${aggregate.files.valid} of ${aggregate.files.total} files scored, ${aggregate.files.invalid} invalid.`;
  io.stderr.write(`${summary}${o.out ? ` → ${o.out}` : ""}\n`);
  return aggregate.files.invalid > 0 ? EXIT.someInvalid : EXIT.ok;
}
