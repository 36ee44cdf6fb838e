// The answer-file limits that the form and the interview check (src/model/answer-limits.ts) are
// generated from the schema, and mean what `zelftest validate` means: a text of exactly the limit
// is read, one character more is TEXT_TOO_LONG; an emoji counts as one character, as in the schema.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/load/parse-answers.js";
import { SourceDocument } from "../../src/load/source-document.js";
import { ANSWER_LIMITS, GEMEENTECODE_PATTERN, META_KEY_PATTERN, textLength } from "../../src/model/answer-limits.js";
import { GEMEENTECODE } from "../../src/model/municipality.js";
import { serializeAnswers } from "../../src/load/write-answers.js";
import { answerSet, diagnosticsOf, mini, ROOT } from "../helpers/fixtures.js";

const read = (text: string) => parseAnswers(SourceDocument.parse(text, "a.yaml"), mini());

describe("answer-file limits generated from the schema", () => {
  it("src/model/answer-limits.ts is what schemas/answers.schema.json gives today", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "scripts", "answer-limits.mjs"), "--check"], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it.each([
    ["note", ANSWER_LIMITS.note],
    ["evidence", ANSWER_LIMITS.evidence],
  ] as const)("a %s of exactly the limit is read back; one character more is TEXT_TOO_LONG", (key, limit) => {
    const at = (n: number) =>
      serializeAnswers(
        answerSet({ "alpha.een": { answer: "ja", [key]: `${"😀".repeat(10)}${"x".repeat(n - 10)}` } }),
        mini(),
        [],
      );
    expect(read(at(limit)).answers.get("alpha.een")?.[key]).toHaveLength(limit + 10);
    expect(diagnosticsOf(() => read(at(limit + 1))).map((d) => d.code)).toEqual(["TEXT_TOO_LONG"]);
  });

  it("a municipality and a name of exactly the limit are read back; one more is TEXT_TOO_LONG", () => {
    const file = (m: number, n: number) =>
      serializeAnswers(
        answerSet({}, { municipality: "m".repeat(m), respondent: { role: "gemeente", name: "n".repeat(n) } }),
        mini(),
        [],
      );
    expect(read(file(ANSWER_LIMITS.municipality, ANSWER_LIMITS.name)).respondent.name).toHaveLength(ANSWER_LIMITS.name);
    expect(diagnosticsOf(() => read(file(ANSWER_LIMITS.municipality + 1, 1))).map((d) => d.code)).toEqual([
      "TEXT_TOO_LONG",
    ]);
    expect(diagnosticsOf(() => read(file(1, ANSWER_LIMITS.name + 1))).map((d) => d.code)).toEqual(["TEXT_TOO_LONG"]);
  });

  it("counts characters as the schema does, and has the model's code pattern", () => {
    expect(textLength("👨‍👩‍👧")).toBe(5);
    expect(textLength("ë€x")).toBe(3);
    expect(GEMEENTECODE_PATTERN.source).toBe(GEMEENTECODE.source);
    expect(META_KEY_PATTERN.test("a".repeat(40))).toBe(true);
    expect(META_KEY_PATTERN.test("a".repeat(41))).toBe(false);
  });
});
