// Expands the PATH arguments of `batch` into a sorted list of answer files: a file as it is, a
// folder recursively (its .yaml, .yml and .json files), anything else as a glob (tinyglobby).
// Sorted by path and without duplicates, so the same inputs always give the same order.
import { readdirSync, statSync } from "node:fs";
import type { Dirent } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { globSync } from "tinyglobby";
import { byCodePoint } from "../model/order.js";

const ANSWER_FILE = /\.(ya?ml|json)$/i;

export interface Collected {
  /**
   * Sorted, as shown in the output: relative to the working folder where possible, else absolute.
   * One string per file (resolve it against the working folder to read it), so that the list of a
   * very large batch stays small.
   */
  readonly files: readonly string[];
  /** Arguments that matched nothing: reported as missing files. */
  readonly missing: readonly string[];
  /** Folders inside a given folder that could not be read: reported like invalid files, never skipped silently. */
  readonly unreadable: readonly string[];
}

/**
 * A folder's answer files, recursively (hidden entries and symbolically linked folders left out),
 * and the subfolders that could not be read. Iterative, so depth costs no stack.
 */
function walk(root: string, found: (abs: string) => void, unreadable: (abs: string) => void): void {
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      unreadable(dir);
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const abs = join(dir, e.name);
      if (e.isDirectory()) stack.push(abs);
      // A file, or anything else with an answer file's name (a FIFO is refused when it is read).
      else if (ANSWER_FILE.test(e.name) && !(e.isSymbolicLink() && isDirectory(abs))) found(abs);
    }
  }
}

function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

export interface CollectOptions {
  /** Called once, as soon as this many files have been found (a large batch can start its worker threads). */
  readonly many?: { readonly count: number; readonly reached: () => void };
}

export function collectFiles(paths: readonly string[], cwd: string, options: CollectOptions = {}): Collected {
  const found = new Set<string>();
  const many = options.many;
  let told = false;
  const missing: string[] = [];
  const unreadable = new Set<string>();
  const show = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel.startsWith("..") || isAbsolute(rel) ? abs : rel;
  };
  const add = (abs: string) => {
    found.add(show(abs));
    if (many && !told && found.size >= many.count) {
      told = true;
      many.reached();
    }
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
    if (kind === "file") add(abs);
    else if (kind === "dir") walk(abs, add, (d) => unreadable.add(show(d)));
    else {
      const matches = globSync(p, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: false });
      if (matches.length === 0) missing.push(p);
      for (const f of matches) add(f);
    }
  }
  return { files: [...found].sort(byCodePoint), missing, unreadable: [...unreadable].sort(byCodePoint) };
}
