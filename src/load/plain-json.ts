// A fast reader for answer files in JSON: JSON.parse, then a check that the yaml library's full
// parse (which SourceDocument uses for its checks and positions) would give exactly the same value
// without a problem. It returns that value, or undefined as soon as the text is something the two
// might treat differently or the full parser refuses: invalid JSON, a duplicate key (JSON.parse
// keeps the last, the full parser reports it), a `__proto__`/`constructor`/`prototype` key,
// nesting or key counts at the full parser's limits, a very long key, an integer beyond 2^53,
// tabs, lone CRs or unusual characters. Then the full parser runs. It never reports a problem
// itself. SourceDocument uses it for `.json` files; a test compares both on fixtures and random
// texts. Pure.
import { hasUnusualCharacter } from "./plain-yaml.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Below the full parser's limits (MAX_NESTING, MAX_KEYS in source-document.ts) and YAML's 1024-character keys. */
const MAX_DEPTH = 90;
const MAX_KEYS = 9000;
const MAX_KEY_LENGTH = 1000;

/**
 * How many `:` stand outside strings: in valid JSON each one is an object member, so fewer keys
 * in the parsed value than this means a key came twice.
 */
function membersInText(text: string): number {
  let colons = 0;
  let i = 0;
  for (;;) {
    const quote = text.indexOf('"', i);
    const end = quote === -1 ? text.length : quote;
    for (let c = text.indexOf(":", i); c !== -1 && c < end; c = text.indexOf(":", c + 1)) colons += 1;
    if (quote === -1) return colons;
    // Skip the string: its closing quote is the first one not escaped by an odd number of backslashes.
    let j = quote + 1;
    for (;;) {
      const close = text.indexOf('"', j);
      if (close === -1) return colons; // not valid JSON, which JSON.parse has already ruled out
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes += 1;
      j = close + 1;
      if (backslashes % 2 === 0) break;
    }
    i = j;
  }
}

/** The value of `text` if it is JSON that the full parser reads to the same value without a problem, else undefined. */
export function readPlainJson(text: string): Record<string, unknown> | undefined {
  if (hasUnusualCharacter(text)) return undefined;
  if (text.includes("\r") && text.replace(/\r\n/g, "").includes("\r")) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  let keys = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node === "number") {
      if (!Number.isFinite(node) || (Number.isInteger(node) && !Number.isSafeInteger(node))) return undefined;
      continue;
    }
    if (node === null || typeof node !== "object") continue;
    if (depth > MAX_DEPTH) return undefined;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    const names = Object.keys(node);
    if (names.length > MAX_KEYS) return undefined;
    keys += names.length;
    for (const name of names) {
      if (FORBIDDEN_KEYS.has(name) || name.length > MAX_KEY_LENGTH) return undefined;
      stack.push({ node: (node as Record<string, unknown>)[name], depth: depth + 1 });
    }
  }
  if (membersInText(text) !== keys) return undefined;
  return value as Record<string, unknown>;
}
