// A fast reader for the plain YAML that answer files nearly always are: block mappings of
// `key: value` lines, with plain, 'single-' or "double-quoted" values and comments, as the
// interview and the form write them, and as other tools do (issue 24): values folded over several
// lines (PyYAML folds at 80 columns, with `\` continuations in double quotes), escapes, flow
// mappings (`{answer: ja, note: ...}`, PyYAML's old default style, also over several lines) and
// block lists (a group answer's members). It returns exactly the value the yaml library gives for
// such a text, or undefined as soon as the text uses anything else (flow lists, block scalars,
// anchors, tags, several documents, a duplicate or forbidden key, a line that starts with an
// indicator, unusual characters ...): then the full parser runs, with its checks and positions.
// It never reports a problem itself. SourceDocument uses it first; a test compares both on
// fixtures, on every shape of bench/mixed-shapes.py and on random texts. Pure.
/**
 * Characters the reader takes as they are; anything else (control characters, tabs, NEL, NBSP,
 * line and paragraph separators, a BOM, non-characters) sends the text to the full parser.
 */
const UNUSUAL = /[^\n\r\x20-\x7e\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;
/** The same without the `u` flag, so several times faster, but taking every surrogate as unusual. */
const UNUSUAL_OR_ASTRAL = /[^\n\r\x20-\x7e\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;

/** Whether the text has a character the fast readers leave to the full parser (CR aside: the callers check it). */
export function hasUnusualCharacter(text: string): boolean {
  return UNUSUAL_OR_ASTRAL.test(text) && UNUSUAL.test(text);
}
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

// YAML 1.2 core schema, as the yaml library resolves a plain scalar (schema/core, in its order).
const INT = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

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
/** Characters that cannot start a plain value or a line that continues one (YAML's indicators). */
const INDICATORS = new Set("-?:,[]{}#&*!|>'\"%@`");
/** Characters that end a plain value inside a flow mapping. */
const FLOW_ENDS = new Set(",[]{}");

/** Thrown inside the reader when the text leaves the subset; caught at its entry. */
const NOT_PLAIN = Symbol("not plain");
const leave = (): never => {
  throw NOT_PLAIN;
};

/** A plain scalar's value under the core schema. */
function plainValue(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these can start a null, a bool or a number: everything else is a string at once.
  if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
    if (INT_OCT.test(s)) return Number.parseInt(s.slice(2), 8);
    if (INT.test(s)) return Number.parseInt(s, 10);
    if (INT_HEX.test(s)) return Number.parseInt(s.slice(2), 16);
    if (FLOAT_NAN.test(s))
      return s.slice(-3).toLowerCase() === "nan" ? Number.NaN : s[0] === "-" ? -Infinity : Infinity;
    if (FLOAT_EXP.test(s) || FLOAT.test(s)) return Number.parseFloat(s);
    return s;
  }
  if (s === "~" || s === "null" || s === "Null" || s === "NULL") return null;
  if (s === "true" || s === "True" || s === "TRUE") return true;
  if (s === "false" || s === "False" || s === "FALSE") return false;
  return s;
}

/** A value and the offset just after its text. */
interface Read<T> {
  readonly value: T;
  readonly end: number;
}

/**
 * After a line break at `lineEnd`: the offset where the next line with text starts, and how many
 * empty lines came before it; undefined at the end of the text.
 */
function nextContent(text: string, lineEnd: number): { at: number; indent: number; empty: number } | undefined {
  let empty = 0;
  let i = lineEnd + 1;
  for (;;) {
    let indent = 0;
    while (text.charCodeAt(i + indent) === 0x20) indent += 1;
    if (i + indent >= text.length) return undefined;
    if (text.charCodeAt(i + indent) !== 0x0a) return { at: i + indent, indent, empty };
    empty += 1;
    i += indent + 1;
  }
}

/** The text a line break folds to (YAML's line folding): a space, or a line feed per empty line. */
const fold = (empty: number) => (empty === 0 ? " " : "\n".repeat(empty));

/**
 * A quoted value starting at `start` (its quote), over as many lines as it takes: lines after the
 * first must be indented at least `minIndent`. Spaces around a line break are dropped and the
 * break folded; in double quotes, escapes are decoded and `\` at a line end joins the lines.
 */
function quoted(text: string, start: number, minIndent: number): Read<string> {
  const double = text[start] === '"';
  const quote = double ? 0x22 : 0x27;
  let value = "";
  let spaces = ""; // spaces written in the text, kept only when something follows on the line
  let i = start + 1;
  for (;;) {
    if (i >= text.length) leave();
    const c = text.charCodeAt(i);
    if (c === quote) {
      if (!double && text.charCodeAt(i + 1) === 0x27) {
        value += `${spaces}'`;
        spaces = "";
        i += 2;
        continue;
      }
      return { value: value + spaces, end: i + 1 };
    }
    if (c === 0x20) {
      spaces += " ";
      i += 1;
      continue;
    }
    if (c === 0x0a) {
      const next = nextContent(text, i);
      if (next === undefined || next.indent < minIndent) leave();
      value += fold(next!.empty);
      spaces = "";
      i = next!.at;
      continue;
    }
    if (double && c === 0x5c) {
      const e = text[i + 1] ?? "";
      value += spaces;
      spaces = "";
      if (e === "\n") {
        // An escaped line break: the lines are joined without a space; the next line's indentation is dropped.
        const next = nextContent(text, i + 1);
        if (next === undefined || next.indent < minIndent || next.empty > 0) leave();
        i = next!.at;
        continue;
      }
      const simple = SIMPLE_ESCAPES[e];
      if (simple !== undefined) {
        value += simple;
        i += 2;
        continue;
      }
      const n = HEX_LENGTH[e];
      const hex = n === undefined ? "" : text.slice(i + 2, i + 2 + n);
      if (n === undefined || hex.length !== n || !HEX.test(hex)) leave();
      const code = Number.parseInt(hex, 16);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) leave();
      value += String.fromCodePoint(code);
      i += 2 + n!;
      continue;
    }
    value += spaces + text[i];
    spaces = "";
    i += 1;
  }
}

