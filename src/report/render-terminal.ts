// The Markdown of `report` and `compare` as readable text for a terminal: no Markdown escapes
// ("\~ deels", "https\://…"), no HTML entities ("&lt;"), headings underlined, lists numbered,
// tables aligned in the width of the terminal (at most 80 columns), and a table too wide for it
// shown as one block per row. It reads the same Markdown that is written to files and pipes, with
// the Markdown library the reports already use (marked's lexer), so there is one report and this
// is only its presentation. Pure: colours come in as a Style; every text passes escapeTerminal.
import { Lexer } from "marked";
import type { Token, Tokens } from "marked";
import { escapeTerminal } from "./escape.js";
import type { Style } from "./render-summary.js";
import { PLAIN } from "./render-summary.js";

/** The widest text this renderer writes, also on a wider terminal: lines longer than this are hard to read. */
export const TERMINAL_MAX_WIDTH = 80;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** What a character reference may not become on a terminal: a control character or a bidi control. */
const STEERING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * HTML character references → characters (the Markdown writes user text's < > & as entities).
 * A reference to a control character (`&#27;` is ESC) stays as it is written: it must not steer
 * the terminal.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && !STEERING.test(String.fromCodePoint(code))
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Emoji_Presentation}/u;
const ZERO = /\p{M}|[\u200b-\u200d\ufeff]/u;

/** Columns a text takes on a terminal: combining marks take none, East Asian wide letters and emoji two. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return n;
}

const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - displayWidth(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - displayWidth(s))) + s;

/**
 * Words (separated by spaces; a word longer than the width is cut) → lines of at most `width`
 * columns. Line breaks in the text are kept. Styled words keep their style: the width counts
 * only visible characters (styles are applied per word, see `inline`).
 */
function wrapLines(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const raw of para.split(" ")) {
      if (raw === "") continue;
      for (const word of cut(raw, width)) {
        const w = visibleWidth(word);
        if (line && lineWidth + 1 + w > width) {
          out.push(line);
          line = word;
          lineWidth = w;
        } else {
          line = line ? `${line} ${word}` : word;
          lineWidth = line === word ? w : lineWidth + 1 + w;
        }
      }
    }
    out.push(line);
  }
  return out;
}

