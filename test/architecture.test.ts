// The boundaries of CONTRIBUTING.md: score and report do no I/O and know no CLI, colour or prompt
// library; load knows nothing of rendering; only cli touches process, chalk and commander.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const src = join(ROOT, "src");
const imports = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from|import\()\s*["']([^"']+)["']/g)].map((m) => m[1]!);
const inFolder = (folder: string) => files(join(src, folder));

describe("architecture", () => {
  it.each(["score", "report", "model"])("%s/ does no I/O and imports no CLI, colour or prompt library", (folder) => {
    for (const file of inFolder(folder)) {
      const bad = imports(file).filter((i) =>
        /^(node:)?(fs|child_process|net|http)|commander|chalk|@inquirer|\/cli\/|\/load\//.test(i),
      );
      expect(bad, relative(ROOT, file)).toEqual([]);
      expect(readFileSync(file, "utf8"), relative(ROOT, file)).not.toMatch(/\bprocess\./);
    }
  });

  it("flow/ is pure and imports nothing from Node (the form bundles it into a browser page)", () => {
    for (const file of inFolder("flow")) {
      const bad = imports(file).filter((i) => !i.startsWith("./") && !i.startsWith("../model/"));
      expect(bad, relative(ROOT, file)).toEqual([]);
      expect(readFileSync(file, "utf8"), relative(ROOT, file)).not.toMatch(/\b(process|require|Buffer)\b/);
    }
  });

  it("load/ knows nothing of rendering or the CLI", () => {
    for (const file of inFolder("load")) {
      const bad = imports(file).filter((i) => /\/report\/|\/cli\/|commander|chalk|@inquirer|marked/.test(i));
      expect(bad, relative(ROOT, file)).toEqual([]);
    }
  });

  it("only interview/ imports the prompt library", () => {
    for (const file of files(src).filter((f) => !f.includes(join("src", "interview")))) {
      expect(
        imports(file).filter((i) => i.startsWith("@inquirer")),
        relative(ROOT, file),
      ).toEqual([]);
    }
  });

  it("only cli/ touches process, commander and chalk", () => {
    for (const file of files(src).filter((f) => !f.includes(`${join("src", "cli")}`))) {
      const text = readFileSync(file, "utf8");
      expect(text, relative(ROOT, file)).not.toMatch(/\bprocess\.(exit|stdout|stderr|argv|env)/);
      expect(
        imports(file).filter((i) => /commander|chalk/.test(i)),
        relative(ROOT, file),
      ).toEqual([]);
    }
  });

  it("form/ (browser code) imports nothing from Node or the CLI; only its node/ stand-ins replace node:crypto and node:buffer", () => {
    for (const file of inFolder("form")) {
      const bad = imports(file).filter((i) =>
        /^node:|^(fs|path|url|module|crypto|buffer)$|\/cli\/|commander|chalk|@inquirer/.test(i),
      );
      expect(bad, relative(ROOT, file)).toEqual([]);
    }
  });
});
