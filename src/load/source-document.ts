// Parses YAML or JSON text into a plain value while keeping the yaml Document, so that any path
// into the value (an ajv instancePath, an item id) can be mapped back to line and column.
// Refuses what no answer or questionnaire file needs: several documents, custom tags, alias
// bombs, `__proto__`/`constructor`/`prototype` keys, keys that are not plain scalars. Pure.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";
import type { Document, Node as YamlNode, Scalar } from "yaml";
import { InputError } from "../errors.js";
import type { Diagnostic, ErrorCode, Params } from "../errors.js";

export type PathSegment = string | number;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Text without any of these cannot have a forbidden key, a tag, or a key that is not a plain scalar. */
const MAY_NEED_KEY_OR_TAG_CHECK = /__proto__|constructor|prototype|!|\?|[\]}]\s*:|[[{][^\n]*:/;
/** Resolving more aliases than this is refused (a "billion laughs" guard). */
export const MAX_ALIAS_COUNT = 100;
const EXCERPT_WIDTH = 100;
/** Deeper flow nesting ([ or { inside each other) is refused before parsing, so the parser never runs out of stack. */
export const MAX_NESTING = 100;

export interface Place {
  readonly line: number;
  readonly column: number;
  readonly length: number;
}

export class SourceDocument {
  private constructor(
    readonly file: string,
    readonly text: string,
    readonly value: unknown,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** Parses text; throws InputError listing every syntax problem found. */
  static parse(text: string, file: string, options: { json?: boolean } = {}): SourceDocument {
    if (options.json) checkJsonSyntax(text, file);
    checkNesting(text, file);
    const lines = new LineCounter();
    let doc: Document.Parsed;
    try {
      doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
    } catch (err) {
      throw new InputError([{ code: "YAML_SYNTAX", file, params: { detail: (err as Error).message.split("\n")[0] ?? "" } }]);
    }
    const problems: Diagnostic[] = [];
    const at = (offset: number) => {
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    };
    const seen = new Set<string>();
    for (const e of [...doc.errors, ...doc.warnings]) {
      const key = `${e.code}|${e.pos[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const code: ErrorCode =
        e.code === "DUPLICATE_KEY" ? "DUPLICATE_KEY" : e.code === "TAG_RESOLVE_FAILED" ? "YAML_TAG" : "YAML_SYNTAX";
      const detail = e.message.split("\n")[0] ?? e.message;
      problems.push(withExcerpt(text, { code, file, ...at(e.pos[0]), params: { detail, yamlCode: e.code } }, e.pos[1] - e.pos[0]));
    }
    // The walk over every key and tag runs only when the text could hold what it looks for.
    if (problems.length === 0 && MAY_NEED_KEY_OR_TAG_CHECK.test(text)) problems.push(...checkKeysAndTags(doc, text, file, at));
    if (problems.length > 0) throw new InputError(problems);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      if (err instanceof ReferenceError && /alias/i.test(err.message)) {
        throw new InputError([{ code: "ALIAS_LIMIT", file, params: { limit: MAX_ALIAS_COUNT } }]);
      }
      throw new InputError([{ code: "YAML_SYNTAX", file, params: { detail: (err as Error).message.split("\n")[0] ?? "" } }]);
    }
    if (value === null || value === undefined) throw new InputError([{ code: "FILE_EMPTY", file, params: {} }]);
    if (typeof value !== "object" || Array.isArray(value)) {
      throw new InputError([{ code: "ROOT_NOT_MAPPING", file, line: 1, column: 1, params: {} }]);
    }
    return new SourceDocument(file, text, value, doc, lines);
  }

  /** Where the value (or, with `key`, the key) at a path stands; the nearest existing parent otherwise. */
  place(path: readonly PathSegment[], which: "key" | "value" = "value"): Place {
    let node: unknown = this.doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      let next: unknown;
      let nextKey: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String((p.key as Scalar).value) === String(segment));
        if (pair) [next, nextKey] = [pair.value ?? pair.key, pair.key];
      } else if (isSeq(node) && typeof segment === "number") {
        next = node.items[segment];
      }
      if (next === undefined) break;
      node = next;
      keyNode = nextKey;
    }
    const target = which === "key" && keyNode ? keyNode : node;
    const range = (target as YamlNode | undefined)?.range;
    if (!range) return { line: 1, column: 1, length: 1 };
    const { line, col } = this.lines.linePos(range[0]);
    const sameLine = this.text.indexOf("\n", range[0]);
    const end = Math.min(range[1], sameLine === -1 ? range[1] : sameLine);
    return { line, column: col, length: Math.max(1, end - range[0]) };
  }

  diagnostic(code: ErrorCode, params: Params, path: readonly PathSegment[], which: "key" | "value" = "value"): Diagnostic {
    const { line, column, length } = this.place(path, which);
    return withExcerpt(this.text, { code, file: this.file, line, column, params }, length);
  }
}

/** Adds the source line and caret to a diagnostic that has a line and column. */
export function withExcerpt(text: string, d: Diagnostic, length = 1): Diagnostic {
  if (d.line === undefined || d.column === undefined) return d;
  const lineText = text.split(/\r?\n/)[d.line - 1];
  if (lineText === undefined) return d;
  let start = 0;
  if (lineText.length > EXCERPT_WIDTH) start = Math.max(0, Math.min(d.column - 1 - EXCERPT_WIDTH / 2, lineText.length - EXCERPT_WIDTH));
  const shown = lineText.slice(start, start + EXCERPT_WIDTH).replace(/\t/g, " ");
  const caretColumn = d.column - start;
  return {
    ...d,
    sourceLine: (start > 0 ? "…" : "") + shown + (start + EXCERPT_WIDTH < lineText.length ? "…" : ""),
    caretColumn: caretColumn + (start > 0 ? 1 : 0),
    caretLength: Math.max(1, Math.min(length, shown.length - caretColumn + 1)),
  };
}

/** Counts unclosed `[`/`{` outside comments; refuses more than MAX_NESTING at the place it happens. */
function checkNesting(text: string, file: string): void {
  // Fast path: with at most MAX_NESTING brackets in all, no nesting can be deeper.
  let brackets = 0;
  for (let i = text.indexOf("["); i !== -1 && brackets <= MAX_NESTING; i = text.indexOf("[", i + 1)) brackets += 1;
  for (let i = text.indexOf("{"); i !== -1 && brackets <= MAX_NESTING; i = text.indexOf("{", i + 1)) brackets += 1;
  if (brackets <= MAX_NESTING) return;
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inComment = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === "\n") {
      line += 1;
      lineStart = i + 1;
      inComment = false;
    } else if (inComment) continue;
    else if (c === "#" && (i === lineStart || /\s/.test(text[i - 1] ?? ""))) inComment = true;
    else if (c === "[" || c === "{") {
      depth += 1;
      if (depth > MAX_NESTING) {
        const d: Diagnostic = { code: "YAML_SYNTAX", file, line, column: i - lineStart + 1, params: { detail: `nested more than ${MAX_NESTING} levels deep` } };
        throw new InputError([withExcerpt(text, d)]);
      }
    } else if ((c === "]" || c === "}") && depth > 0) depth -= 1;
  }
}

function checkJsonSyntax(text: string, file: string): void {
  try {
    JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const match = /position (\d+)/.exec(message);
    const offset = match ? Number(match[1]) : text.length;
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    throw new InputError([withExcerpt(text, { code: "JSON_SYNTAX", file, line, column, params: { detail: message } })]);
  }
}

function checkKeysAndTags(
  doc: Document.Parsed,
  text: string,
  file: string,
  at: (offset: number) => { line: number; column: number },
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const allowedTags = /^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq)$/;
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair)) return;
      const key = pair.key as YamlNode | null;
      const offset = key?.range?.[0] ?? 0;
      if (key !== null && !isScalar(key)) {
        problems.push(withExcerpt(text, { code: "NON_STRING_KEY", file, ...at(offset), params: {} }));
      } else if (key && FORBIDDEN_KEYS.has(String(key.value))) {
        problems.push(withExcerpt(text, { code: "FORBIDDEN_KEY", file, ...at(offset), params: { key: String(key.value) } }, String(key.value).length));
      }
    },
    Node(_, node) {
      if (isAlias(node)) return;
      const tag = (node as { tag?: string }).tag;
      if (tag && !allowedTags.test(tag)) {
        problems.push(withExcerpt(text, { code: "YAML_TAG", file, ...at(node.range?.[0] ?? 0), params: { tag } }));
      }
    },
  });
  return problems;
}
