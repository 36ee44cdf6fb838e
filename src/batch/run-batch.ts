// Runs a batch: scores the files in worker threads (one per core) in chunks and writes each
// chunk's output lines in input order; at the end the workers' aggregates are merged. The workers
// read the files themselves (this thread only hands out lists of paths and writes), and they can
// be started before the files are collected, so that loading them overlaps that work. Only a
// bounded window of chunks is in flight, so memory does not grow with the number of files. Small
// batches are scored in this thread.
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { AggregateResult, AggregateState } from "../score/aggregate-types.js";
import { mergeProfile } from "../report/render-batch-csv.js";
import type { ColumnProfile } from "../report/render-batch-csv.js";
import { BatchScorer } from "./batch-scorer.js";
import type { BatchJob } from "./batch-scorer.js";

// src/batch, dist/batch and dist/bundle are all two levels below the package root.
/** The worker the build bundles (scripts/bundle.mjs). */
export const BUNDLED_WORKER = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "dist",
  "bundle",
  "batch-worker.mjs",
);

/** What a worker thread is given: the job, and the folder the paths are relative to. */
export interface WorkerData {
  readonly job: BatchJob;
  readonly cwd: string;
}

/**
 * Messages to a worker: a chunk of paths to read, score and format; the memory of output it sent
 * that is written now (for its next chunks); then "finish" for its aggregate.
 */
export type ToWorker =
  | { type: "chunk"; index: number; first: number; files: readonly string[] }
  | { type: "recycle"; buffer: ArrayBuffer }
  | { type: "finish" };
/**
 * Messages from a worker: a chunk's output as UTF-8 bytes (moved, not copied, so that this thread
 * holds no string of it and its memory is freed as soon as it is written); at the end its aggregate.
 */
export type FromWorker =
  | { type: "lines"; index: number; count: number; bytes: Uint8Array }
  | { type: "state"; state: AggregateState; profile?: ColumnProfile };

export interface RunOptions {
  /** Worker threads; 0 scores in this thread. Default: one per core for batches of 200 files or more. */
  readonly jobs?: number;
  readonly chunkSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** The worker script; default: the bundled one. Tests pass one built from the current sources. */
  readonly worker?: string;
  /** Workers started before the files were known (startWorkers); used when their number fits, else stopped. */
  readonly started?: StartedWorkers;
  /** With `job.profile`: called at the end with what the CSV's text columns held (all threads together). */
  readonly onProfile?: (profile: ColumnProfile) => void;
}

/**
 * Files per chunk: fewer for the long CSV, JSON and the long rows for Parquet (a file gives about
 * 20 KB and 13 KB of output there, against 0.4 KB in the wide CSV), so that the output in flight stays small.
 */
export function defaultChunkSize(job: Pick<BatchJob, "lines">): number {
  return job.lines === "csv-long" || job.lines === "json" || job.lines === "parquet" ? 25 : 100;
}

/** The young generation of a worker thread's heap (see startWorkers). */
export const YOUNG_GENERATION_MB = 16;

/** Fewer files than this are scored in this thread by default (starting threads costs more than it gives). */
export const MIN_FILES_FOR_WORKERS = 200;

export function defaultJobs(files: number): number {
  return files < MIN_FILES_FOR_WORKERS ? 0 : workerCount();
}

/** One worker per core, at most 8. */
export function workerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** A worker thread's young generation in semi-spaces: three of them make it (V8), within YOUNG_GENERATION_MB. */
const WORKER_SEMI_SPACE_MB = Math.floor(YOUNG_GENERATION_MB / 3);

/**
 * The main thread's young generation stays at the size it has (a few MB) once there are worker
 * threads: it only hands out paths, writes their output and merges their aggregates, but V8 let
 * it grow to 128 MB on this machine (Node 24) where a burst of it survived, which took the peak
 * RSS of `--format parquet` to 430-590 MB and of `panel` to 320-480 MB (10,000 and 100,000 files).
 * The node flag --max-semi-space-size cannot be changed for a running thread, so new space stops
 * growing (growth factor 1) — for every thread, so the workers started after this begin at the
 * size they would grow to within their limit. Set before the first worker starts; V8 reads both
 * when it sizes a young generation (measured for issue 24, 10,000 files: parquet 440 → 278 MB,
 * panel 318 → 264 MB). Flags changed at run time are V8's to honour: if one were not, only the
 * memory would be as before, never the output.
 */
