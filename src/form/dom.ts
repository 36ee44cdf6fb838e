// A small helper to build DOM: text is always set as text (textContent), never parsed as markup.
// The only markup the form inserts is the questionnaire's rich text, through the report's
// hardened renderer (report/rich-text.ts), and the report, through the report's own templates.
import type { richToHtml } from "../report/rich-text.js";
import { fromLater } from "./load-later.js";
import { PLAIN } from "./plain-text.js";

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.replace(/^on/, ""), value);
    else if (value === true) el.setAttribute(name, "");
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

/** An element holding questionnaire text (inline Markdown at most), rendered by the report's hardened renderer. */
export function rich<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  markdown: string,
  attrs: Attrs = {},
): HTMLElementTagNameMap[K] {
  const el = h(tag, attrs);
  // Text without any Markdown or link (all the built-in questionnaire's texts) is set as text: the
  // same on screen, and the Markdown renderer is only run (in the form's second part) when needed.
  if (PLAIN.test(markdown)) el.textContent = markdown;
  else el.innerHTML = fromLater<typeof richToHtml>("richToHtml")(markdown);
  return el;
}

/** Text for screen readers only. */
export const hidden = (text: string) => h("span", { class: "visually-hidden" }, text);

/**
 * Hands a text to the browser as a download under `name` (a link clicked for the person, then
 * removed); the object URL is let go a little later, when the browser has taken the file.
 */
export function offerDownload(name: string, text: string, type = "application/yaml"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: name, class: "visually-hidden" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
