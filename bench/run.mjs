// `npm run bench`: the benchmarks, one after another (floor.mjs, synthetic.mjs, mixed-shapes.py,
// python-route.py and measure-startup.mjs are their helpers). BENCH=startup,installed picks some of them.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = dirname(fileURLToPath(import.meta.url));

// The budgets hold on the supported Node that starts fastest, Node 24 (docs: README, Performance).
// On an older Node (this machine's own is 20), the benchmarks run on Node 24 from the registry's
// `node` package; BENCH_NODE=current keeps the Node that runs this script.
if (Number(process.versions.node.split(".")[0]) < 24 && process.env.BENCH_NODE !== "current") {
  const found = spawnSync("npx", ["-y", "node@24", "-p", "process.execPath"], { encoding: "utf8" });
  const node24 = found.status === 0 ? found.stdout.trim() : "";
  if (node24) {
    console.log(`benchmarks on Node 24 (${node24}); this Node is ${process.version}`);
    const r = spawnSync(node24, [fileURLToPath(import.meta.url)], {
      stdio: "inherit",
      env: { ...process.env, BENCH_NODE: "current" },
    });
    process.exit(r.status ?? 1);
  }
  console.log(`Node 24 not found through npx: the benchmarks run on ${process.version}`);
}
let status = 0;
const only = process.env.BENCH?.split(",");
for (const file of ["startup.mjs", "installed.mjs", "batch.mjs", "form.mjs", "hostile.mjs"].filter(
  (f) => !only || only.includes(f.slice(0, -4)),
)) {
  console.log(`\n# ${file}`);
  const r = spawnSync(process.execPath, [join(dir, file)], { stdio: "inherit" });
  status ||= r.status ?? 1;
}
process.exitCode = status;
