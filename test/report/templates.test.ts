// Every template in templates/ (found, not listed: a template added later is checked too) is
// logic-free, writes raw ({{{…}}}, {{&…}}) only values the renderer made safe itself (rich text
// rendered into `.safe`, our CSS and chart as `…Safe`), and keeps hostile text inert when every
// other value it reads is hostile: no tag, attribute or link of the attacker's in HTML, and none in
// the HTML a permissive renderer makes of the Markdown.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Marked } from "marked";
import Mustache from "mustache";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown } from "../../src/report/escape.js";
import { ROOT } from "../helpers/fixtures.js";

const dir = join(ROOT, "templates");
const templates = readdirSync(dir)
  .filter((f) => readFileSync(join(dir, f), "utf8").includes("{{"))
  .sort();

const HOSTILE =
  `<script>alert(1)</script><img src=x onerror=alert(1)>"' onmouseover=alert(1) ` +
  `javascript:alert(1) [link](https://evil.example/a) ![img](https://evil.example/i.png) <https://evil.example/b> www.evil.example`;
const SAFE = "SAFE-VALUE";
const isSafeName = (key: string) => key === "safe" || /Safe$/.test(key);

/** A view in which every value a template asks for is hostile text, except the ones named safe. */
function hostileNode(): object {
  // A String object: plain tags print it (escaped), sections enter it, `x.safe` finds a safe value.
  const node = Object.assign(new String(HOSTILE), { safe: SAFE });
  return node;
}
const hostileView = new Proxy(
  {},
  {
    has: () => true,
    get: (_, key) => (typeof key !== "string" ? undefined : isSafeName(key) ? SAFE : hostileNode()),
  },
);

const rawKeys = (text: string) =>
  [...text.matchAll(/\{\{\{\s*([^}]+?)\s*\}\}\}|\{\{&\s*([^}]+?)\s*\}\}/g)].map((m) => m[1] ?? m[2]!);
const tags = (html: string) =>
  [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: m[2]! }));

/** The attributes of a tag as written: name and value (quotes removed). */
const attributes = (attrs: string) =>
  [...attrs.matchAll(/([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    value: (m[2] ?? "").replace(/^["']|["']$/g, ""),
  }));

function expectInertHtml(html: string, name: string) {
  for (const t of tags(html)) {
    const where = `${name}: <${t.name}${t.attrs}>`;
    expect(
      ["script", "img", "iframe", "object", "embed", "base", "form", "input", "link", "meta-refresh"],
      where,
    ).not.toContain(t.name);
    for (const a of attributes(t.attrs)) {
      // No event handler of the attacker's, and no address of theirs where an address is loaded or followed.
      expect(a.name, where).not.toMatch(/^on/);
      if (/^(href|src|srcset|action|formaction|xlink:href|poster|data|style)$/.test(a.name))
        expect(a.value, where).not.toMatch(/javascript:|evil\.example/i);
    }
  }
  expect(html, name).not.toContain("<script");
}

describe("templates", () => {
  it("are found in templates/", () => {
    expect(templates).toEqual(expect.arrayContaining(["report.md.mustache", "report.html.mustache"]));
  });

  describe.each(templates)("%s", (name) => {
    const text = readFileSync(join(dir, name), "utf8");
    const format = /\.html?(\.|$)/.test(name) ? "html" : /\.md(\.|$)/.test(name) ? "md" : undefined;

    it("has a known output format (html or md), so its escaping is known", () => {
      expect(format, `${name}: name it *.html.* or *.md.* and give it that format's escape function`).toBeDefined();
    });

    it("writes raw only what was made safe, and changes no delimiters", () => {
      for (const key of rawKeys(text)) expect(isSafeName(key.split(".").at(-1)!), `${name}: {{{${key}}}}`).toBe(true);
      expect(text).not.toMatch(/\{\{=/);
    });

    it("keeps hostile values inert", () => {
      if (format === "html") {
        // The form's page carries its own script, its data block and its second part (a data block
        // run when needed): script elements written by the template itself, whose whole content is
        // a value the renderer made safe, are allowed.
        const ownScripts =
          /<script(?: type="application\/json" id="zelftest-data"| type="text\/plain" id="zelftest-later")?>SAFE-VALUE<\/script>/g;
        expectInertHtml(Mustache.render(text, hostileView, {}, { escape: escapeHtml }).replace(ownScripts, ""), name);
      } else if (format === "md") {
        const md = Mustache.render(text, hostileView, {}, { escape: escapeMarkdown });
        const html = new Marked({ gfm: true }).parse(md) as string;
        expectInertHtml(html, name);
        expect(
          tags(html).filter((t) => t.name === "a"),
          name,
        ).toEqual([]);
      }
    });
  });
});
