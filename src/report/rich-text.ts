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

/** A run of plain text with its emphasis, for formats without Markdown (Word). */
export interface TextRunSpec {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

/**
 * Questionnaire Markdown → runs of plain text: emphasis kept as bold/italics, a link as its text
 * followed by its address in brackets (never a live link), raw HTML and images as their text.
 */
export function richToRuns(markdown: string): TextRunSpec[] {
  const out: TextRunSpec[] = [];
  const walk = (tokens: readonly Tokens.Generic[], style: { bold?: boolean; italics?: boolean }): void => {
    for (const tok of tokens) {
      if (tok.type === "strong" || tok.type === "em")
        walk(tok.tokens ?? [], { ...style, [tok.type === "strong" ? "bold" : "italics"]: true });
      else if (tok.type === "link") {
        walk(tok.tokens ?? [], style);
        const href = String((tok as Tokens.Link).href ?? "");
        if (SAFE_LINK.test(href) && href !== (tok as Tokens.Link).text) out.push({ text: ` (${href})`, ...style });
      } else if (tok.tokens && tok.type !== "codespan") walk(tok.tokens, style);
      else
        out.push({
          text: decodeEntities(String(tok.type === "codespan" ? tok.text : (tok.text ?? tok.raw ?? ""))),
          ...style,
        });
    }
  };
  walk(marked.Lexer.lexInline(markdown, { gfm: true }) as Tokens.Generic[], {});
  // Merge neighbours with the same style; line breaks inside a paragraph become spaces.
  const merged: TextRunSpec[] = [];
  for (const run of out) {
    const text = run.text.replace(/\s*\r?\n\s*/g, " ");
    const last = merged[merged.length - 1];
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italics) === Boolean(run.italics))
      merged[merged.length - 1] = { ...last, text: last.text + text };
    else merged.push({ ...run, text });
  }
  return merged;
}

/** Questionnaire Markdown → plain text (CSV cells). */
export function richToPlain(markdown: string): string {
  return richToRuns(markdown)
    .map((r) => r.text)
    .join("");
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!,
  );
}
