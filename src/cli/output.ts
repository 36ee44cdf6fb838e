// Where a command's output goes: stdout, or a file written atomically (a temporary file beside it,
// fsync, then a rename), so that a crash, a full disk or Ctrl-C never leaves half a file and never
// touches an input. Every command writes through here; every failure is OUTPUT_FAILED (exit 2)
// and the clean-up after a failure cannot throw. See docs/exit-codes.md.
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import type { Stats } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { onExit } from "signal-exit";
import { InputError, UsageError } from "../errors.js";
import { sourceFromBytes } from "../load/load-files.js";
import { LIMITS, readFileBytes } from "../load/read-file.js";
import { escapeTerminal, escapeTerminalText } from "../report/escape.js";
import type { Removal } from "../interview/context.js";
import type { Io } from "./io.js";

const reasonOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

const EXTENSIONS: Record<string, RegExp> = {
  csv: /\.csv$/i,
  json: /\.json$/i,
  md: /\.(md|markdown)$/i,
  html: /\.html?$/i,
  docx: /\.docx$/i,
  parquet: /\.parquet$/i,
};

/** The kind of file a format writes, by the key of its extension in EXTENSIONS: the CSV formats all write .csv. */
const FILE_OF_FORMAT: Record<string, string> = { "csv-long": "csv", panel: "csv" };

/**
 * The output format: `--format` when given, else the one the `--out` file's extension names, else
 * the command's default (the first of `allowed`). An unknown `--format` is INVALID_OPTION; a
 * `--format` that contradicts an `--out` ending in another format's extension (`--format csv --out
 * x.parquet`) is OUTPUT_FORMAT_MISMATCH, before anything is written. An extension no format has
 * (`.txt`, `.dat`, none) takes any format.
 */
export function outputFormat<F extends string>(
  format: string | undefined,
  out: string | undefined,
  allowed: readonly F[],
): F {
  if (format !== undefined) {
    if (!(allowed as readonly string[]).includes(format))
      throw new UsageError("INVALID_OPTION", { option: "--format", value: format, allowed });
    const named = out === undefined ? undefined : Object.keys(EXTENSIONS).find((k) => EXTENSIONS[k]!.test(out));
    const writes = FILE_OF_FORMAT[format] ?? format;
    if (out !== undefined && named !== undefined && named !== writes)
      throw new UsageError("OUTPUT_FORMAT_MISMATCH", {
        file: out,
        format,
        named,
        extension: out.slice(out.lastIndexOf(".")),
        wanted: `.${writes}`,
      });
    return format as F;
  }
  return allowed.find((f) => out !== undefined && EXTENSIONS[f]?.test(out)) ?? allowed[0]!;
}

/** An `--out` path resolved against the working folder. */
export function outputPath(out: string, io: Pick<Io, "cwd">): string {
  return isAbsolute(out) ? out : resolve(io.cwd, out);
}

/**
 * Refuses an output file that is one of the inputs (the same file on disk, whatever the path
 * says: symbolic and hard links included), before anything is written.
 */
export function refuseInputAsOutput(target: string, inputs: readonly (string | undefined)[], cwd: string): void {
  let out: { dev: number; ino: number };
  try {
    out = statSync(target);
  } catch (err) {
    const reason = reasonOf(err);
    if (reason === "ENOENT") return; // a file that does not exist is no input
    // A symbolic-link loop, a name too long, a file used as a folder: refused before any writing.
    throw new UsageError("OUTPUT_FAILED", { file: target, reason });
  }
  for (const input of inputs) {
    if (input === undefined) continue;
    try {
      const st = statSync(resolve(cwd, input));
      if (st.dev === out.dev && st.ino === out.ino) throw new UsageError("OUTPUT_IS_INPUT", { file: target });
    } catch (err) {
      if (err instanceof UsageError) throw err;
    }
  }
}

/** What a command writes: its own kind of file may be replaced, another kind may not. */
export type OutputKind = "report" | "form" | "answers";

/**
 * A key `themes` or `questionnaire` as YAML or JSON writes it: the word, a closing quote perhaps,
 * then the colon after blanks, line breaks or comments (an explicit `? key` puts the colon on the
 * next line). A backslash (an escape in a quoted key) could spell the key otherwise, so it counts
 * too. (An alias is no key here: the parser refuses it, NON_STRING_KEY.)
 */
