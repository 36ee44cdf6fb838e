// What `zelftest score FILE --json` loads, read from the built bundle (dist/bundle/): the entry
// file bin/zelftest.js loads (main.mjs), the score command's chunk, and every chunk they
// import statically. Prompts, Markdown, HTML and Word rendering, colour and the progress bar must
// not be among them (the start-up budget in `npm run bench`, README "Performance"); this test
// counts modules, not milliseconds, so it does not depend on how busy the machine is.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";

const BUNDLE = join(ROOT, "dist", "bundle");

/** The bundle files loaded with these: each one's static `import … from "./chunk…"`, transitively. */
function staticClosure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(BUNDLE, file), "utf8");
    for (const m of text.matchAll(/(?:^|\n)import\s*(?:[^"';]*?\sfrom\s*)?"\.\/([^"]+)";/g)) todo.push(m[1]!);
  }
  return seen;
}

/** The command's own chunk, which main.mjs loads with import() when the command runs. */
function commandChunk(command: string): string {
  const main = readFileSync(join(BUNDLE, "main.mjs"), "utf8");
  const m = new RegExp(`import\\("\\./(${command}-[A-Z0-9]+\\.mjs)"\\)`).exec(main);
  if (!m) throw new Error(`no chunk for ${command} in dist/bundle/main.mjs`);
  return m[1]!;
}

/** The modules bundled into these files, by esbuild's `// path` comment before each module. */
function modulesIn(files: Iterable<string>): string[] {
  return [...files].flatMap((f) =>
    [...readFileSync(join(BUNDLE, f), "utf8").matchAll(/^\/\/ ((?:node_modules|dist)\/\S+)$/gm)].map((m) => m[1]!),
  );
}

const HEAVY = [
  /^node_modules\/@inquirer\//, // prompts
  /^node_modules\/marked\//, // Markdown
  /^node_modules\/mustache\//, // HTML templates
  /^node_modules\/docx\//, // Word
  /^node_modules\/chalk\//, // colour
  /^node_modules\/cli-progress\//,
  /^dist\/report\/(render-report|render-docx|rich-text|build-report)\.js$/,
  /^dist\/interview\//,
];
const heavyIn = (modules: readonly string[]) => modules.filter((m) => HEAVY.some((h) => h.test(m)));

describe("score --json loads no prompts, Markdown, HTML or Word", () => {
  it("the bundle is there and is read as the bin loads it", () => {
    expect(readdirSync(BUNDLE)).toContain("main.mjs");
  });

  it("score --json: none of them among the modules it loads", () => {
    const modules = modulesIn(staticClosure(["main.mjs", commandChunk("score")]));
    expect(modules).toContain("node_modules/commander/index.js");
    expect(modules).toContain("dist/score/score-answers.js");
    expect(heavyIn(modules)).toEqual([]);
  });

  it("score --json: the yaml library is bundled in but evaluated only when a file needs it", () => {
    // A plain-YAML answer file is read by load/plain-yaml.ts; source-document.ts asks for the library
    // (require, lazily) only for other YAML and for a problem's place.
    const eager = [...staticClosure(["main.mjs", commandChunk("score")])].filter((f) =>
      /^var import_yaml\w* = __toESM\(/m.test(readFileSync(join(BUNDLE, f), "utf8")),
    );
    expect(eager).toEqual([]);
    // The check can fail: the interview (write-answers, hand-edits) imports it at once.
    const all = readdirSync(BUNDLE).filter((f) => f.endsWith(".mjs"));
    expect(all.some((f) => /^var import_yaml\w* = __toESM\(/m.test(readFileSync(join(BUNDLE, f), "utf8")))).toBe(true);
  });

  it("batch loads the Parquet writer only for --format parquet: not with the command, but bundled for it", () => {
    const batch = modulesIn(staticClosure(["main.mjs", commandChunk("batch")]));
    expect(batch).toContain("dist/batch/run-batch.js");
    expect(batch.filter((m) => /^node_modules\/hyparquet|^dist\/report\/render-batch-parquet\.js$/.test(m))).toEqual(
      [],
    );
    const all = modulesIn(readdirSync(BUNDLE).filter((f) => f.endsWith(".mjs")));
    expect(all).toContain("dist/report/render-batch-parquet.js");
    expect(all.some((m) => m.startsWith("node_modules/hyparquet-writer/"))).toBe(true);
  });

  it("score --json: node:crypto and node:child_process are loaded on first use, not at start", () => {
    // scripts/bundle.mjs gives our code and commander stand-ins (scripts/shims/) that require the
    // real module when it is first used; a static import of either would load it at every start.
    const eagerBuiltin = /^import[^;]*from\s*"(node:)?(crypto|child_process)";/m;
    expect(eagerBuiltin.test('import { createHash } from "node:crypto";')).toBe(true); // the check can fail
    const files = [...staticClosure(["main.mjs", commandChunk("score")])];
    expect(files.filter((f) => eagerBuiltin.test(readFileSync(join(BUNDLE, f), "utf8")))).toEqual([]);
    const text = files.map((f) => readFileSync(join(BUNDLE, f), "utf8")).join("\n");
    expect(text).toContain("// scripts/shims/lazy-crypto.mjs");
    expect(text).toContain("// scripts/shims/lazy-child-process.cjs");
  });

  it("score --json: no Node module is imported as ESM, which would load fs.promises, readline and streams", () => {
    // An ESM import of a Node module builds its namespace, reading every export: `import … from
    // "node:fs"` loads fs.promises and with it readline, the REPL's history and node:stream.
    // scripts/bundle.mjs (builtinsByRequire) makes the bundle require() them instead; only the
    // banner's node:module and node:url (which load nothing more) are imported.
    const esmBuiltin = /^import[^;]*?from\s*["'](?:node:)?([a-z_/]+)["'];?/gm;
    const found = (text: string) =>
      [...text.matchAll(esmBuiltin)].map((m) => m[1]!).filter((name) => !["module", "url"].includes(name));
    expect(found('import { readFileSync } from "node:fs";\nimport x from "./chunk-A.mjs";')).toEqual(["fs"]); // can fail
    const files = [...staticClosure(["main.mjs", commandChunk("score")])];
    expect(files.flatMap((f) => found(readFileSync(join(BUNDLE, f), "utf8")).map((name) => `${f}: ${name}`))).toEqual(
      [],
    );
    const bin = readFileSync(join(ROOT, "bin", "zelftest.js"), "utf8");
    expect(found(bin)).toEqual([]);
  });

  it("score --json, run: readline, fs.promises, the REPL's history and file streams are not loaded", () => {
    // Node's own list of the modules it loaded, written at exit by a preloaded script; the run is
    // the bin as a user starts it, on the Node that runs the tests.
    const dir = mkdtempSync(join(tmpdir(), "zelftest-startup-"));
    try {
      const list = join(dir, "modules.txt");
      const preload = join(dir, "module-list.cjs");
      writeFileSync(
        preload,
        `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join("\\n")));`,
      );
      const example = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");
      const run = (args: string[]) => {
        const r = spawnSync(process.execPath, ["-r", preload, ...args], { encoding: "utf8" });
        expect(r.status, r.stderr).toBe(0);
        return readFileSync(list, "utf8").split("\n");
      };
      const unwanted = (modules: string[]) =>
        modules.filter((m) =>
          /^NativeModule (internal\/readline\/|readline$|internal\/repl\/|internal\/fs\/(promises|streams|watchers)$|fs\/promises$)/.test(
            m,
          ),
        );
      // What Node itself loads for any ES module on this version (Node 20's loader reads files with
      // fs.promises; Node 22 and 24 load none of them).
      const empty = join(dir, "empty.mjs");
      writeFileSync(empty, "");
      const own = new Set(unwanted(run([empty])));
      const score = run([join(ROOT, "bin", "zelftest.js"), "score", example, "--json"]);
      expect(score).toContain("NativeModule fs"); // the list is Node's
      expect(unwanted(score).filter((m) => !own.has(m))).toEqual([]);
      // The check can fail: an ESM import of node:fs, as the bundle had, loads them.
      const esm = join(dir, "import-fs.mjs");
      writeFileSync(esm, 'import { readFileSync } from "node:fs";\nreadFileSync;\n');
      expect(unwanted(run([esm])).filter((m) => !own.has(m))).not.toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the check itself can fail: the report command loads what score must not", () => {
    const report = heavyIn(modulesIn(staticClosure(["main.mjs", commandChunk("report")])));
    expect(report).toContain("dist/report/render-report.js");
    expect(report.some((m) => m.startsWith("node_modules/mustache/"))).toBe(true);
  });
});

/** esbuild's account of a command's own bundle (scripts/bundle.mjs writes it beside the build). */
interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string }[] }>;
}
const metafile = (command: string): Metafile =>
  JSON.parse(readFileSync(join(ROOT, "dist", "bundle-meta", `cli-${command}.json`), "utf8")) as Metafile;

/** The modules evaluated when the command runs: reached from the entry and the command without import(). */
function evaluatedWith(meta: Metafile, command: string): string[] {
  const seen = new Set<string>();
  const todo = ["dist/cli/entry.js", `dist/cli/commands/${command}.js`];
  while (todo.length > 0) {
    const path = todo.pop()!;
    if (seen.has(path) || !meta.inputs[path]) continue;
    seen.add(path);
    for (const i of meta.inputs[path].imports) if (i.kind !== "dynamic-import") todo.push(i.path);
  }
  return [...seen];
}

describe("score's own bundle (dist/bundle/cli-score.cjs), which the bin runs with a code cache", () => {
  it("holds the score command and no other, and none of the prompts, Markdown, HTML or Word", () => {
    const inputs = Object.keys(metafile("score").inputs);
    expect(inputs).toContain("dist/cli/commands/score.js");
    expect(inputs).toContain("dist/score/score-answers.js");
    expect(inputs).toContain("generated/validate-answers.cjs"); // its functions in the code cache too
    expect(inputs.filter((m) => m.startsWith("dist/cli/commands/"))).toEqual(["dist/cli/commands/score.js"]);
    expect(
      inputs.filter((m) => /^node_modules\/(@inquirer|marked|mustache|docx|cli-progress|hyparquet)/.test(m)),
    ).toEqual([]);
  });

  it("evaluates none of the heavy modules when score runs; colour only when asked (import())", () => {
    const evaluated = evaluatedWith(metafile("score"), "score");
    expect(evaluated).toContain("node_modules/commander/index.js");
    expect(evaluated).toContain("dist/score/score-answers.js");
    expect(heavyIn(evaluated)).toEqual([]);
    // The check can fail: the bundle holds chalk, reached only through import().
    expect(heavyIn(Object.keys(metafile("score").inputs))).not.toEqual([]);
  });

  it("no other command has one (each would add ~650 KB to the package)", () => {
    expect(readdirSync(BUNDLE).filter((f) => f.endsWith(".cjs"))).toEqual(["cli-score.cjs"]);
  });

  // The code cache lives in Node's compile cache folder (Node 22.8+); without one the bin uses main.mjs.
  it.skipIf(!module.getCompileCacheDir)(
    "the first run leaves a code cache, later runs use it, and a broken or missing cache changes nothing",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "zelftest-code-cache-"));
      try {
        const example = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");
        const { NODE_DISABLE_COMPILE_CACHE: _, ...inherited } = process.env;
        const run = (env: Record<string, string>) => {
          const r = spawnSync(process.execPath, [join(ROOT, "bin", "zelftest.js"), "score", example, "--json"], {
            encoding: "utf8",
            env: { ...inherited, NODE_COMPILE_CACHE: dir, ...env },
          });
          expect(r.status, r.stderr).toBe(0);
          expect(r.stderr).toBe("");
          return r.stdout;
        };
        const caches = () =>
          readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
            /zelftest-score-[0-9a-f]{16}-v8-[0-9a-z.-]+\.v8cache$/.test(f),
          );
        const first = run({});
        expect(JSON.parse(first).verdict).toBeDefined();
        expect(caches()).toHaveLength(1);
        const cache = join(dir, caches()[0]!);
        const made = readFileSync(cache);
        expect(made.length).toBeGreaterThan(1000);
        expect(run({})).toBe(first); // from the cache
        expect(readFileSync(cache).equals(made)).toBe(true); // an accepted cache is not written again
        writeFileSync(cache, "not a code cache"); // V8 refuses it: the run is the same and mends it
        expect(run({})).toBe(first);
        expect(readFileSync(cache).length).toBeGreaterThan(1000);
        rmSync(cache);
        expect(run({ NODE_DISABLE_COMPILE_CACHE: "1" })).toBe(first); // main.mjs, no cache written
        expect(existsSync(cache)).toBe(false);
        expect(caches()).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
