// Reads a user's file from disk as bytes, refusing what is not a readable regular file or is
// larger than the limit before reading it. The only file-reading I/O of the load step.
import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors.js";

/** Size limits, documented in the README ("Limits"). */
export const LIMITS = {
  answerFileBytes: 1024 * 1024,
  questionnaireBytes: 4 * 1024 * 1024,
} as const;

export function readFileBytes(file: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError([{ code: "FILE_UNREADABLE", file, params: { reason: "not-a-file" } }]);
    size = stat.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError([{ code: "FILE_NOT_FOUND", file, params: {} }]);
    throw new InputError([{ code: "FILE_UNREADABLE", file, params: { reason: code ?? "unknown" } }]);
  }
  if (size > maxBytes) throw new InputError([{ code: "FILE_TOO_LARGE", file, params: { size, limit: maxBytes } }]);
  try {
    const bytes = readFileSync(file);
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) {
      throw new InputError([{ code: "FILE_TOO_LARGE", file, params: { size: bytes.length, limit: maxBytes } }]);
    }
    return bytes;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError([{ code: "FILE_UNREADABLE", file, params: { reason: code ?? "unknown" } }]);
  }
}
