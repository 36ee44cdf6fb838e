// The program's window on the world, injected so that every command runs in tests without a TTY.
import type { Readable, Writable } from "node:stream";

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
}

export function nodeIo(): Io {
  // A reader that stops early (`zelftest batch … | head`) closes the pipe: end quietly, as Unix tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") process.exit(0);
      throw err;
    });
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    output: process.stdout,
    errorOutput: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdinIsTTY: Boolean(process.stdin.isTTY),
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
