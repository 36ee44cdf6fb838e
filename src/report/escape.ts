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

const PLAIN_NUMBER = /^[-+]?\d{1,15}(?:[.,]\d{1,15})?%?(?: \(\d{1,15}\))?$/;

/**
 * Control characters other than tab and line breaks (C0, DEL, C1) as something visible and inert:
 * C0 and DEL as their Unicode control pictures (ESC → ␛), C1 as U+FFFD. An escape sequence in a
 * note is shown as text in a Markdown file, and cannot steer the terminal it is printed on.
 */
const MARKDOWN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const controlPicture = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
};

/**
 * Text → Markdown that renders as exactly that text: no HTML (entities instead of < > &), no
 * emphasis, links or autolinks, code, headings, lists, quotes or table cells breaking out. Every
 * line break CommonMark knows (LF, CR LF and a lone CR), and the Unicode line and paragraph
 * separators (which some renderers take as line ends), becomes <br>, the one tag it writes, so that
 * a note cannot start a new block (a heading, a list item, a rule) or end a table row. Other
 * control characters become visible pictures (see MARKDOWN_CONTROL).
 */
export function escapeMarkdown(text: unknown): string {
  // A number (with a decimal point or comma, a sign, a %) cannot start a list or quote, since a
  // marker needs a space after it: it stays as it is, so a table reads 0.67 and -0,09, not 0\.67.
  if (typeof text === "number" || (typeof text === "string" && PLAIN_NUMBER.test(text))) return String(text);
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
      // A list marker at the start: "1. " or "1)" only with white space (or nothing) after it, as
      // CommonMark needs; "1.3.0" or "3.5 uur" starts no list and keeps its dots, wherever the text
      // stands (a version in a codebook's header line, a note in a table cell).
      .replace(
        /^(\s*)([-+=.]|\d+[.)](?=\s|$))/,
        (_, space: string, lead: string) => `${space}${lead.replace(/([-+=.)])/, "\\$1")}`,
      )
      .replace(/\r\n|[\r\n\u2028\u2029]/g, "<br>")
      .replace(MARKDOWN_CONTROL, controlPicture)
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

/**
 * Every control character except line feed, tab and the CR of a CR LF line end (CSV's): what a
 * whole text printed on a terminal may not hold.
 */
const TERMINAL_CONTROL_IN_TEXT =
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A whole output (Markdown, CSV, HTML) → text for a terminal: its lines and tabs stay, every other
 * control character (CR, ESC, BEL, backspace, C1, the bidirectional controls) is shown as a visible
 * escape as escapeTerminal does. For an output printed to a terminal, where our own layout holds no
 * control characters other than line feeds and tabs, so only file-derived ones are changed.
 */
export function escapeTerminalText(text: string): string {
  return text.replace(
    TERMINAL_CONTROL_IN_TEXT,
    (c) => TERMINAL_NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone
 * surrogates) → U+FFFD, so that no text can make a Word file that does not open. The docx
 * library drops some C0 controls itself, but writes U+FFFE and U+FFFF as they are.
 */
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, "\ufffd");
}
