// The terminal presentation of the Markdown reports (src/report/render-terminal.ts): readable text
// with no Markdown escapes or HTML entities, in at most 80 columns, hostile text kept as text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeEntities, displayWidth, renderTerminal } from "../../src/report/render-terminal.js";
import { ROOT } from "../helpers/fixtures.js";
import { expectGolden } from "../helpers/golden.js";

/** What Markdown leaves when it is printed raw: backslash escapes, entities, emphasis, table rules, heading marks. */
const MARKDOWN_LEFTOVERS = /\\[\\`*_[\]#|~:.+\-!@]|&(#\d+|#x[0-9a-f]+|[a-z]+);|\*\*|^#+ |^\|?-{3}|\|---/im;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const golden = (name: string) => readFileSync(join(ROOT, "test", "golden", name), "utf8");
const widest = (text: string) => Math.max(...text.split("\n").map(displayWidth));

describe("renderTerminal on the golden reports", () => {
  // The terminal text of the golden Markdown: regenerate both with UPDATE_GOLDEN=1.
  for (const [md, txt] of [
    ["adviesraad-rijssen-holten-2015.nl.md", "adviesraad-rijssen-holten-2015.nl.terminal.txt"],
    ["gemeente-half-ingevuld.en.md", "gemeente-half-ingevuld.en.terminal.txt"],
    ["compare-perspectives.md", "compare-perspectives.terminal.txt"],
    ["compare-trend.md", "compare-trend.terminal.txt"],
  ] as const) {
    it(`${md}: no Markdown left, every line in 80 columns (golden ${txt})`, () => {
      const markdown = golden(md);
      expect(markdown).toMatch(MARKDOWN_LEFTOVERS); // the input does have them
      const text = renderTerminal(markdown, 80);
      expect(text).not.toMatch(MARKDOWN_LEFTOVERS);
      expect(text).not.toMatch(CONTROL);
      expect(widest(text)).toBeLessThanOrEqual(80);
      expectGolden(txt, text);
    });
  }

  it("fits a narrower terminal, and a wider one still gets at most 80 columns", () => {
    const markdown = golden("adviesraad-rijssen-holten-2015.nl.md");
    expect(widest(renderTerminal(markdown, 50))).toBeLessThanOrEqual(50);
    expect(widest(renderTerminal(markdown, 200))).toBeLessThanOrEqual(80);
    expect(widest(renderTerminal(markdown, 200))).toBeGreaterThan(70);
  });
});

describe("renderTerminal", () => {
  it("shows escaped characters and entities as the characters they stand for", () => {
    const md = 'Thema \\~ deels, \\-25 en \\+26,7: https\\://www\\.example\\.nl &lt;a href="x"&gt; &amp; &#39;t\n';
    expect(renderTerminal(md)).toBe('Thema ~ deels, -25 en +26,7: https://www.example.nl <a href="x"> & \'t\n');
  });

  it("decodes named and numeric entities and leaves unknown ones alone", () => {
    expect(decodeEntities("&lt;&gt;&amp;&quot;&#39;&#x263A;&nbsp;&bogus; &#0;")).toBe("<>&\"'☺\u00a0&bogus; &#0;");
  });

  it("underlines headings, numbers ordered lists and bullets others, with a hanging indent", () => {
    const md =
      "# Titel\n\n## Deel\n\n1. een\n1. twee is een heel lange regel die zeker niet op één regel van dertig past\n\n- a\n- b\n";
    expect(renderTerminal(md, 30)).toBe(
      [
        "Titel",
        "═════",
        "",
        "Deel",
        "────",
        "",
        "1. een",
        "2. twee is een heel lange",
        "   regel die zeker niet op één",
        "   regel van dertig past",
        "",
        "• a",
        "• b",
        "",
      ].join("\n"),
    );
  });

  it("aligns a table as the Markdown asks and keeps a table without headings free of a heading rule", () => {
    const md =
      "| Thema | Score |\n|---|---:|\n| Beleidsplan | 50 |\n| Inspraak | 100 |\n\n| | |\n|---|---|\n| **Gemeente** | Rijssen-Holten |\n";
    expect(renderTerminal(md)).toBe(
      [
        "Thema        Score",
        "───────────  ─────",
        "Beleidsplan     50",
        "Inspraak       100",
        "",
        "Gemeente  Rijssen-Holten",
        "",
      ].join("\n"),
    );
  });

  it("wraps long cells inside their column, and shows a table too wide for the terminal as blocks", () => {
    const cells = (w: string) => Array.from({ length: 6 }, (_, k) => `${w}${k}`);
    const wide = `| ${cells("Kolomkop").join(" | ")} |\n|${"---|".repeat(6)}\n| ${cells("waardewaarde").join(" | ")} |\n`;
    const text = renderTerminal(wide, 40);
    expect(widest(text)).toBeLessThanOrEqual(40);
    expect(text).toContain("Kolomkop0: waardewaarde0\nKolomkop1: waardewaarde1\n");

    const long = `| A | B |\n|---|---|\n| kort | ${"woord ".repeat(30).trim()} |\n`;
    const wrapped = renderTerminal(long, 40);
    expect(widest(wrapped)).toBeLessThanOrEqual(40);
    expect(wrapped.split("\n")[2]).toMatch(/^kort {2}woord woord/);
    expect(wrapped.split("\n")[3]).toMatch(/^ {6}woord/);
  });

  it("keeps a line break in a note (<br>) as a line break, and a link's address beside its text", () => {
    expect(renderTerminal("Eerste regel<br>tweede regel\n")).toBe("Eerste regel\ntweede regel\n");
    expect(renderTerminal("Zie [de wet](https://wetten.overheid.nl/BWBR0035362).\n")).toBe(
      "Zie de wet (https://wetten.overheid.nl/BWBR0035362).\n",
    );
  });

  it("never lets text steer the terminal: control characters become visible escapes", () => {
    const text = renderTerminal("Naam \u001b[2Jweg\u0007 en \u202egekeerd\n\n| a |\n|---|\n| \u001b[31mrood |\n");
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toContain("\u202e");
    expect(text).toContain("Naam \\e[2Jweg\\u0007 en \\u202egekeerd");
    expect(text).toContain("\\e[31mrood");
  });

  it("applies the style it is given (bold headings and strong text) per word, so wrapping keeps widths right", () => {
    const bold = (s: string) => `<${s}>`;
    const style = { bold, dim: (s: string) => s, status: (_: unknown, s: string) => s };
    expect(renderTerminal("## Kop\n\n**Let op:** tekst\n", 80, style)).toBe("<Kop>\n───\n\n<Let> <op:> tekst\n");
  });

  it("counts wide characters and combining marks as a terminal shows them", () => {
    expect(displayWidth("Súdwest-Fryslân")).toBe(15);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("漢字")).toBe(4);
    expect(displayWidth("✓ ✗ ~ ?")).toBe(7);
  });
});
