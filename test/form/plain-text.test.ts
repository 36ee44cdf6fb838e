// The form sets a text without Markdown as text (src/form/dom.ts, with PLAIN from src/form/plain-text.ts) instead of running the
// Markdown renderer: that must show exactly what the renderer would show, for every text it lets
// through. Checked on every text of the built-in questionnaire (both languages) and on random
// texts made of the characters Markdown cares about.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/form/plain-text.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { richToHtml } from "../../src/report/rich-text.js";

/** What the renderer's HTML shows as text: it has no tags for a plain text, only escapes. */
const shown = (html: string) =>
  html.includes("<")
    ? null
    : html
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");

function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) texts(v, out);
  return out;
}

describe("plain text in the form (no Markdown renderer)", () => {
  it("every text of the built-in questionnaire is plain, and shows as the renderer shows it", () => {
    const all = texts(loadQuestionnaire().items.map((i) => [i.question, i.help, i.why]));
    expect(all.length).toBeGreaterThan(40);
    for (const t of all) {
      expect(PLAIN.test(t), t).toBe(true);
      expect(shown(richToHtml(t)), t).toBe(t);
    }
  });

  it("any text it lets through shows as the renderer shows it; Markdown and links are not let through", () => {
    const alphabet = fc.constantFrom(
      ..."ab 1.,:;()'\"-?/#=+%$*_`[]<>&\\~!@\n\twh".split(""),
      "http://",
      "www.",
      "x@y.nl",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const t = parts.join("");
        if (PLAIN.test(t)) expect(shown(richToHtml(t))).toBe(t);
      }),
      { numRuns: 3000 },
    );
    for (const t of [
      "*nadruk*",
      "`code`",
      "[link](https://x.nl)",
      "zie www.vng.nl",
      "a@b.nl",
      "<b>",
      "a\\*b",
      "~~weg~~",
    ])
      expect(PLAIN.test(t), t).toBe(false);
  });
});
