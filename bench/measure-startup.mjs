// Helper of the start-up benchmarks: times `zelftest --version` and `zelftest score FILE --json`
// against a bare `node -e 0`, runs interleaved so that machine noise hits all three alike, and
// compares medians with the targets (--version ≤ 1.3×, score --json ≤ 2.0× bare node).
import { spawnSync } from "node:child_process";

/** Prints the table; returns false when a target is missed. */
export function measureStartup({ title, bin, example, runs = Number(process.env.BENCH_RUNS ?? 30), cwd }) {
  const cases = [
    { name: "node -e 0", args: ["-e", "0"] },
    { name: "zelftest --version", args: [bin, "--version"], target: 1.3 },
    { name: "zelftest score FILE --json", args: [bin, "score", example, "--json"], target: 2.0 },
  ];
  const times = new Map(cases.map((c) => [c.name, []]));
  for (let i = 0; i < runs + 3; i += 1) {
    for (const c of cases) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, c.args, { stdio: ["ignore", "ignore", "pipe"], cwd });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}: ${r.stderr}`);
      if (i >= 3) times.get(c.name).push(ms); // the first runs warm the file cache and make score's code cache
    }
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  };
  const base = median(times.get("node -e 0"));
  console.log(`${title}, median of ${runs} runs (node ${process.version})`);
  let ok = true;
  for (const c of cases) {
    const m = median(times.get(c.name));
    const ratio = m / base;
    const verdict = c.target
      ? ratio <= c.target
        ? `ok (target ≤ ${c.target}×)`
        : `OVER target ${c.target}×`
      : "baseline";
    if (c.target && ratio > c.target) ok = false;
    console.log(`  ${c.name.padEnd(28)} ${m.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×  ${verdict}`);
  }
  return ok;
}
