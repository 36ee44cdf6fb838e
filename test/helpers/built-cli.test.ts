// The guard of the tests that run the built command: a bundle of other sources is refused.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeBuildId } from "../../src/load/build-id.js";
import { builtBin } from "./built-cli.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A package tree with one source file and a bundle stamped with `stamp` (or with its own build id). */
function tree(stamp?: string): string {
  const root = mkdtempSync(join(tmpdir(), "zelftest-built-"));
  dirs.push(root);
  for (const d of ["src", "schemas", "dist/bundle"]) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, "src", "a.ts"), "export const a = 1;\n");
  writeFileSync(join(root, "schemas", "s.json"), "{}\n");
  const id = stamp ?? computeBuildId(root);
  writeFileSync(join(root, "dist", "bundle", "main.mjs"), `var BUILD_ID = "${id}";\n`);
  return root;
}

describe("builtBin", () => {
  it("gives bin/zelftest.js when the bundle carries the build id of the sources as they are", () => {
    const root = tree();
    expect(builtBin(root)).toBe(join(root, "bin", "zelftest.js"));
  });

  it("refuses a bundle built from other sources, saying to build", () => {
    const root = tree("0".repeat(64));
    expect(() => builtBin(root)).toThrow(/run `npm run build`/);
  });

  it("refuses a tree without a bundle", () => {
    const root = tree();
    rmSync(join(root, "dist"), { recursive: true });
    expect(() => builtBin(root)).toThrow(/npm run build/);
  });
});
