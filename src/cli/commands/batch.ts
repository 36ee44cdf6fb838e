// `zelftest batch PATH... [--format csv|csv-long|parquet|json|md|html] [--out FILE]`: scores many answer
// files for research (docs/research-outputs.md). Every valid file is scored, every invalid one listed; output is deterministic (sorted
// by path, no timestamps) and written atomically with --out. Exit 3 when any input was invalid.
import { EXIT, UsageError } from "../../errors.js";
import { collectFiles } from "../../batch/collect-files.js";
import { byCodePoint } from "../../model/order.js";
import type { Collected } from "../../batch/collect-files.js";
import { MIN_FILES_FOR_WORKERS, runBatch, startWorkers, workerCount } from "../../batch/run-batch.js";
import type { BatchJob } from "../../batch/batch-scorer.js";
import type { StartedWorkers } from "../../batch/run-batch.js";
import { META_KEY_PATTERN } from "../../model/answer-limits.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import { DEFAULT_QUESTIONNAIRE, loadQuestionnaire, questionnaireRef } from "../../load/load-files.js";
import { roleFromTyped } from "../../model/vocabulary.js";
import type { Lang } from "../../model/vocabulary.js";
import { longColumns, wideColumns } from "../../report/batch-columns.js";
import { BOM, csvHeader } from "../../report/render-batch-csv.js";
import { renderPanelCsv } from "../../report/render-panel-csv.js";
import type { ColumnProfile } from "../../report/render-batch-csv.js";
import { renderCodebook } from "../../report/render-codebook.js";
import { jsonAggregate } from "../../report/render-batch-json.js";
import { decodeText } from "../../load/decode-text.js";
import { parseMunicipalities } from "../../load/parse-municipalities.js";
import { LIMITS, readFileBytes } from "../../load/read-file.js";
import type { MunicipalityList } from "../../model/municipality.js";
import { DEFAULT_PAIR } from "../../score/aggregate-types.js";
import type { AggregateResult, RolePair } from "../../score/aggregate-types.js";
import { CLI_TEXT } from "../../messages/cli.js";
import { BATCH_FORMATS, requireFormat, worksWith } from "../batch-formats.js";
import type { BatchFormat } from "../batch-formats.js";
import { diagnosticLine } from "../format-diagnostics.js";
import { escapeTerminal } from "../../report/escape.js";
import type { Io } from "../io.js";
import { packageVersion } from "../package-version.js";
import { readTemplate } from "../read-templates.js";
import {
  openOutput,
  outputFormat,
  outputPath,
  refuseInputAsOutput,
  refuseSameOutput,
  refuseToReplace,
  writeFileAtomic,
} from "../output.js";

export interface BatchCommandOptions {
  format?: string;
  out?: string;
  delimiter?: string;
  includePaths?: boolean;
  includeNames?: boolean;
  includeNotes?: boolean;
  items?: boolean;
  meta?: string;
  municipalities?: string;
  strictMunicipalities?: boolean;
  codebook?: string;
  /** commander's `--no-escape-formulas` (default true). */
  escapeFormulas?: boolean;
  /** Every `--by` given, in order (the option repeats; each may hold a comma-separated list). */
  by?: readonly string[];
  /** Every `--pairs` given, in order (the option repeats; each is two roles, `gemeente,adviesraad`). */
  pairs?: readonly string[];
  jobs?: string;
  questionnaire?: string;
  lang: Lang;
}

const GROUPINGS = ["role", "year"] as const;

/** `--by role`, `--by year`, `--by role,year`, and the same repeated: `--by role --by year`. */
function groupingOf(by: readonly string[] | undefined): readonly ("role" | "year")[] {
  if (by === undefined || by.length === 0) return [];
  const value = by.join(",");
  const parts = value.split(",").map((p) => p.trim());
  if (
    parts.length > 2 ||
    new Set(parts).size !== parts.length ||
    !parts.every((p) => (GROUPINGS as readonly string[]).includes(p))
  ) {
    throw new UsageError("INVALID_OPTION", { option: "--by", value, allowed: ["role", "year", "role,year"] });
  }
  return GROUPINGS.filter((g) => parts.includes(g));
}

/**
 * `--pairs gemeente,adviesraad`, repeatable: two different roles each, in the order given; the
 * same pair twice (in either order) is refused. Without it the summary has gemeente × adviesraad.
 */
