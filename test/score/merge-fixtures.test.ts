// The council fixtures (test/fixtures/answers/council/): sets of members' files merged as
// `zelftest samenvoegen` and the form's Samenvoegen do (loaded, then mergeAnswerSets), and the codes
// each set must give, refusals and warnings alike (expected.yaml, "CODE file").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { mergeAnswerSets } from "../../src/score/merge-answers.js";
import { fixture } from "../helpers/fixtures.js";

const dir = fixture("answers", "council");
const expected = parse(readFileSync(join(dir, "expected.yaml"), "utf8")) as Record<string, string[]>;

describe("council fixtures: every set of members gives its merge codes", () => {
  it.each(Object.entries(expected))("%s", (set, codes) => {
    const members = set.split(" ").map((file) => ({ file, answers: loadAnswerFile(join(dir, file)).answers }));
    const q = loadAnswerFile(join(dir, set.split(" ")[0]!)).questionnaire;
    const result = mergeAnswerSets(members, q, { date: "2026-12-07", memberLabel: (k) => `Lid ${k}` });
    const said = [...(result.ok ? [] : result.problems), ...result.warnings];
    expect(said.map((d) => `${d.code} ${d.file}`)).toEqual(codes);
  });
});
