// A fast reader for the plain YAML that answer files nearly always are: block mappings of
// `key: value` lines, with plain, 'single-' or "double-quoted" one-line values and comments. It
// returns exactly the value the yaml library gives for such a text, or undefined as soon as the
// text uses anything else (lists, flow collections, block scalars, anchors, tags, several
// documents, a duplicate or forbidden key, a value over several lines, unusual characters ...):
// then the full parser runs, with its checks and positions. It never reports a problem itself.
// SourceDocument uses it first; a test compares both on fixtures and random texts. Pure.
/**
 * Characters the reader takes as they are; anything else (control characters, tabs, NEL, NBSP,
 * line and paragraph separators, a BOM, non-characters) sends the text to the full parser.
 */
const UNUSUAL = /[^\n\x20-\x7e\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;
/** A key the reader accepts: a letter, then letters, digits, `_`, `.` or `-`. */
const KEY = /[A-Za-z][\w.-]*/y;
/** Keys that are not strings in YAML's core schema, or that the full parser refuses. */
const SPECIAL_KEYS = new Set([
  "null",
  "Null",
  "NULL",
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE",
  "constructor",
  "prototype",
]);
/** YAML allows implicit keys of at most 1024 characters. */
const MAX_KEY_LENGTH = 1000;
/** Deeper mappings, and mappings with more keys, go to the full parser (and its limits). */
const MAX_DEPTH = 20;
const MAX_KEYS = 1000;

// YAML 1.2 core schema (as the yaml library resolves it) for plain scalars that start with a digit.
const INT = /^[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[0-9]+\.[0-9]*$/;
const FLOAT_EXP = /^[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+$/;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };
const HEX = /^[0-9a-fA-F]+$/;

/** Thrown inside the reader when the text leaves the subset; caught at its entry. */
const NOT_PLAIN = Symbol("not plain");
const leave = (): never => {
  throw NOT_PLAIN;
};

/** A plain scalar's value under the core schema. */
function plainValue(s: string): unknown {
  const c = s.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    if (INT.test(s)) return Number.parseInt(s, 10);
    if (INT_OCT.test(s)) return Number.parseInt(s.slice(2), 8);
    if (INT_HEX.test(s)) return Number.parseInt(s.slice(2), 16);
    if (FLOAT.test(s) || FLOAT_EXP.test(s)) return Number.parseFloat(s);
    return s;
  }
  if (s === "null" || s === "Null" || s === "NULL") return null;
  if (s === "true" || s === "True" || s === "TRUE") return true;
  if (s === "false" || s === "False" || s === "FALSE") return false;
  return s;
}

/** After a quoted value: only spaces, then the line end or a comment after a space. */
function restIsEmpty(line: string, from: number): void {
  let i = from;
  while (line.charCodeAt(i) === 0x20) i += 1;
  if (i < line.length && !(line[i] === "#" && i > from)) leave();
}

function doubleQuoted(line: string, start: number): { value: string; end: number } {
  let value = "";
  let i = start + 1;
  for (;;) {
    const q = line.indexOf('"', i);
    const b = line.indexOf("\\", i);
    if (q === -1) leave();
    if (b === -1 || q < b) return { value: value + line.slice(i, q), end: q + 1 };
    value += line.slice(i, b);
    const e = line[b + 1] ?? "";
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      value += simple;
      i = b + 2;
      continue;
    }
    const n = HEX_LENGTH[e];
    const hex = n === undefined ? "" : line.slice(b + 2, b + 2 + n);
    if (n === undefined || hex.length !== n || !HEX.test(hex)) leave();
    const code = Number.parseInt(hex, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) leave();
    value += String.fromCodePoint(code);
    i = b + 2 + n!;
  }
}

function singleQuoted(line: string, start: number): { value: string; end: number } {
  let value = "";
  let i = start + 1;
  for (;;) {
    const q = line.indexOf("'", i);
    if (q === -1) leave();
    value += line.slice(i, q);
    if (line[q + 1] !== "'") return { value, end: q + 1 };
    value += "'";
    i = q + 2;
  }
}

/** A plain value from `start` to the line end or a comment; undefined for an empty one. */
function plain(line: string, start: number): unknown {
  const c = line.charCodeAt(start);
  // Letters, digits and non-ASCII only: indicators (- ? : , [ ] { } # & * ! | > ' " % @ `) and
  // other punctuation go to the full parser.
  const ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xa1;
  if (!ok) leave();
  const hash = line.indexOf(" #", start);
  let end = hash === -1 ? line.length : hash;
  while (line.charCodeAt(end - 1) === 0x20) end -= 1;
  const s = line.slice(start, end);
  // `: ` would start a nested mapping, a final `:` a key: both are for the full parser.
  if (s.includes(": ") || s.endsWith(":")) leave();
  return plainValue(s);
}

interface Frame {
  readonly indent: number;
  readonly map: Record<string, unknown>;
  count: number;
}

function read(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const stack: Frame[] = [{ indent: 0, map: root, count: 0 }];
  /** The key whose value is still open (`key:` with nothing after it): a deeper line makes it a mapping. */
  let open: { frame: Frame; key: string } | undefined;
  /** Whether the last entry had a value on its line (then a deeper line would continue it). */
  let scalar = false;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent += 1;
    if (indent === line.length || line[indent] === "#") continue;
    if (indent === 0 && (line.startsWith("---") || line.startsWith("...") || line[0] === "%")) leave();

    let top = stack[stack.length - 1]!;
    if (open !== undefined && indent > top.indent) {
      if (stack.length >= MAX_DEPTH) leave();
      const map: Record<string, unknown> = {};
      open.frame.map[open.key] = map;
      top = { indent, map, count: 0 };
      stack.push(top);
    } else {
      if (scalar && indent > top.indent) leave();
      while (top.indent > indent) {
        stack.pop();
        top = stack[stack.length - 1]!;
      }
      if (top.indent !== indent) leave();
    }
    open = undefined;

    KEY.lastIndex = indent;
    if (!KEY.test(line)) leave();
    const keyEnd = KEY.lastIndex;
    const key = line.slice(indent, keyEnd);
    if (line[keyEnd] !== ":" || keyEnd - indent > MAX_KEY_LENGTH || SPECIAL_KEYS.has(key)) leave();
    if (Object.hasOwn(top.map, key) || top.count >= MAX_KEYS) leave();
    top.count += 1;
    let v = keyEnd + 1;
    if (v < line.length && line[v] !== " ") leave();
    while (line.charCodeAt(v) === 0x20) v += 1;
    if (v === line.length || line[v] === "#") {
      top.map[key] = null;
      open = { frame: top, key };
      scalar = false;
      continue;
    }
    const quote = line[v];
    if (quote === '"' || quote === "'") {
      const q = quote === '"' ? doubleQuoted(line, v) : singleQuoted(line, v);
      restIsEmpty(line, q.end);
      top.map[key] = q.value;
    } else top.map[key] = plain(line, v);
    scalar = true;
  }
  if (stack[0]!.count === 0) leave();
  return root;
}

/**
 * The value of `text` if it is plain YAML as described above (the same value, key order included,
 * as the yaml library's), else undefined.
 */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  let t = text;
  if (t.includes("\r")) {
    // Windows line ends are fine; a lone CR is for the full parser.
    t = t.replace(/\r\n/g, "\n");
    if (t.includes("\r")) return undefined;
  }
  if (UNUSUAL.test(t)) return undefined;
  try {
    return read(t);
  } catch (err) {
    if (err === NOT_PLAIN) return undefined;
    throw err;
  }
}
