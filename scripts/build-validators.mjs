// Precompiles the JSON Schemas in schemas/ into standalone ajv validators (generated/*.cjs), so
// that commands validate without compiling a schema at start-up (~6 ms instead of ~59 ms).
// Runs in `npm run build` (and so during `npm install`) and before `npm test`.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "generated");
mkdirSync(outDir, { recursive: true });

for (const name of ["answers", "questionnaire"]) {
  const schema = JSON.parse(readFileSync(join(root, "schemas", `${name}.schema.json`), "utf8"));
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true, code: { source: true, esm: false } });
  const validate = ajv.compile(schema);
  const code = standaloneCode.default(ajv, validate);
  const target = join(outDir, `validate-${name}.cjs`);
  writeFileSync(`${target}.tmp`, code);
  renameSync(`${target}.tmp`, target);
}
