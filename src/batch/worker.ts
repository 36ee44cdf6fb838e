// Worker thread for `batch`: reads, scores and formats the chunks of paths it is sent, sends back
// their output as UTF-8 bytes, and at the end its aggregate's state for the main thread to merge.
import { parentPort, workerData } from "node:worker_threads";
import { BatchScorer } from "./batch-scorer.js";
import type { FromWorker, ToWorker, WorkerData } from "./run-batch.js";

const { job, cwd } = workerData as WorkerData;
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
