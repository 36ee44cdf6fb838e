// `batch --format parquet` writes its file from a thread of its own: the Parquet writer holds a row
// group of the long data (32,768 rows of values) while it grows, and in the main thread that took
// the main thread's young generation to 128 MB (Node 24) and the batch's peak RSS to 410-590 MB,
// where this thread's young generation is kept small (resourceLimits) as the scoring threads' are.
// The main thread hands it the rows (the JSON lines of parquet-records.ts, as the scoring threads
// made them) in input order and writes the file's bytes it gets back; only the rows of a bounded
// number of chunks are on their way at once, so memory does not grow with the number of files.
// The bytes are those of render-batch-parquet.ts in any thread.
import { Worker } from "node:worker_threads";
import type { BatchJob } from "./batch-scorer.js";
import { BUNDLED_WORKER, WORKER_OLD_GENERATION_MB, youngGenerationMb } from "./run-batch.js";

/** What the Parquet thread is given (its workerData): the job (questionnaire, columns, tool version). */
export interface ParquetWorkerData {
  readonly role: "parquet";
  readonly job: BatchJob;
}

/** Messages to the Parquet thread: a part of the rows (moved, not copied); then "finish". */
export type ToParquet = { type: "rows"; bytes: Uint8Array } | { type: "finish" };
/**
 * Messages from it: the memory of a part of the rows it has read (given back, to be used again);
 * bytes of the file; the file is complete.
 */
export type FromParquet =
  | { type: "read"; buffer: ArrayBuffer }
  | { type: "bytes"; bytes: Uint8Array }
  | { type: "finished" };

export class ParquetThread {
  private readonly worker: Worker;
  /** The parts handed over and not yet read, in order: each waits for its memory to come back. */
  private readonly reading: { resolve: (buffer: ArrayBuffer) => void }[] = [];
  private finished: (() => void) | undefined;
  private failure: Error | undefined;
  private readonly failed = new Set<(err: Error) => void>();
  private stopping = false;

  /** `output` gets the file's bytes in order (in this thread). */
  constructor(job: BatchJob, output: (bytes: Uint8Array) => void, worker = BUNDLED_WORKER) {
    const data: ParquetWorkerData = { role: "parquet", job };
    this.worker = new Worker(worker, {
      workerData: data,
      // Limited as the scoring threads are (run-batch.ts), so that its heap grows less beyond what
      // is live: it held 15 MB live at 70-100 MB without a limit. A row group ends once it passes
      // ROW_GROUP_CHARS characters of lines (render-batch-parquet.ts): the heaviest measured (300
      // files, every note and source near its longest, --include-notes, Node 24) failed at a
      // limit of 100 MB and passed at 160 MB, so WORKER_OLD_GENERATION_MB leaves 6 times that.
      resourceLimits: {
        maxYoungGenerationSizeMb: youngGenerationMb(job),
        maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB,
      },
    });
    this.worker.on("message", (msg: FromParquet) => {
      try {
        if (msg.type === "bytes") output(msg.bytes);
        else if (msg.type === "read") this.reading.shift()?.resolve(msg.buffer);
        else this.finished?.();
      } catch (err) {
        this.fail(err as Error);
      }
    });
    this.worker.on("error", (err) => this.fail(err));
    this.worker.on("exit", (code) => {
      if (!this.stopping) this.fail(new Error(`parquet writer stopped (exit code ${code})`));
    });
  }

  /**
   * Hands over a part of the rows (its memory moves to the thread). The promise holds that memory
   * once the part is read, to be used again; it fails if the thread did.
   */
  write(bytes: Uint8Array): Promise<ArrayBuffer> {
    return this.waiting((resolve) => {
      this.reading.push({ resolve });
      this.worker.postMessage({ type: "rows", bytes } satisfies ToParquet, [bytes.buffer as ArrayBuffer]);
    });
  }

  /** The last row group, the footer: resolved once every byte of the file went to `output`. */
  finish(): Promise<void> {
    return this.waiting((resolve) => {
      this.finished = () => resolve(undefined);
      this.worker.postMessage({ type: "finish" } satisfies ToParquet);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.worker.terminate();
  }

  private waiting<T>(start: (resolve: (value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      const onFailure = (err: Error) => reject(err);
      this.failed.add(onFailure);
      start((value) => {
        this.failed.delete(onFailure);
        resolve(value);
      });
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const reject of this.failed) reject(this.failure);
    this.failed.clear();
  }
}
