// Prints diagnostics the way compilers do: file:line:column, code, message, the source line with
// a caret under the place, and how to fix it. Where and the caret are drawn by
// report/diagnostic-text.ts, which the form uses too.
import type { Diagnostic } from "../errors.js";
import type { Lang } from "../model/vocabulary.js";
import { wording } from "../messages/error-messages.js";
import { UI } from "../messages/ui.js";
import { excerptLines, excerptOf, MAX_SHOWN_PROBLEMS, placeOf } from "../report/diagnostic-text.js";
import { escapeTerminal } from "../report/escape.js";

export interface DiagnosticStyle {
  bold(s: string): string;
  dim(s: string): string;
  error(s: string): string;
}

/** `omitted`: problems that were counted but not described (InputError.omitted). */
export function formatDiagnostics(ds: readonly Diagnostic[], lang: Lang, style: DiagnosticStyle, omitted = 0): string {
  const shown = ds.slice(0, MAX_SHOWN_PROBLEMS).map((d) => formatDiagnostic(d, lang, style));
  const more = Math.max(0, ds.length - MAX_SHOWN_PROBLEMS) + omitted;
  if (more > 0) shown.push(`${UI[lang].moreErrors(more)}\n`);
  return shown.join("");
}

/**
 * One diagnostic for a terminal. File names, values and source lines come from files: their
 * control characters are shown as escapes (escapeTerminal), the caret moved to match.
 */
function formatDiagnostic(d: Diagnostic, lang: Lang, style: DiagnosticStyle): string {
  const { message, hint } = terminalWording(d, lang);
  const place = placeOf(d, escapeTerminal(d.file));
  const lines = [`${style.bold(place)}: ${style.error(`${UI[lang].error} ${d.code}`)}`, `  ${message}`];
  const excerpt = excerptOf(d);
  if (excerpt !== undefined) {
    const { gutter, blankGutter, source, caret } = excerptLines(excerpt, escapeTerminal);
    lines.push(style.dim(`  ${gutter}`) + source, style.dim(`  ${blankGutter}`) + style.error(caret));
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
  return `${placeOf(d, escapeTerminal(d.file))}: ${d.code}: ${terminalWording(d, lang).message}\n`;
}
