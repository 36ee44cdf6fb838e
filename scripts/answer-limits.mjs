// Generates src/model/answer-limits.ts: the limits of an answer file (the longest municipality,
// name, note, source and meta value; the patterns of the CBS code and of a meta key) as the JSON
// Schema states them, so that every front-end that writes an answer file (the form, the
// interview) and every reader of a draft checks the same numbers as `zelftest validate`
// (docs/answer-file.md). As scripts/schema-types.mjs does for the types:
//
//   node scripts/answer-limits.mjs           writes src/model/answer-limits.ts
//   node scripts/answer-limits.mjs --check   exits 1 if the file differs from what the schema gives
//
// `npm run build` runs the check; `npm run schema-types` writes it. The file is committed.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const TARGET = join("src", "model", "answer-limits.ts");

/** The value at a JSON pointer path in the schema; fails the build when the schema moved it. */
function at(schema, path) {
  let v = schema;
  for (const key of path.split("/").filter(Boolean)) {
    v = v?.[key];
    if (v === undefined) throw new Error(`answer-limits: schemas/answers.schema.json has no /${path}`);
  }
  return v;
}

export function answerLimits(base = root) {
  const s = JSON.parse(readFileSync(join(base, "schemas", "answers.schema.json"), "utf8"));
  const limits = {
    municipality: at(s, "properties/municipality/maxLength"),
    name: at(s, "properties/respondent/properties/name/maxLength"),
    note: at(s, "$defs/entry/else/properties/note/maxLength"),
    evidence: at(s, "$defs/entry/else/properties/evidence/maxLength"),
    metaValue: at(s, "properties/meta/additionalProperties/maxLength"),
    metaKeys: at(s, "properties/meta/maxProperties"),
  };
  const gemeentecode = at(s, "properties/gemeentecode/pattern");
  const metaKey = at(s, "properties/meta/propertyNames/pattern");
  return `// Generated from schemas/answers.schema.json by scripts/answer-limits.mjs: do not edit by hand; change the
// schema and run \`npm run schema-types\`. test/model/answer-limits.test.ts fails when this file and the
// schema differ. Lengths count characters as the schema does (Unicode code points: an emoji is one).

/** The most characters each text of an answer file may have (\`metaKeys\`: the most fields under \`meta\`). */
export const ANSWER_LIMITS = {
${Object.entries(limits)
  .map(([k, v]) => `  ${k}: ${v},\n`)
  .join("")}} as const;

/** A CBS municipality code (\`gemeentecode\`). */
export const GEMEENTECODE_PATTERN = /${gemeentecode}/;

/** A key under \`meta\`. */
export const META_KEY_PATTERN = /${metaKey}/;

/** The length of a text as the schema counts it (code points), for comparing with ANSWER_LIMITS. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = answerLimits();
  const target = join(root, TARGET);
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {}
    if (current !== text) {
      process.stderr.write(`${TARGET} does not match schemas/answers.schema.json: run \`npm run schema-types\`.\n`);
      process.exit(1);
    }
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.tmp`, text);
    renameSync(`${target}.tmp`, target);
  }
}
