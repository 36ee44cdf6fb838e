// Generated from schemas/answers.schema.json by scripts/answer-limits.mjs: do not edit by hand; change the
// schema and run `npm run schema-types`. test/model/answer-limits.test.ts fails when this file and the
// schema differ. Lengths count characters as the schema does (Unicode code points: an emoji is one).

/** The most characters each text of an answer file may have (`metaKeys`: the most fields under `meta`). */
export const ANSWER_LIMITS = {
  municipality: 200,
  name: 200,
  note: 20000,
  evidence: 5000,
  metaValue: 1000,
  metaKeys: 50,
} as const;

/** A CBS municipality code (`gemeentecode`). */
export const GEMEENTECODE_PATTERN = /^GM[0-9]{4}$/;

/** A key under `meta`. */
export const META_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** The length of a text as the schema counts it (code points), for comparing with ANSWER_LIMITS. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
