// Labels within SPSS's byte limits: shortened after a whole word, never inside a character, "…" at the end.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SPSS_VALUE_LABEL_BYTES, spssLabel } from "../../src/report/spss-label.js";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

describe("spssLabel", () => {
  it("keeps a label that fits, as one line", () => {
    expect(spssLabel("Weet niet", 120)).toBe("Weet niet");
    expect(spssLabel("Regel 1\nRegel 2", 120)).toBe("Regel 1 Regel 2");
    const exactly = "ë".repeat(60); // 120 bytes
    expect(spssLabel(exactly, 120)).toBe(exactly);
  });

  it("shortens a Dutch question of more than 120 bytes after a whole word, with …", () => {
    const q =
      "Is vastgelegd dat cliëntondersteuners onafhankelijk werken, zonder opdrachten van de gemeente of een zorgaanbieder over hoe zij een inwoner helpen?";
    expect(bytes(q)).toBeGreaterThan(120);
    const l = spssLabel(q, SPSS_VALUE_LABEL_BYTES);
    expect(bytes(l)).toBeLessThanOrEqual(120);
    expect(l).toBe(
      "Is vastgelegd dat cliëntondersteuners onafhankelijk werken, zonder opdrachten van de gemeente of een zorgaanbieder…",
    );
  });

  it("never cuts inside a character: ë at the limit, e with a combining accent, an emoji with a skin tone", () => {
    // 116 bytes of 'a', then ëëë (122 bytes): with the 3 bytes of … 117 fit, and the first ë would end at 118.
    const one = `${"a".repeat(116)}ëëë`;
    const l = spssLabel(one, 120);
    expect(bytes(l)).toBeLessThanOrEqual(120);
    expect(l).toBe(`${"a".repeat(116)}…`);
    const combining = "e\u0308".repeat(50); // 3 bytes each, one grapheme each
    const c = spssLabel(combining, 120);
    expect(c).toBe(`${"e\u0308".repeat(39)}…`);
    const emoji = "👍🏽".repeat(20); // 8 bytes each
    expect(spssLabel(emoji, 120)).toBe(`${"👍🏽".repeat(14)}…`);
  });

  it("for any text: at most the limit in bytes, whole code points, a prefix of the text (on one line) with … when shortened", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 20, max: 256 }), (text, max) => {
        const l = spssLabel(text, max);
        expect(bytes(l)).toBeLessThanOrEqual(max);
        expect(l).toBe(Buffer.from(l, "utf8").toString("utf8")); // no lone surrogate
        const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
        if (l !== line) {
          expect(l.endsWith("…")).toBe(true);
          expect(line.startsWith(l.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
