// Markdown meant for a person at a terminal: `report` and `compare` print readable text there
// (report/render-terminal.ts) instead of Markdown with its escapes. Piped, redirected, written
// with --out or asked for with --format md, the output is exactly the Markdown.
import { escapeTerminalText } from "../report/escape.js";
import type { Io } from "./io.js";
import { makeStyle } from "./style.js";

/** True when stdout is a terminal and neither --format nor --out chose the output. */
export function forTerminal(io: Io, options: { format?: string; out?: string }): boolean {
  return io.stdoutIsTTY && options.format === undefined && !options.out;
}

/**
 * The Markdown as terminal text in the terminal's width; the renderer is loaded only here. Every
 * control character in the Markdown (from a file: a questionnaire's text, a name, a note) is made
 * visible first (escapeTerminalText), so the only escape sequences in the result are our styles.
 */
export async function terminalText(markdown: string, io: Io): Promise<string> {
  const [{ renderTerminal }, style] = await Promise.all([
    import("../report/render-terminal.js"),
    makeStyle(io, "stdout"),
  ]);
  return renderTerminal(escapeTerminalText(markdown), io.columns, style);
}