function pairsOf(pairs: readonly string[] | undefined): readonly RolePair[] {
  if (pairs === undefined || pairs.length === 0) return [DEFAULT_PAIR];
  const seen = new Set<string>();
  return pairs.map((value) => {
    // Each role as a person types it: "gemeente,Cliëntorganisatie" is gemeente × clientorganisatie.
    const parts = value.split(",").map(roleFromTyped);
    const [a, b] = parts;
    const key = [a, b].sort().join(",");
    if (parts.length !== 2 || a === undefined || b === undefined || a === b || seen.has(key))
      // How to write a pair (not a list of choices: any two roles) is the hint of INVALID_OPTION for --pairs.
      throw new UsageError("INVALID_OPTION", { option: "--pairs", value, allowed: [] });
    seen.add(key);
    return [a, b] as const;
  });
}

function metaKeys(meta: string | undefined): readonly string[] {
  if (meta === undefined) return [];
  const keys = meta.split(",").map((k) => k.trim());
  if (!keys.every((k) => META_KEY_PATTERN.test(k)) || new Set(keys).size !== keys.length) {
    throw new UsageError("INVALID_OPTION", { option: "--meta", value: meta, allowed: [] });
  }
  return keys;
}

function readMunicipalities(file: string, io: Io): MunicipalityList {
  const path = outputPath(file, io);
  return parseMunicipalities(decodeText(readFileBytes(path, LIMITS.answerFileBytes * 4, "municipalities"), path), path);
}

/** What batchCommand has settled before the files are collected. */
interface Collecting {
  readonly format: BatchFormat;
  readonly questionnaire: Questionnaire;
  readonly job: BatchJob;
  readonly jobs: number | undefined;
  readonly municipalities: MunicipalityList | undefined;
  readonly meta: readonly string[];
  readonly by: readonly ("role" | "year")[];
  readonly codebookFormat: "csv" | "md" | "sps" | undefined;
  readonly started: StartedWorkers | undefined;
}

export async function batchCommand(paths: readonly string[], o: BatchCommandOptions, io: Io): Promise<number> {
  const format = outputFormat(o.format, o.out, BATCH_FORMATS);
  // A binary file: never to a terminal or a pipe, only to a file written as a whole (--out).
  if (format === "parquet" && !o.out)
    throw new UsageError("OPTION_REQUIRES", { option: "--format parquet", requires: ["--out"] });
  const delimiter = o.delimiter ?? ",";
  // The two the documentation names (`;` for Dutch Excel); any other character made a CSV no
  // spreadsheet reads as columns, while the message said only these two were allowed.
  if (delimiter !== "," && delimiter !== ";")
    throw new UsageError("INVALID_OPTION", { option: "--delimiter", value: delimiter, allowed: [",", ";"] });
  // Digits only: Number("") and Number(" ") are 0, which is not what an empty --jobs meant.
  const jobs = o.jobs === undefined ? undefined : /^\d{1,2}$/.test(o.jobs) ? Number(o.jobs) : NaN;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64))
    throw new UsageError("INVALID_OPTION", { option: "--jobs", value: o.jobs ?? "", allowed: [] });

  const by = groupingOf(o.by);
  if (o.pairs !== undefined && o.pairs.length > 0) requireFormat("--pairs", format);
  const pairs = pairsOf(o.pairs);
  if (by.length > 0) requireFormat("--by", format);
  if (o.items) requireFormat("--items", format);
  const codebookFormat =
    o.codebook === undefined
      ? undefined
      : /\.sps$/i.test(o.codebook)
        ? "sps"
        : /\.(md|markdown)$/i.test(o.codebook)
          ? "md"
          : /\.csv$/i.test(o.codebook)
            ? "csv"
            : undefined;
  if (o.codebook !== undefined && codebookFormat === undefined)
    throw new UsageError("INVALID_OPTION", {
      option: "--codebook",
      value: o.codebook,
      allowed: ["FILE.csv", "FILE.md", "FILE.sps"],
    });
  if (o.codebook !== undefined) requireFormat("--codebook", format);
  if (codebookFormat === "sps") requireFormat("--codebook FILE.sps", format);
  const meta = metaKeys(o.meta);
  if (o.strictMunicipalities && o.municipalities === undefined)
    throw new UsageError("OPTION_REQUIRES", { option: "--strict-municipalities", requires: ["--municipalities"] });
  const municipalities = o.municipalities === undefined ? undefined : readMunicipalities(o.municipalities, io);

  const questionnaire = loadQuestionnaire(o.questionnaire ?? DEFAULT_QUESTIONNAIRE);
  const job: BatchJob = {
    questionnaireRef: questionnaireRef(questionnaire),
    lines: format === "csv" || format === "csv-long" || format === "json" || format === "parquet" ? format : "none",
    delimiter,
    includePaths: Boolean(o.includePaths),
    includeNames: Boolean(o.includeNames),
    includeNotes: Boolean(o.includeNotes),
    items: Boolean(o.items),
    meta,
    toolVersion: packageVersion(),
    lang: o.lang,
    ...(worksWith("--pairs", format) ? { pairs } : {}),
    ...(format === "panel" ? { panel: true } : {}),
    escapeFormulas: o.escapeFormulas !== false,
    // The CSV meant for SPSS has one line per row; the codebook takes widths and numbers from the data.
    markLineBreaks: codebookFormat === "sps",
    profile: codebookFormat !== undefined && format !== "parquet" && format !== "panel",
    ...(municipalities
      ? {
          municipalities: { entries: municipalities.entries, origin: o.municipalities! },
          strictMunicipalities: Boolean(o.strictMunicipalities),
        }
      : {}),
  };
  // As soon as there are enough files for worker threads, they start loading their code while the
  // rest is collected. Stopped if the batch ends before it needs them (an error).
  let started: StartedWorkers | undefined;
  try {
    const collected = collectFiles(paths, io.cwd, {
      ...(jobs !== 0
        ? {
            many: {
              count: MIN_FILES_FOR_WORKERS,
              reached: () => {
                started = startWorkers(job, io.cwd, jobs ?? workerCount(), io.batchWorker);
              },
            },
          }
        : {}),
    });
    return await runCollected(collected, o, io, {
      format,
      questionnaire,
      job,
      jobs,
      municipalities,
      meta,
      by,
      codebookFormat,
      started,
    });
  } finally {
    await started?.stop();
  }
}

