// The precompiled ajv validators for answer and questionnaire files (see scripts/build-generated.mjs),
// typed as guards: a document that passes has the type generated from the same schema
// (src/load/schema-types.ts, scripts/schema-types.mjs).
import { createRequire } from "node:module";
import type { ErrorObject } from "ajv";
import type { AnswerFileDocument, QuestionnaireDocument } from "./schema-types.js";

/** True when `data` matches the schema; otherwise `errors` says why (until the next call). */
export type SchemaValidator<T> = ((data: unknown) => data is T) & { errors?: ErrorObject[] | null };

const require = createRequire(import.meta.url);
const cache = new Map<string, unknown>();

function load<T>(name: "answers" | "questionnaire"): SchemaValidator<T> {
  let v = cache.get(name);
  if (!v) {
    // dist/load/validators.js and src/load/validators.ts are both two levels below the package root.
    v = require(`../../generated/validate-${name}.cjs`);
    cache.set(name, v);
  }
  // The one place where the schemas' validators meet the schemas' types: both are generated from
  // schemas/<name>.schema.json, and test/load/schema-types.test.ts keeps the types in step.
  return v as SchemaValidator<T>;
}

export const answersValidator = (): SchemaValidator<AnswerFileDocument> => load("answers");
export const questionnaireValidator = (): SchemaValidator<QuestionnaireDocument> => load("questionnaire");
