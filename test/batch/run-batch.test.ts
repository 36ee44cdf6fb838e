// Worker threads give the same outcomes, in the same order, as scoring in this thread. The worker
// is built from the current sources first (helpers/build-worker.ts).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/run-batch.js";
import { workerFromSources } from "../helpers/build-worker.js";
import { makeAnswerFiles } from "../helpers/synthetic.js";

describe("runBatch", () => {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-run-"));
  const files = makeAnswerFiles(dir, 230, 7);
  writeFileSync(join(dir, "zz-broken.yaml"), "questionnaire: [\n");
  const all = [...files, join(dir, "zz-broken.yaml")];

  const entries = all.map((path) => path.slice(dir.length + 1));
  const job = {
    questionnaireRef: "clientondersteuning-wmo2015",
    lines: "json" as const,
    delimiter: ",",
    includePaths: true,
    includeNames: true,
    includeNotes: false,
    items: false,
    meta: [],
    toolVersion: "0.0.0",
    pairs: true,
    lang: "nl" as const,
  };

  const run = async (jobs: number, chunkSize?: number) => {
    let text = "";
    let lastProgress = 0;
    const worker = await workerFromSources();
    const aggregate = await runBatch(
      entries,
      dir,
      job,
      { jobs, worker, ...(chunkSize ? { chunkSize } : {}), onProgress: (d) => (lastProgress = d) },
      (t) => (text += typeof t === "string" ? t : new TextDecoder().decode(t)),
    );
    expect(lastProgress).toBe(all.length);
    return { text, aggregate };
  };

  it("scores every file once, in input order, the same in workers as inline, with the same aggregate", async () => {
    const inline = await run(0);
    const threaded = await run(2, 16);
    expect(threaded.text).toBe(inline.text);
    expect(threaded.aggregate).toEqual(inline.aggregate);
    const lines = JSON.parse(`[${threaded.text}]`) as { file: string; valid: boolean }[];
    expect(lines.map((l) => l.file)).toEqual(entries);
    expect(lines.filter((l) => !l.valid).map((l) => l.file)).toEqual(["zz-broken.yaml"]);
    expect(threaded.aggregate.files).toEqual({ total: 231, valid: 230, invalid: 1 });
  }, 60000);
});
