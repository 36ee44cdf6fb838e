// Generates what commands load at start-up instead of computing it each run (generated/):
// 1. standalone ajv validators for the JSON Schemas in schemas/ (~6 ms to load instead of
//    ~59 ms to compile), with the few ajv runtime helpers they use bundled in, so that the
//    installed package needs no ajv;
// 2. the built-in questionnaires, parsed, schema-checked and linted, as JSON (skips ~85 ms of
//    YAML parsing per run). A questionnaire with problems, or one without `strict: true`, fails
//    the build with its diagnostics.
// Runs in `npm run build` (and so during `npm install`) after tsc, and before `npm test`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { buildSync } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "generated");

/**
 * A build product, written whole. Not atomic on purpose: every build starts by removing generated/
 * (scripts/clean.mjs) and writes it again, and a build stopped halfway fails, so no half file is
 * ever used. The program's own atomic writer is in src/cli/output.ts.
 */
function writeProduct(target, text) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

for (const name of ["answers", "questionnaire"]) {
  const schema = JSON.parse(readFileSync(join(root, "schemas", `${name}.schema.json`), "utf8"));
  const ajv = new Ajv({
    strict: true,
    allowUnionTypes: true,
    allErrors: true,
    verbose: true,
    code: { source: true, esm: false },
  });
  const code = standaloneCode.default(ajv, ajv.compile(schema));
  const bundled = buildSync({
    stdin: { contents: code, resolveDir: root, sourcefile: `validate-${name}.cjs`, loader: "js" },
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node22",
    write: false,
    logLevel: "warning",
  });
  writeProduct(join(outDir, `validate-${name}.cjs`), bundled.outputFiles[0].text);
}

if (process.argv.includes("--validators-only")) process.exit(0);

const { parseQuestionnaire } = await import("../dist/load/parse-questionnaire.js");
const { SourceDocument } = await import("../dist/load/source-document.js");
const { serializeQuestionnaire, sourceCopyPath } = await import("../dist/load/compiled-questionnaire.js");
const { computeBuildId } = await import("../dist/load/build-id.js");
const { sha256 } = await import("../dist/load/hash.js");
const { decodeText } = await import("../dist/load/decode-text.js");
const buildId = computeBuildId(root);
const { InputError } = await import("../dist/errors.js");
const { formatDiagnostics } = await import("../dist/cli/format-diagnostics.js");

const qDir = join(root, "questionnaires");
let failed = false;
for (const file of readdirSync(qDir).filter((f) => f.endsWith(".yaml"))) {
  const path = join(qDir, file);
  const id = file.slice(0, -".yaml".length);
  try {
    // Parsed exactly as at run time (same bytes, same decoding), keyed on those bytes and the build.
    const bytes = readFileSync(path);
    const q = parseQuestionnaire(SourceDocument.parse(decodeText(bytes, path), path), `builtin:${id}`);
    if (q.id !== id) throw new Error(`${path}: the id inside (${q.id}) must equal the file name (${id})`);
    // Built-in questionnaires carry the complete 1.2 content (legal, check, action, package,
    // packages, glossary); `strict: true` makes the lint require it (docs/questionnaire-format.md).
    if (!q.strict) throw new Error(`${path}: a built-in questionnaire must set \`strict: true\``);
    const compiledPath = join(outDir, "questionnaires", `${id}.json`);
    writeProduct(compiledPath, serializeQuestionnaire(q, { yamlSha256: sha256(bytes), buildId }));
    writeProduct(sourceCopyPath(compiledPath), bytes);
  } catch (err) {
    failed = true;
    const plain = { bold: (s) => s, dim: (s) => s, error: (s) => s };
    process.stderr.write(
      err instanceof InputError ? formatDiagnostics(err.diagnostics, "en", plain) : `${err.message}\n`,
    );
  }
}
if (failed) process.exit(1);
