// Choosing several answer files at once (Samenvoegen, Vergelijken): a button that opens the
// browser's file dialog with more than one file allowed, and a place to drop files on. Keyboard:
// the button; the drop place is only a convenience for a mouse. Nothing is read here.
import type { FormContext } from "../context.js";
import { h } from "../dom.js";
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";

export interface FilePickerOptions {
  /** The id of the button (for focus after a change). */
  readonly id: string;
  readonly label: string;
  readonly onFiles: (files: File[]) => void;
}

export function filePicker(ctx: FormContext, o: FilePickerOptions): HTMLElement {
  const g = GROUP_FORM_TEXT[ctx.lang];
  const input = h("input", {
    type: "file",
    multiple: true,
    accept: ".yaml,.yml,.json,application/json,application/yaml,text/yaml",
    class: "visually-hidden",
    tabindex: -1,
    "aria-hidden": "true",
  });
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length > 0) o.onFiles(files);
  });
  const button = h(
    "button",
    { type: "button", class: "zf-button", id: o.id, "aria-describedby": `${o.id}-hint`, onclick: () => input.click() },
    o.label,
  );
  const zone = h(
    "div",
    { class: "zf-drop" },
    button,
    h("p", { class: "zf-hint", id: `${o.id}-hint` }, g.dropHint),
    input,
  );
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("zf-drop-over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("zf-drop-over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("zf-drop-over");
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) o.onFiles(files);
  });
  return zone;
}