function keepYoungGenerationsSmall(): void {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  // And the old generations: by default V8 let a thread's old generation grow to 3-4 times what
  // was live (a worker with 19 MB live at 70-80 MB: 384 MB for panel at 100,000 files with the
  // young generations small); at most twice (read at every collection): 298 MB. At 1.3 times,
  // 267 MB, but Parquet's main thread (a row group live) took half as long again.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** How far (in %) a thread's heap may grow beyond what was live at its last full collection. */
const HEAP_GROWING_PERCENT = 100;

/** Worker threads that load their code while this thread does other work (collecting the files). */
export interface StartedWorkers {
  readonly workers: readonly Worker[];
  /** Calls `listener` with what went wrong before a listener was there (an error, or an early exit) and from then on. */
  onFailure(listener: (err: Error) => void): void;
  /** Stops them (they were not needed, or the batch is over). */
  stop(): Promise<void>;
}

export function startWorkers(job: BatchJob, cwd: string, count: number, worker = BUNDLED_WORKER): StartedWorkers {
  const data: WorkerData = { job, cwd };
  keepYoungGenerationsSmall();
  // A smaller young generation than V8's default for a busy thread (up to 48 MB): a worker's
  // garbage is per file and short-lived, so collecting it more often costs little, and three
  // threads' young generations no longer add up to a third of the memory budget.
  const workers = Array.from(
    { length: count },
    () => new Worker(worker, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }),
  );
  let failure: Error | undefined;
  let listener: ((err: Error) => void) | undefined;
  let stopping = false;
  const fail = (err: Error) => {
    failure ??= err;
    listener?.(err);
  };
  for (const w of workers) {
    w.on("error", fail);
    w.on("exit", (code) => {
      if (!stopping) fail(new Error(`batch worker stopped (exit code ${code})`));
    });
  }
  return {
    workers,
    onFailure: (l) => {
      listener = l;
      if (failure) l(failure);
    },
    stop: async () => {
      stopping = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * `files` are the paths as shown in the output, read relative to `cwd`. The output comes to `write`
 * in order, chunk by chunk, as UTF-8 bytes; a `write` that hands them on to another thread returns
 * a promise of their memory, given back once they are used (no more chunks are scored meanwhile
 * than the window allows).
 */
export async function runBatch(
  files: readonly string[],
  cwd: string,
  job: BatchJob,
  options: RunOptions,
  write: (out: Uint8Array) => Promise<ArrayBuffer> | undefined,
): Promise<AggregateResult> {
  const size = options.chunkSize ?? defaultChunkSize(job);
  const chunkCount = Math.ceil(files.length / size);
  const jobs = Math.min(options.jobs ?? defaultJobs(files.length), chunkCount);
  const progress = options.onProgress ?? (() => {});
  const chunk = (k: number) => files.slice(k * size, (k + 1) * size);
  const main = new BatchScorer(job);

  let started = options.started;
  if (started && started.workers.length !== jobs) {
    await started.stop();
    started = undefined;
  }
  if (jobs === 0) {
    for (let k = 0; k < chunkCount; k += 1) {
      await write(main.run(chunk(k), cwd, k * size));
      progress(Math.min((k + 1) * size, files.length), files.length);
    }
    const profile = main.profile();
    if (profile) options.onProfile?.(profile);
    return main.aggregator.result();
  }

  const pool = started ?? startWorkers(job, cwd, jobs, options.worker);
  const workers = pool.workers;
  const window = jobs * 4;
  const pending = new Map<number, { bytes: Uint8Array; count: number; from: Worker }>();
  let next = 0;
  let flushed = 0;
  let released = 0;
  let done = 0;
  try {
    const profile = main.profile();
    const states = await new Promise<AggregateState[]>((resolvePromise, reject) => {
      const idle: Worker[] = [];
      const states: AggregateState[] = [];
      const post = (w: Worker, msg: ToWorker) => w.postMessage(msg);
      // A chunk is sent while fewer than `window` chunks are scored, waiting or being written.
      const room = () => next < chunkCount && next < released + window;
      const send = (w: Worker) => {
        if (room()) {
          post(w, { type: "chunk", index: next, first: next * size, files: chunk(next) });
          next += 1;
        } else idle.push(w);
      };
      // An error here (the output cannot be written) would escape the event handler as an
      // uncaught exception: hand it to the caller instead, as the single-thread path does.
      const guard =
        <A extends unknown[]>(f: (...args: A) => void) =>
        (...args: A) => {
          try {
            f(...args);
          } catch (err) {
            reject(err);
          }
        };
      pool.onFailure(reject);
      for (const w of workers) {
        w.on(
          "message",
          guard((msg: FromWorker) => onMessage(w, msg)),
        );
        send(w);
      }
      function onMessage(w: Worker, msg: FromWorker): void {
        if (msg.type === "state") {
          states.push(msg.state);
          if (profile && msg.profile) mergeProfile(profile, msg.profile);
          if (states.length === workers.length) resolvePromise(states);
          return;
        }
        pending.set(msg.index, { bytes: msg.bytes, count: msg.count, from: w });
        while (pending.has(flushed)) {
          const out = pending.get(flushed)!;
          pending.delete(flushed);
          flushed += 1;
          const written = write(out.bytes);
          if (written)
            written.then(
              guard((buffer: ArrayBuffer) => release(out, buffer)),
              reject,
            );
          else release(out, out.bytes.buffer as ArrayBuffer);
        }
        send(w);
      }
      // Written: its memory goes back to the worker that made it, for its next chunk.
      function release(out: { count: number; from: Worker }, buffer: ArrayBuffer): void {
        released += 1;
        out.from.postMessage({ type: "recycle", buffer } satisfies ToWorker, [buffer]);
        done += out.count;
        progress(done, files.length);
        if (released === chunkCount) for (const x of workers) post(x, { type: "finish" });
        else while (idle.length > 0 && room()) send(idle.pop()!);
      }
    });
    // The workers' memory is given back before their aggregates are merged (a burst of its own):
    // with the panel, both at once took the peak RSS from 240 MB to 325 MB (10,000 files, Node 24).
    await pool.stop();
    for (const s of states) main.aggregator.merge(s);
    if (profile) options.onProfile?.(profile);
    return main.aggregator.result();
  } finally {
    await pool.stop();
  }
}
