// Worker thread for `batch`: reads, scores and formats the chunks of paths it is sent, sends back
// their output text, and at the end its aggregate's state for the main thread to merge.
import { parentPort, workerData } from "node:worker_threads";
import { BatchScorer } from "./batch-scorer.js";
import type { FromWorker, ToWorker, WorkerData } from "./run-batch.js";

const { job, cwd } = workerData as WorkerData;
const scorer = new BatchScorer(job);
const reply = (msg: FromWorker) => parentPort?.postMessage(msg);

parentPort?.on("message", (msg: ToWorker) => {
  if (msg.type === "chunk") {
    reply({ type: "lines", index: msg.index, count: msg.files.length, text: scorer.run(msg.files, cwd, msg.first) });
  } else reply({ type: "state", state: scorer.aggregator.state() });
});
