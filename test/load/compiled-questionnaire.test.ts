import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeBuildId, currentBuildId } from "../../src/load/build-id.js";
import { readCompiled, serializeQuestionnaire, sourceCopyPath } from "../../src/load/compiled-questionnaire.js";
import { sha256 } from "../../src/load/hash.js";
import { COMPILED_DIR, loadQuestionnaire, sourceFromBytes } from "../../src/load/load-files.js";
import { parseQuestionnaire } from "../../src/load/parse-questionnaire.js";
import { fixture, mini, ROOT } from "../helpers/fixtures.js";

const yamlPath = fixture("questionnaires", "mini.yaml");
const yaml = readFileSync(yamlPath);
const makeTempDir = () => mkdtempSync(join(tmpdir(), "zelftest-compiled-"));

/** A compiled questionnaire as the build writes it: the JSON and, beside it, the YAML bytes it came from. */
function compiledFile(key: { yamlSha256: string; buildId: string }, source: Uint8Array = yaml): string {
  const path = join(makeTempDir(), "mini.json");
  writeFileSync(path, serializeQuestionnaire(mini(), key));
  writeFileSync(sourceCopyPath(path), source);
  return path;
}

describe("compiled questionnaire: keyed on content and build", () => {
  it("is used for the same YAML bytes and the same build, whatever the file times", () => {
    const path = compiledFile({ yamlSha256: sha256(yaml), buildId: "b1" });
    const copy = join(makeTempDir(), "mini.yaml");
    copyFileSync(yamlPath, copy);
    utimesSync(copy, new Date(2001, 0, 1), new Date(2001, 0, 1)); // as npm install gives new times
    const q = readCompiled(path, readFileSync(copy), "b1");
    expect(q?.id).toBe("mini");
    expect(q?.sources).toBeInstanceOf(Map);
    expect(q).toEqual(mini());
    // Each item is stored once: a theme's items are the questionnaire's own item objects.
    for (const t of q!.themes) for (const i of t.items) expect(q!.items).toContain(i);
  });

  it("is ignored when the YAML changed, even by one byte of the same size", () => {
    const path = compiledFile({ yamlSha256: sha256(yaml), buildId: "b1" });
    const changed = Buffer.from(yaml);
    changed[changed.length - 2] = changed[changed.length - 2] === 0x20 ? 0x21 : 0x20;
    expect(readCompiled(path, changed, "b1")).toBeUndefined();
  });

  it("is ignored when the copy of the YAML beside it is missing or differs (no hashing at start-up)", () => {
    const path = compiledFile({ yamlSha256: sha256(yaml), buildId: "b1" });
    expect(readCompiled(path, yaml, "b1")).toBeDefined();
    writeFileSync(sourceCopyPath(path), Buffer.concat([yaml, Buffer.from(" ")]));
    expect(readCompiled(path, yaml, "b1")).toBeUndefined();
    rmSync(sourceCopyPath(path));
    expect(readCompiled(path, yaml, "b1")).toBeUndefined();
  });

  it("is ignored when the code or schemas changed (another build id), or no build id is known", () => {
    const path = compiledFile({ yamlSha256: sha256(yaml), buildId: "b1" });
    expect(readCompiled(path, yaml, "b2")).toBeUndefined();
    expect(readCompiled(path, yaml, undefined)).toBeUndefined();
  });

  it("is ignored when missing or in an older format", () => {
    expect(readCompiled(join(makeTempDir(), "none.json"), yaml, "b1")).toBeUndefined();
    const old = join(makeTempDir(), "old.json");
    writeFileSync(old, JSON.stringify({ format: 2, yaml: { size: yaml.length, mtimeMs: 0 }, questionnaire: {} }));
    expect(readCompiled(old, yaml, "b1")).toBeUndefined();
  });
});

describe("build id", () => {
  function tree(): string {
    const root = makeTempDir();
    mkdirSync(join(root, "src", "load"), { recursive: true });
    mkdirSync(join(root, "schemas"));
    writeFileSync(join(root, "src", "load", "a.ts"), "export const a = 1;\n");
    writeFileSync(join(root, "schemas", "q.schema.json"), "{}\n");
    return root;
  }

  it("changes with the code and with the schemas", () => {
    const root = tree();
    const first = computeBuildId(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(computeBuildId(root)).toBe(first);
    writeFileSync(join(root, "src", "load", "a.ts"), "export const a = 2;\n");
    const second = computeBuildId(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, "schemas", "q.schema.json"), '{"type":"object"}\n');
    expect(computeBuildId(root)).not.toBe(second);
  });

  it("is unknown without a source tree (an installed package relies on the bundle's id)", () => {
    expect(computeBuildId(makeTempDir())).toBeUndefined();
  });

  it("of this checkout matches the built compiled questionnaire, which equals the YAML parsed", () => {
    expect(currentBuildId()).toBe(computeBuildId(ROOT));
    const file = join(ROOT, "questionnaires", "clientondersteuning-wmo2015.yaml");
    const compiled = readCompiled(
      join(COMPILED_DIR, "clientondersteuning-wmo2015.json"),
      readFileSync(file),
      currentBuildId(),
    );
    expect(compiled).toBeDefined();
    expect(compiled).toEqual(
      parseQuestionnaire(sourceFromBytes(readFileSync(file), file), "builtin:clientondersteuning-wmo2015"),
    );
    expect(loadQuestionnaire("clientondersteuning-wmo2015")).toEqual(compiled);
  });
});
