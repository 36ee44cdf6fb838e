// The floor for the batch benchmark: walk the folder, read and parse the same files in one Node
// process, as a researcher's quick Node script would (yaml's parse for .yaml/.yml, JSON.parse for
// .json, a BOM dropped), with no validation, scoring or output.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

let n = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(ya?ml|json)$/.test(entry.name)) {
      const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
      if (entry.name.endsWith(".json")) JSON.parse(text);
      else parse(text);
      n += 1;
    }
  }
}
walk(process.argv[2]);
process.stdout.write(`${n}\n`);
