// Runs a batch: scores the files in worker threads (one per core) in chunks and writes each
// chunk's output lines in input order; at the end the workers' aggregates are merged (in the first
// worker, which sends the result). The workers
// read the files themselves (this thread only hands out lists of paths and writes), and they can
// be started before the files are collected, so that loading them overlaps that work. Only a
// bounded window of chunks is in flight, so memory does not grow with the number of files. Small
// batches are scored in this thread.
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, Worker } from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import { UsageError } from "../errors.js";
import type { AggregateResult, AggregateState } from "../score/aggregate-types.js";
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
  | { type: "finish"; to: MessagePort }
  | { type: "merge"; from: readonly MessagePort[] };
/**
 * Messages from a worker: a chunk's output as UTF-8 bytes (moved, not copied, so that this thread
 * holds no string of it and its memory is freed as soon as it is written). At the end the first
 * worker merges the others' aggregates into its own (each sends its state to it through a port of
 * `merge`, as a WorkerState), says which it has merged (that worker may stop) and sends the result.
 */
export type FromWorker =
  | { type: "lines"; index: number; count: number; bytes: Uint8Array }
  | { type: "merged"; worker: number }
  | { type: "result"; result: AggregateResult; profile?: ColumnProfile };

/** What a worker sends to the first worker at the end: its aggregate and its CSV's profile. */
export interface WorkerState {
  readonly state: AggregateState;
  readonly profile?: ColumnProfile;
}

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

/**
 * A worker thread's young generation in MB (see startWorkers): 16, or 8 in a Parquet run, where
 * the thread that writes the file is a third beside the two scoring threads of 2 cores. Measured
 * for issue 24 (Parquet, 100,000 mixed files, Node 24, the same output each time): 16 MB in every
 * thread gave a peak RSS of 287-310 MB, 10 MB 284 MB, 8 MB 277 MB.
 */
export function youngGenerationMb(job: Pick<BatchJob, "lines">): number {
  return job.lines === "parquet" ? 8 : 16;
}

/** Fewer files than this are scored in this thread by default (starting threads costs more than it gives). */
export const MIN_FILES_FOR_WORKERS = 200;

export function defaultJobs(files: number): number {
  return files < MIN_FILES_FOR_WORKERS ? 0 : workerCount();
}

/** One worker per core, at most 8. */
export function workerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * The most a scoring thread's old generation may hold. V8 lets a heap with a small maximum grow
 * less beyond what is live before it collects (1.3-2 times against up to 4 times; a worker with 20
 * MB live stood at 75-90 MB without a limit), which holds the batch within its memory budget
 * without changing V8's flags for the whole process. The limit must never be reached by a file a
 * batch may hold: the worst answer file measured (1 MB, the most LIMITS.answerFileBytes allows, of
 * half a million tiny YAML nodes) needs 400-500 MB of old generation in a worker (it fails at 400,
 * passes at 500; test/batch/run-batch.test.ts), so 1,024 MB leaves twice that, beside the worker's
 * aggregate (a few hundred bytes per file). Measured for issue 24 (panel, 100,000 files, Node 24):
 * 359 MB peak RSS without a limit, 264 MB with it.
 */
export const WORKER_OLD_GENERATION_MB = 1024;

/** Worker threads that load their code while this thread does other work (collecting the files). */
export interface StartedWorkers {
  readonly workers: readonly Worker[];
  /** Their old generation's limit in MB. */
  readonly oldGenerationMb: number;
  /** Calls `listener` with what went wrong (and in which worker) before a listener was there (an error, or an early exit) and from then on. */
  onFailure(listener: (err: Error, worker: Worker) => void): void;
  /** Stops one that has done its part (its exit is no failure). */
  retire(worker: Worker): Promise<void>;
  /** Stops them (they were not needed, or the batch is over). */
  stop(): Promise<void>;
}

