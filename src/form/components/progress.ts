// Progress as plain text with a bar beside it (the bar is hidden from screen readers: the text says it).
import { h } from "../dom.js";
import type { FormTexts } from "../../messages/form.js";

export function progressBar(t: FormTexts, done: number, total: number): HTMLElement {
  return h(
    "p",
    { class: "zf-progress" },
    h("span", {}, t.progress(done, total)),
    h("progress", { value: done, max: total, "aria-hidden": "true" }),
  );
}
