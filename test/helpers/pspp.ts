// GNU PSPP for the tests of the SPSS syntax (`batch --codebook FILE.sps`): whether it is installed
// (the tests are skipped, with the reason in their name, where it is not; CI installs it: .ci/run),
// and its output tables read back from its CSV output.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { expect } from "vitest";

export const HAS_PSPP = spawnSync("pspp", ["--version"], { encoding: "utf8" }).status === 0;

/** Runs syntax in PSPP (in `dir`, as run.sps) and returns its output tables (PSPP's CSV output) by title; fails on any warning or error. */
export function pspp(dir: string, syntax: string): Map<string, string[][]> {
  writeFileSync(join(dir, "run.sps"), syntax);
  execFileSync("pspp", ["-O", "format=csv", "-o", "out.csv", "run.sps"], { cwd: dir, encoding: "utf8" });
  const text = readFileSync(join(dir, "out.csv"), "utf8");
  expect(text).not.toMatch(/warning|error:/i);
  const tables = new Map<string, string[][]>();
  for (const block of text.split(/\n\s*\n/)) {
    const m = /^Table: (.*)\n([\s\S]*)$/.exec(block.trim());
    if (m) tables.set(`${m[1]}#${tables.size}`, parse(m[2]!, { relax_column_count: true }) as string[][]);
  }
  return tables;
}

/** The last table of that title (its header row first). */
export function table(tables: Map<string, string[][]>, title: string): string[][] {
  const found = [...tables].filter(([k]) => k.startsWith(`${title}#`));
  expect(found.length, `PSPP table ${title}`).toBeGreaterThan(0);
  return found[found.length - 1]![1];
}

/** A FREQUENCIES table as value → count (rows "Valid"/"Missing" with the value in column 2). */
export function frequencies(rows: string[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows.slice(1)) if (r[0] !== "Total" && r[1] !== undefined && r[1] !== "") out.set(r[1], Number(r[2]));
  return out;
}
