// Escaping of untrusted text (answer files: municipality, names, notes, evidence) for each output
// format, so that it is always shown as text and never becomes markup, script or structure.

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;", "=": "&#61;", "/": "&#47;" };

/** Text → HTML text or attribute value. */
export function escapeHtml(text: unknown): string {
  return String(text ?? "").replace(/[&<>"'`=/]/g, (c) => HTML[c]!);
}

/**
 * Text → Markdown that renders as exactly that text: no HTML (entities instead of < > &), no
 * emphasis, links or autolinks, code, headings, lists, quotes or table cells breaking out. Line breaks become
 * <br>, the one tag it writes, so that a note cannot start a new block or end a table row.
 */
export function escapeMarkdown(text: unknown): string {
  return String(text ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    // No autolinks (GFM turns bare URLs and www. into links): user text stays text.
    .replace(/:\/\//g, "\\://")
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
    .replace(/^(\s*)([-+=.]|\d+[.)])/, (_, space: string, lead: string) => `${space}${lead.replace(/([-+=.)])/, "\\$1")}`)
    .replace(/\r?\n/g, "<br>");
}
