// What `npm pack` puts in the package: what runs (bin, the bundle, generated validators and
// compiled questionnaires, questionnaires, schemas, templates), the LICENSE, the examples the
// error hints point to, and nothing else (no sources, tests, unbundled dist/ or scripts). The
// bundle may load only Node's own modules, because every library is bundled in.
import { execFileSync } from "node:child_process";
import { builtinModules } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.js";

interface PackResult {
  files: { path: string; size: number }[];
  unpackedSize: number;
}

let packed: PackResult;
let paths: string[];

beforeAll(() => {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  packed = (JSON.parse(out) as PackResult[])[0]!;
  paths = packed.files.map((f) => f.path).sort();
}, 60000);

const list = (dir: string) => readdirSync(join(ROOT, dir)).map((f) => `${dir}/${f}`);
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  license: string;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
};

describe("npm pack contents", () => {
  it("holds what runs: bin, the bundle with its entry points, generated/, questionnaires, schemas, templates", () => {
    for (const p of [
      "package.json",
      "README.md",
      "LICENSE",
      ...Object.values(pkg.bin),
      "dist/bundle/main.mjs",
      "dist/bundle/batch-worker.mjs",
      ...list("dist/bundle"),
      ...list("generated").filter((f) => f.endsWith(".cjs")),
      ...list("questionnaires"),
      ...list("questionnaires").map((f) =>
        f.replace(/^questionnaires\/(.*)\.yaml$/, "generated/questionnaires/$1.json"),
      ),
      ...list("questionnaires").map((f) =>
        f.replace(/^questionnaires\/(.*)\.yaml$/, "generated/questionnaires/$1.source.yaml"),
      ),
      ...list("schemas"),
      ...list("templates"),
    ]) {
      expect(paths, p).toContain(p);
    }
  });

  it("holds nothing else: no sources, tests, unbundled dist/, scripts or benchmarks", () => {
    const allowed =
      /^(package\.json|README\.md|LICENSE|bin\/|dist\/bundle\/|generated\/|questionnaires\/|schemas\/|templates\/|examples\/|docs\/)/;
    expect(paths.filter((p) => !allowed.test(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith(".map") || p.endsWith(".ts"))).toEqual([]);
  });

  it("ships the full EUPL-1.2 text as LICENSE, as package.json says", () => {
    expect(pkg.license).toBe("EUPL-1.2");
    const text = readFileSync(join(ROOT, "LICENSE"), "utf8");
    expect(text.startsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2\n")).toBe(true);
    expect(text).toContain("Appendix");
    expect(text.length).toBeGreaterThan(13000);
  });

  it("declares no run-time dependencies, and the bundle and validators load only Node's own modules", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    // fdir (inside tinyglobby) tries an optional `picomatch` in a try/catch; tinyglobby brings its own.
    const optional = new Set(["picomatch"]);
    const code = paths.filter((p) => /\.(mjs|cjs|js)$/.test(p));
    const bare: string[] = [];
    // (A require inside a string, as ajv's standalone code carries for its helpers, is not a load;
    // nor is text such as `from "Download answer file"` in the form's words: a specifier has no spaces.)
    for (const p of code) {
      // Comment lines do not load anything (csv-parse's bundled source has `// Buffer.from "\ufeff"`).
      const text = readFileSync(join(ROOT, p), "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\/\/|\*)/.test(line))
        .join("\n");
      for (const m of text.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|(?<!["'])\brequire\s*\(\s*)["']([^"'./\s][^"'\s]*)["']/g,
      )) {
        if (!builtins.has(m[1]!) && !optional.has(m[1]!)) bare.push(`${p}: ${m[1]}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it("every file or folder the messages point to (examples/, docs/, …) is in the package", () => {
    const messages = list("src/messages")
      .map((f) => readFileSync(join(ROOT, f), "utf8"))
      .join("\n");
    const pointed = [
      ...new Set(
        [...messages.matchAll(/\b((?:examples|docs|templates|schemas|questionnaires)\/[\w./-]*)/g)].map((m) =>
          m[1]!.replace(/\.$/, ""),
        ),
      ),
    ];
    expect(pointed.length).toBeGreaterThan(0);
    for (const p of pointed)
      expect(
        paths.some((f) => f === p || f.startsWith(p.endsWith("/") ? p : `${p}/`)),
        p,
      ).toBe(true);
  });

  it("stays small", () => {
    // 4.5 MB since the compiled questionnaire's YAML copy (~360 KB, ~80 KB in the tarball) ships
    // beside it, so that start-up compares bytes instead of hashing them (compiled-questionnaire.ts);
    // 5.25 MB since score has a bundle of its own (~650 KB, ~150 KB in the tarball), run with a
    // code cache (scripts/bundle.mjs).
    expect(packed.unpackedSize).toBeLessThan(5.25 * 1024 * 1024);
  });
});
