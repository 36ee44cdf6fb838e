// The import graph of src/ (static imports, `import type`, re-exports and dynamic import()):
// no cycles, and no folder importing from a folder above it. The table below is the one in
// CONTRIBUTING.md ("Which folder may use which"); a new folder must be added to both.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.js";

/** Folder (or top-level file) of src/ → the folders it may import from, besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  errors: [],
  model: ["errors"],
  flow: ["model"],
  messages: ["model", "errors"],
  load: ["model", "errors", "messages"],
  score: ["model", "errors"],
  report: ["model", "errors", "messages", "score"],
  batch: ["model", "errors", "messages", "load", "score", "report"],
  interview: ["model", "errors", "messages", "flow", "load", "score", "report"],
  form: ["model", "errors", "messages", "flow", "load", "score", "report", "interview"],
  cli: ["model", "errors", "messages", "flow", "load", "score", "report", "batch", "interview", "form"],
};

const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.ts$/.test(p) && !p.endsWith(".d.ts") ? [p] : [];
  });
}

/** Every module a file loads or names: import, import type, export … from, import(…), import "…". */
function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** The src/ file a relative specifier points to (`./x.js` → `x.ts`), or undefined outside src/. */
function target(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const abs = resolve(dirname(from), spec).replace(/\.js$/, ".ts");
  const file = existsSync(abs) ? abs : existsSync(`${abs}.ts`) ? `${abs}.ts` : undefined;
  return file?.startsWith(SRC) ? file : undefined;
}

const folderOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!.replace(/\.ts$/, "");

const files = sourceFiles(SRC);
const graph = new Map(
  files.map((f) => [f, [...new Set(specifiers(readFileSync(f, "utf8")).flatMap((s) => target(f, s) ?? []))]]),
);

/** Strongly connected components with more than one module (or a module importing itself). */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) out.push(scc.map((f) => relative(ROOT, f)).sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe("dependencies between modules", () => {
  it("finds the modules and their imports", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(graph.get(join(SRC, "cli", "main.ts"))!.length).toBeGreaterThan(3);
  });

  it("has no import cycles (type-only and dynamic imports included)", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("every folder of src/ has a place in the layer table", () => {
    expect([...new Set(files.map(folderOf))].filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });

  it("no folder imports from a folder above it", () => {
    const upward: string[] = [];
    for (const [from, tos] of graph) {
      const a = folderOf(from);
      for (const to of tos) {
        const b = folderOf(to);
        if (a !== b && !(MAY_IMPORT[a] ?? []).includes(b))
          upward.push(`${relative(ROOT, from)} → ${relative(ROOT, to)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("no command imports another command (what two commands share lives in cli/, beside them)", () => {
    const commands = join(SRC, "cli", "commands");
    const sideways = [...graph].flatMap(([from, tos]) =>
      from.startsWith(commands)
        ? tos
            .filter((to) => to.startsWith(commands) && to !== from)
            .map((to) => `${relative(ROOT, from)} → ${relative(ROOT, to)}`)
        : [],
    );
    expect(sideways).toEqual([]);
  });

  it("detects a cycle and an upward import when there is one (the check itself works)", () => {
    const a = join(SRC, "model", "a.ts");
    const b = join(SRC, "score", "b.ts");
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([["src/model/a.ts", "src/score/b.ts"]]);
    expect(
      specifiers(
        'import type { X } from "./x.js";\nexport { y } from "../y.js";\nconst z = await import("./z.js");\nimport "./side.js";\n// import "./comment.js"',
      ),
    ).toEqual(["./x.js", "../y.js", "./z.js", "./side.js"]);
    expect(MAY_IMPORT.model).not.toContain("score");
  });
});
