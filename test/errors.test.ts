// Every error code a user's input can cause has a fixture (the axe-core convention): a file in
// test/fixtures/ that a fixture table (an expected.yaml) says must give that code, checked by the
// test that reads the table. The codes that no file can cause (a wrong command line, an output
// that cannot be written, a file that is not there or cannot be read) are listed below with the
// reason and the test that makes them instead. A new code fails here until it has one or the other.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ALL_CODES, OUTPUT_CODES, USAGE_CODES } from "../src/errors.js";
import type { ErrorCode } from "../src/errors.js";
import { ROOT } from "./helpers/fixtures.js";

/** Each fixture table, and the test that checks every file in it gives exactly the codes it says. */
const TABLES: Record<string, string> = {
  "test/fixtures/answers/invalid/expected.yaml": "test/load/load-answers.test.ts",
  "test/fixtures/answers/invalid-for-mini/expected.yaml": "test/load/load-answers.test.ts",
  "test/fixtures/questionnaires/invalid/expected.yaml": "test/load/parse-questionnaire.test.ts",
  "test/fixtures/municipalities/expected.yaml": "test/load/municipality-fixtures.test.ts",
  "test/fixtures/answers/council/expected.yaml": "test/score/merge-fixtures.test.ts",
};

/** Codes no file in test/fixtures can give, with why and where they are tested instead. */
const NOT_FROM_A_FIXTURE: Partial<Record<ErrorCode, string>> = {
  ...Object.fromEntries(USAGE_CODES.map((c) => [c, "the command line: test/cli/main.test.ts and the command tests"])),
  ...Object.fromEntries(OUTPUT_CODES.map((c) => [c, "where the output goes: test/cli/output.test.ts, fault tests"])),
  FILE_NOT_FOUND: "a file that is not there: test/load/load-answers.test.ts, test/cli/batch.test.ts",
  FILE_UNREADABLE: "a file without read permission (git keeps no such file): test/load/read-file.test.ts",
  FILE_TOO_LARGE: "more than 1 MiB (4 MiB for a questionnaire), made by test/load/load-answers.test.ts",
  MERGE_QUESTIONNAIRE:
    "files of another questionnaire or major version are refused when read (VERSION_MISMATCH, UNKNOWN_QUESTIONNAIRE, which have fixtures) before the merge could see them; the merge's own check: test/score/merge-answers.test.ts",
  MERGE_TEXT_TOO_LONG:
    "the group's own note typed at the table in the form, not a file: test/score/merge-answers.test.ts",
};

/** The codes of one table's values: "CODE line:column" (answers, questionnaires) or "CODE file" (merges). */
function codesIn(table: Record<string, readonly string[]>): string[] {
  return Object.values(table).flatMap((list) => list.map((entry) => entry.split(" ")[0]!));
}

/** Every expected.yaml under test/fixtures/, as a path from the project root. */
function tablesOnDisk(dir = join(ROOT, "test", "fixtures")): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return tablesOnDisk(p);
    return f === "expected.yaml" ? [relative(ROOT, p)] : [];
  });
}

function testFiles(dir = join(ROOT, "test")): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === "fixtures" || f === "golden" ? [] : testFiles(p);
    return f.endsWith(".ts") ? [p] : [];
  });
}

/** The codes that neither a table covers nor the list excuses. */
function withoutFixture(
  codes: readonly string[],
  covered: ReadonlySet<string>,
  excused: Readonly<Record<string, string>>,
): string[] {
  return codes.filter((c) => !covered.has(c) && !(c in excused));
}

describe("every error code a file can cause has a fixture", () => {
  const covered = new Set(
    Object.keys(TABLES).flatMap((t) => codesIn(parse(readFileSync(join(ROOT, t), "utf8")) as Record<string, string[]>)),
  );

  it("every fixture table is known here and is read by the test named for it", () => {
    expect(tablesOnDisk().sort()).toEqual(Object.keys(TABLES).sort());
    for (const [table, test] of Object.entries(TABLES)) {
      const folder = relative(join("test", "fixtures"), join(table, ".."));
      // The test names the table's folder as fixture("a", "b") does.
      const named = `fixture(${folder
        .split("/")
        .map((p) => `"${p}"`)
        .join(", ")})`;
      expect(readFileSync(join(ROOT, test), "utf8"), `${test} reads ${table}`).toContain(named);
    }
  });

  it("the tables name only real codes", () => {
    expect([...covered].filter((c) => !ALL_CODES.includes(c as ErrorCode))).toEqual([]);
  });

  it("each code is in a table, or excused with a reason (TEXT_TOO_LONG and DUPLICATE_VALUE had none)", () => {
    expect(withoutFixture(ALL_CODES, covered, NOT_FROM_A_FIXTURE)).toEqual([]);
    expect(covered.has("TEXT_TOO_LONG")).toBe(true);
    expect(covered.has("DUPLICATE_VALUE")).toBe(true);
  });

  it("a code with a fixture is not also excused: the list holds only what no file can cause", () => {
    expect(Object.keys(NOT_FROM_A_FIXTURE).filter((c) => covered.has(c))).toEqual([]);
  });

  it("every excused code is made by some test instead", () => {
    const tests = testFiles()
      .filter((f) => !f.endsWith("errors.test.ts"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    expect(Object.keys(NOT_FROM_A_FIXTURE).filter((c) => !tests.includes(c))).toEqual([]);
  });

  it("the check itself can fail: a code in no table and not excused is named", () => {
    expect(withoutFixture(["TEXT_TOO_LONG", "NEW_CODE"], new Set(["TEXT_TOO_LONG"]), {})).toEqual(["NEW_CODE"]);
    expect(withoutFixture(["NEW_CODE"], new Set(), { NEW_CODE: "made by a test" })).toEqual([]);
  });
});
