import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectFiles } from "../../src/batch/collect-files.js";

describe("collectFiles", () => {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-collect-"));
  for (const f of ["b.yaml", "a.json", "sub/c.yml", "sub/deep/d.yaml", "notes.txt", "sub/e.YAML.bak"]) {
    mkdirSync(join(dir, f, ".."), { recursive: true });
    writeFileSync(join(dir, f), "x: 1\n");
  }

  it("walks folders recursively for .yaml, .yml and .json, sorted", () => {
    expect(collectFiles(["."], dir)).toEqual({
      files: ["a.json", "b.yaml", "sub/c.yml", "sub/deep/d.yaml"],
      missing: [],
      unreadable: [],
    });
    expect(collectFiles([dir], "/").files).toEqual(
      ["a.json", "b.yaml", "sub/c.yml", "sub/deep/d.yaml"].map((f) => join(dir, f).slice(1)),
    );
  });

  it("takes files as given, expands globs, removes duplicates, and reports what matched nothing", () => {
    const r = collectFiles(["b.yaml", "sub/**/*.yaml", "b.yaml", "notes.txt", "nope/*.yaml", "missing.yaml"], dir);
    expect(r.files).toEqual(["b.yaml", "notes.txt", "sub/deep/d.yaml"]);
    expect(r.missing).toEqual(["nope/*.yaml", "missing.yaml"]);
  });
});
