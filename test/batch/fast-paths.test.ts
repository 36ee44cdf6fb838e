// The batch's fast paths give byte for byte what the plain, slow way gives: every file parsed with
// the yaml Document (SourceDocument.parseFully), every cell computed for every row, every line
// made by csv-stringify, all in this thread. Compared for csv (with answer columns, names, meta),
// csv-long (with notes) and json over a varied set of files: the valid, invalid and hostile
// fixtures, the examples, the batch fixtures, synthetic files and a few edge cases.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterAll, describe, expect, it } from "vitest";
import type { BatchJob } from "../../src/batch/batch-scorer.js";
import { collectFiles } from "../../src/batch/collect-files.js";
import { runBatch } from "../../src/batch/run-batch.js";
import { readAnswerFile, scoreRead } from "../../src/batch/score-file.js";
import { decodeText } from "../../src/load/decode-text.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { SourceDocument } from "../../src/load/source-document.js";
import { longColumns, wideColumns } from "../../src/report/batch-columns.js";
import { csvValues, longRows, REFERENCE_OPTIONS } from "../../src/report/render-batch-csv.js";
import { jsonEntry } from "../../src/report/render-batch-json.js";
import { Aggregator } from "../../src/score/aggregate.js";
import { workerFromSources } from "../helpers/build-worker.js";
import { ROOT } from "../helpers/fixtures.js";
import { makeAnswerFiles } from "../helpers/synthetic.js";

