// Escaping of untrusted text (answer files: municipality, names, notes, evidence) for each output
// format, so that it is always shown as text and never becomes markup, script or structure.

const HTML: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
  "=": "&#61;",
  "/": "&#47;",
};

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
  return (
    String(text ?? "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
      // No autolinks (GFM turns bare URLs, www., email addresses and mailto:/xmpp: into links): user
      // text stays text. An escaped "@" splits what an email autolink needs into separate pieces.
      .replace(/@/g, "\\@")
      .replace(/:\/\//g, "\\://")
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
      .replace(
        /^(\s*)([-+=.]|\d+[.)])/,
        (_, space: string, lead: string) => `${space}${lead.replace(/([-+=.)])/, "\\$1")}`,
      )
      .replace(/\r?\n/g, "<br>")
  );
}

/**
 * Characters that steer a terminal or reorder text rather than show: C0 and C1 controls (ESC, CR,
 * LF, BEL, …), DEL, line and paragraph separators, and the bidirectional overrides and isolates.
 */
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const TERMINAL_NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u001b": "\\e" };

/**
 * Text from a file → text for a terminal: every control character shown as a visible escape
 * (`\n`, `\r`, `\e`, `\u202e`, …), so that a name or id cannot move the cursor, colour the screen,
 * clear a line or print a fake line of its own. Apply it to values, not to our own layout.
 */
export function escapeTerminal(text: unknown): string {
  return String(text ?? "").replace(
    TERMINAL_CONTROL,
    (c) => TERMINAL_NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
