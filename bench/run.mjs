// `npm run bench`: the benchmarks, one after another (floor.mjs and synthetic.mjs are their helpers).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = dirname(fileURLToPath(import.meta.url));
let status = 0;
for (const file of ["startup.mjs", "batch.mjs"]) {
  console.log(`\n# ${file}`);
  const r = spawnSync(process.execPath, [join(dir, file)], { stdio: "inherit" });
  status ||= r.status ?? 1;
}
process.exitCode = status;
