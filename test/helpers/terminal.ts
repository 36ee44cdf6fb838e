// A fake terminal for running the real interview (inquirer prompts) in-process: keystrokes go in
// through a stream, the screen is collected as text, and the test waits for text to appear.
import { PassThrough, Writable } from "node:stream";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";

export const KEY = { enter: "\r", down: "\u001b[B", up: "\u001b[A", ctrlC: "\u0003", backspace: "\u007f" } as const;

export class FakeTerminal {
  readonly input = new PassThrough();
  screen = "";
  private readonly output: Writable;

  constructor() {
    this.output = Object.assign(
      new Writable({
        write: (chunk: Buffer, _enc, cb) => {
          this.screen += chunk.toString();
          cb();
        },
      }),
      { columns: 100, rows: 40, isTTY: true },
    );
  }

  /** Plain text of everything shown, escape codes removed. */
  get text(): string {
    // eslint-disable-next-line no-control-regex
    return this.screen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "");
  }

  run(argv: string[], cwd: string): Promise<number> {
    const io: Io = {
      stdout: this.output,
      stderr: this.output,
      stdin: this.input,
      output: this.output,
      env: { NO_COLOR: "1" },
      cwd,
      stdinIsTTY: true,
      stdoutIsTTY: true,
      stderrIsTTY: true,
      columns: 100,
    };
    return main(argv, io);
  }

  private mark = 0;

  /**
   * Waits until `text` appears after the place the previous wait found its text, then moves that
   * place past it: each wait sees only what is new, however often a prompt redraws itself.
   */
  async waitFor(text: string, timeoutMs = 5000): Promise<void> {
    const start = Date.now();
    for (;;) {
      const at = this.text.indexOf(text, this.mark);
      if (at !== -1) {
        this.mark = at + text.length;
        return;
      }
      if (Date.now() - start > timeoutMs)
        throw new Error(`timed out waiting for "${text}"; screen ends with:\n${this.text.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  type(...keys: string[]): void {
    for (const k of keys) this.input.write(k);
  }
}
