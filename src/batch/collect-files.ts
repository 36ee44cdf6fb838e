// Expands the PATH arguments of `batch` into a sorted list of answer files: a file as it is, a
// folder recursively (its .yaml, .yml and .json files), anything else as a glob (tinyglobby).
// Sorted by path and without duplicates, so the same inputs always give the same order.
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { globSync } from "tinyglobby";

const ANSWER_EXTENSIONS = "{yaml,yml,json}";

export interface InputFile {
  /** Absolute, for reading. */
  readonly path: string;
  /** Relative to the working folder where possible, for output. */
  readonly display: string;
}

export interface Collected {
  /** Sorted by display path. */
  readonly files: readonly InputFile[];
  /** Arguments that matched nothing: reported as missing files. */
  readonly missing: readonly string[];
}

export function collectFiles(paths: readonly string[], cwd: string): Collected {
  const found = new Map<string, string>(); // display → absolute
  const missing: string[] = [];
  const show = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel.startsWith("..") || isAbsolute(rel) ? abs : rel;
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let kind: "file" | "dir" | undefined;
    try {
      const st = statSync(abs);
      kind = st.isDirectory() ? "dir" : "file";
    } catch {
      kind = undefined;
    }
    if (kind === "file") found.set(show(abs), abs);
    else if (kind === "dir") {
      for (const f of globSync(`**/*.${ANSWER_EXTENSIONS}`, { cwd: abs, absolute: true, dot: false, followSymbolicLinks: false })) found.set(show(f), f);
    } else {
      const matches = globSync(p, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: false });
      if (matches.length === 0) missing.push(p);
      for (const f of matches) found.set(show(f), f);
    }
  }
  const files = [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([display, path]) => ({ path, display }));
  return { files, missing };
}
