// The error summary at the top of a step (GOV.UK's pattern): it takes the focus, "Fout:" goes in
// front of the window title while it shows, and each field error links to its field.
import { h, hidden } from "../dom.js";
import type { FormTexts } from "../../messages/form.js";
import type { FieldError } from "../context.js";

/** Puts a summary with `children` after the step's heading in `main` (replacing one shown before) and focuses it. */
export function errorSummary(main: HTMLElement, t: FormTexts, children: (Node | string)[]): HTMLElement {
  const box = h(
    "div",
    { class: "zf-error-summary", role: "alert", tabindex: -1, "aria-labelledby": "zf-error-title" },
    h("h2", { id: "zf-error-title" }, t.errorTitle),
    ...children,
  );
  main.querySelector(".zf-error-summary")?.remove();
  const heading = main.querySelector("h1");
  if (heading) heading.after(box);
  else main.prepend(box);
  if (!document.title.startsWith(t.errorPrefix)) document.title = `${t.errorPrefix}${document.title}`;
  box.focus();
  return box;
}

/**
 * Each error beside its field (the field marked, the message linked with aria-describedby, on the
 * fieldset for radio buttons), and a summary whose links move the focus to the field.
 */
export function showFieldErrors(
  main: HTMLElement,
  t: FormTexts,
  form: HTMLFormElement,
  errors: readonly FieldError[],
): void {
  for (const el of form.querySelectorAll(".zf-error-message")) el.remove();
  for (const el of form.querySelectorAll(".zf-field-error")) el.classList.remove("zf-field-error");
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  for (const err of errors) {
    const input = form.querySelector<HTMLInputElement>(`#${err.id}`);
    const fieldEl = input?.closest(".zf-field");
    if (!input || !fieldEl) continue;
    const messageId = `${err.id}-error`;
    fieldEl.classList.add("zf-field-error");
    const message = h("p", { class: "zf-error-message", id: messageId }, hidden(t.errorPrefix), err.message);
    const anchor =
      fieldEl.querySelector("legend") ?? fieldEl.querySelector(".zf-hint") ?? fieldEl.querySelector("label");
    anchor?.after(message);
    if (input.type !== "radio") {
      input.setAttribute("aria-invalid", "true");
      const describedBy = (input.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== messageId);
      input.setAttribute("aria-describedby", [...describedBy, messageId].join(" "));
    } else fieldEl.querySelector("fieldset")?.setAttribute("aria-describedby", messageId);
  }
  errorSummary(main, t, [
    h(
      "ul",
      {},
      errors.map((err) =>
        h(
          "li",
          {},
          h(
            "a",
            {
              href: `#${err.id}`,
              onclick: (e: Event) => {
                e.preventDefault();
                form.querySelector<HTMLElement>(`#${err.id}`)?.focus();
              },
            },
            err.message,
          ),
        ),
      ),
    ),
  ]);
}
