// `npm run site`: the static site in site/ (or the folder given), for a web host or the intranet,
// from the built code (run `npm run build` first; `npm run site` does): a small Dutch landing page,
// the forms in Dutch and English (the same file `zelftest formulier` writes), the blank paper
// questionnaire as a print-ready page, and the handleiding with the docs it links to. Every page
// is self-contained: no script but the form's own, its style inline by hash in the
// Content-Security-Policy, and nothing loaded from elsewhere, so no request leaves the site.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Marked } from "marked";
import Mustache from "mustache";
import { renderForm } from "../dist/cli/commands/formulier.js";
import { packageVersion } from "../dist/cli/package-version.js";
import { loadQuestionnaire } from "../dist/load/load-files.js";
import { SITE_TEXT } from "../dist/messages/site.js";
import { buildPaperView } from "../dist/report/build-paper-view.js";
import { escapeHtml } from "../dist/report/escape.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(process.argv[2] ?? join(root, "site"));
const template = (name) => readFileSync(join(root, "templates", name), "utf8");
const css = template("site.css");
const csp = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(css).digest("base64")}'`,
  // The handleiding's screenshots (docs/img/, copied to img/): only from the site itself.
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const render = (name, view) =>
  Mustache.render(template(name), { ...view, csp, cssSafe: css }, {}, { escape: escapeHtml });

/** A heading's anchor as GitHub makes it, so that the docs' own links (#wat-u-nodig-heeft) work. */
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/&#?\w+;/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s/g, "-");

const docs = readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md") && f !== "README.md");
/** A docs page → HTML: links to another docs page go to its page here; links out of docs/ become their text. */
function docPage(file) {
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        return `<h${depth} id="${escapeHtml(slug(text))}">${text}</h${depth}>\n`;
      },
      image({ href, text }) {
        if (!/^img\/[\w.-]+\.png$/.test(href) || !existsSync(join(root, "docs", href))) return escapeHtml(text);
        return `<img src="${href}" alt="${escapeHtml(text)}" width="1000">`;
      },
      link({ href, tokens }) {
        const text = this.parser.parseInline(tokens);
        const [path, anchor] = href.split("#");
        if (!path && anchor) return `<a href="#${escapeHtml(anchor)}">${text}</a>`;
        if (docs.includes(path)) {
          const target = path.replace(/\.md$/, ".html") + (anchor ? `#${anchor}` : "");
          return `<a href="${escapeHtml(target)}">${text}</a>`;
        }
        if (/^https?:\/\//.test(href)) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>`;
        return text;
      },
    },
  });
  const markdown = readFileSync(join(root, "docs", file), "utf8");
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? file;
  const lang = file === "handleiding.md" ? "nl" : "en";
  return render("site-page.html.mustache", {
    lang,
    title,
    t: SITE_TEXT[lang],
    bodySafe: marked.parse(markdown),
  });
}

const version = packageVersion();
const questionnaire = loadQuestionnaire();
const pages = {
  "index.html": render("site-index.html.mustache", { lang: "nl", t: SITE_TEXT.nl, toolVersion: version }),
  "zelftest-formulier.html": renderForm(questionnaire, "nl", version),
  "self-assessment.html": renderForm(questionnaire, "en", version),
  "vragenlijst-papier.html": render("paper.html.mustache", buildPaperView(questionnaire, "nl")),
  "questionnaire-paper.html": render("paper.html.mustache", buildPaperView(questionnaire, "en")),
  ...Object.fromEntries(docs.map((f) => [f.replace(/\.md$/, ".html"), docPage(f)])),
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, html] of Object.entries(pages)) writeFileSync(join(out, name), html);
if (existsSync(join(root, "docs", "img"))) cpSync(join(root, "docs", "img"), join(out, "img"), { recursive: true });
console.log(`${out}: ${Object.keys(pages).length} pages`);
