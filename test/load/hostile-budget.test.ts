// A budget for hostile files, measured by work and size, not time (issue 21 defect 11): every
// file of bench/hostile-files.mjs up to the size limit is refused with an InputError, with at most
// MAX_PROBLEMS problems described, and the schema validator builds at most a bounded number of
// error objects for it. The 1 MiB file of entries full of unknown fields had the validator build
// ~176,000 (6–20 s, 440 MB); the bench times the same files (`BENCH=hostile npm run bench`).
import { describe, expect, it, vi } from "vitest";
import { hostileFiles } from "../../bench/hostile-files.mjs";
import { InputError, MAX_PROBLEMS } from "../../src/errors.js";
import { parseAnswerSource, sourceFromBytes } from "../../src/load/load-files.js";
import { ENTRY_FIELDS } from "../../src/load/parse-answers.js";
import { LIMITS } from "../../src/load/read-file.js";
import answersSchema from "../../schemas/answers.schema.json" with { type: "json" };

/** How many error objects the answer-file validator built, over all calls. */
const work = vi.hoisted(() => ({ errors: 0 }));
vi.mock("../../src/load/validators.js", async (importOriginal) => {
  const mod = await importOriginal<typeof import("../../src/load/validators.js")>();
  return {
    ...mod,
    answersValidator: () => {
      const validate = mod.answersValidator();
      const counted = ((data: unknown) => {
        const ok = validate(data);
        counted.errors = validate.errors;
        work.errors += validate.errors?.length ?? 0;
        return ok;
      }) as ReturnType<typeof mod.answersValidator>;
      return counted;
    },
  };
});

/** The validator may build this many error objects for one file: ten times what is described. */
const ERROR_BUDGET = 10 * MAX_PROBLEMS;

describe("hostile files stay within a budget of work", () => {
  for (const [name, text] of Object.entries(hostileFiles())) {
    const bytes = new TextEncoder().encode(text);
    it(`${name}: refused, at most ${MAX_PROBLEMS} problems described, at most ${ERROR_BUDGET} schema errors built`, () => {
      if (bytes.length > LIMITS.answerFileBytes) return; // refused by size before it is read (read-file.test.ts)
      work.errors = 0;
      let thrown: unknown;
      try {
        parseAnswerSource(sourceFromBytes(bytes, name), bytes);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(InputError);
      expect((thrown as InputError).diagnostics.length).toBeLessThanOrEqual(MAX_PROBLEMS);
      expect(work.errors).toBeLessThanOrEqual(ERROR_BUDGET);
    }, 300_000); // a second or two each on a quiet machine; the bound is for a busy one
  }

  it("defect 11: the entries full of unknown fields are refused on those: UNKNOWN_FIELD with place, the rest counted", () => {
    const text = hostileFiles()["unknown-fields-per-entry.yaml"]!;
    let thrown: unknown;
    try {
      const bytes = new TextEncoder().encode(text);
      parseAnswerSource(sourceFromBytes(bytes, "u.yaml"), bytes);
    } catch (err) {
      thrown = err;
    }
    const e = thrown as InputError;
    expect(e.diagnostics).toHaveLength(MAX_PROBLEMS);
    expect(e.diagnostics[0]).toMatchObject({
      code: "UNKNOWN_FIELD",
      line: 8,
      params: { field: "a", where: "answers › b.0" },
    });
    expect(e.omitted).toBeGreaterThan(100_000);
  }, 300_000);

  it("the entry fields the pre-check allows are exactly the schema's", () => {
    const entry = (answersSchema as { $defs: { entry: { else: { properties: object } } } }).$defs.entry;
    expect([...ENTRY_FIELDS].sort()).toEqual(Object.keys(entry.else.properties).sort());
  });
});
