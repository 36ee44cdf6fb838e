// Generates src/load/schema-types.ts, the TypeScript types of the two JSON Schemas in schemas/, so
// that the schemas are the one source of truth for the shape of answer and questionnaire files
// (docs/answer-file.md, docs/questionnaire-format.md). The ajv validators built from the same
// schemas (scripts/build-generated.mjs) are typed as guards for these types in src/load/validators.ts.
//
//   node scripts/schema-types.mjs           writes src/load/schema-types.ts
//   node scripts/schema-types.mjs --check   exits 1 if the file differs from what the schemas give
//
// `npm run build` runs the check (a schema edited without regenerating fails the build, and
// test/load/schema-types.test.ts fails too); `npm run schema-types` writes the file. The file is
// committed, so `npm run typecheck` and editors see it without a build.
//
// json-schema-to-typescript does not understand `if`/`then`/`else`, which both schemas use to give
// clear errors for "a text or a map of translations" and "an answer word or an answer object". For
// the types only, each `if`/`then`/`else` becomes `anyOf: [then, else]`: every value the schema
// accepts matches one of the two, so the type is never narrower than the schema.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const TARGET = join("src", "load", "schema-types.ts");

/** Schema file (in schemas/) → the name of the type of a whole document. */
const DOCUMENTS = [
  ["answers.schema.json", "AnswerFileDocument"],
  ["questionnaire.schema.json", "QuestionnaireDocument"],
];

const HEADER = `// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit by hand; change the
// schema and run \`npm run schema-types\`. test/load/schema-types.test.ts fails when this file and the
// schemas differ. Each type describes a file that passed its schema (src/load/validators.ts).
`;

/** A copy of `schema` with every if/then/else replaced by anyOf [then, else] (see the top of this file). */
function forTypes(schema) {
  if (Array.isArray(schema)) return schema.map(forTypes);
  if (schema === null || typeof schema !== "object") return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key !== "if" && key !== "then" && key !== "else") out[key] = forTypes(value);
  }
  if ("if" in schema) {
    if (!("then" in schema && "else" in schema)) throw new Error("schema-types: `if` needs both `then` and `else`");
    out.anyOf = [forTypes(schema.then), forTypes(schema.else)];
  }
  return out;
}

/** The text of src/load/schema-types.ts for the schemas under `base`. */
export async function schemaTypes(base = root) {
  const parts = [];
  for (const [file, name] of DOCUMENTS) {
    const schema = JSON.parse(readFileSync(join(base, "schemas", file), "utf8"));
    const ts = await compile({ ...forTypes(schema), title: name }, name, {
      bannerComment: `// schemas/${file}`,
      additionalProperties: false,
      ignoreMinAndMaxItems: true,
      unreachableDefinitions: false,
      cwd: join(base, "schemas"),
      $refOptions: { resolve: { external: false } },
      style: { printWidth: 120, singleQuote: false, trailingComma: "all", semi: true, bracketSpacing: true },
    });
    // The library notes which definition a pattern property came from; for an unnamed one that reads
    // "referenced by `undefined`", which helps nobody.
    parts.push(ts.replace(/\n *\/\*\*\n *\* This interface was referenced by `undefined`[^/]*\/\n/g, "\n").trim());
  }
  return `${HEADER}\n${parts.join("\n\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const baseArg = process.argv.indexOf("--root");
  const base = baseArg > 0 ? process.argv[baseArg + 1] : root;
  const text = await schemaTypes(base);
  const target = join(base, TARGET);
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {}
    if (current !== text) {
      process.stderr.write(`${TARGET} does not match schemas/*.schema.json: run \`npm run schema-types\`.\n`);
      process.exit(1);
    }
  } else {
    // A source file written by a developer's command; a write cut short fails `--check` in the next build.
    writeFileSync(target, text);
  }
}
