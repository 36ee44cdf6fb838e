// Hostile files get bounded work (src/load/source-document.ts, src/errors.ts Problems): at most
// MAX_PROBLEMS problems are described and the rest counted, huge mappings and deep nesting are
// refused before the document is built, the same way whatever the number of threads. The time
// these take on files up to the size limit is measured in bench/hostile-files.mjs, not here.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError, MAX_PROBLEMS } from "../../src/errors.js";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { MAX_KEYS, SourceDocument } from "../../src/load/source-document.js";
import { diagnosticsOf, fixture, places } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const HEADER =
  "questionnaire: clientondersteuning-wmo2015\nversion: 1.0.0\nmunicipality: X\nrespondent:\n  role: gemeente\ndate: 2025-05-01\n";
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-bounded-"));
  dirs.push(dir);
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe("problems are described up to a cap and counted beyond it", () => {
  const unknown = 5000;
  const text = `${HEADER}answers:\n${Array.from({ length: unknown }, (_, i) => `  onbekend.vraag-${i}: ja\n`).join("")}`;

  it(`${unknown} unknown ids give ${MAX_PROBLEMS} described problems and the count of the rest`, () => {
    const file = tempFile("many.yaml", text);
    let error: InputError | undefined;
    try {
      loadAnswerFile(file);
    } catch (err) {
      error = err as InputError;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error!.diagnostics).toHaveLength(MAX_PROBLEMS);
    expect(error!.omitted).toBe(unknown - MAX_PROBLEMS);
    expect(places(error!.diagnostics.slice(0, 2))).toEqual(["UNKNOWN_ITEM 8:3", "UNKNOWN_ITEM 9:3"]);
  });

  it("the terminal says how many more there are, in the user's language", async () => {
    const file = tempFile("many.yaml", text);
    const nl = await runCli(["score", file]);
    expect(nl.code).toBe(2);
    // Counts are numbers for people: a thousands point in Dutch, a comma in English.
    expect(unknown).toBe(5000);
    expect(nl.stderr).toContain("… en nog 4.975 problemen.");
    const en = await runCli(["validate", file, "--lang", "en"]);
    expect(en.stderr).toContain("5,000 problems");
    expect(en.stderr).toContain("… and 4,975 more problems.");
  });
});

describe("refused before the document is built", () => {
  it(`a mapping with more than ${MAX_KEYS} keys is TOO_MANY_KEYS, in flow and block style`, () => {
    const keys = Array.from({ length: MAX_KEYS + 1 }, (_, i) => `k${i}`);
    const flow = `${HEADER}answers: {${keys.map((k) => `${k}: ja`).join(", ")}}\n`;
    const block = `${HEADER}answers:\n${keys.map((k) => `  ${k}: ja\n`).join("")}`;
    expect(places(diagnosticsOf(() => SourceDocument.parse(flow, "f.yaml")))).toEqual(["TOO_MANY_KEYS 7:10"]);
    expect(places(diagnosticsOf(() => SourceDocument.parse(block, "b.yaml")))).toEqual(["TOO_MANY_KEYS 8:3"]);
    // At the limit itself, the keys are read (and found unknown, counted beyond the cap).
    const atLimit = `${HEADER}answers:\n${keys
      .slice(1)
      .map((k) => `  ${k}: ja\n`)
      .join("")}`;
    expect(() => SourceDocument.parse(atLimit, "ok.yaml")).not.toThrow();
  });

  it("a duplicate key is found among many keys, at the second one", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `  k${i}: ja\n`);
    keys.push("  k17: nee\n");
    expect(places(diagnosticsOf(() => SourceDocument.parse(`${HEADER}answers:\n${keys.join("")}`, "d.yaml")))).toEqual([
      "DUPLICATE_KEY 5008:3",
    ]);
  });

  it("deep nesting gives the same code and place for every number of threads, one line per file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-bounded-"));
    dirs.push(dir);
    const deep = `${HEADER}answers:\n  ${"- ".repeat(1500)}ja\n`;
    for (let i = 0; i < 3; i += 1) writeFileSync(join(dir, `deep-${i}.yaml`), deep);
    const outputs = [];
    for (const jobs of ["0", "1", "2"]) {
      const r = await runCli(["batch", ".", "--jobs", jobs, "--format", "json"], { cwd: dir });
      expect(r.code).toBe(3);
      outputs.push(r.stderr);
    }
    expect(new Set(outputs).size).toBe(1);
    const lines = outputs[0]!.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^deep-0\.yaml:8:203: NESTING_TOO_DEEP: /);
  });

  it("every invalid fixture takes exactly one line of batch stderr", async () => {
    const dir = fixture("answers", "invalid");
    const files = readdirSync(dir).filter((f) => /\.(yaml|json)$/.test(f)); // expected.yaml is no answer file either
    const r = await runCli(["batch", ".", "--jobs", "0"], { cwd: dir });
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(files.length + 1);
    for (const [k, f] of [...files].sort().entries()) expect(lines[k]!.startsWith(`${f}`), lines[k]).toBe(true);
  });
});
