// `npm run bench`: the benchmarks, one after another (floor.mjs, synthetic.mjs and
// measure-startup.mjs are their helpers). BENCH=startup,installed picks some of them.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = dirname(fileURLToPath(import.meta.url));
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