const dir = mkdtempSync(join(tmpdir(), "zelftest-fast-paths-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Copies every answer-like file under `from` into `dir`, named after its place. */
function copyAll(from: string, prefix: string): void {
  for (const name of readdirSync(from)) {
    const path = join(from, name);
    if (statSync(path).isDirectory()) copyAll(path, `${prefix}${name}-`);
    else if (/\.(ya?ml|json)$/.test(name) && name !== "expected.yaml")
      copyFileSync(path, join(dir, `${prefix}${name}`));
  }
}
copyAll(join(ROOT, "test", "fixtures", "answers"), "fx-");
copyAll(join(ROOT, "test", "fixtures", "batch"), "batch-");
copyAll(join(ROOT, "examples"), "ex-");
makeAnswerFiles(dir, 80, 11);
const header = "questionnaire: clientondersteuning-wmo2015\nversion: 1.2.0\nmunicipality: Ede\n";
const edge: Record<string, string> = {
  "edge-comments.yaml": `# kop\n${header}respondent: # rol\n  role: gemeente\n  name: 'Team ''Wmo'''\ndate: "2024-02-29"\nmeta:\n  wave: 2\n  code: 0x1F\nanswers:\n  beleidsplan.inrichting: ja # goed\n  toegankelijkheid.gratis:\n    answer: deels\n    note: "=SOM(A1)\\nregel 2 \\u00e9"\n    evidence: '@bron, "quotes"'\n`,
  "edge-crlf.yaml":
    `${header}respondent:\n  role: adviesraad\ndate: 2023-01-01\nanswers:\n  kwaliteit.eisen: nee\n`.replaceAll(
      "\n",
      "\r\n",
    ),
  "edge-block-note.yaml": `${header}respondent:\n  role: gemeente\ndate: 2023-05-01\nanswers:\n  kwaliteit.eisen:\n    answer: ja\n    note: |\n      twee\n      regels\n`,
  "edge-unknown-item.yaml": `${header}respondent:\n  role: gemeente\ndate: 2023-05-01\nanswers:\n  kwaliteit.eisn: ja\n`,
  "edge-bad-date.yaml": `${header}respondent:\n  role: gemeente\ndate: 2023-02-30\nanswers:\n  kwaliteit.eisen: misschien\n`,
  "edge-number-municipality.yaml": `questionnaire: clientondersteuning-wmo2015\nversion: 1.2.0\nmunicipality: 12\nrespondent:\n  role: gemeente\ndate: 2023-05-01\n`,
};
for (const [name, text] of Object.entries(edge)) writeFileSync(join(dir, name), text);

const files = collectFiles([dir], dir).files;
const baseJob: BatchJob = {
  questionnaireRef: "clientondersteuning-wmo2015",
  lines: "csv",
  delimiter: ",",
  includePaths: true,
  includeNames: false,
  includeNotes: false,
  items: false,
  meta: [],
  toolVersion: "0.0.0",
  lang: "nl",
};

/** The slow way: full parse, every cell of every row, csv-stringify; one thread. */
function slowBatch(job: BatchJob): { text: string; aggregate: unknown } {
  const q = loadQuestionnaire(job.questionnaireRef);
  const aggregator = new Aggregator(q, { includeNames: job.includeNames, ...(job.pairs ? { pairs: job.pairs } : {}) });
  const parse = (bytes: Uint8Array, file: string) =>
    SourceDocument.parseFully(decodeText(bytes, file), file, { json: file.toLowerCase().endsWith(".json") });
  const rows: string[][] = [];
  const json: string[] = [];
  const wide = wideColumns(q, job);
  const long = longColumns(q, job);
  files.forEach((file, i) => {
    const outcome = scoreRead(i, file, readAnswerFile(join(dir, file)), {
      questionnaireRef: job.questionnaireRef,
      parse,
    });
    aggregator.addOutcome(outcome);
    if (job.lines === "csv") rows.push(csvValues(wide, outcome, job));
    if (job.lines === "csv-long") for (const r of longRows(outcome)) rows.push(csvValues(long, r, job));
    if (job.lines === "json") json.push((i === 0 ? "\n" : ",\n") + JSON.stringify(jsonEntry(outcome, job)));
  });
  const text =
    job.lines === "json" ? json.join("") : stringify(rows, { ...REFERENCE_OPTIONS, delimiter: job.delimiter });
  return { text, aggregate: aggregator.result() };
}

async function fastBatch(job: BatchJob, jobs: number): Promise<{ text: string; aggregate: unknown }> {
  let text = "";
  const worker = await workerFromSources();
  const aggregate = await runBatch(files, dir, job, { jobs, worker, chunkSize: 37 }, (t) => {
    text += new TextDecoder().decode(t);
  });
  return { text, aggregate };
}

describe("the batch's fast paths", () => {
  const jobs: [string, BatchJob][] = [
    ["csv", { ...baseJob, items: true, includeNames: true, meta: ["wave", "code"] }],
    ["csv with ;", { ...baseJob, delimiter: ";" }],
    ["csv-long", { ...baseJob, lines: "csv-long", includeNotes: true, meta: ["wave"] }],
    ["csv-long with names", { ...baseJob, lines: "csv-long", includeNotes: true, includeNames: true }],
    [
      "json",
      {
        ...baseJob,
        lines: "json",
        pairs: [
          ["gemeente", "adviesraad"],
          ["clientorganisatie", "gemeente"],
        ],
        includeNotes: true,
      },
    ],
  ];
  it("cover a varied set of files, some of them taken by the plain-YAML reader and some not", () => {
    expect(files.length).toBeGreaterThan(150);
    const slow = slowBatch({ ...baseJob, lines: "json" });
    expect(slow.text).toContain('"valid":false');
    expect(slow.text).toContain("edge-block-note.yaml");
    // Group answers (zelftest samenvoegen's block style, and flow style): group_size, votes, dissent.
    expect(slow.text).toContain('"file":"fx-council-groep.yaml"');
    expect(slow.text.match(/"group_size":/g)?.length).toBeGreaterThanOrEqual(2);
  });
  for (const [name, job] of jobs) {
    it(`give the slow way's output for ${name}, in this thread and in worker threads`, async () => {
      const slow = slowBatch(job);
      const inThread = await fastBatch(job, 0);
      expect(inThread.text).toBe(slow.text);
      expect(inThread.aggregate).toEqual(slow.aggregate);
      const threaded = await fastBatch(job, 2);
      expect(threaded.text).toBe(slow.text);
      expect(threaded.aggregate).toEqual(slow.aggregate);
    }, 120_000);
  }
});
