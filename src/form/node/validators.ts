// The browser's load/validators.ts: the same precompiled ajv validator for answer files (built by
// scripts/build-generated.mjs), imported statically so that esbuild can bundle it. No ajv compile
// and no eval in the page. scripts/build-form.mjs puts this module in place of load/validators.ts.
import type { SchemaValidator } from "../../load/validators.js";
import type { AnswerFileDocument } from "../../load/schema-types.js";
import validateAnswers from "../../../generated/validate-answers.cjs";

export const answersValidator = (): SchemaValidator<AnswerFileDocument> =>
  validateAnswers as SchemaValidator<AnswerFileDocument>;