export function startWorkers(
  job: BatchJob,
  cwd: string,
  count: number,
  worker = BUNDLED_WORKER,
  /** The old generation's limit (WORKER_OLD_GENERATION_MB; lower in a test). */
  oldGenerationMb = WORKER_OLD_GENERATION_MB,
): StartedWorkers {
  const data: WorkerData = { job, cwd };
  // A smaller young generation than V8's default for a busy thread (up to 48 MB; 128 MB on Node
  // 24): a worker's garbage is per file and short-lived, so collecting it more often costs little,
  // and the threads' young generations no longer add up to a third of the memory budget.
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(worker, {
        workerData: data,
        resourceLimits: {
          maxYoungGenerationSizeMb: youngGenerationMb(job),
          maxOldGenerationSizeMb: oldGenerationMb,
        },
      }),
  );
  let failure: { err: Error; worker: Worker } | undefined;
  let listener: ((err: Error, worker: Worker) => void) | undefined;
  let stopping = false;
  const retired = new Set<Worker>();
  const fail = (err: Error, w: Worker) => {
    failure ??= { err, worker: w };
    listener?.(err, w);
  };
  for (const w of workers) {
    w.on("error", (err) => fail(err, w));
    w.on("exit", (code) => {
      if (!stopping && !retired.has(w)) fail(new Error(`batch worker stopped (exit code ${code})`), w);
    });
  }
  return {
    workers,
    oldGenerationMb,
    onFailure: (l) => {
      listener = l;
      if (failure) l(failure.err, failure.worker);
    },
    retire: async (w) => {
      retired.add(w);
      await w.terminate();
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

  let started = options.started;
  if (started && started.workers.length !== jobs) {
    await started.stop();
    started = undefined;
  }
  if (jobs === 0) {
    const main = new BatchScorer(job);
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
    const end = await new Promise<Extract<FromWorker, { type: "result" }>>((resolvePromise, reject) => {
      const idle: Worker[] = [];
      const post = (w: Worker, msg: ToWorker) => w.postMessage(msg);
      // A chunk is sent while fewer than `window` chunks are scored, waiting or being written.
      const room = () => next < chunkCount && next < released + window;
      /** The chunk each worker scores now (for the error when one runs out of memory). */
      const scoring = new Map<Worker, number>();
      const send = (w: Worker) => {
        if (room()) {
          post(w, { type: "chunk", index: next, first: next * size, files: chunk(next) });
          scoring.set(w, next);
          next += 1;
        } else {
          scoring.delete(w);
          idle.push(w);
        }
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
      pool.onFailure((err, w) => {
        const k = scoring.get(w);
        if ((err as NodeJS.ErrnoException).code !== "ERR_WORKER_OUT_OF_MEMORY" || k === undefined) return reject(err);
        // A file that needs more than the limit (none is known to: see WORKER_OLD_GENERATION_MB):
        // say which chunk's files, rather than fail as a bug.
        const names = chunk(k);
        reject(
          new UsageError("BATCH_OUT_OF_MEMORY", {
            limit: pool.oldGenerationMb,
            count: names.length,
            first: names[0]!,
            last: names.at(-1)!,
          }),
        );
      });
      for (const w of workers) {
        w.on(
          "message",
          guard((msg: FromWorker) => onMessage(w, msg)),
        );
        send(w);
      }
      function onMessage(w: Worker, msg: FromWorker): void {
        if (msg.type === "merged") {
          // Its aggregate is in the first worker's: its memory can go.
          pool.retire(workers[msg.worker]!).catch(reject);
          return;
        }
        if (msg.type === "result") {
          resolvePromise(msg);
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
        if (released === chunkCount) finish();
        else while (idle.length > 0 && room()) send(idle.pop()!);
      }
      // The aggregates are merged in the first worker, not here: the burst of memory that merging
      // them (and making the result) is went to this thread's young generation, which V8 let grow
      // to 100-170 MB (Node 24; panel, 10,000 and 100,000 files), where a worker's stays within
      // youngGenerationMb. Each of the others sends its aggregate straight to it.
      function finish(): void {
        const [first, ...others] = workers;
        const ports = others.map((w) => {
          const { port1, port2 } = new MessageChannel();
          w.postMessage({ type: "finish", to: port1 } satisfies ToWorker, [port1]);
          return port2;
        });
        first!.postMessage({ type: "merge", from: ports } satisfies ToWorker, ports);
      }
    });
    if (end.profile) options.onProfile?.(end.profile);
    return end.result;
  } finally {
    await pool.stop();
  }
}
