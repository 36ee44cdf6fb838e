// The browser's load/validators.ts: the same precompiled ajv validator for answer files (built by
// scripts/build-generated.mjs), imported statically so that esbuild can bundle it. No ajv compile
// and no eval in the page. scripts/build-form.mjs puts this module in place of load/validators.ts.
import type { ErrorObject } from "ajv";
import validateAnswers from "../../../generated/validate-answers.cjs";

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export const validateAnswersSchema = (data: unknown): readonly ErrorObject[] => {
  const validate = validateAnswers as Validator;
  return validate(data) ? [] : (validate.errors ?? []);
};
