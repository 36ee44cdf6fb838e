// A text field with the answer file's limit (src/model/answer-limits.ts, from the schema): the
// field takes no more (maxlength, which counts as strictly as the schema or more so), and a message
// under it says so once the limit is reached, or that a text from an older page is too long.
import { h, hidden } from "../dom.js";
import { textLength } from "../../model/answer-limits.js";
import type { FormTexts } from "../../messages/form.js";

export function limitText(t: FormTexts, el: HTMLInputElement | HTMLTextAreaElement, limit: number): HTMLElement {
  el.maxLength = limit;
  const message = h("p", { class: "zf-error-message", id: `${el.id}-limit`, hidden: true });
  const update = () => {
    const length = textLength(el.value);
    const text = length > limit ? t.textTooLong(length, limit) : el.value.length >= limit ? t.textAtLimit(limit) : "";
    message.hidden = text === "";
    message.replaceChildren(...(text ? [hidden(t.errorPrefix), text] : []));
    const ids = (el.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== message.id);
    if (text) ids.push(message.id);
    if (ids.length > 0) el.setAttribute("aria-describedby", ids.join(" "));
    else el.removeAttribute("aria-describedby");
    if (length > limit) el.setAttribute("aria-invalid", "true");
    else el.removeAttribute("aria-invalid");
  };
  el.addEventListener("input", update);
  update();
  return message;
}
