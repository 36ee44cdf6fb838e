// Batch benchmark (issue 15): synthetic valid answer files, then the batch time (--format csv)
// against the floor "read and YAML-parse the same files in one Node process", measured
// interleaved in the same run, and the peak RSS; then the time and peak RSS of --format csv-long
// and json. At 10,000 and 100,000 files. Targets: batch/floor ≤ 0.8 at 10,000 (on 2 cores), peak
// RSS ≤ 300 MB in every format, time growing linearly. The machine's load is printed with every
// figure (the development machine is shared). BENCH_SIZES=1000,5000, BENCH_RUNS=5 and
// BENCH_FORMATS=csv-long (or empty) pick other sizes, runs and formats.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeAnswerFiles } from "./synthetic.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET = 0.8;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);

/** Wall time (ms) and peak RSS (MB) of a command, from GNU time when available. */
function measure(args) {
  const useTime = spawnSync("/usr/bin/time", ["--version"]).status === 0;
  const start = process.hrtime.bigint();
  const r = useTime
    ? spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 3) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const kb = useTime ? Number(r.stderr.trim().split("\n").at(-1)) : NaN;
  return { ms, rssMb: kb / 1024 };
}

const load = () => `load ${loadavg()[0].toFixed(1)}`;
const RSS_BUDGET = 300;
const rssText = (mb) => `${mb.toFixed(0)} MB${mb <= RSS_BUDGET ? ` (ok, ≤ ${RSS_BUDGET})` : ` (OVER ${RSS_BUDGET})`}`;
const formats = (process.env.BENCH_FORMATS ?? "csv-long,json").split(",").filter(Boolean);

console.log(
  `batch, synthetic answer files (node ${process.version}, ${cpus().length} cores, median of ${RUNS} runs each)`,
);
const rows = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `zelftest-bench-${n}-`));
  const outs = [];
  try {
    makeAnswerFiles(dir, n, 42);
    const out = (format) => {
      const file = join(dir, "..", `zelftest-bench-${n}-${process.pid}.${format}`);
      outs.push(file);
      return file;
    };
    const batchArgs = (format) => [
      join(root, "bin", "zelftest.js"),
      "batch",
      dir,
      "--format",
      format,
      "--out",
      out(format),
    ];
    const before = load();
    // Interleaved, so that the load of this shared machine weighs on floor and batch alike.
    const floor = [];
    const batch = [];
    for (let i = 0; i < RUNS; i += 1) {
      floor.push(measure([join(root, "bench", "floor.mjs"), dir]));
      batch.push(measure(batchArgs("csv")));
    }
    const med = (xs, k) => [...xs].sort((a, b) => a[k] - b[k])[Math.floor(xs.length / 2)][k];
    const ratios = batch.map((b, i) => b.ms / floor[i].ms).sort((a, b) => a - b);
    const row = { n, floor: med(floor, "ms"), batch: med(batch, "ms"), rss: Math.max(...batch.map((b) => b.rssMb)) };
    rows.push(row);
    const ratio = row.batch / row.floor;
    console.log(
      `  ${String(n).padStart(7)} files, csv: floor ${(row.floor / 1000).toFixed(2)} s, batch ${(row.batch / 1000).toFixed(2)} s, ` +
        `batch/floor ${ratio.toFixed(2)} (runs ${ratios.map((r) => r.toFixed(2)).join("–")})` +
        `${n === 10000 ? (ratio <= TARGET ? ` ok, target ≤ ${TARGET}` : ` OVER target ${TARGET}`) : ""}, ` +
        `peak RSS ${rssText(row.rss)}, ${((1000 * row.batch) / n).toFixed(0)} µs/file; ${before} → ${load()}`,
    );
    for (const format of formats) {
      const runs = [measure(batchArgs(format))];
      const size = statSync(outs.at(-1)).size;
      console.log(
        `  ${String(n).padStart(7)} files, ${format}: ${(runs[0].ms / 1000).toFixed(2)} s, ` +
          `peak RSS ${rssText(runs[0].rssMb)}, output ${(size / 1e6).toFixed(0)} MB; ${load()}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    for (const f of outs) rmSync(f, { force: true });
  }
}
if (rows.length > 1) {
  const [a, b] = [rows[0], rows.at(-1)];
  console.log(
    `  growth: ${(b.n / a.n).toFixed(0)}× the files took ${(b.batch / a.batch).toFixed(1)}× the time (linear = ${(b.n / a.n).toFixed(0)}×)`,
  );
}
