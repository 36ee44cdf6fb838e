// Questionnaire texts may use a little inline Markdown (emphasis, code, http(s)/mailto links).
// Hardened: raw HTML is shown as text, other link schemes (javascript:, data:, …) and images
// become plain text, so even a hostile custom questionnaire cannot add markup or load anything.
import { Marked } from "marked";
import type { Tokens } from "marked";
import { escapeHtml } from "./escape.js";

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

const marked = new Marked({
  async: false,
  gfm: true,
  breaks: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      if (!SAFE_LINK.test(token.href.trim())) return text;
      return `<a href="${escapeHtml(token.href.trim())}" rel="noopener noreferrer">${text}</a>`;
    },
    image(token: Tokens.Image) {
      return escapeHtml(token.text);
    },
  },
});

export function richToHtml(markdown: string): string {
  return marked.parseInline(markdown) as string;
}

/**
 * For the Markdown report: keep the author's inline Markdown but take out raw HTML, images and
 * links with an unsafe scheme, and keep it on one line.
 */
export function richToMarkdown(markdown: string): string {
  return markdown
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/!\[/g, "\\![")
    .replace(/\]\(\s*(?!https?:\/\/|mailto:)/gi, "]\\(")
    .replace(/\|/g, "\\|")
    .replace(/\s*\r?\n\s*/g, " ");
}
