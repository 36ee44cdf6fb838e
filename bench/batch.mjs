// Batch benchmark (issue: batch): synthetic valid answer files, then in one run the batch time
// against the floor "read and YAML-parse the same files in one Node process", and the peak RSS,
// at 10,000 and 100,000 files. Targets: batch/floor ≤ 0.8 at 10,000, peak RSS ≤ 300 MB, time
// growing linearly. BENCH_SIZES=1000,5000 picks other sizes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeAnswerFiles } from "./synthetic.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET = 0.8;
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

console.log(`batch, synthetic answer files (node ${process.version}, median of 3 runs each)`);
const rows = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `zelftest-bench-${n}-`));
  try {
    makeAnswerFiles(dir, n, 42);
    const out = join(dir, "..", `zelftest-bench-${n}.csv`);
    const floor = [];
    const batch = [];
    for (let i = 0; i < 3; i += 1) {
      floor.push(measure([join(root, "bench", "floor.mjs"), dir]));
      batch.push(measure([join(root, "bin", "zelftest.js"), "batch", dir, "--format", "csv", "--out", out]));
    }
    rmSync(out, { force: true });
    const med = (xs, k) => [...xs].sort((a, b) => a[k] - b[k])[1][k];
    const row = { n, floor: med(floor, "ms"), batch: med(batch, "ms"), rss: Math.max(...batch.map((b) => b.rssMb)) };
    rows.push(row);
    const ratio = row.batch / row.floor;
    console.log(
      `  ${String(n).padStart(7)} files: floor ${(row.floor / 1000).toFixed(2)} s, batch ${(row.batch / 1000).toFixed(2)} s, ` +
        `batch/floor ${ratio.toFixed(2)}${n === 10000 ? (ratio <= TARGET ? ` (ok, target ≤ ${TARGET})` : ` (OVER target ${TARGET})`) : ""}, ` +
        `peak RSS ${row.rss.toFixed(0)} MB${row.rss <= 300 ? " (ok, ≤ 300)" : " (OVER 300)"}, ${((1000 * row.batch) / n).toFixed(0)} µs/file`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (rows.length > 1) {
  const [a, b] = [rows[0], rows.at(-1)];
  console.log(
    `  growth: ${(b.n / a.n).toFixed(0)}× the files took ${(b.batch / a.batch).toFixed(1)}× the time (linear = ${(b.n / a.n).toFixed(0)}×)`,
  );
}