const PERSONAL_KEY = /(?:themes|questionnaire)["']?\s*(?:#[^\n]*\n\s*)*:|\\/;

/**
 * Whether a file's bytes may hold an answer file's or a questionnaire's keys: the cheap look
 * before the full parse. A batch CSV of 4 MB (the tool's own output, written again) took 0.7 s to
 * parse as YAML only to find it was not one (issue 24). The keys are ASCII and the files UTF-8, so
 * the bytes read as Latin-1 hold them exactly where the text does.
 */
export function mayHoldPersonalKeys(bytes: Uint8Array): boolean {
  return PERSONAL_KEY.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"));
}

/**
 * What an existing file is, when it is one a person made: "answers" for a file that parses as an
 * answer file (a mapping with `questionnaire` and `answers` or `respondent`), "questionnaire" for
 * one with `themes`. Anything else — a report, CSV, a file that does not parse — is undefined.
 */
function personalKind(file: string): "answers" | "questionnaire" | undefined {
  let value: unknown;
  try {
    const bytes = readFileBytes(file, LIMITS.questionnaireBytes);
    if (!mayHoldPersonalKeys(bytes)) return undefined;
    value = sourceFromBytes(bytes, file).value;
  } catch (err) {
    if (err instanceof InputError) return undefined;
    throw err;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const keys = value as Record<string, unknown>;
  if ("themes" in keys) return "questionnaire";
  if ("questionnaire" in keys && ("answers" in keys || "respondent" in keys)) return "answers";
  return undefined;
}

/**
 * Refuses to replace an answer file or a questionnaire with another kind of output (a report or
 * a form written over a municipality's answers or questionnaire): OUTPUT_WOULD_REPLACE, exit 2,
 * before anything is written. A file of the command's own kind, or any other file, may be replaced.
 */
export function refuseToReplace(target: string, kind: OutputKind): void {
  let st: Stats;
  try {
    st = statSync(target);
  } catch {
    return; // new, or unreachable: the writer reports that
  }
  if (!st.isFile() || st.size > LIMITS.questionnaireBytes) return;
  const found = personalKind(target);
  if (found !== undefined && found !== kind)
    throw new UsageError("OUTPUT_WOULD_REPLACE", { file: target, kind: found });
}

/**
 * Refuses two outputs of one command that are the same file (`--codebook` equal to `--out`,
 * `--plan-csv` equal to `--out`): the second would replace the first. OUTPUT_TWICE, exit 2.
 */
export function refuseSameOutput(
  first: { option: string; path: string | undefined },
  second: { option: string; path: string | undefined },
  io: Pick<Io, "cwd">,
): void {
  if (!first.path || !second.path) return;
  const [a, b] = [outputPath(first.path, io), outputPath(second.path, io)];
  let same = a === b;
  if (!same) {
    try {
      const [sa, sb] = [statSync(a), statSync(b)];
      same = sa.dev === sb.dev && sa.ino === sb.ino;
    } catch {
      // one of them does not exist yet: different names are different files
    }
  }
  if (same) throw new UsageError("OUTPUT_TWICE", { file: b, first: first.option, second: second.option });
}

/** Removes a file if it is there; never throws (the clean-up of an error path). */
function removeQuietly(file: string, fs: Pick<AtomicFs, "unlinkSync"> = nodeFs): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone, or it cannot be removed: nothing more to do
  }
}

/**
 * The file-system calls the atomic writer makes: node:fs in the program, a faulty one in the
 * property test (short writes, ENOSPC, EACCES, EIO at any call).
 */
export interface AtomicFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  fchmodSync(fd: number, mode: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  statSync(path: string): Stats;
  realpathSync(path: string): string;
}
const nodeFs: AtomicFs = {
  openSync: (p, f, m) => openSync(p, f, m),
  writeSync: (fd, b, o, l) => writeSync(fd, b, o, l),
  fsyncSync,
  fchmodSync,
  closeSync,
  renameSync,
  unlinkSync,
  statSync: (p) => statSync(p),
  realpathSync: (p) => realpathSync(p),
};

/**
 * `.<name>.<pid>.<random>.tmp` beside the target. It is created with O_EXCL ("wx"), so the file
 * this run removes on failure is always one it made itself; nothing else is ever removed. A run
 * stopped hard (kill -9, power loss) can leave one behind: a hidden file that harms nothing.
 */
