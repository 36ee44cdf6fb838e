// Writes a file atomically: a temporary file in the same folder, then a rename, so that a crash
// or Ctrl-C never leaves half a file behind.
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import type { Io } from "./io.js";

export function writeFileAtomic(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temp, text, { encoding: "utf8", mode: 0o644 });
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new UsageError("OUTPUT_FAILED", { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}

const EXTENSIONS: Record<string, RegExp> = { csv: /\.csv$/i, json: /\.json$/i, md: /\.(md|markdown)$/i, html: /\.html?$/i };

/**
 * The output format: `--format` when given, else the one the `--out` file's extension names, else
 * the command's default (the first of `allowed`). An unknown `--format` is a usage error.
 */
export function outputFormat<F extends string>(format: string | undefined, out: string | undefined, allowed: readonly F[]): F {
  if (format !== undefined) {
    if ((allowed as readonly string[]).includes(format)) return format as F;
    throw new UsageError("USAGE", { detail: `--format ${format}: use ${allowed.join(", ")}.` });
  }
  return allowed.find((f) => out !== undefined && EXTENSIONS[f]?.test(out)) ?? allowed[0]!;
}

/** A command's text output: atomically to `--out` (resolved against the working folder, path on stderr), else stdout. */
export function writeOutput(text: string, out: string | undefined, io: Io): void {
  if (!out) {
    io.stdout.write(text);
    return;
  }
  const target = isAbsolute(out) ? out : resolve(io.cwd, out);
  writeFileAtomic(target, text);
  io.stderr.write(`${target}\n`);
}
