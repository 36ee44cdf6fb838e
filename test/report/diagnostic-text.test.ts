// The one formatter of where a problem is and the caret under it (src/report/diagnostic-text.ts),
// used by the terminal and the form; with an emoji before the place, where the copies differed.
import { describe, expect, it } from "vitest";
import { formatDiagnostics } from "../../src/cli/format-diagnostics.js";
import type { Diagnostic } from "../../src/errors.js";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { withExcerpt } from "../../src/load/source-document.js";
import { displayWidth, excerptLines, excerptOf, placeOf } from "../../src/report/diagnostic-text.js";
import { escapeTerminal } from "../../src/report/escape.js";
import { diagnosticsOf, fixture } from "../helpers/fixtures.js";

const plain = { bold: (s: string) => s, dim: (s: string) => s, error: (s: string) => s };
const at = (text: string, line: number, column: number, length = 1): Diagnostic =>
  withExcerpt(
    text,
    { code: "UNKNOWN_FIELD", file: "a.yaml", line, column, params: { field: "x", where: "y" } },
    length,
  );

describe("placeOf", () => {
  it("gives file:line:column, or the file alone for a problem with the whole file", () => {
    expect(placeOf({ file: "a.yaml", line: 3, column: 7 })).toBe("a.yaml:3:7");
    expect(placeOf({ file: "a.yaml", line: 3 })).toBe("a.yaml:3:1");
    expect(placeOf({ file: "a.yaml" })).toBe("a.yaml");
    expect(placeOf({ file: "a\u001b.yaml", line: 1, column: 1 }, "shown.yaml")).toBe("shown.yaml:1:1");
  });
});

describe("displayWidth: the cells a terminal gives a text", () => {
  it.each([
    ["abc", 3],
    ["e\u0301", 1], // e with a combining accent: one character on screen
    ["é", 1],
    ["📎", 2], // emoji presentation
    ["🏛", 1], // a pictograph in text presentation
    ["🏛\uFE0F", 2], // the same asked as emoji (VS16)
    ["👩‍👩‍👧", 2], // one family: a ZWJ sequence
    ["日本", 4],
    ["Ｘ", 2], // fullwidth
    ["", 0],
  ])("%j is %i cells", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe("displayWidth where the browser has no Intl.Segmenter (Firefox before 125, within the form's targets)", () => {
  it("counts per code point instead of failing: the form still opens and shows the caret", () => {
    const saved = Object.getOwnPropertyDescriptor(Intl, "Segmenter")!;
    Object.defineProperty(Intl, "Segmenter", { value: undefined, configurable: true, writable: true });
    try {
      expect(displayWidth("a📎e\u0301日")).toBe(6);
      expect(displayWidth("🏛\uFE0F")).toBe(1); // the selector alone is no cell; with graphemes it is 2
    } finally {
      Object.defineProperty(Intl, "Segmenter", saved);
    }
    expect(displayWidth("🏛\uFE0F")).toBe(2);
  });
});

describe("columns count characters; the caret stands under the place", () => {
  // '  k: { note: "📎", bron: x }': 18 characters before "bron" (19 UTF-16 units: the emoji is two).
  const line = '  k: { note: "📎", bron: x }';
  const text = `a: 1\n${line}\n`;

  it("the loader's column and caret are in code points: an emoji is one character", () => {
    const d = at(text, 2, line.indexOf("bron") + 1, 4);
    expect(d.column).toBe(19);
    expect(d.caretColumn).toBe(19);
    expect(d.caretLength).toBe(4);
    expect(excerptOf(d)).toEqual({ number: "2", before: '  k: { note: "📎", ', marked: "bron", after: ": x }" });
  });

  it("the terminal pads the caret by display cells: the emoji takes two", () => {
    const e = excerptOf(at(text, 2, line.indexOf("bron") + 1, 4))!;
    const { gutter, blankGutter, source, caret } = excerptLines(e);
    expect(`${gutter}${source}`).toBe(`2 | ${line}`);
    expect(blankGutter).toBe("  | ");
    // 18 characters before "bron", the emoji among them two cells wide: 19 spaces.
    expect(caret).toBe(`${" ".repeat(19)}^^^^`);
  });

  it("a control character before the place is escaped, and the caret moves with it", () => {
    const t = "k: \u001bx: 1\n";
    const e = excerptOf(at(t, 1, 5))!;
    const { source, caret } = excerptLines(e, escapeTerminal);
    expect(source).toBe("k: \\ex: 1");
    expect(caret).toBe("     ^");
  });

  it("a long line is cut around the place without splitting an emoji, and the caret follows the cut", () => {
    // The window of 100 UTF-16 units would start and end in the middle of an emoji.
    const long = `${"📎".repeat(80)}xbad${"📎".repeat(80)}`;
    const d = at(long, 1, long.indexOf("bad") + 1, 3);
    expect(d.column).toBe(82);
    expect(d.sourceLine).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    const e = excerptOf(d)!;
    expect(e.before.startsWith("…")).toBe(true);
    expect(e.marked).toBe("bad");
    expect(excerptLines(e).caret).toBe(`${" ".repeat(displayWidth(e.before))}^^^`);
  });

  it("a place just past the end of the line gets one caret", () => {
    const e = excerptOf(at("k: ab\n", 1, 6))!;
    expect(e).toEqual({ number: "1", before: "k: ab", marked: "", after: "" });
    expect(excerptLines(e).caret).toBe("     ^");
  });

  it("the command line prints the fixture with an emoji before the error with the caret under it", () => {
    const file = fixture("answers", "invalid", "emoji-before-error.yaml");
    const ds = diagnosticsOf(() => loadAnswerFile(file));
    const out = formatDiagnostics(ds, "nl", plain).split("\n");
    expect(out[0]).toBe(`${file}:8:60: fout UNKNOWN_FIELD`);
    expect(out[2]).toBe('  8 |   toegankelijkheid.gratis: { answer: ja, note: "🏛️ zie 📎", bron: x }');
    // 59 characters before "bron"; 🏛️ is two of them (with VS16) and two cells, 📎 one and two cells: 60 cells.
    expect(out[3]).toBe(`    | ${" ".repeat(60)}^^^^`);
  });
});
