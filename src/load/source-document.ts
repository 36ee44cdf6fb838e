// Parses YAML or JSON text into a plain value while keeping the yaml Document, so that any path
// into the value (an ajv instancePath, an item id) can be mapped back to line and column.
// Refuses what no answer or questionnaire file needs: several documents, custom tags, alias
// bombs, `__proto__`/`constructor`/`prototype` keys (however they are written), keys that are not
// plain scalars, another YAML version, deep nesting and huge mappings. The work is bounded for
// hostile files: nesting and key counts are checked on the parser's token tree before the
// document is built (no recursion, no quadratic duplicate check), duplicate keys are found with a
// set, and at most MAX_PROBLEMS problems are described. Pure.
import type * as YamlLib from "yaml";
import type { CST, Document, LineCounter, Node as YamlNode, Scalar } from "yaml";
import { InputError, Problems } from "../errors.js";
import type { Diagnostic, ErrorCode, Params } from "../errors.js";
import { jsonSyntaxError } from "./json-syntax.js";
import { readPlainJson } from "./plain-json.js";
import { readPlainYaml } from "./plain-yaml.js";

/**
 * The yaml library, evaluated when first needed: an answer file in plain YAML (plain-yaml.ts)
 * without problems never needs it, and `zelftest score FILE --json` starts that much sooner
 * (README, Performance). In the bundles `require("yaml")` is esbuild's (the library is bundled
 * in); where the code runs unbundled as ES modules (tsc's dist/, scripts) Node's own require.
 */
let yamlLib: typeof YamlLib | undefined;
function yaml(): typeof YamlLib {
  if (yamlLib === undefined) {
    try {
      yamlLib = require("yaml") as typeof YamlLib;
    } catch {
      const { createRequire } = process.getBuiltinModule("node:module");
      yamlLib = createRequire(import.meta.url)("yaml") as typeof YamlLib;
    }
  }
  return yamlLib;
}

