// Writes a file atomically: a temporary file in the same folder, then a rename, so that a crash
// or Ctrl-C never leaves half a file behind.
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../errors.js";

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
