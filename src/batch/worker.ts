// Worker thread for `batch`. A scoring thread reads, scores and formats the chunks of paths it is
// sent, sends back their output as UTF-8 bytes, and at the end its aggregate's state for the main
// thread to merge. The Parquet thread (parquet-thread.ts, role "parquet") turns the rows it is
// handed into the Parquet file's bytes.
import { parentPort, workerData } from "node:worker_threads";
import { loadQuestionnaire } from "../load/load-files.js";
import { longColumns } from "../report/batch-columns.js";
import { BatchScorer } from "./batch-scorer.js";
import type { FromParquet, ParquetWorkerData, ToParquet } from "./parquet-thread.js";
import type { FromWorker, ToWorker, WorkerData } from "./run-batch.js";

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
    } else {
      const profile = scorer.profile();
      reply({ type: "state", state: scorer.aggregator.state(), ...(profile ? { profile } : {}) });
    }
  });
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
