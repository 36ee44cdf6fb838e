// A label within SPSS's limits, which count bytes of UTF-8: a value label at most 120, a variable
// label at most 256 (IBM's VALUE LABELS and VARIABLE LABELS; PSPP takes longer ones, SPSS cuts them
// wherever the byte falls, also inside an ë). A longer text is shortened here instead: after a whole
// word where the text allows, never inside a character (a grapheme: an e with a combining accent, an
// emoji with its modifiers stay whole), with "…" at the end. The codebook (md, csv) keeps the whole
// text. Pure.
import { graphemes } from "./diagnostic-text.js";

export const SPSS_VALUE_LABEL_BYTES = 120;
export const SPSS_VARIABLE_LABEL_BYTES = 256;

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;
const ELLIPSIS = "…";

/** Line breaks and other control characters become one space: a label is one line. */
export const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");

/** `text` as a label of at most `max` bytes; unchanged when it fits. */
export function spssLabel(text: string, max: number): string {
  const line = oneLine(text);
  if (bytes(line) <= max) return line;
  const room = max - bytes(ELLIPSIS);
  const parts = graphemes(line);
  let kept = 0;
  for (let used = 0; kept < parts.length && used + bytes(parts[kept]!) <= room; kept += 1) used += bytes(parts[kept]!);
  let cut = parts.slice(0, kept).join("");
  // Unless the cut falls between two words already, go back to the last space, if that keeps at least half.
  if (!/^\s/u.test(parts[kept] ?? " ")) {
    const space = cut.search(/\s\S*$/u);
    if (space > cut.length / 2) cut = cut.slice(0, space);
  }
  return `${cut.replace(/[\s,;:.\-–—]+$/u, "")}${ELLIPSIS}`;
}
