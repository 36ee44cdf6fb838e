// Expands the PATH arguments of `batch` into a sorted list of answer files: a file as it is, a
// folder recursively (its .yaml, .yml and .json files), anything else as a glob (tinyglobby).
// Sorted by path and without duplicates, so the same inputs always give the same order.
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { globSync } from "tinyglobby";

const ANSWER_EXTENSIONS = "{yaml,yml,json}";

export interface Collected {
  /**
   * Sorted, as shown in the output: relative to the working folder where possible, else absolute.
   * One string per file (resolve it against the working folder to read it), so that the list of a
   * very large batch stays small.
   */
  readonly files: readonly string[];
  /** Arguments that matched nothing: reported as missing files. */
  readonly missing: readonly string[];
}

export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function collectFiles(paths: readonly string[], cwd: string): Collected {
  const found = new Set<string>();
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
    if (kind === "file") found.add(show(abs));
    else if (kind === "dir") {
      for (const f of globSync(`**/*.${ANSWER_EXTENSIONS}`, { cwd: abs, absolute: true, dot: false, followSymbolicLinks: false })) found.add(show(f));
    } else {
      const matches = globSync(p, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: false });
      if (matches.length === 0) missing.push(p);
      for (const f of matches) found.add(show(f));
    }
  }
  return { files: [...found].sort(byCodePoint), missing };
}
