// Prints diagnostics the way compilers do: file:line:column, code, message, the source line with
// a caret under the place, and how to fix it.
import type { Diagnostic } from "../errors.js";
import type { Lang } from "../model/vocabulary.js";
import { wording } from "../messages/error-messages.js";
import { UI } from "../messages/ui.js";

/** At most this many problems are printed per file; the rest are counted. */
export const MAX_PRINTED = 25;

export interface DiagnosticStyle {
  bold(s: string): string;
  dim(s: string): string;
  error(s: string): string;
}

/** `omitted`: problems that were counted but not described (InputError.omitted). */
export function formatDiagnostics(ds: readonly Diagnostic[], lang: Lang, style: DiagnosticStyle, omitted = 0): string {
  const shown = ds.slice(0, MAX_PRINTED).map((d) => formatDiagnostic(d, lang, style));
  const more = Math.max(0, ds.length - MAX_PRINTED) + omitted;
  if (more > 0) shown.push(UI[lang].moreErrors(more) + "\n");
  return shown.join("");
}

export function formatDiagnostic(d: Diagnostic, lang: Lang, style: DiagnosticStyle): string {
  const { message, hint } = wording(d.code, d.params, lang);
  const place = d.line !== undefined ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
  const lines = [`${style.bold(place)}: ${style.error(`${UI[lang].error} ${d.code}`)}`, `  ${message}`];
  if (d.sourceLine !== undefined && d.line !== undefined) {
    const gutter = String(d.line);
    lines.push(style.dim(`  ${gutter} | `) + d.sourceLine);
    const caret = " ".repeat(Math.max(0, (d.caretColumn ?? 1) - 1)) + "^".repeat(Math.max(1, d.caretLength ?? 1));
    lines.push(style.dim(`  ${" ".repeat(gutter.length)} | `) + style.error(caret));
  }
  lines.push(`  ${UI[lang].fix}: ${hint}`);
  return lines.join("\n") + "\n";
}
