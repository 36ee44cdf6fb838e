// Runs a batch: scores the files in worker threads (one per core) in chunks and writes each
// chunk's output lines in input order; at the end the workers' aggregates are merged. Only a
// bounded window of chunks is in flight, so memory does not grow with the number of files.
// Small batches are scored in this thread.
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AggregateResult, AggregateState } from "../score/aggregate.js";
import { BatchScorer } from "./batch-scorer.js";
import type { BatchJob } from "./batch-scorer.js";
import { readAnswerFile } from "./score-file.js";

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

export interface RunOptions {
  /** Worker threads; 0 scores in this thread. Default: one per core for batches of 200 files or more. */
  readonly jobs?: number;
  readonly chunkSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** The worker script; default: the bundled one. Tests pass one built from the current sources. */
  readonly worker?: string;
}

export function defaultJobs(files: number): number {
  return files < 200 ? 0 : Math.max(1, Math.min(availableParallelism(), 8));
}

/** `files` are the paths as shown in the output, read relative to `cwd`. */
export async function runBatch(
  files: readonly string[],
  cwd: string,
  job: BatchJob,
  options: RunOptions,
  write: (text: string) => void,
): Promise<AggregateResult> {
  const jobs = options.jobs ?? defaultJobs(files.length);
  const progress = options.onProgress ?? (() => {});
  const size = options.chunkSize ?? 100;
  const chunks: { first: number; files: readonly string[] }[] = [];
  for (let i = 0; i < files.length; i += size) chunks.push({ first: i, files: files.slice(i, i + size) });
  const main = new BatchScorer(job);

  if (jobs === 0) {
    for (const c of chunks) {
      write(main.run(c.files, cwd, c.first));
      progress(c.first + c.files.length, files.length);
    }
    return main.aggregator.result();
  }

  const window = jobs * 4;
  const pending = new Map<number, { text: string; count: number }>();
  let next = 0;
  let flushed = 0;
  let done = 0;
  const workers = Array.from(
    { length: Math.min(jobs, chunks.length) },
    () => new Worker(options.worker ?? BUNDLED_WORKER, { workerData: job }),
  );
  try {
    const states = await new Promise<AggregateState[]>((resolvePromise, reject) => {
      const idle: Worker[] = [];
      const states: AggregateState[] = [];
      const send = (w: Worker) => {
        if (next < chunks.length && next < flushed + window) {
          // This thread reads the files (it is idle otherwise); the worker parses and scores them.
          const chunk = chunks[next]!;
          const files = chunk.files.map((display) => ({ display, read: readAnswerFile(resolve(cwd, display)) }));
          // The file contents move to the worker (no copy, nothing left behind in this thread).
          const transfer = files.flatMap((f) => ("bytes" in f.read ? [f.read.bytes.buffer as ArrayBuffer] : []));
          w.postMessage({ type: "chunk", index: next, first: chunk.first, files }, transfer);
          next += 1;
        } else idle.push(w);
      };
      for (const w of workers) {
        w.on("error", reject);
        w.on("exit", (code) => {
          if (states.length < workers.length) reject(new Error(`batch worker stopped (exit code ${code})`));
        });
        w.on(
          "message",
          (
            msg:
              | { type: "lines"; index: number; count: number; text: string }
              | { type: "state"; state: AggregateState },
          ) => {
            // An error here (the output cannot be written) would escape the event handler as an
            // uncaught exception: hand it to the caller instead, as the single-thread path does.
            try {
              onMessage(w, msg);
            } catch (err) {
              reject(err);
            }
          },
        );
        send(w);
      }
      function onMessage(
        w: Worker,
        msg: { type: "lines"; index: number; count: number; text: string } | { type: "state"; state: AggregateState },
      ): void {
        if (msg.type === "state") {
          states.push(msg.state);
          if (states.length === workers.length) resolvePromise(states);
          return;
        }
        pending.set(msg.index, msg);
        while (pending.has(flushed)) {
          const chunk = pending.get(flushed)!;
          pending.delete(flushed);
          flushed += 1;
          write(chunk.text);
          done += chunk.count;
          progress(done, files.length);
        }
        if (flushed === chunks.length) {
          for (const x of workers) x.postMessage({ type: "finish" });
          return;
        }
        send(w);
        while (idle.length > 0 && next < chunks.length && next < flushed + window) send(idle.pop()!);
      }
    });
    for (const s of states) main.aggregator.merge(s);
    return main.aggregator.result();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
