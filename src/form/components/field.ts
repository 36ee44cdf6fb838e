// A labelled field and a radio button with its label and hint (GOV.UK's patterns): the
// building blocks of the details and question steps.
import { h } from "../dom.js";

/** A field: its label, an optional hint (linked by id `${id}-hint`), and the input. */
export function field(id: string, label: string, input: HTMLElement, hint?: string): HTMLElement {
  return h(
    "div",
    { class: "zf-field", id: `${id}-field` },
    h("label", { for: id }, label),
    hint ? h("p", { class: "zf-hint", id: `${id}-hint` }, hint) : null,
    input,
  );
}

/** One radio button with its label, and a hint under it that the button is described by. */
export function radio(
  name: string,
  id: string,
  value: string,
  label: string,
  checked: boolean,
  hint?: string,
): HTMLElement {
  const input = h("input", { type: "radio", name, id, value, "aria-describedby": hint ? `${id}-hint` : undefined });
  input.checked = checked;
  return h(
    "div",
    { class: "zf-radio" },
    input,
    h("label", { for: id }, label),
    hint ? h("p", { class: "zf-radio-hint", id: `${id}-hint` }, hint) : null,
  );
}

/** A group of radio buttons in a fieldset whose legend is the question. */
export function radioGroup(id: string, legend: string, radios: HTMLElement[]): HTMLElement {
  return h(
    "div",
    { class: "zf-field", id: `${id}-field` },
    h("fieldset", {}, h("legend", {}, legend), h("div", { class: "zf-radios", id }, radios)),
  );
}