async function runCollected(collected: Collected, o: BatchCommandOptions, io: Io, c: Collecting): Promise<number> {
  const { format, questionnaire, job, jobs, municipalities, meta, by, codebookFormat, started } = c;
  if (collected.files.length === 0 && collected.unreadable.length === 0)
    throw new UsageError("NO_INPUT_FILES", { missing: collected.missing });
  // A path that matched nothing, or a folder that could not be read, is listed as an invalid file in its sorted place.
  const extra = [...collected.missing, ...collected.unreadable];
  const files = extra.length === 0 ? collected.files : [...collected.files, ...extra].sort(byCodePoint);

  const inputs = [...files, o.questionnaire, o.municipalities];
  const codebookPath = o.codebook === undefined ? undefined : outputPath(o.codebook, io);
  if (codebookPath !== undefined) {
    refuseInputAsOutput(codebookPath, inputs, io.cwd);
    refuseSameOutput({ option: "--out", path: o.out }, { option: "--codebook", path: o.codebook }, io);
    refuseToReplace(codebookPath, "report");
  }
  const sink = openOutput(o.out, io, inputs);

  let bar: { start(total: number, value: number): void; update(n: number): void; stop(): void } | undefined;
  if (io.stderrIsTTY && io.errorOutput && files.length > 1) {
    // cli-progress is CommonJS: its exports arrive on `default` when imported from ESM.
    const mod = await import("cli-progress");
    const { SingleBar, Presets } = (mod as unknown as { default?: typeof mod }).default ?? mod;
    bar = new SingleBar(
      { stream: io.errorOutput, clearOnComplete: true, hideCursor: true, etaBuffer: 200 },
      { ...Presets.shades_classic, format: CLI_TEXT[o.lang].batchRun.progress },
    );
    bar.start(files.length, 0);
  }

  if (format === "csv") sink.write(BOM + csvHeader(wideColumns(questionnaire, job), job));
  if (format === "csv-long") sink.write(BOM + csvHeader(longColumns(questionnaire, job), job));
  // The Parquet file is written by a thread of its own (the main thread holds no row group).
  const parquet =
    format === "parquet"
      ? new (await import("../../batch/parquet-thread.js")).ParquetThread(
          job,
          (bytes) => sink.write(bytes),
          io.batchWorker,
        )
      : undefined;
  if (format === "json")
    sink.write(
      `{"tool":${JSON.stringify(`zelftest ${packageVersion()}`)},"questionnaire":${JSON.stringify({ id: questionnaire.id, version: questionnaire.version, contentHash: questionnaire.contentHash })},"files":[`,
    );
  let aggregate: AggregateResult;
  let profile: ColumnProfile | undefined;
  try {
    aggregate = await runBatch(
      files,
      io.cwd,
      job,
      {
        ...(jobs !== undefined ? { jobs } : {}),
        ...(started ? { started } : {}),
        ...(io.batchWorker ? { worker: io.batchWorker } : {}),
        onProgress: (done) => bar?.update(done),
        onProfile: (p) => {
          profile = p;
        },
      },
      parquet
        ? (part) => parquet.write(part)
        : (text) => {
            sink.write(text);
          },
    );
    await parquet?.finish();
  } catch (err) {
    bar?.stop();
    sink.abort();
    throw err;
  } finally {
    await parquet?.stop();
  }
  bar?.stop();

  if (format === "json") sink.write(`\n],"aggregate":${JSON.stringify(jsonAggregate(aggregate, job))}}\n`);
  // The panel is made from the aggregate once every file is in: one row per municipality × year × role.
  if (format === "panel") {
    const panel = renderPanelCsv(aggregate, questionnaire, job, codebookFormat !== undefined);
    sink.write(panel.text);
    profile = panel.profile;
  }
  if (format === "md" || format === "html") {
    // The summary renderer (marked, mustache) is loaded only for summaries, not for CSV or JSON.
    const [{ buildBatchSummary }, { renderHtmlTemplate, renderMarkdownTemplate }] = await Promise.all([
      import("../../report/build-batch-summary.js"),
      import("../../report/render-report.js"),
    ]);
    const view = buildBatchSummary(aggregate, questionnaire, {
      lang: o.lang,
      toolVersion: packageVersion(),
      by,
      format,
      includeNames: job.includeNames,
      includeNotes: job.includeNotes,
      includePaths: job.includePaths,
      municipalityList: municipalities !== undefined,
    });
    sink.write(
      format === "md"
        ? renderMarkdownTemplate(readTemplate("batch.md.mustache"), view)
        : renderHtmlTemplate(
            readTemplate("batch.html.mustache"),
            `${readTemplate("report.css")}\n${readTemplate("batch.css")}`,
            view,
          ),
    );
  }
  // The codebook follows the questionnaire and the options, and takes text widths and numbers from the data.
  if (codebookPath !== undefined && worksWith("--codebook", format)) {
    try {
      const codebook = renderCodebook(codebookFormat!, format, questionnaire, job, {
        dataFile: o.out ? outputPath(o.out, io).split(/[\\/]/).pop() : undefined,
        profile,
      });
      writeFileAtomic(codebookPath, codebook);
    } catch (err) {
      sink.abort();
      throw err;
    }
  }
  sink.finish();

  // One line per invalid file, its name and values escaped for the terminal.
  for (const f of aggregate.invalid) io.stderr.write(diagnosticLine(f, o.lang));
  const t = CLI_TEXT[o.lang].batchRun;
  // A warning, not an error: answers to questions whose condition is not met are not scored.
  for (const w of aggregate.notApplicableAnswered) {
    const ids = `${w.items.join(", ")}${w.count > w.items.length ? ", …" : ""}`;
    io.stderr.write(`${t.notApplicable(escapeTerminal(w.file), w.count, escapeTerminal(ids))}\n`);
  }
  // Files that declare an older questionnaire version than items they answer: one line per declared version.
  for (const n of aggregate.newerItems) {
    // The researcher's own screen: named by path, as every other line on stderr.
    io.stderr.write(
      `${t.newerItems(escapeTerminal(n.version), n.files, n.answers, escapeTerminal(n.first), questionnaire.version)}\n`,
    );
  }
  // Codes not in the municipality list (GM and four digits: safe on a terminal), the first ten with their count.
  if (aggregate.unknownCodes.length > 0) {
    const files = aggregate.unknownCodes.reduce((n, c) => n + c.files, 0);
    const shown = aggregate.unknownCodes.slice(0, 10).map((c) => `${c.code} ×${c.files}`);
    const codes = `${shown.join(", ")}${aggregate.unknownCodes.length > 10 ? ", …" : ""}`;
    io.stderr.write(`${t.unknownCodes(files, codes, escapeTerminal(o.municipalities ?? ""))}
`);
  }
  // Meta keys (letters, digits and _ only: safe on a terminal) that the per-file lines (CSV, JSON, Parquet) did not pass through.
  const left = job.lines !== "none" ? aggregate.metaKeys.filter((k) => !meta.includes(k)) : [];
  if (left.length > 0) io.stderr.write(`${t.metaLeft(left, `--meta ${[...meta, ...left].join(",")}`)}\n`);
  const summary = t.summary(aggregate.files.valid, aggregate.files.total, aggregate.files.invalid);
  io.stderr.write(`${summary}${o.out ? ` → ${o.out}` : ""}${o.codebook ? ` (${t.codebook} → ${o.codebook})` : ""}\n`);
  return aggregate.files.invalid > 0 ? EXIT.someInvalid : EXIT.ok;
}
