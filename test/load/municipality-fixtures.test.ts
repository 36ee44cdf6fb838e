// The municipality-list fixtures (test/fixtures/municipalities/): lists that are refused, and
// answer files whose CBS code the list gemeenten.csv does not have (as `zelftest batch
// --municipalities gemeenten.csv --strict-municipalities` reads them), each with the coded errors
// of expected.yaml at their place.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { readAnswerFile, scoreRead } from "../../src/batch/score-file.js";
import { parseMunicipalities } from "../../src/load/parse-municipalities.js";
import { diagnosticsOf, fixture, places } from "../helpers/fixtures.js";

const dir = fixture("municipalities");
const expected = parse(readFileSync(join(dir, "expected.yaml"), "utf8")) as Record<string, string[]>;
const list = () => parseMunicipalities(readFileSync(join(dir, "gemeenten.csv"), "utf8"), "gemeenten.csv");

describe("municipality fixtures: every refused list and answer file gives its coded errors at the right place", () => {
  it("every fixture has an expectation and every expectation a fixture", () => {
    const lists = readdirSync(dir).filter((f) => f.endsWith(".csv") && f !== "gemeenten.csv");
    const answers = readdirSync(join(dir, "answers")).map((f) => `answers/${f}`);
    expect([...lists, ...answers].sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))("%s", (file) => {
    const path = join(dir, file);
    if (file.endsWith(".csv")) {
      expect(places(diagnosticsOf(() => parseMunicipalities(readFileSync(path, "utf8"), file)))).toEqual(
        expected[file],
      );
      return;
    }
    const outcome = scoreRead(0, file, readAnswerFile(path), {
      questionnaireRef: "clientondersteuning-wmo2015",
      municipalities: list(),
      strictMunicipalities: true,
    });
    expect("diagnostics" in outcome ? places(outcome.diagnostics) : []).toEqual(expected[file]);
  });
});
