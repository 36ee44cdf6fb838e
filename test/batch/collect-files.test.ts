import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative } from "node:path";
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

  it("shows every file as relative() would, whatever folder it is walked from: relative inside the working folder, absolute outside it", () => {
    const lexical = (cwd: string, f: string) => {
      const rel = relative(cwd, join(dir, f));
      return rel.startsWith("..") || isAbsolute(rel) ? join(dir, f) : rel;
    };
    const all = ["a.json", "b.yaml", "sub/c.yml", "sub/deep/d.yaml"];
    for (const [cwd, path, want] of [
      [dir, ".", all],
      [dir, "sub", all.slice(2)],
      [dir, "sub/", all.slice(2)],
      [dir, `${dir}/sub/../sub`, all.slice(2)],
      [join(dir, "sub"), "..", all],
      [join(dir, "sub"), "deep", all.slice(3)],
      [join(dir, "sub", "deep"), "../..", all],
      ["/", dir, all],
    ] as const) {
      expect(collectFiles([path], cwd).files, `${cwd} ${path}`).toEqual(want.map((f) => lexical(cwd, f)).sort());
    }
    expect(collectFiles([".."], join(dir, "sub")).files[0]).toBe(join(dir, "a.json"));
    expect(collectFiles(["deep"], join(dir, "sub")).files).toEqual(["deep/d.yaml"]);
  });

  it("takes files as given, expands globs, removes duplicates, and reports what matched nothing", () => {
    const r = collectFiles(["b.yaml", "sub/**/*.yaml", "b.yaml", "notes.txt", "nope/*.yaml", "missing.yaml"], dir);
    expect(r.files).toEqual(["b.yaml", "notes.txt", "sub/deep/d.yaml"]);
    expect(r.missing).toEqual(["nope/*.yaml", "missing.yaml"]);
  });
});
