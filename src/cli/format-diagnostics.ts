// Prints diagnostics the way compilers do: file:line:column, code, message, the source line with
// a caret under the place, and how to fix it.
import type { Diagnostic } from "../errors.js";
import type { Lang } from "../model/vocabulary.js";
import { wording } from "../messages/error-messages.js";
import { UI } from "../messages/ui.js";
import { escapeTerminal } from "../report/escape.js";

/** At most this many problems are printed per file; the rest are counted. */
const MAX_PRINTED = 25;

export interface DiagnosticStyle {
  bold(s: string): string;
  dim(s: string): string;
  error(s: string): string;
}

/** `omitted`: problems that were counted but not described (InputError.omitted). */
export function formatDiagnostics(ds: readonly Diagnostic[], lang: Lang, style: DiagnosticStyle, omitted = 0): string {
  const shown = ds.slice(0, MAX_PRINTED).map((d) => formatDiagnostic(d, lang, style));
  const more = Math.max(0, ds.length - MAX_PRINTED) + omitted;
  if (more > 0) shown.push(`${UI[lang].moreErrors(more)}\n`);
  return shown.join("");
}

/**
 * One diagnostic for a terminal. File names, values and source lines come from files: their
 * control characters are shown as escapes (escapeTerminal), the caret moved to match.
 */
function formatDiagnostic(d: Diagnostic, lang: Lang, style: DiagnosticStyle): string {
  const { message, hint } = terminalWording(d, lang);
  const file = escapeTerminal(d.file);
  const place = d.line !== undefined ? `${file}:${d.line}:${d.column ?? 1}` : file;
  const lines = [`${style.bold(place)}: ${style.error(`${UI[lang].error} ${d.code}`)}`, `  ${message}`];
  if (d.sourceLine !== undefined && d.line !== undefined) {
    const gutter = String(d.line);
    const at = Math.max(0, (d.caretColumn ?? 1) - 1);
    const before = escapeTerminal(d.sourceLine.slice(0, at));
    const marked = escapeTerminal(d.sourceLine.slice(at, at + Math.max(1, d.caretLength ?? 1)));
    lines.push(style.dim(`  ${gutter} | `) + before + escapeTerminal(d.sourceLine.slice(at)));
    const caret = " ".repeat([...before].length) + "^".repeat(Math.max(1, [...marked].length));
    lines.push(style.dim(`  ${" ".repeat(gutter.length)} | `) + style.error(caret));
  }
  lines.push(`  ${UI[lang].fix}: ${hint}`);
  return `${lines.join("\n")}\n`;
}

/** The message and hint of a diagnostic, safe for a terminal (values from files escaped). */
export function terminalWording(d: Pick<Diagnostic, "code" | "params">, lang: Lang): { message: string; hint: string } {
  const { message, hint } = wording(d.code, d.params, lang);
  return { message: escapeTerminal(message), hint: escapeTerminal(hint) };
}

/** One line per file for a batch's stderr: `file:line:column: CODE: message`, whatever the file holds. */
export function diagnosticLine(
  d: Pick<Diagnostic, "code" | "params" | "file" | "line" | "column">,
  lang: Lang,
): string {
  const place = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : "";
  return `${escapeTerminal(d.file)}${place}: ${d.code}: ${terminalWording(d, lang).message}\n`;
}