/**
 * A plain value starting at `start`, over as many lines as it takes (continuation lines indented at
 * least `minIndent`); in a flow mapping it ends before `,` `[` `]` `{` `}`. It ends before a
 * comment (` #`) or the line break after its last line.
 */
function plain(text: string, start: number, minIndent: number, flow: boolean): Read<unknown> {
  const first = text[start]!;
  if (INDICATORS.has(first)) {
    // `-` may start a plain value (`-1 punt`) when something other than a space follows.
    const second = text.charCodeAt(start + 1);
    if (first !== "-" || second === 0x20 || second === 0x0a || Number.isNaN(second)) leave();
    if (flow && FLOW_ENDS.has(text[start + 1]!)) leave();
  }
  let value = "";
  let i = start;
  for (;;) {
    // One line of the value, from i.
    let j = i;
    let comment = false;
    let flowEnd = false;
    for (; j < text.length; j += 1) {
      const c = text.charCodeAt(j);
      if (c === 0x0a) break;
      if (c === 0x23 && text.charCodeAt(j - 1) === 0x20) {
        comment = true;
        break;
      }
      if (c === 0x3a) {
        // `: ` would start a nested mapping, a final `:` a key; in a flow mapping any `:` is for the full parser.
        const d = text.charCodeAt(j + 1);
        if (flow || d === 0x20 || d === 0x0a || Number.isNaN(d)) leave();
      }
      if (flow && FLOW_ENDS.has(text[j]!)) {
        flowEnd = true;
        break;
      }
    }
    let k = j;
    while (text.charCodeAt(k - 1) === 0x20) k -= 1;
    value += text.slice(i, k);
    if (comment || flowEnd || j >= text.length) return { value: plainValue(value), end: k };
    const next = nextContent(text, j);
    if (next === undefined || next.indent < minIndent || text[next.at] === "#")
      return { value: plainValue(value), end: k };
    const c = text[next.at]!;
    if (flow && FLOW_ENDS.has(c)) {
      if (c === "[" || c === "{") leave();
      return { value: plainValue(value), end: k };
    }
    if (INDICATORS.has(c)) leave();
    value += fold(next.empty);
    i = next.at;
  }
}

/** Spaces and line breaks inside a flow mapping, up to the next text; lines indented at least `minIndent`, no comments. */
function flowSpace(text: string, from: number, minIndent: number): number {
  let i = from;
  for (;;) {
    while (text.charCodeAt(i) === 0x20) i += 1;
    if (i >= text.length) leave();
    if (text.charCodeAt(i) !== 0x0a) {
      if (text[i] === "#") leave();
      return i;
    }
    const next = nextContent(text, i);
    if (next === undefined || next.indent < minIndent) leave();
    i = next!.at;
  }
}

/** A key (KEY) at `at` with its `:`; the offset after the key. */
function keyAt(text: string, at: number, map: Record<string, unknown>): { key: string; end: number } {
  KEY.lastIndex = at;
  if (!KEY.test(text)) leave();
  const end = KEY.lastIndex;
  const key = text.slice(at, end);
  if (text[end] !== ":" || end - at > MAX_KEY_LENGTH || SPECIAL_KEYS.has(key) || Object.hasOwn(map, key)) leave();
  return { key, end };
}

/** A flow mapping `{key: value, ...}` starting at `start`, over as many lines as it takes. */
function flowMapping(text: string, start: number, minIndent: number, depth: number): Read<Record<string, unknown>> {
  if (depth >= MAX_DEPTH) leave();
  const map: Record<string, unknown> = {};
  let count = 0;
  let i = flowSpace(text, start + 1, minIndent);
  if (text[i] === "}") return { value: map, end: i + 1 };
  for (;;) {
    const { key, end } = keyAt(text, i, map);
    if (text.charCodeAt(end + 1) !== 0x20 || ++count > MAX_KEYS) leave();
    i = flowSpace(text, end + 1, minIndent);
    const c = text[i]!;
    const read =
      c === '"' || c === "'"
        ? quoted(text, i, minIndent)
        : c === "{"
          ? flowMapping(text, i, minIndent, depth + 1)
          : plain(text, i, minIndent, true);
    map[key] = read.value;
    i = flowSpace(text, read.end, minIndent);
    if (text[i] === "}") return { value: map, end: i + 1 };
    if (text[i] !== ",") leave();
    i = flowSpace(text, i + 1, minIndent);
    if (text[i] === "}") leave(); // a trailing comma: for the full parser
  }
}

