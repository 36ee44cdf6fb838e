// Runs the command line in-process with captured output and no TTY. A `batch` gets worker threads
// built from the current sources (helpers/build-worker.ts), not the last build's bundled worker.
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { workerFromSources } from "./build-worker.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], over: Partial<Io> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: process.cwd(),
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 80,
    ...(argv.includes("batch") ? { batchWorker: await workerFromSources() } : {}),
    ...over,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
