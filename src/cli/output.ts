// Where a command's output goes: stdout, or a file written atomically (a temporary file beside it,
// fsync, then a rename), so that a crash, a full disk or Ctrl-C never leaves half a file and never
// touches an input. Every command writes through here; every failure is OUTPUT_FAILED (exit 2)
// and the clean-up after a failure cannot throw. See docs/exit-codes.md.
import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { onExit } from "signal-exit";
import writeFileAtomicLib from "write-file-atomic";
import { UsageError } from "../errors.js";
import { escapeTerminal } from "../report/escape.js";
import type { Io } from "./io.js";

const reasonOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

const EXTENSIONS: Record<string, RegExp> = {
  csv: /\.csv$/i,
  json: /\.json$/i,
  md: /\.(md|markdown)$/i,
  html: /\.html?$/i,
  docx: /\.docx$/i,
};

/**
 * The output format: `--format` when given, else the one the `--out` file's extension names, else
 * the command's default (the first of `allowed`). An unknown `--format` is INVALID_OPTION.
 */
export function outputFormat<F extends string>(
  format: string | undefined,
  out: string | undefined,
  allowed: readonly F[],
): F {
  if (format !== undefined) {
    if ((allowed as readonly string[]).includes(format)) return format as F;
    throw new UsageError("INVALID_OPTION", { option: "--format", value: format, allowed });
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

/** Removes a file if it is there; never throws (the clean-up of an error path). */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // nothing more to do: the temporary file stays, and is removed as stale by a later run
  }
}

const TEMP_SUFFIX = ".tmp";
/** `.<name>.<pid>.<random>.tmp`: the temporary file of a streamed output (and of older versions). */
function tempName(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}${TEMP_SUFFIX}`,
  );
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** How old a write-file-atomic temporary file must be before it counts as left behind. */
const STALE_LIBRARY_TEMP_MS = 60_000;
/**
 * `<name>.<N>`: write-file-atomic's temporary file, N a decimal unsigned 32-bit hash. Only N of
 * 7 to 10 digits that is not a date (YYYYMMDD) counts: people keep copies such as `a.yaml.2`,
 * `a.yaml.2025` or `a.yaml.20250115`, which must never be taken for a temp. A real temp has fewer
 * than 7 digits once in 4,300 writes; such a leftover simply stays.
 */
const LIBRARY_TEMP = /^\d{7,10}$/;
const DATE_LIKE = /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

/**
 * A write-file-atomic temporary file beside the target (`<name>.<N>`, see LIBRARY_TEMP) left by a write that was
 * stopped hard. Its name holds no pid, so its age decides: a regular file untouched for a minute
 * is no longer being written (a live write takes milliseconds), so a concurrent writer's file stays.
 */
function staleLibraryTemp(file: string, suffix: string): boolean {
  if (!LIBRARY_TEMP.test(suffix) || DATE_LIKE.test(suffix) || Number(suffix) > 0xffffffff) return false;
  try {
    const st = lstatSync(file);
    return st.isFile() && Date.now() - st.mtimeMs > STALE_LIBRARY_TEMP_MS;
  } catch {
    return false;
  }
}

const cleaned = new Set<string>();
/**
 * Removes temporary files of earlier writes to `target` that were stopped hard (kill -9, power
 * loss): `.<name>.<pid>[.<random>].tmp` whose process no longer runs, and write-file-atomic's
 * `<name>.<N>` older than a minute. Once per target per run; never throws.
 */
function removeStaleTemps(target: string): void {
  if (cleaned.has(target)) return;
  cleaned.add(target);
  const name = basename(target);
  const prefix = `.${name}.`;
  let entries: string[];
  try {
    entries = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith(`${name}.`) && staleLibraryTemp(join(dirname(target), entry), entry.slice(name.length + 1))) {
      removeQuietly(join(dirname(target), entry));
      continue;
    }
    if (!entry.startsWith(prefix) || !entry.endsWith(TEMP_SUFFIX)) continue;
    const m = /^(\d+)(?:\.[0-9a-z]+)?$/.exec(entry.slice(prefix.length, -TEMP_SUFFIX.length));
    if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) removeQuietly(join(dirname(target), entry));
  }
}

/** Writes a whole text (or a binary file, such as Word's) atomically with npm's write-file-atomic (fsync, rename, temp clean-up). */
export function writeFileAtomic(file: string, text: string | Uint8Array): void {
  removeStaleTemps(file);
  try {
    writeFileAtomicLib.sync(
      file,
      typeof text === "string" ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength),
      typeof text === "string" ? { encoding: "utf8", fsync: true } : { fsync: true },
    );
  } catch (err) {
    throw new UsageError("OUTPUT_FAILED", { file, reason: reasonOf(err) });
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
): void {
  if (!out) {
    if (typeof text !== "string") throw new Error("a binary output needs a file");
    io.stdout.write(text);
    return;
  }
  const target = outputPath(out, io);
  refuseInputAsOutput(target, inputs, io.cwd);
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
    return {
      write: (s) => void io.stdout.write(typeof s === "string" ? s : decoder.decode(s)),
      finish: () => {},
      abort: () => {},
      file: undefined,
    };
  }
  const target = outputPath(out, io);
  refuseInputAsOutput(target, inputs, io.cwd);
  removeStaleTemps(target);
  const temp = tempName(target);
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
        const bytes = typeof s === "string" ? Buffer.from(s, "utf8") : s;
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      } catch (err) {
        fail(err);
      }
    },
    finish: () => {
      try {
        fsyncSync(fd!);
        close();
        renameSync(temp, target);
        removeOnExit();
      } catch (err) {
        fail(err);
      }
    },
    abort,
  };
}
