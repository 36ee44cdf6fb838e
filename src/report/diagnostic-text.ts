// How a problem with a file is shown, in one place for the terminal (cli/format-diagnostics.ts)
// and the form (form/components/file-problems.ts): where it is (`file:line:column`), and the line
// of the file with a caret under the place, as compilers and eemeli/yaml's prettifyError draw it.
//
// Columns count characters (Unicode code points), as the schema counts a text's length: the
// loader gives `column`, `caretColumn` and `caretLength` in code points, so an emoji before the
// place is one character. Where the caret goes on screen is another matter: a terminal gives an
// emoji or a CJK character two cells, a combining accent none. The terminal's caret line is
// padded by displayWidth; the form pads with the text before the place itself (made invisible),
// so the browser's own font decides and the caret cannot drift.
import type { Diagnostic } from "../errors.js";

/** At most this many problems are shown per file, in the terminal and in the form; the rest are counted. */
export const MAX_SHOWN_PROBLEMS = 25;

/** `file:line:column`, or the file alone when the problem is with the file as a whole. */
export function placeOf(d: Pick<Diagnostic, "file" | "line" | "column">, file: string = d.file): string {
  return d.line !== undefined ? `${file}:${d.line}:${d.column ?? 1}` : file;
}

/** The line of the file around a problem, split at the caret: the text before, under and after it. */
export interface Excerpt {
  /** The line number as shown in the gutter. */
  readonly number: string;
  readonly before: string;
  /** What the caret marks; empty when the place is just past the end of the line (the caret is one cell). */
  readonly marked: string;
  readonly after: string;
}

/** The excerpt of a diagnostic that has a source line; undefined otherwise. */
export function excerptOf(d: Diagnostic): Excerpt | undefined {
  if (d.sourceLine === undefined || d.line === undefined) return undefined;
  const chars = [...d.sourceLine];
  const at = Math.min(chars.length, Math.max(0, (d.caretColumn ?? 1) - 1));
  const end = Math.min(chars.length, at + Math.max(1, d.caretLength ?? 1));
  return {
    number: String(d.line),
    before: chars.slice(0, at).join(""),
    marked: chars.slice(at, end).join(""),
    after: chars.slice(end).join(""),
  };
}

let segmenter: Intl.Segmenter | undefined;
/** What a reader sees as one character each; per code point where Intl.Segmenter is missing (Firefox before 125). */
export function graphemes(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter === undefined) return [...text];
  segmenter ??= new Segmenter(undefined, { granularity: "grapheme" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
/** Shown in two cells: emoji presented as emoji (also a text-style symbol with VS16), and East Asian wide and fullwidth characters. */
const WIDE =
  /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|^[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
/** Shown in no cell on its own: combining marks, joiners and selectors, controls. */
const ZERO = /^[\p{M}\p{Cf}\p{Cc}]+$/u;

/**
 * How many cells of a terminal a text takes, counted per grapheme (what a reader sees as one
 * character): two for a wide one, none for one that only changes its neighbour, else one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const segment of graphemes(text)) width += WIDE.test(segment) ? 2 : ZERO.test(segment) ? 0 : 1;
  return width;
}

/**
 * The two lines under a problem, for a terminal: `12 | the line` and `   |     ^^^`, the caret
 * under the marked text in display cells. `show` makes text from the file safe to print (control
 * characters as visible escapes); the caret is placed under the text as shown.
 */
export function excerptLines(
  e: Excerpt,
  show: (text: string) => string = (text) => text,
): { gutter: string; blankGutter: string; source: string; caret: string } {
  const before = show(e.before);
  const marked = show(e.marked);
  return {
    gutter: `${e.number} | `,
    blankGutter: `${" ".repeat(e.number.length)} | `,
    source: before + marked + show(e.after),
    caret: " ".repeat(displayWidth(before)) + "^".repeat(Math.max(1, displayWidth(marked))),
  };
}
