// Worker threads give the same outcomes, in the same order, as scoring in this thread. The worker
// is built from the current sources first (helpers/build-worker.ts).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch, startWorkers, WORKER_OLD_GENERATION_MB } from "../../src/batch/run-batch.js";
import { LIMITS } from "../../src/load/read-file.js";
import type { BatchLines } from "../../src/batch/batch-scorer.js";
import { workerFromSources } from "../helpers/build-worker.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
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
    pairs: [
      ["gemeente", "adviesraad"],
      ["clientorganisatie", "gemeente"],
    ] as const,
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
      (t) => {
        text += new TextDecoder().decode(t);
      },
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

  it("gives byte-identical output and the same aggregate for --jobs 0, 1, 2 and 3 on files of every shape, in csv, csv-long and json", async () => {
    // Every shape other tools write (test/fixtures/shapes: PyYAML, flow style, JSON, CRLF, BOM),
    // each several times under other municipalities, the examples, the tool's own shape, a group
    // answer and invalid files; small chunks, so that every thread gets several.
    const mixed = mkdtempSync(join(tmpdir(), "zelftest-jobs-"));
    const shapes = join(ROOT, "test", "fixtures", "shapes");
    for (const name of readdirSync(shapes))
      for (const k of [1, 2, 3]) {
        const text = readFileSync(join(shapes, name), "utf8").replaceAll("Súdwest-Fryslân", `Plaats ${k}`);
        writeFileSync(join(mixed, `${k}-${name}`), text.replaceAll("S\\xFAdwest-Frysl\\xE2n", `Plaats ${k}`));
      }
    for (const name of readdirSync(join(ROOT, "examples")))
      copyFileSync(join(ROOT, "examples", name), join(mixed, name));
    copyFileSync(fixture("answers", "council", "groep.yaml"), join(mixed, "groep.yaml"));
    for (const name of ["unknown-item.yaml", "date-format.yaml", "alias-bomb.yaml"])
      copyFileSync(fixture("answers", "invalid", name), join(mixed, `invalid-${name}`));
    makeAnswerFiles(mixed, 20, 5);
    const names = readdirSync(mixed).sort();
    const worker = await workerFromSources();
    for (const lines of ["csv", "csv-long", "json"] satisfies BatchLines[]) {
      const outputs: { text: string; aggregate: unknown }[] = [];
      for (const jobs of [0, 1, 2, 3]) {
        let text = "";
        const aggregate = await runBatch(
          names,
          mixed,
          { ...job, lines, includeNotes: true, meta: ["wave"] },
          { jobs, worker, chunkSize: 4 },
          (t) => {
            text += new TextDecoder().decode(t);
          },
        );
        outputs.push({ text, aggregate });
      }
      expect(outputs[0]!.text.length, lines).toBeGreaterThan(1000);
      for (const o of outputs.slice(1)) {
        expect(o.text, lines).toBe(outputs[0]!.text);
        expect(o.aggregate, lines).toEqual(outputs[0]!.aggregate);
      }
    }
  }, 120000);

  it("waits for a writer that hands the output on (the Parquet thread): same output, its memory used again; a failed write stops the batch", async () => {
    const worker = await workerFromSources();
    const inline = await run(0);
    // The writer gives each chunk's memory back later, out of step with the workers, as the
    // Parquet thread does; the output keeps its order and every chunk is written once.
    let text = "";
    let waiting = 0;
    let mostWaiting = 0;
    const aggregate = await runBatch(entries, dir, job, { jobs: 2, worker, chunkSize: 8 }, (bytes) => {
      text += new TextDecoder().decode(bytes);
      waiting += 1;
      mostWaiting = Math.max(mostWaiting, waiting);
      return new Promise<ArrayBuffer>((resolve) =>
        setTimeout(() => {
          waiting -= 1;
          resolve(bytes.buffer as ArrayBuffer);
        }, 5),
      );
    });
    expect(text).toBe(inline.text);
    expect(aggregate).toEqual(inline.aggregate);
    // No more chunks out than the window of 4 per worker allows, however slow the writer.
    expect(mostWaiting).toBeGreaterThan(1);
    expect(mostWaiting).toBeLessThanOrEqual(8);

    let writes = 0;
    const failing = runBatch(entries, dir, job, { jobs: 2, worker, chunkSize: 8 }, () => {
      writes += 1;
      return writes === 3 ? Promise.reject(new Error("disk full")) : Promise.resolve(new ArrayBuffer(8));
    });
    await expect(failing).rejects.toThrow("disk full");
    // In one thread the writer is waited for as well.
    let inlineText = "";
    await runBatch(entries, dir, job, { jobs: 0, worker }, (bytes) => {
      const buffer = bytes.buffer as ArrayBuffer;
      return new Promise<ArrayBuffer>((resolve) =>
        setTimeout(() => {
          inlineText += new TextDecoder().decode(bytes);
          resolve(buffer);
        }, 1),
      );
    });
    expect(inlineText).toBe(inline.text);
  }, 60000);

  it("a worker's old-generation limit holds the largest answer file of the most YAML nodes: the file is invalid, the batch goes on; a limit it reaches is BATCH_OUT_OF_MEMORY", async () => {
    // Half a million one-letter items in a flow sequence, at the size limit: the heaviest file to
    // parse that was found (400-500 MB of a worker's old generation; it fails at a limit of 400 MB).
    const heavy = mkdtempSync(join(tmpdir(), "zelftest-heavy-"));
    const items = Math.floor((LIMITS.answerFileBytes - 8) / 2);
    writeFileSync(join(heavy, "a-heavy.yaml"), `x: [${"a,".repeat(items - 1)}a]\n`);
    expect(readFileSync(join(heavy, "a-heavy.yaml")).length).toBeLessThanOrEqual(LIMITS.answerFileBytes);
    copyFileSync(join(dir, entries[0]!), join(heavy, "b-valid.yaml"));
    expect(WORKER_OLD_GENERATION_MB).toBeGreaterThanOrEqual(1024);
    const worker = await workerFromSources();
    const aggregate = await runBatch(
      ["a-heavy.yaml", "b-valid.yaml"],
      heavy,
      { ...job, lines: "csv" },
      { jobs: 1, worker },
      () => undefined,
    );
    expect(aggregate.files).toEqual({ total: 2, valid: 1, invalid: 1 });
    expect(aggregate.invalid[0]?.file).toBe("a-heavy.yaml");

    // Under a limit it does reach (here 64 MB), the batch stops with an error that names the
    // chunk's files and the limit, not as a bug.
    const names = ["a-heavy.yaml", "b-valid.yaml"];
    const low = startWorkers({ ...job, lines: "csv" }, heavy, 1, worker, 64);
    const failed = runBatch(names, heavy, { ...job, lines: "csv" }, { jobs: 1, worker, started: low }, () => undefined);
    await expect(failed).rejects.toMatchObject({
      code: "BATCH_OUT_OF_MEMORY",
      params: { limit: 64, count: 2, first: "a-heavy.yaml", last: "b-valid.yaml" },
    });
  }, 120000);
});