/** After a value: only spaces, then the line end or a comment after a space. The offset of the line end. */
function lineEnd(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 0x20) i += 1;
  if (i >= text.length || text.charCodeAt(i) === 0x0a) return i;
  if (text[i] !== "#" || text.charCodeAt(i - 1) !== 0x20) leave();
  const end = text.indexOf("\n", i);
  return end === -1 ? text.length : end;
}

interface Frame {
  readonly indent: number;
  /** A mapping's entries; or, for a block sequence, `list` holds its items. */
  readonly map: Record<string, unknown>;
  readonly list?: unknown[];
  count: number;
}

/** A value on the line from `at`: quoted, a flow mapping or plain; lines that continue it are indented at least `minIndent`. */
function valueAt(text: string, at: number, minIndent: number, depth: number): Read<unknown> {
  const c = text[at];
  if (c === '"' || c === "'") return quoted(text, at, minIndent);
  if (c === "{") return flowMapping(text, at, minIndent, depth);
  return plain(text, at, minIndent, false);
}

function read(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const stack: Frame[] = [{ indent: 0, map: root, count: 0 }];
  /** The key whose value is still open (`key:` with nothing after it): a deeper line makes it a mapping or a list. */
  let open: { frame: Frame; key: string } | undefined;
  /** Whether the last entry had a value (then a deeper line would continue it). */
  let scalar = false;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let indent = 0;
    while (text.charCodeAt(start + indent) === 0x20) indent += 1;
    const first = start + indent;
    if (first === end || text[first] === "#") {
      start = end + 1;
      continue;
    }
    if (indent === 0 && (text.startsWith("---", start) || text.startsWith("...", start) || text[start] === "%"))
      leave();
    /** A list item (`- `); PyYAML writes a list under a key at the key's own indentation. */
    const dash = text.charCodeAt(first) === 0x2d && (first + 1 === end || text.charCodeAt(first + 1) === 0x20);

    let top = stack[stack.length - 1]!;
    if (open !== undefined && (indent > top.indent || (dash && indent === top.indent))) {
      if (stack.length >= MAX_DEPTH) leave();
      if (dash) {
        const list: unknown[] = [];
        open.frame.map[open.key] = list;
        top = { indent, map: {}, list, count: 0 };
      } else {
        const map: Record<string, unknown> = {};
        open.frame.map[open.key] = map;
        top = { indent, map, count: 0 };
      }
      stack.push(top);
    } else {
      if (scalar && indent > top.indent) leave();
      // Out of deeper mappings and lists; out of a list at this indentation when the line is no item.
      while (top.indent > indent || (top.list !== undefined && top.indent === indent && !dash)) {
        stack.pop();
        top = stack[stack.length - 1]!;
      }
      if (top.indent !== indent || (top.list !== undefined) !== dash) leave();
    }
    open = undefined;

    let keyStart = first;
    if (dash) {
      if (top.count >= MAX_KEYS) leave();
      top.count += 1;
      let at = first + 1;
      while (text.charCodeAt(at) === 0x20) at += 1;
      // An empty item, a comment or a list in a list: for the full parser.
      if (at >= end || text[at] === "#" || text[at] === "-") leave();
      KEY.lastIndex = at;
      const afterKey = KEY.test(text) ? KEY.lastIndex : -1;
      const isKey = afterKey !== -1 && text[afterKey] === ":" && (afterKey + 1 === end || text[afterKey + 1] === " ");
      if (!isKey) {
        const value = valueAt(text, at, top.indent + 1, stack.length);
        top.list!.push(value.value);
        scalar = true;
        start = lineEnd(text, value.end) + 1;
        continue;
      }
      // A mapping as the item: its keys stand where the first one does.
      if (stack.length >= MAX_DEPTH) leave();
      const map: Record<string, unknown> = {};
      top.list!.push(map);
      top = { indent: at - start, map, count: 0 };
      stack.push(top);
      keyStart = at;
    }

    const { key, end: keyEnd } = keyAt(text, keyStart, top.map);
    if (top.count >= MAX_KEYS) leave();
    top.count += 1;
    let v = keyEnd + 1;
    if (v < end && text[v] !== " ") leave();
    while (text.charCodeAt(v) === 0x20) v += 1;
    if (v >= end || text[v] === "#") {
      top.map[key] = null;
      open = { frame: top, key };
      scalar = false;
      start = end + 1;
      continue;
    }
    // Lines that continue the value are indented deeper than its key.
    const value = valueAt(text, v, top.indent + 1, stack.length);
    top.map[key] = value.value;
    scalar = true;
    start = lineEnd(text, value.end) + 1;
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
  if (hasUnusualCharacter(t)) return undefined;
  try {
    return read(t);
  } catch (err) {
    if (err === NOT_PLAIN) return undefined;
    throw err;
  }
}
