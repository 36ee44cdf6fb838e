// The precompiled ajv validators for answer and questionnaire files (see scripts/build-generated.mjs).
import { createRequire } from "node:module";
import type { ErrorObject } from "ajv";

export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const require = createRequire(import.meta.url);
const cache = new Map<string, Validator>();

function load(name: "answers" | "questionnaire"): Validator {
  let v = cache.get(name);
  if (!v) {
    // dist/load/validators.js and src/load/validators.ts are both two levels below the package root.
    v = require(`../../generated/validate-${name}.cjs`) as Validator;
    cache.set(name, v);
  }
  return v;
}

export const validateAnswersSchema = (data: unknown) => run(load("answers"), data);
export const validateQuestionnaireSchema = (data: unknown) => run(load("questionnaire"), data);

function run(validate: Validator, data: unknown): readonly ErrorObject[] {
  return validate(data) ? [] : (validate.errors ?? []);
}
