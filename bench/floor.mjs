// The floor for the batch benchmark: read and YAML-parse the same files in one Node process.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const dir = process.argv[2];
let n = 0;
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith(".yaml"))
  .sort()) {
  parse(readFileSync(join(dir, f), "utf8"));
  n += 1;
}
process.stdout.write(`${n}\n`);