export type PathSegment = string | number;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Resolving more aliases than this is refused (a "billion laughs" guard). */
export const MAX_ALIAS_COUNT = 100;
const EXCERPT_WIDTH = 100;
/** Deeper nesting (blocks and brackets together) is refused before the document is built, so nothing recurses that deep. */
export const MAX_NESTING = 100;
/** A mapping with more keys is refused before the document is built. */
export const MAX_KEYS = 10_000;

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
    /** The yaml Document with positions: built by the full parser, or only when a place is asked for. */
    private tree: { readonly doc: Document.Parsed; readonly lines: LineCounter } | undefined,
    /** Whether the text was read as strict JSON (for building the Document later). */
    private readonly json = false,
  ) {}

  /**
   * Parses text; throws InputError listing every syntax problem found. Plain YAML (plain-yaml.ts)
   * and JSON (plain-json.ts) are read without building the yaml Document, which is built only when
   * a place is asked for.
   */
  static parse(text: string, file: string, options: { json?: boolean } = {}): SourceDocument {
    if (options.json) {
      const value = readPlainJson(text);
      if (value !== undefined) return new SourceDocument(file, text, value, undefined, true);
    } else {
      // The reader nests at most 20 deep and its work is linear, so the nesting check
      // (checkNestingInText) is left to the full parser, which runs it first.
      const value = readPlainYaml(text);
      if (value !== undefined) return new SourceDocument(file, text, value, undefined);
    }
    return SourceDocument.parseFully(text, file, options);
  }

  /** Parses text with the yaml library's Document (positions for every node) and all its checks. */
  static parseFully(text: string, file: string, options: { json?: boolean } = {}): SourceDocument {
    if (options.json) checkJsonSyntax(text, file);
    checkNestingInText(text, file);
    const { Composer, LineCounter, Parser, YAMLParseError } = yaml();
    const lines = new LineCounter();
    const at = (offset: number) => {
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    };
    let doc: Document.Parsed | undefined;
    let tokens: CST.Token[] = [];
    try {
      tokens = Array.from(new Parser(lines.addNewLine).parse(text));
      checkTokens(tokens, text, file, at);
      const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true });
      for (const d of composer.compose(tokens, true, text.length)) {
        if (!doc) doc = d;
        else {
          doc.errors.push(
            new YAMLParseError([d.range[0], d.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"),
          );
          break;
        }
      }
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError([
        { code: "YAML_SYNTAX", file, params: { detail: (err as Error).message.split("\n")[0] ?? "" } },
      ]);
    }
    if (!doc) throw new InputError([{ code: "FILE_EMPTY", file, params: {} }]);
    const problems = new Problems();
    const seen = new Set<string>();
    for (const e of [...doc.errors, ...doc.warnings]) {
      const key = `${e.code}|${e.pos[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const code: ErrorCode = e.code === "TAG_RESOLVE_FAILED" ? "YAML_TAG" : "YAML_SYNTAX";
      problems.add(() => {
        const detail = e.message.split("\n")[0] ?? e.message;
        const opened = unclosedStart(tokens, e.pos[0], e.code === "MISSING_CHAR");
        return withExcerpt(
          text,
          { code, file, ...at(opened ?? e.pos[0]), params: { detail, yamlCode: e.code } },
          opened === undefined ? e.pos[1] - e.pos[0] : 1,
        );
      });
    }
    if (problems.count === 0) checkKeysAndTags(doc, text, file, at, problems);
    problems.throwIfAny();
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      if (err instanceof ReferenceError && /alias/i.test(err.message)) {
        const offset = aliasBlowUp(doc);
        throw new InputError([
          offset === undefined
            ? { code: "ALIAS_LIMIT", file, params: { limit: MAX_ALIAS_COUNT } }
            : withExcerpt(text, { code: "ALIAS_LIMIT", file, ...at(offset), params: { limit: MAX_ALIAS_COUNT } }),
        ]);
      }
      throw new InputError([
        { code: "YAML_SYNTAX", file, params: { detail: (err as Error).message.split("\n")[0] ?? "" } },
      ]);
    }
    if (value === null || value === undefined) throw new InputError([{ code: "FILE_EMPTY", file, params: {} }]);
    if (typeof value !== "object" || Array.isArray(value)) {
      throw new InputError([{ code: "ROOT_NOT_MAPPING", file, line: 1, column: 1, params: {} }]);
    }
    return new SourceDocument(file, text, value, { doc, lines }, Boolean(options.json));
  }

  /** The Document with positions; for plain YAML or JSON parsed now (the same value, so it parses without problems). */
  private positions(): { readonly doc: Document.Parsed; readonly lines: LineCounter } {
    this.tree ??= SourceDocument.parseFully(this.text, this.file, { json: this.json }).tree!;
    return this.tree;
  }

  /** Where the value (or, with `key`, the key) at a path stands; the nearest existing parent otherwise. */
  place(path: readonly PathSegment[], which: "key" | "value" = "value"): Place {
    const { doc, lines } = this.positions();
    const { isMap, isScalar, isSeq } = yaml();
    let node: unknown = doc.contents;
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
    const { line, col } = lines.linePos(range[0]);
    const sameLine = this.text.indexOf("\n", range[0]);
    const end = Math.min(range[1], sameLine === -1 ? range[1] : sameLine);
    return { line, column: col, length: Math.max(1, end - range[0]) };
  }

  diagnostic(
    code: ErrorCode,
    params: Params,
    path: readonly PathSegment[],
    which: "key" | "value" = "value",
  ): Diagnostic {
    const { line, column, length } = this.place(path, which);
    return withExcerpt(this.text, { code, file: this.file, line, column, params }, length);
  }
}

/** The offsets where the lines of the text last asked for start: found once, not per problem. */
let lineIndex: { text: string; starts: number[] } | undefined;

/** Line `line` (1-based) of the text without its line end; undefined past the end. */
export function lineOf(text: string, line: number): string | undefined {
  if (lineIndex?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    lineIndex = { text, starts };
  }
  const start = lineIndex.starts[line - 1];
  if (start === undefined) return undefined;
  const next = lineIndex.starts[line];
  const raw = text.slice(start, next === undefined ? text.length : next - 1);
  return raw.endsWith("\r") ? raw.slice(0, -1) : raw;
}

/** A UTF-16 index moved back off the second half of a surrogate pair, so that no character is cut. */
const whole = (text: string, i: number) => (i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!) ? i - 1 : i);
const codePoints = (text: string) => {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
};

/**
 * Adds the source line and caret to a diagnostic that has a line and column. The producers give
 * the column as an index into the JavaScript string (UTF-16, as the yaml library counts); here it
 * becomes a count of characters (code points), as the schema counts lengths and as a person counts,
 * and so do caretColumn and caretLength within the shown line (report/diagnostic-text.ts draws them).
 */
export function withExcerpt(text: string, d: Diagnostic, length = 1): Diagnostic {
  if (d.line === undefined || d.column === undefined) return d;
  const lineText = lineOf(text, d.line);
  if (lineText === undefined) return d;
  const at = Math.min(lineText.length, Math.max(0, d.column - 1));
  let start = 0;
  if (lineText.length > EXCERPT_WIDTH)
    start = whole(lineText, Math.max(0, Math.min(at - EXCERPT_WIDTH / 2, lineText.length - EXCERPT_WIDTH)));
  const end = whole(lineText, start + EXCERPT_WIDTH);
  const shown = lineText.slice(start, end).replace(/\t/g, " ");
  let markedEnd = Math.min(end, at + Math.max(1, length));
  if (whole(lineText, markedEnd) !== markedEnd) markedEnd += 1; // the whole character the caret starts on
  return {
    ...d,
    column: codePoints(lineText.slice(0, at)) + 1,
    sourceLine: (start > 0 ? "…" : "") + shown + (end < lineText.length ? "…" : ""),
    caretColumn: codePoints(lineText.slice(start, at)) + 1 + (start > 0 ? 1 : 0),
    caretLength: Math.max(1, codePoints(lineText.slice(at, markedEnd === at ? at + 1 : markedEnd))),
  };
}

type At = (offset: number) => { line: number; column: number };

/**
 * A fast first look at the text, before the parser (whose time grows with the depth): brackets
 * that really open a flow collection inside each other, and `- ` list markers in a row at a line
 * start. Deeper than MAX_NESTING is refused at the place it happens; the token-tree check catches
 * the rest. Only structure counts: a `[` or `{` inside quoted text, plain text (`note: zie [1`),
 * a block scalar (`|`, `>`) or a comment is a character like any other, so a note full of
 * brackets — which the interview and the form write as they were typed — reads back.
 */
function checkNestingInText(text: string, file: string): void {
  const fail = (line: number, column: number): never => {
    throw new InputError([
      withExcerpt(text, { code: "NESTING_TOO_DEEP", file, line, column, params: { limit: MAX_NESTING } }),
    ]);
  };
  // Fast path: with at most MAX_NESTING brackets and dashes in all, no line can nest deeper.
  let marks = 0;
  for (const c of "[{-")
    for (let i = text.indexOf(c); i !== -1 && marks <= MAX_NESTING; i = text.indexOf(c, i + 1)) marks += 1;
  if (marks <= MAX_NESTING) return;
  const space = (c: string | undefined) => c === " " || c === "\t";
  const ends = (c: string | undefined) => c === undefined || c === "\n" || c === "\r" || space(c);
  let depth = 0; // flow collections open
  let quote: '"' | "'" | undefined;
  /** Lines more indented than this belong to a block scalar or continue a plain value: skipped. */
  let literalBelow: number | undefined;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < text.length) {
    // A new line (or the start of the text).
    let indent = 0;
    while (space(text[i + indent])) indent += 1;
    const blank = ends(text[i + indent]) && !space(text[i + indent]);
    if (depth === 0 && quote === undefined && literalBelow !== undefined && (blank || indent > literalBelow)) {
      // inside a block scalar or a plain value's continuation: nothing here is structure
    } else {
      if (depth === 0 && quote === undefined) literalBelow = undefined;
      let nodeStart = depth === 0 && quote === undefined;
      let dashes = 0;
      let j = i + indent;
      let plainValue = false;
      for (; j < text.length && text[j] !== "\n"; j += 1) {
        const c = text[j]!;
        if (quote === '"') {
          if (c === "\\") j += 1;
          else if (c === '"') quote = undefined;
          continue;
        }
        if (quote === "'") {
          if (c === "'" && text[j + 1] === "'") j += 1;
          else if (c === "'") quote = undefined;
          continue;
        }
        if (c === "\r") continue; // the CR of a CR LF line end
        if (c === "#" && (j === lineStart || space(text[j - 1]))) break; // a comment: the rest of the line
        if (depth > 0) {
          if (c === '"' || c === "'") quote = c;
          else if (c === "[" || c === "{") {
            depth += 1;
            if (depth > MAX_NESTING) fail(line, j - lineStart + 1);
          } else if (c === "]" || c === "}") depth -= 1;
          continue;
        }
        // Block context: only the start of a node can open a flow collection or a quote.
        if (space(c)) continue;
        if (nodeStart) {
          if ((c === "-" || c === "?" || c === ":") && ends(text[j + 1])) {
            if (c === "-") {
              dashes += 1;
              if (dashes > MAX_NESTING) fail(line, j - lineStart + 1);
            }
            continue;
          }
          if (c === "[" || c === "{") {
            depth = 1;
            continue;
          }
          if (c === '"' || c === "'") {
            quote = c;
            nodeStart = false;
            continue;
          }
          if (c === "|" || c === ">") {
            literalBelow = indent; // a block scalar: the lines below, more indented, are its text
            break;
          }
          if (c === "&" || c === "!") {
            while (j + 1 < text.length && !ends(text[j + 1])) j += 1; // an anchor or tag, then the node
            continue;
          }
          nodeStart = false;
          plainValue = true;
        }
        if (c === ":" && ends(text[j + 1])) {
          nodeStart = true; // a key ended: its value may start here
          plainValue = false;
        }
      }
      // A plain value that ends the line may continue on more indented lines, as plain text.
      if (depth === 0 && quote === undefined && plainValue && literalBelow === undefined) literalBelow = indent;
      i = j;
    }
    const next = text.indexOf("\n", i);
    if (next === -1) break;
    i = next + 1;
    line += 1;
    lineStart = i;
  }
}

/**
 * Checks the parser's token tree before a document is built from it: the YAML version, the depth
 * of nesting (blocks and brackets together) and the number of keys of each mapping. Iterative.
 */
function checkTokens(tokens: readonly CST.Token[], text: string, file: string, at: At): void {
  const fail = (code: ErrorCode, offset: number, params: Params): never => {
    throw new InputError([withExcerpt(text, { code, file, ...at(offset), params })]);
  };
  for (const token of tokens) {
    if (token.type !== "directive") continue;
    const m = /^%YAML\s+(\S+)/.exec(token.source);
    if (m && m[1] !== "1.2") fail("YAML_VERSION", token.offset, { version: m[1]! });
  }
  /**
   * The first `key: more: text` (a mapping started on its key's line, which YAML does not allow):
   * the parser nests each such line in the one before, so 101 flat lines of it look 101 deep. When
   * the nesting is too deep and this came first, the syntax error is what the person must fix.
   */
  let compactMapping: number | undefined;
  for (const { token, depth } of tokenTree(tokens)) {
    if (token.type === "block-map" && compactMapping === undefined) {
      for (const item of token.items) {
        const start = (item.key as CST.Token | null | undefined)?.offset ?? item.start[0]?.offset;
        if (
          item.value?.type === "block-map" &&
          start !== undefined &&
          !text.slice(start, item.value.offset).includes("\n")
        )
          compactMapping = item.value.offset;
      }
    }
    if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth + 1 > MAX_NESTING) {
        if (compactMapping !== undefined)
          fail("YAML_SYNTAX", compactMapping, {
            detail: "Nested mappings are not allowed in compact mappings",
            yamlCode: "BLOCK_AS_IMPLICIT_KEY",
          });
        fail("NESTING_TOO_DEEP", token.offset, { limit: MAX_NESTING });
      }
      const isMapping = token.type === "block-map" || (token.type === "flow-collection" && token.start.source === "{");
      if (isMapping && token.items.length > MAX_KEYS) fail("TOO_MANY_KEYS", token.offset, { limit: MAX_KEYS });
    }
  }
}

/**
 * The tokens of the documents' trees with their depth, parents before children. Iterative, so
 * nothing recurses however deep the file nests; a caller that stops early (a throw) saves the rest.
 */
function* tokenTree(tokens: readonly CST.Token[]): Generator<{ token: CST.Token; depth: number }> {
  const stack: { token: CST.Token; depth: number }[] = [];
  for (const token of tokens)
    if (token.type === "document" && token.value) stack.push({ token: token.value, depth: 0 });
  while (stack.length > 0) {
    const entry = stack.pop()!;
    yield entry;
    const { token, depth } = entry;
    if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      for (const item of token.items) {
        const { key, value } = item as { key?: CST.Token | null; value?: CST.Token };
        if (key) stack.push({ token: key, depth: depth + 1 });
        if (value) stack.push({ token: value, depth: depth + 1 });
      }
    }
  }
}

/**
 * Where a quote or bracket that is never closed was opened. The parser reports the missing
 * character where it gave up, at the end of the file; the person needs the line where the quote
 * (or `[`, `{`) stands: the start of the innermost quoted text or bracketed list that runs up to
 * that point. Quotes only for a missing character: a closed quote may hold an error of its own (a
 * bad escape), which is best shown where it is.
 */
function unclosedStart(tokens: readonly CST.Token[], offset: number, quotes: boolean): number | undefined {
  let start: number | undefined;
  for (const { token } of tokenTree(tokens)) {
    const end =
      quotes && (token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar")
        ? token.offset + token.source.length
        : token.type === "flow-collection" && token.end.length === 0
          ? offset
          : -1;
    if (token.offset < offset && offset <= end && (start === undefined || token.offset > start)) start = token.offset;
  }
  return start;
}

/**
 * Where an alias bomb goes off, for ALIAS_LIMIT's place: the first alias (`*name`) whose anchored
 * node itself uses aliases (each use multiplies what is built), or else the alias beyond
 * MAX_ALIAS_COUNT in a row of plain ones. Undefined when neither is found.
 */
function aliasBlowUp(doc: Document.Parsed): number | undefined {
  const { isAlias, visit } = yaml();
  const anchors = new Map<string, YamlNode>();
  const nested = new WeakMap<object, boolean>();
  const usesAliases = (node: YamlNode): boolean => {
    const known = nested.get(node);
    if (known !== undefined) return known;
    let found = false;
    visit(node, {
      Alias() {
        found = true;
        return visit.BREAK;
      },
    });
    nested.set(node, found);
    return found;
  };
  let seen = 0;
  let place: number | undefined;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        seen += 1;
        const target = anchors.get(node.source);
        if ((target !== undefined && usesAliases(target)) || seen > MAX_ALIAS_COUNT) {
          place = node.range?.[0];
          return visit.BREAK;
        }
        return undefined;
      }
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor) anchors.set(anchor, node);
      return undefined;
    },
  });
  return place;
}

function checkJsonSyntax(text: string, file: string): void {
  const problem = jsonSyntaxError(text);
  if (!problem) return;
  const before = text.slice(0, problem.offset);
  const line = before.split("\n").length;
  const column = problem.offset - before.lastIndexOf("\n");
  throw new InputError([
    withExcerpt(text, {
      code: "JSON_SYNTAX",
      file,
      line,
      column,
      params: { expected: problem.expected, found: problem.found },
    }),
  ]);
}

/** Every key once (duplicates with a set, forbidden names however they were escaped, keys that are not scalars) and every tag. */
function checkKeysAndTags(doc: Document.Parsed, text: string, file: string, at: At, problems: Problems): void {
  const { isAlias, isScalar, visit } = yaml();
  const allowedTags = /^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq)$/;
  const checkTag = (node: YamlNode) => {
    const tag = (node as { tag?: string }).tag;
    if (tag && !allowedTags.test(tag)) {
      problems.add(() => withExcerpt(text, { code: "YAML_TAG", file, ...at(node.range?.[0] ?? 0), params: { tag } }));
    }
  };
  visit(doc, {
    Map(_, map) {
      checkTag(map);
      const keys = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key as YamlNode | null;
        const offset = key?.range?.[0] ?? 0;
        if (key !== null && !isScalar(key)) {
          problems.add(() => withExcerpt(text, { code: "NON_STRING_KEY", file, ...at(offset), params: {} }));
          continue;
        }
        const name = String(key?.value ?? "");
        if (FORBIDDEN_KEYS.has(name)) {
          problems.add(() =>
            withExcerpt(
              text,
              { code: "FORBIDDEN_KEY", file, ...at(offset), params: { key: name } },
              Math.max(name.length, (key?.range?.[1] ?? 0) - offset),
            ),
          );
        }
        if (keys.has(name))
          problems.add(() =>
            withExcerpt(
              text,
              { code: "DUPLICATE_KEY", file, ...at(offset), params: { key: name } },
              Math.max(1, (key?.range?.[1] ?? 0) - offset),
            ),
          );
        keys.add(name);
      }
    },
    Node(_, node) {
      if (!isAlias(node)) checkTag(node);
    },
  });
}