// Styles (colours) are SGR sequences our own code adds; user text cannot contain ESC (escapeTerminal).
const SGR = /\u001b\[[0-9;]*m/g;
const visibleWidth = (s: string) => displayWidth(s.replace(SGR, ""));

/** A word wider than `width` in pieces that fit (only unstyled words are cut: styled ones are short labels). */
function cut(word: string, width: number): string[] {
  if (visibleWidth(word) <= width || word.includes("\u001b")) return [word];
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (displayWidth(piece + ch) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Inline tokens → one line of text (line breaks as "\n"), escapes and entities resolved. */
function inline(tokens: readonly Token[] | undefined, style: Style): string {
  let out = "";
  for (const t of tokens ?? []) {
    switch (t.type) {
      case "strong":
        out += styleWords(inline((t as Tokens.Strong).tokens, style), style.bold);
        break;
      case "em":
      case "del":
        out += inline((t as Tokens.Em).tokens, style);
        break;
      case "codespan":
        out += text(decodeEntities((t as Tokens.Codespan).text));
        break;
      case "br":
        out += "\n";
        break;
      case "link": {
        const link = t as Tokens.Link;
        const label = inline(link.tokens, style);
        out += label.replace(SGR, "") === link.href || !link.href ? label : `${label} (${text(link.href)})`;
        break;
      }
      case "image":
        out += text(decodeEntities((t as Tokens.Image).text));
        break;
      case "html":
      case "tag":
        // The Markdown writes one tag: <br> for a line break inside a note or a table cell.
        out += /^<br\s*\/?>$/i.test(t.raw.trim()) ? "\n" : text(decodeEntities(t.raw));
        break;
      case "escape":
        out += text((t as Tokens.Escape).text);
        break;
      case "text": {
        const tt = t as Tokens.Text;
        out += tt.tokens ? inline(tt.tokens, style) : text(decodeEntities(tt.text));
        break;
      }
      default:
        out += text(decodeEntities("text" in t && typeof t.text === "string" ? t.text : t.raw));
    }
  }
  return out;
}

/** Text from the document (and so from answer files) for the terminal: control characters made visible, newlines kept as spaces. */
const text = (s: string) => escapeTerminal(s.replace(/\r?\n/g, " "));

/** A style applied per word, so that wrapping never splits a style in two. */
const styleWords = (s: string, apply: (w: string) => string) =>
  s
    .split("\n")
    .map((line) =>
      line
        .split(" ")
        .map((w) => (w ? apply(w) : w))
        .join(" "),
    )
    .join("\n");

interface Context {
  readonly width: number;
  readonly style: Style;
  /** How deep in lists: the bullet of a nested list differs. */
  readonly depth?: number;
}

/** A paragraph or list item's text, wrapped, with a first-line prefix and a hanging indent. */
function hanging(body: string, first: string, rest: string, width: number): string[] {
  const lines = wrapLines(body, Math.max(10, width - visibleWidth(first)));
  return lines.map((l, i) => (i === 0 ? first : rest) + l);
}

function blocks(tokens: readonly Token[], c: Context): string[] {
  const out: string[] = [];
  const gap = () => {
    if (out.length > 0 && out[out.length - 1] !== "") out.push("");
  };
  for (const t of tokens) {
    switch (t.type) {
      case "space":
        break;
      case "heading": {
        const h = t as Tokens.Heading;
        const title = inline(h.tokens, PLAIN);
        gap();
        const lines = wrapLines(title, c.width);
        if (h.depth <= 2) {
          out.push(...lines.map((l) => c.style.bold(l)));
          const under = Math.min(c.width, Math.max(...lines.map(displayWidth)));
          out.push((h.depth === 1 ? "═" : "─").repeat(under));
        } else out.push(...lines.map((l) => c.style.bold(l)));
        out.push("");
        break;
      }
      case "paragraph": {
        gap();
        out.push(...wrapLines(inline((t as Tokens.Paragraph).tokens, c.style), c.width));
        out.push("");
        break;
      }
      case "text": {
        // Loose text in a list item.
        const tt = t as Tokens.Text;
        out.push(...wrapLines(tt.tokens ? inline(tt.tokens, c.style) : text(decodeEntities(tt.text)), c.width));
        break;
      }
      case "list": {
        const list = t as Tokens.List;
        gap();
        const start = typeof list.start === "number" ? list.start : 1;
        const depth = c.depth ?? 0;
        const marks = list.items.map((_, i) => (list.ordered ? `${start + i}. ` : depth === 0 ? "• " : "◦ "));
        const markWidth = Math.max(...marks.map(displayWidth));
        list.items.forEach((item, i) => {
          const first = padEnd(marks[i]!, markWidth);
          // A tight list (Markdown without blank lines between items) stays tight, nested lists included.
          const inner = blocks(item.tokens, { ...c, width: c.width - markWidth, depth: depth + 1 }).filter(
            (l, k, all) => !(l === "" && (!list.loose || k === all.length - 1 || k === 0)),
          );
          out.push(...inner.map((l, k) => (k === 0 ? first : " ".repeat(markWidth)) + l));
        });
        out.push("");
        break;
      }
      case "table":
        gap();
        out.push(...table(t as Tokens.Table, c));
        out.push("");
        break;
      case "blockquote": {
        gap();
        const inner = blocks((t as Tokens.Blockquote).tokens, { ...c, width: c.width - 2 });
        while (inner.length > 0 && inner[inner.length - 1] === "") inner.pop();
        out.push(...inner.map((l) => `│ ${l}`));
        out.push("");
        break;
      }
      case "hr":
        gap();
        out.push("─".repeat(c.width));
        out.push("");
        break;
      case "code":
        gap();
        out.push(...(t as Tokens.Code).text.split("\n").map((l) => `    ${escapeTerminal(l)}`));
        out.push("");
        break;
      case "html":
        gap();
        out.push(...wrapLines(text(decodeEntities(t.raw.replace(/<br\s*\/?>/gi, "\n"))), c.width));
        out.push("");
        break;
      default:
        if ("tokens" in t && Array.isArray(t.tokens)) out.push(...wrapLines(inline(t.tokens, c.style), c.width));
        else out.push(...wrapLines(text(decodeEntities(t.raw)), c.width));
    }
  }
  return out;
}

const COLUMN_GAP = 2;

/**
 * A table in the width: aligned columns as the Markdown asks (right for numbers), long cells
 * wrapped within their column; when even the longest words of every column do not fit side by
 * side, each row as a block of "heading: value" lines. A table without headings (the report's
 * key–value table) has no heading line.
 */
function table(t: Tokens.Table, c: Context): string[] {
  const header = t.header.map((cell) => inline(cell.tokens, PLAIN));
  const rows = t.rows.map((row) => row.map((cell) => inline(cell.tokens, c.style)));
  const hasHeader = header.some((h) => h.trim() !== "");
  const all = hasHeader ? [header, ...rows] : rows;
  const n = header.length;
  const longestLine = (s: string) => Math.max(0, ...s.split("\n").map(visibleWidth));
  const longestWord = (s: string) => Math.max(0, ...s.split(/[\n ]/).map(visibleWidth));
  const natural = Array.from({ length: n }, (_, k) => Math.max(1, ...all.map((r) => longestLine(r[k] ?? ""))));
  const minimum = Array.from({ length: n }, (_, k) =>
    Math.min(natural[k]!, Math.max(1, ...all.map((r) => longestWord(r[k] ?? "")))),
  );
  const total = (ws: number[]) => ws.reduce((a, b) => a + b, 0) + COLUMN_GAP * (n - 1);
  if (total(minimum) > c.width) return records(header, rows, c);
  const widths = [...natural];
  while (total(widths) > c.width) {
    // Narrow the widest column that can still give a column.
    let k = -1;
    for (let j = 0; j < n; j += 1) if (widths[j]! > minimum[j]! && (k < 0 || widths[j]! > widths[k]!)) k = j;
    if (k < 0) break;
    widths[k]! -= 1;
  }
  const right = t.align.map((a) => a === "right");
  const line = (row: readonly string[]) => {
    const cells = widths.map((w, k) => wrapLines(row[k] ?? "", w));
    const height = Math.max(...cells.map((x) => x.length));
    const lines: string[] = [];
    for (let i = 0; i < height; i += 1)
      lines.push(
        cells
          .map((x, k) => (right[k] ? padStart : padEnd)(x[i] ?? "", widths[k]!))
          .join(" ".repeat(COLUMN_GAP))
          .trimEnd(),
      );
    return lines;
  };
  const out: string[] = [];
  if (hasHeader) {
    out.push(...line(header).map((l) => c.style.bold(l)));
    out.push(
      widths
        .map((w, k) => (header[k]!.trim() ? "─" : " ").repeat(w))
        .join(" ".repeat(COLUMN_GAP))
        .trimEnd(),
    );
  }
  // When many rows of a table with headings take more than one line, a blank line sets each row
  // apart, so that it stays readable; one long row among short ones, or a key–value table, reads well without.
  const lines = rows.map(line);
  const multi = hasHeader && lines.filter((l) => l.length > 1).length * 3 >= rows.length;
  lines.forEach((l, i) => {
    if (multi && i > 0) out.push("");
    out.push(...l);
  });
  return out;
}

function records(header: readonly string[], rows: readonly (readonly string[])[], c: Context): string[] {
  const out: string[] = [];
  rows.forEach((row, i) => {
    if (i > 0) out.push("");
    row.forEach((cell, k) => {
      if (cell.trim() === "") return;
      const label = header[k]?.trim() ? `${c.style.bold(`${header[k]!.trim()}:`)} ` : "";
      out.push(...hanging(cell, label, "  ", c.width));
    });
  });
  return out;
}

/**
 * The Markdown of a report or comparison → terminal text of at most `columns` columns (and at
 * most TERMINAL_MAX_WIDTH). Markdown from our own templates; any text in it passes escapeTerminal.
 */
export function renderTerminal(markdown: string, columns = TERMINAL_MAX_WIDTH, style: Style = PLAIN): string {
  const width = Math.max(20, Math.min(columns, TERMINAL_MAX_WIDTH));
  const lines = blocks(Lexer.lex(markdown, { gfm: true }), { width, style });
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return `${lines.map((l) => l.trimEnd()).join("\n")}\n`;
}
