// Finds where JSON text stops being JSON, for a JSON_SYNTAX error at the real line and column.
// JSON.parse says whether the text is valid; where it is not, its message differs between Node
// versions and often has no position at all, so this scanner (RFC 8259, iterative: no recursion
// however deep the brackets) finds the first offending character itself. Pure.

/** What the scanner expected where the text went wrong (worded in messages/error-messages.ts). */
export type JsonExpectation =
  | "value"
  | "key"
  | "colon"
  | "comma-or-object-end"
  | "comma-or-array-end"
  | "end"
  | "string-end"
  | "escape"
  | "digit";

export interface JsonSyntaxProblem {
  /** Offset (UTF-16 code units) of the first character that does not fit. */
  readonly offset: number;
  readonly expected: JsonExpectation;
  /** The character found there, or "" at the end of the text. */
  readonly found: string;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** The first syntax problem of the text, or undefined when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return scan(text) ?? { offset: text.length, expected: "end", found: "" };
  }
}

function scan(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const fail = (expected: JsonExpectation, at = i): JsonSyntaxProblem => ({
    offset: at,
    expected,
    found: text[at] ?? "",
  });
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i += 1;
  };
  /** Reads a string starting at the quote at i; returns a problem or undefined. */
  const string = (): JsonSyntaxProblem | undefined => {
    i += 1;
    for (;;) {
      if (i >= text.length) return fail("string-end");
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return undefined;
      }
      if (c < 0x20) return fail("string-end");
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail("escape", i + 1);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail("escape", i + 1);
      } else i += 1;
    }
  };
  // The containers open around the current place: "{" or "[".
  const stack: string[] = [];
  let expect: "value" | "key" | "after-value" = "value";
  for (;;) {
    skip();
    const c = text[i];
    if (expect === "value") {
      if (c === "{") {
        stack.push("{");
        i += 1;
        skip();
        if (text[i] === "}") {
          stack.pop();
          i += 1;
          expect = "after-value";
        } else expect = "key";
        continue;
      }
      if (c === "[") {
        stack.push("[");
        i += 1;
        skip();
        if (text[i] === "]") {
          stack.pop();
          i += 1;
          expect = "after-value";
        } else expect = "value";
        continue;
      }
      if (c === '"') {
        const p = string();
        if (p) return p;
        expect = "after-value";
        continue;
      }
      NUMBER.lastIndex = i;
      LITERAL.lastIndex = i;
      if ((c === "-" || (c !== undefined && c >= "0" && c <= "9")) && NUMBER.test(text)) {
        i = NUMBER.lastIndex;
        expect = "after-value";
        continue;
      }
      if (c === "-") return fail("digit", i + 1);
      if (LITERAL.test(text)) {
        i = LITERAL.lastIndex;
        expect = "after-value";
        continue;
      }
      return fail("value");
    }
    if (expect === "key") {
      if (c !== '"') return fail("key");
      const p = string();
      if (p) return p;
      skip();
      if (text[i] !== ":") return fail("colon");
      i += 1;
      expect = "value";
      continue;
    }
    // After a value: the end of the text, or a comma or the end of the open container.
    const open = stack[stack.length - 1];
    if (open === undefined) return i < text.length ? fail("end") : undefined;
    if (c === ",") {
      i += 1;
      expect = open === "{" ? "key" : "value";
      continue;
    }
    if ((open === "{" && c === "}") || (open === "[" && c === "]")) {
      stack.pop();
      i += 1;
      continue;
    }
    return fail(open === "{" ? "comma-or-object-end" : "comma-or-array-end");
  }
}
