// The JSON Schemas are the one source of truth for the shape of answer and questionnaire files:
// src/load/schema-types.ts is generated from them (scripts/schema-types.mjs) and must not drift,
// and the model's closed vocabularies must say the same words as the schemas' enums.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import type { AnswerFileDocument, Item, QuestionnaireDocument, Value } from "../../src/load/schema-types.js";
import { ANSWER_VALUES, LEVELS, ROLES } from "../../src/model/vocabulary.js";
import type { AnswerValue, Level, Role } from "../../src/model/vocabulary.js";
import { GROUP_RULES } from "../../src/model/answers.js";
import type { GroupRule } from "../../src/model/answers.js";
import { ROOT } from "../helpers/fixtures.js";

const SCRIPT = join(ROOT, "scripts", "schema-types.mjs");
const TARGET = join("src", "load", "schema-types.ts");
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8" });
const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, "schemas", `${name}.schema.json`), "utf8"));

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the schemas and the generated types in a folder of its own. */
function copyOfRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-schema-types-"));
  temps.push(dir);
  cpSync(join(ROOT, "schemas"), join(dir, "schemas"), { recursive: true });
  mkdirSync(join(dir, "src", "load"), { recursive: true });
  cpSync(join(ROOT, TARGET), join(dir, TARGET));
  return dir;
}

describe("types generated from the JSON Schemas", () => {
  it("src/load/schema-types.ts is what the schemas give today", () => {
    const result = run("--check");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("a schema changed without regenerating the types fails the check, and regenerating picks the change up", () => {
    const dir = copyOfRoot();
    const answers = JSON.parse(readFileSync(join(dir, "schemas", "answers.schema.json"), "utf8"));
    answers.properties.wave = { type: "integer" };
    writeFileSync(join(dir, "schemas", "answers.schema.json"), JSON.stringify(answers));

    const check = run("--check", "--root", dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("npm run schema-types");

    expect(run("--root", dir).status).toBe(0);
    expect(readFileSync(join(dir, TARGET), "utf8")).toMatch(/\n {2}wave\?: number;\n/);
    expect(run("--check", "--root", dir).status).toBe(0);
  });

  it("the model's vocabularies are the schemas' enums (answer values, roles, levels)", () => {
    const answers = schema("answers");
    const questionnaire = schema("questionnaire");
    expect(answers.$defs.value.enum).toEqual([...ANSWER_VALUES]);
    expect(questionnaire.$defs.answerValue.enum).toEqual([...ANSWER_VALUES]);
    expect(answers.$defs.role.enum).toEqual([...ROLES]);
    expect(answers.properties.respondent.properties.role.$ref).toBe("#/$defs/role");
    expect(answers.properties.group.properties.rule.enum).toEqual([...GROUP_RULES]);
    expect(questionnaire.$defs.item.properties.level.enum).toEqual([...LEVELS]);
    // The same at the type level (checked by `npm run typecheck`).
    expectTypeOf<Value>().toEqualTypeOf<AnswerValue>();
    expectTypeOf<AnswerFileDocument["respondent"]["role"]>().toEqualTypeOf<Role>();
    expectTypeOf<
      AnswerFileDocument["group"] extends infer G ? (G extends { rule: infer R } ? R : never) : never
    >().toEqualTypeOf<GroupRule>();
    expectTypeOf<Item["level"]>().toEqualTypeOf<Level>();
    expectTypeOf<NonNullable<Item["when"]>["answer"][number]>().toEqualTypeOf<AnswerValue>();
    expectTypeOf<QuestionnaireDocument["themes"][number]["items"]>().toEqualTypeOf<Item[]>();
  });
});
