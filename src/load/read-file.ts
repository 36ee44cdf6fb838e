// Reads a user's file from disk as bytes, refusing what is not a readable regular file or is
// larger than the limit before reading it. The only file-reading I/O of the load step.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { Stats } from "node:fs";
import { InputError } from "../errors.js";

/** Size limits, documented in the README ("Limits"). */
export const LIMITS = {
  answerFileBytes: 1024 * 1024,
  questionnaireBytes: 4 * 1024 * 1024,
} as const;

/** Opened without blocking: a FIFO with no writer (or a device) would otherwise hang the open. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What a path is when it is not a regular file (the reason of FILE_UNREADABLE). */
function notAFileReason(stat: Stats): string {
  if (stat.isDirectory()) return "folder";
  if (stat.isFIFO()) return "fifo";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "device";
  if (stat.isSocket()) return "socket";
  return "not-a-file";
}

/** What a file is read as, for the advice when it is too large. */
export type FileRole = "answers" | "questionnaire" | "municipalities" | "either";

export function readFileBytes(file: string, maxBytes: number, role: FileRole = "answers"): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError([{ code: "FILE_NOT_FOUND", file, params: {} }]);
    if (code === "EISDIR") throw new InputError([{ code: "FILE_UNREADABLE", file, params: { reason: "folder" } }]);
    throw new InputError([{ code: "FILE_UNREADABLE", file, params: { reason: code ?? "unknown" } }]);
  }
  try {
    // One open, then the size from the open file, then one read: the size is checked before reading.
    const stat = fstatSync(fd);
    // Only regular files are read: a FIFO, device, socket or folder is refused without reading.
    if (!stat.isFile())
      throw new InputError([{ code: "FILE_UNREADABLE", file, params: { reason: notAFileReason(stat) } }]);
    if (stat.size > maxBytes)
      throw new InputError([{ code: "FILE_TOO_LARGE", file, params: { size: stat.size, limit: maxBytes, role } }]);
    // Read one byte more than the size, so a file that grew since fstat is still caught.
    // Its own memory (not Node's shared pool), so a batch can hand it to a worker thread whole.
    const buffer = Buffer.allocUnsafeSlow(Math.min(stat.size + 1, maxBytes + 1));
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    if (length > maxBytes)
      throw new InputError([{ code: "FILE_TOO_LARGE", file, params: { size: length, limit: maxBytes, role } }]);
    return buffer.subarray(0, length);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError([
      { code: "FILE_UNREADABLE", file, params: { reason: code === "EISDIR" ? "folder" : (code ?? "unknown") } },
    ]);
  } finally {
    closeSync(fd);
  }
}