function tempName(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10).padEnd(8, "0")}.tmp`,
  );
}

/** What an existing output path is, when it is not a regular file (FILE_UNREADABLE's reasons). */
function notAFileReason(st: Stats): string {
  if (st.isDirectory()) return "folder";
  if (st.isFIFO()) return "fifo";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "device";
  if (st.isSocket()) return "socket";
  return "not-a-file";
}

/**
 * Where the bytes really go: the target itself when it is new, the file a symbolic link points
 * to when it is one (the link stays a link), and the mode the file has now (kept). Anything that
 * is not a regular file — a device such as /dev/null, a FIFO, /dev/stdout, a folder — is refused
 * with OUTPUT_NOT_A_FILE before anything is written: it is never renamed over.
 */
function resolveTarget(file: string, fs: AtomicFs): { path: string; mode?: number } {
  let st: Stats;
  try {
    st = fs.statSync(file);
  } catch (err) {
    const reason = reasonOf(err);
    if (reason === "ENOENT") return { path: file }; // a new file (or a dangling link, replaced)
    throw new UsageError("OUTPUT_FAILED", { file, reason });
  }
  if (!st.isFile()) throw new UsageError("OUTPUT_NOT_A_FILE", { file, reason: notAFileReason(st) });
  let path = file;
  try {
    path = fs.realpathSync(file);
  } catch {
    // it was there a moment ago; write to the name as given
  }
  return { path, mode: st.mode & 0o7777 };
}

/** Writes every byte, or throws: a short write is continued, a write of nothing is a full disk. */
function writeAll(fs: AtomicFs, fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) {
    const n = fs.writeSync(fd, bytes, done, bytes.length - done);
    if (!(n > 0)) throw Object.assign(new Error("nothing was written"), { code: "ENOSPC" });
    done += n;
  }
}

/**
 * Removes a file if its text is still `text` (the interview's unfinished file, once all of it is in
 * the answer file), and says what happened: removed; gone (no longer there); changed (left as it
 * is); failed, with the reason, when it could not be read or removed (EACCES, EBUSY, a folder …).
 */
export function removeIfUnchanged(path: string, text: string, fs: Pick<AtomicFs, "unlinkSync"> = nodeFs): Removal {
  let now: string;
  try {
    now = Buffer.from(readFileBytes(path, LIMITS.answerFileBytes)).toString("utf8");
  } catch (err) {
    const d = err instanceof InputError ? err.diagnostics[0] : undefined;
    if (d?.code === "FILE_NOT_FOUND") return { outcome: "gone" };
    // Grown beyond what an answer file can be: not the text that was read.
    if (d?.code === "FILE_TOO_LARGE") return { outcome: "changed" };
    return { outcome: "failed", reason: d ? String(d.params.reason ?? d.code) : reasonOf(err) };
  }
  if (now !== text) return { outcome: "changed" };
  try {
    fs.unlinkSync(path);
    return { outcome: "removed" };
  } catch (err) {
    const reason = reasonOf(err);
    return reason === "ENOENT" ? { outcome: "gone" } : { outcome: "failed", reason };
  }
}

/**
 * Writes a whole file atomically: a temporary file of its own beside the target, every byte
 * written (short writes continued and checked), fsync, rename over the target. On any failure
 * (ENOSPC, EIO, EACCES, …) its own temporary file is removed, the old file is left exactly as it
 * was, and OUTPUT_FAILED names the file and the reason. The one writer of every whole output: the
 * report, the form, the codebook, the plan, the interview's answer file.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, fs: AtomicFs = nodeFs): void {
  const { path, mode } = resolveTarget(file, fs);
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let temp: string | undefined;
  let fd: number | undefined;
  try {
    for (let attempt = 0; fd === undefined; attempt += 1) {
      const candidate = tempName(path);
      try {
        fd = fs.openSync(candidate, "wx", 0o666);
        temp = candidate;
      } catch (err) {
        if (reasonOf(err) !== "EEXIST" || attempt >= 5) throw err;
      }
    }
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    writeAll(fs, fd, bytes);
    fs.fsyncSync(fd);
    const open = fd;
    fd = undefined;
    fs.closeSync(open);
    fs.renameSync(temp!, path);
    temp = undefined;
  } catch (err) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // the temporary file is removed next either way
      }
    }
    if (temp !== undefined) removeQuietly(temp, fs);
    throw new UsageError("OUTPUT_FAILED", { file, reason: reasonOf(err) });
  }
  syncFolder(dirname(path));
}

/** Makes the rename itself durable (power loss); some file systems cannot, which is no failure. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, "r");
    fsyncSync(fd);
  } catch {
    // not supported here (or not allowed): the data itself is already on disk
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to do
      }
    }
  }
}

/**
 * A command's output: atomically to `--out` (path on stderr), else stdout (text only: a binary
 * output needs `--out`). `inputs` are never overwritten.
 */
export function writeOutput(
  text: string | Uint8Array,
  out: string | undefined,
  io: Io,
  inputs: readonly (string | undefined)[] = [],
  options: {
    /** What the command writes (default: a report); see refuseToReplace. */
    readonly kind?: OutputKind;
    /** The text was made for the terminal (terminal-text.ts) and is safe there already, styles included. */
    readonly terminalReady?: boolean;
  } = {},
): void {
  if (!out) {
    if (typeof text !== "string") throw new Error("a binary output needs a file");
    // On a terminal, no control character from a file may steer it (ESC c, OSC titles, a lone CR).
    io.stdout.write(io.stdoutIsTTY && !options.terminalReady ? escapeTerminalText(text) : text);
    return;
  }
  const target = outputPath(out, io);
  refuseInputAsOutput(target, inputs, io.cwd);
  refuseToReplace(target, options.kind ?? "report");
  writeFileAtomic(target, text);
  io.stderr.write(`${escapeTerminal(target)}\n`);
}

/** Output written piece by piece (a batch of any size), finished or abandoned as a whole. */
export interface OutputSink {
  /** Text, or text already encoded as UTF-8. */
  write(text: string | Uint8Array): void;
  /** Makes the output complete (file: fsync and rename into place). */
  finish(): void;
  /** Abandons the output (file: the temporary file is removed). Never throws. */
  abort(): void;
  /** The file written, or undefined for stdout. */
  readonly file: string | undefined;
}

/**
 * Opens the output of a streamed command: stdout, or a temporary file beside `--out` that
 * becomes the file only at `finish`. Writes are synchronous, so output never piles up in memory.
 */
export function openOutput(out: string | undefined, io: Io, inputs: readonly (string | undefined)[] = []): OutputSink {
  if (!out) {
    const decoder = new TextDecoder();
    const shown = (s: string) => (io.stdoutIsTTY ? escapeTerminalText(s) : s);
    return {
      write: (s) => void io.stdout.write(shown(typeof s === "string" ? s : decoder.decode(s, { stream: true }))),
      finish: () => {},
      abort: () => {},
      file: undefined,
    };
  }
  const target = outputPath(out, io);
  refuseInputAsOutput(target, inputs, io.cwd);
  refuseToReplace(target, "report");
  const { path, mode } = resolveTarget(target, nodeFs);
  const temp = tempName(path);
  let fd: number | undefined;
  let removeOnExit = () => {};
  const close = () => {
    if (fd === undefined) return;
    try {
      closeSync(fd);
    } catch {
      // already closed, or the close failed: the file is removed next either way
    }
    fd = undefined;
  };
  const abort = () => {
    close();
    removeQuietly(temp);
    removeOnExit();
  };
  const fail = (err: unknown): never => {
    abort();
    throw new UsageError("OUTPUT_FAILED", { file: target, reason: reasonOf(err) });
  };
  try {
    fd = openSync(temp, "wx", 0o666);
    if (mode !== undefined) fchmodSync(fd, mode);
    // Ctrl-C or a fatal signal during a long batch: the temporary file goes too.
    removeOnExit = onExit(() => removeQuietly(temp));
  } catch (err) {
    fail(err);
  }
  return {
    file: target,
    write: (s) => {
      if (fd === undefined) return;
      try {
        writeAll(nodeFs, fd, typeof s === "string" ? Buffer.from(s, "utf8") : s);
      } catch (err) {
        fail(err);
      }
    },
    finish: () => {
      try {
        fsyncSync(fd!);
        close();
        renameSync(temp, path);
        removeOnExit();
        syncFolder(dirname(path));
      } catch (err) {
        fail(err);
      }
    },
    abort,
  };
}
