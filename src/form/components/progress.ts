// Progress as plain text with a bar beside it (the bar is hidden from screen readers: the text says
// it). The text counts answered questions and, apart, those that do not apply (a condition not
// met), so that it agrees with "81 van de 87 vragen beantwoord" when a file is opened.
import { h } from "../dom.js";
import type { Progress } from "../../flow/question-flow.js";
import type { FormTexts } from "../../messages/form.js";

export function progressBar(t: FormTexts, p: Progress): HTMLElement {
  return h(
    "p",
    { class: "zf-progress" },
    h("span", {}, t.progressAnswered(p.answered, p.total, p.closed)),
    h("progress", { value: p.done, max: p.total, "aria-hidden": "true" }),
  );
}
