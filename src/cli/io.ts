// The program's window on the world, injected so that every command runs in tests without a TTY.
import { writeSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { EXIT } from "../errors.js";
import { wording } from "../messages/error-messages.js";
import { UI } from "../messages/ui.js";
import type { Lang } from "../model/vocabulary.js";

export interface Io {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  readonly stdin?: Readable;
  /** The raw output stream, for prompts that need a real stream (the interview). */
  readonly output?: Writable;
  /** The raw error stream, for the progress bar of `batch`. */
  readonly errorOutput?: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Terminal width for wrapping; 80 when unknown. */
  readonly columns: number;
  /** The script of `batch`'s worker threads; default: the bundled one. Tests pass one built from src/. */
  readonly batchWorker?: string;
}

/** The language asked for on the command line, read before commander so that help is translated too. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === "--lang" && argv[i + 1] === "en") return "en";
    if (a === "--lang=en") return "en";
  }
  return "nl";
}

export function nodeIo(argv: readonly string[] = process.argv.slice(2)): Io {
  const lang = langFromArgv(argv);
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      // A reader that stops early (`zelftest batch … | head`) closes the pipe: end quietly, as Unix tools do.
      if (err.code === "EPIPE") process.exit(EXIT.ok);
      // Any other failure (`> /dev/full`, a vanished terminal): a clean message, exit 2, no stack.
      if (stream === process.stdout) {
        const { message, hint } = wording("STDOUT_FAILED", { reason: err.code ?? String(err) }, lang);
        try {
          writeSync(2, `${UI[lang].error} STDOUT_FAILED: ${message}\n  ${UI[lang].fix}: ${hint}\n`);
        } catch {
          // stderr fails too: the exit code is all that is left
        }
      }
      process.exit(EXIT.invalid);
    });
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Only the interview reads standard input: opening the stream costs start-up time that other
    // commands need not pay, so it is opened when first asked for (README, Performance).
    get stdin() {
      return process.stdin;
    },
    output: process.stdout,
    errorOutput: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns || 80,
  };
}

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org), always with FORCE_COLOR. */
export function wantsColor(io: Io, stream: "stdout" | "stderr"): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return stream === "stdout" ? io.stdoutIsTTY : io.stderrIsTTY;
}
