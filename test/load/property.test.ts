// Property-based: whatever bytes or structures come in, loading an answer file either succeeds or
// fails with coded diagnostics placed inside the file. It never throws anything else.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { ALL_CODES, InputError } from "../../src/errors.js";
import { parseAnswerSource, sourceFromBytes } from "../../src/load/load-files.js";
import { ROOT } from "../helpers/fixtures.js";

const VALID = readFileSync(join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"), "utf8");

function load(bytes: Uint8Array, file: string): "ok" | "invalid" {
  try {
    parseAnswerSource(sourceFromBytes(bytes, file), bytes);
    return "ok";
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const lines = Buffer.from(bytes).toString("utf8").split("\n").length;
    expect(err.diagnostics.length).toBeGreaterThan(0);
    for (const d of err.diagnostics) {
      expect(ALL_CODES).toContain(d.code);
      expect(d.file).toBe(file);
      if (d.line !== undefined) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lines + 1);
        expect(d.column).toBeGreaterThanOrEqual(1);
      }
    }
    return "invalid";
  }
}

const yamlNoise = fc.constantFrom(
  ":",
  " ",
  "\n",
  "-",
  "#",
  "'",
  '"',
  "[",
  "]",
  "{",
  "}",
  "&a",
  "*a",
  "!",
  "|",
  ">",
  "\t",
  "é",
  "\u0000",
  "__proto__",
  "ja",
  "x.y",
);

const mutation = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 8 }),
  insert: fc.oneof(yamlNoise, fc.string({ maxLength: 6 })),
});

describe("mutated answer files never crash the loader", () => {
  it("random edits to a valid file", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = VALID;
        for (const { at, remove, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        load(Buffer.from(text, "utf8"), "mutated.yaml");
      }),
      { numRuns: 400 },
    );
  }, 120_000); // hundreds of runs: seconds on a quiet machine, more on a busy one

  it("random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, json) => {
        load(bytes, json ? "random.json" : "random.yaml");
      }),
      { numRuns: 300 },
    );
  }, 120_000); // hundreds of runs: seconds on a quiet machine, more on a busy one

  it("random structures, as YAML and as JSON", () => {
    const header = fc.record(
      {
        questionnaire: fc.oneof(fc.constant("clientondersteuning-wmo2015"), fc.anything()),
        version: fc.oneof(fc.constant("1.0.0"), fc.constant("2.0.0"), fc.anything()),
        municipality: fc.oneof(fc.string(), fc.anything()),
        respondent: fc.oneof(fc.record({ role: fc.constantFrom("gemeente", "adviesraad", "x") }), fc.anything()),
        date: fc.oneof(fc.constantFrom("2025-01-31", "2025-02-30", "x"), fc.anything()),
        answers: fc.oneof(
          fc.dictionary(
            fc.oneof(
              fc.constantFrom("toegankelijkheid.gratis", "kwaliteit.eisen", "__proto__", "constructor"),
              fc.string(),
            ),
            fc.oneof(
              fc.constantFrom("ja", "deels", "nee", "weet-niet", "yes"),
              fc.record({ answer: fc.anything(), note: fc.anything() }, { requiredKeys: [] }),
              fc.anything(),
            ),
          ),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(header, fc.boolean(), (doc, asJson) => {
        let text: string;
        try {
          text = asJson ? (JSON.stringify(doc) ?? "null") : stringify(doc);
        } catch {
          return; // not serialisable (e.g. a cycle-free but unsupported value); nothing to load
        }
        load(Buffer.from(text, "utf8"), asJson ? "doc.json" : "doc.yaml");
      }),
      { numRuns: 400 },
    );
  }, 120_000); // hundreds of runs: seconds on a quiet machine, more on a busy one

  it("the valid file stays valid", () => {
    expect(load(Buffer.from(VALID), "valid.yaml")).toBe("ok");
  });
});
