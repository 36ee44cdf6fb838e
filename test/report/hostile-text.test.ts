// Free text from answer files is hostile: it must never become markup, script or structure, in
// HTML or in Markdown, and not when that Markdown is rendered by a permissive renderer either.
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { escapeMarkdown } from "../../src/report/escape.js";
import { richToHtml, richToMarkdown } from "../../src/report/rich-text.js";
import { fixture } from "../helpers/fixtures.js";
import { modelOfFile, reportOfFile } from "../helpers/reports.js";

const hostile = fixture("answers", "valid", "hostile.yaml");

/** Every tag in the HTML, with its attributes. */
const tags = (html: string) =>
  [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: m[2]! }));

function expectInert(html: string) {
  const all = tags(html);
  const names = new Set(all.map((t) => t.name));
  for (const bad of ["script", "iframe", "img", "object", "embed", "link", "form", "input", "base", "a-evil"])
    expect(names.has(bad), bad).toBe(false);
  for (const t of all) {
    expect(t.attrs, `<${t.name}${t.attrs}>`).not.toMatch(/\bon[a-z]+\s*=/i);
    expect(t.attrs, `<${t.name}${t.attrs}>`).not.toMatch(/javascript:/i);
    expect(t.attrs, `<${t.name}${t.attrs}>`).not.toMatch(/\bsrc\s*=/i);
  }
  // <style> only as our own, in the head
  expect(html.match(/<style/g)?.length ?? 0).toBeLessThanOrEqual(1);
}

describe("hostile answer-file text", () => {
  it("stays text in the HTML report", () => {
    const html = reportOfFile(hostile, "html");
    expectInert(html);
    expect(html).toContain("&lt;script&gt;alert(&#39;gemeente&#39;)&lt;&#47;script&gt;");
    expect(html).toContain("&lt;iframe src&#61;&quot;https:&#47;&#47;evil.example&#47;&quot;&gt;");
    expect(html).toContain("&lt;img src&#61;x onerror&#61;alert(1)&gt;");
    expect(html.match(/<style/g)).toHaveLength(1);
  });

  it("stays text in the Markdown report, even rendered by a renderer that passes HTML through", () => {
    const md = reportOfFile(hostile, "md");
    const html = new Marked({ gfm: true }).parse(md) as string;
    expectInert(html);
    expect(html).not.toMatch(/<a /); // the javascript: link stays text
    expect(html).not.toMatch(/<h[1-6][^>]*>\s*Geen kop/);
    expect(html).not.toContain("<blockquote>");
    // The header table keeps its 4 rows and the notes do not add table rows or headings.
    const headerTable = md.split("\n## ")[0]!;
    expect(headerTable.split("\n").filter((l) => l.startsWith("|"))).toHaveLength(6);
    // Four on the first page, one per legal item short (2 answered short, 13 unanswered), one per
    // work package of the plan, "Herhaalbaarheid".
    const h3 = md.split("\n").filter((l) => l.startsWith("### "));
    const legal = loadQuestionnaire("clientondersteuning-wmo2015").items.filter((i) => i.level === "wettelijk");
    expect(h3.length).toBe(4 + legal.length + modelOfFile(hostile).plan.length + 1);
    expect((html.match(/<h3>/g) ?? []).length).toBe(h3.length);
  });

  it("a bare email address (or anything GFM would autolink) never becomes a link, and reads the same", () => {
    const cases = [
      "jan@example.nl",
      "Mail: j.de-vries+wmo@sub.example.co.uk.",
      "mailto:jan@example.nl",
      "xmpp:jan@example.nl/thuis",
      "(zie jan@example.nl)",
      "*jan@example.nl*",
      "https://x.example/@jan",
      "http://x.example",
    ];
    const marked = new Marked({ gfm: true });
    for (const c of cases) {
      for (const html of [marked.parseInline(escapeMarkdown(c)) as string, marked.parse(escapeMarkdown(c)) as string]) {
        expect(html, c).not.toMatch(/<a[\s>]/);
        expect(
          html
            .replace(/<\/?p>|\n/g, "")
            .replace(/&amp;/g, "&")
            .replace(/&#39;/g, "'"),
          c,
        ).toBe(c);
      }
    }
  });

  it("escapeMarkdown neutralises every construct", () => {
    const cases = [
      "https://evil.example/x",
      "www.evil.example",
      "# kop",
      "- lijst",
      "1. lijst",
      "> citaat",
      "| a | b |",
      "[x](javascript:y)",
      "*vet* _schuin_",
      "`code`",
      "<b>html</b>",
      "a\nb",
      "---",
      "~~weg~~",
      "\\",
    ];
    const marked = new Marked({ gfm: true });
    for (const c of cases) {
      const html = marked.parseInline(escapeMarkdown(c)) as string;
      expect(html, c).not.toMatch(/<(?!br>)[a-z]/i);
    }
  });
});

describe("hostile questionnaire text (a custom questionnaire)", () => {
  it("keeps emphasis and safe links, drops raw HTML, scripts, images and unsafe links", () => {
    expect(richToHtml("*nadruk* en [VNG](https://vng.nl)")).toBe(
      '<em>nadruk</em> en <a href="https:&#47;&#47;vng.nl" rel="noopener noreferrer">VNG</a>',
    );
    const bad = richToHtml(
      "<script>alert(1)</script> [x](javascript:alert(1)) ![i](https://evil.example/i.png) <img src=x onerror=alert(1)>",
    );
    expectInert(bad);
    expect(bad).not.toContain("<a ");
    const md = richToMarkdown("[x](javascript:alert(1)) <script>y</script> ![i](http://e/i.png)");
    expectInert(new Marked().parse(md) as string);
  });
});

describe("escapeMarkdown and numbers", () => {
  it("leaves a number as it is (no list can start with it), and still escapes a number-like list marker", () => {
    for (const n of ["0.67", "-0,09", "2.7%", "93,5% (29)", "+5", "100"]) expect(escapeMarkdown(n)).toBe(n);
    expect(escapeMarkdown(-0.5)).toBe("-0.5");
    // A marker followed by a space is a list item: still escaped.
    expect(escapeMarkdown("1. punt")).toBe("1\\. punt");
    expect(escapeMarkdown("- 5")).toBe("\\- 5");
  });

  it("leaves a version number or a text that starts with a decimal as it is: only a marker with white space after it starts a list", () => {
    const marked = new Marked({ gfm: true });
    for (const t of ["1.3.0", "0.1.0", "3.5 uur per week", "2.b is gedaan", "10.000 inwoners"]) {
      expect(escapeMarkdown(t), t).toBe(t);
      // Also at the start of a line (a block): no list, the text as it is.
      expect(marked.parse(escapeMarkdown(t)), t).toBe(`<p>${t}</p>\n`);
    }
    for (const [t, e] of [
      ["1. punt", "1\\. punt"],
      ["1) punt", "1\\) punt"],
      ["1.\tpunt", "1\\.\tpunt"],
      ["1.", "1\\."],
      ["  2. punt", "  2\\. punt"],
      ["1.\nvolgende", "1\\.<br>volgende"],
    ]) {
      expect(escapeMarkdown(t), t).toBe(e);
      expect(marked.parse(escapeMarkdown(t)), t).not.toMatch(/<[ou]l>|<li>/);
    }
  });
});
