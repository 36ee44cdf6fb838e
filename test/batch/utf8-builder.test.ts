import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Utf8Builder } from "../../src/batch/utf8-builder.js";

describe("Utf8Builder", () => {
  it("gives the UTF-8 of the pieces joined, whatever they hold and however small it starts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 64 }),
        (pieces, capacity) => {
          const b = new Utf8Builder(undefined, capacity);
          for (const p of pieces) b.append(p);
          expect(Buffer.from(b.result()).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
        },
      ),
    );
  });

  it("has room for a lone surrogate (three bytes of U+FFFD) at the very end of its memory", () => {
    const b = new Utf8Builder(undefined, 3);
    b.append("\ud800");
    b.append("é\udfff");
    expect([...b.result()]).toEqual([0xef, 0xbf, 0xbd, 0xc3, 0xa9, 0xef, 0xbf, 0xbd]);
  });

  it("writes into the memory it was given, and grows out of it without losing what was there", () => {
    const memory = new ArrayBuffer(4);
    const b = new Utf8Builder(memory);
    b.append("a");
    expect(b.result().buffer).toBe(memory);
    b.append("bcdefgh");
    expect(new TextDecoder().decode(b.result())).toBe("abcdefgh");
  });
});
