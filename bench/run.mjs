// `npm run bench`: every benchmark script in this folder, one after another.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = dirname(fileURLToPath(import.meta.url));
let status = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".mjs") && f !== "run.mjs").sort()) {
  console.log(`\n# ${file}`);
  const r = spawnSync(process.execPath, [join(dir, file)], { stdio: "inherit" });
  status ||= r.status ?? 1;
}
process.exitCode = status;
