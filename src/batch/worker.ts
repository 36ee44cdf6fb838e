// Worker thread for `batch`. A scoring thread reads, scores and formats the chunks of paths it is
// sent and sends back their output as UTF-8 bytes; at the end the first one merges the others'
// aggregates into its own and sends the result to the main thread. The Parquet thread (parquet-thread.ts, role "parquet") turns the rows it is
// handed into the Parquet file's bytes.
import { parentPort, workerData } from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import { loadQuestionnaire } from "../load/load-files.js";
import { longColumns } from "../report/batch-columns.js";
import { mergeProfile } from "../report/render-batch-csv.js";
import { BatchScorer } from "./batch-scorer.js";
import type { FromParquet, ParquetWorkerData, ToParquet } from "./parquet-thread.js";
import type { FromWorker, ToWorker, WorkerData, WorkerState } from "./run-batch.js";

const data = workerData as WorkerData | ParquetWorkerData;
if ("role" in data) await writeParquet(data);
else score(data);

function score({ job, cwd }: WorkerData): void {
  const scorer = new BatchScorer(job);
  /** Memory of earlier output that the main thread has written and sent back, to encode the next output into. */
  const spare: ArrayBuffer[] = [];
  const MAX_SPARE = 8;
  const reply = (msg: FromWorker, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(msg, transfer);
  parentPort?.on("message", (msg: ToWorker) => {
    if (msg.type === "chunk") {
      const bytes = scorer.run(msg.files, cwd, msg.first, spare.pop());
      reply({ type: "lines", index: msg.index, count: msg.files.length, bytes }, [bytes.buffer as ArrayBuffer]);
    } else if (msg.type === "recycle") {
      if (spare.length < MAX_SPARE) spare.push(msg.buffer);
    } else if (msg.type === "finish") {
      const profile = scorer.profile();
      msg.to.postMessage({ state: scorer.aggregator.state(), ...(profile ? { profile } : {}) } satisfies WorkerState);
      msg.to.close();
    } else mergeAll(scorer, msg.from);
  });
}

/**
 * The first worker, at the end: the other workers' aggregates (and CSV profiles) join its own, each
 * as it comes; then the result goes to the main thread. The order does not matter (aggregate.ts).
 */
function mergeAll(scorer: BatchScorer, from: readonly MessagePort[]): void {
  const reply = (msg: FromWorker) => parentPort?.postMessage(msg);
  const profile = scorer.profile();
  let left = from.length;
  const done = () => reply({ type: "result", result: scorer.aggregator.result(), ...(profile ? { profile } : {}) });
  from.forEach((port, k) => {
    port.once("message", (msg: WorkerState) => {
      port.close();
      scorer.aggregator.merge(msg.state);
      if (profile && msg.profile) mergeProfile(profile, msg.profile);
      reply({ type: "merged", worker: k + 1 });
      left -= 1;
      if (left === 0) done();
    });
  });
  if (left === 0) done();
}

async function writeParquet({ job }: ParquetWorkerData): Promise<void> {
  // The Parquet writer (and its library) is loaded only in this thread.
  const { ParquetBatchWriter } = await import("../report/render-batch-parquet.js");
  const reply = (msg: FromParquet, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(msg, transfer);
  const q = loadQuestionnaire(job.questionnaireRef);
  const writer = new ParquetBatchWriter(longColumns(q, job), q, job.toolVersion, (bytes) =>
    reply({ type: "bytes", bytes }, [bytes.buffer as ArrayBuffer]),
  );
  parentPort?.on("message", (msg: ToParquet) => {
    if (msg.type === "rows") {
      writer.write(msg.bytes);
      reply({ type: "read", buffer: msg.bytes.buffer as ArrayBuffer }, [msg.bytes.buffer as ArrayBuffer]);
    } else {
      writer.finish();
      reply({ type: "finished" });
    }
  });
}
