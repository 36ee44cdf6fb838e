// Worker thread for `batch`: scores the chunks it is sent (already read by the main thread), sends
// back their output lines, and at the end its aggregate's state for the main thread to merge.
import { parentPort, workerData } from "node:worker_threads";
import { BatchScorer } from "./batch-scorer.js";
import type { BatchJob } from "./batch-scorer.js";
import type { ReadResult } from "./score-file.js";

const scorer = new BatchScorer(workerData as BatchJob);

type Message =
  | { type: "chunk"; index: number; first: number; files: { display: string; read: ReadResult }[] }
  | { type: "finish" };

parentPort?.on("message", (msg: Message) => {
  if (msg.type === "chunk") {
    parentPort?.postMessage({
      type: "lines",
      index: msg.index,
      count: msg.files.length,
      text: scorer.score(msg.files, msg.first),
    });
  } else parentPort?.postMessage({ type: "state", state: scorer.aggregator.state() });
});
