// The page's fixed parts around the steps: the header (title, the file buttons, the line that says
// what is kept where, the status line for announcements, the question before an opened file
// replaces the answers), the main element the steps render into, the two parts that only print
// (the blank paper questionnaire and the answers), and the hidden file input.
import { h } from "./dom.js";
import type { FormTexts } from "../messages/form.js";

export interface Shell {
  readonly header: HTMLElement;
  readonly main: HTMLElement;
  readonly status: HTMLElement;
  readonly storageLine: HTMLElement;
  /** Says that another tab or window of the same form is open (hidden until one writes). */
  readonly tabNotice: HTMLElement;
  readonly openButton: HTMLButtonElement;
  readonly downloadButton: HTMLButtonElement;
  /** "Opening a file replaces your answers": hidden until asked. */
  readonly openConfirm: HTMLElement;
  readonly openConfirmText: HTMLElement;
  readonly openReplaceYes: HTMLButtonElement;
  readonly openDownloadFirst: HTMLButtonElement;
  readonly openReplaceNo: HTMLButtonElement;
  readonly fileInput: HTMLInputElement;
  /** The blank paper questionnaire (print only). */
  readonly paper: HTMLElement;
  /** The answers with the result (print only). */
  readonly printed: HTMLElement;
}

export function buildShell(root: HTMLElement, t: FormTexts, appTitle: string): Shell {
  const fileInput = h("input", {
    type: "file",
    accept: ".yaml,.yml,.json,application/json,application/yaml,text/yaml",
    class: "visually-hidden",
    tabindex: -1,
    "aria-hidden": "true",
  });
  const storageLine = h("p", { class: "zf-storage", id: "zf-storage" });
  const tabNotice = h("p", { class: "zf-tab-notice", id: "zf-tab-notice", role: "status", hidden: true });
  const openButton = h("button", { type: "button", class: "zf-button zf-secondary" }, t.open);
  // Shown once there is an answer file to save: the municipality, who answers and the date are known.
  const downloadButton = h("button", { type: "button", class: "zf-button zf-secondary" }, t.download);
  const status = h("div", { class: "zf-status", role: "status", "aria-live": "polite" });
  const main = h("main", { id: "zf-main", tabindex: -1 });
  const paper = h("section", { id: "zf-paper", class: "print-only", "aria-hidden": "true" });
  const printed = h("section", { id: "zf-printed", class: "print-only", "aria-hidden": "true" });
  const openConfirmText = h("p", { id: "zf-open-confirm-text" });
  const openReplaceYes = h(
    "button",
    { type: "button", class: "zf-button zf-warning", "aria-describedby": "zf-open-confirm-text" },
    t.openReplaceYes,
  );
  const openDownloadFirst = h("button", { type: "button", class: "zf-button zf-secondary" }, t.openDownloadFirst);
  const openReplaceNo = h("button", { type: "button", class: "zf-button zf-secondary" }, t.openReplaceNo);
  const openConfirm = h(
    "div",
    { class: "zf-open-confirm", id: "zf-open-confirm", hidden: true },
    openConfirmText,
    h("div", { class: "zf-buttons" }, openReplaceYes, openDownloadFirst, openReplaceNo),
  );
  const header = h(
    "header",
    { class: "zf-header" },
    h("p", { class: "zf-app-title" }, appTitle),
    h("div", { class: "zf-tools", role: "group", "aria-label": t.fileTools }, openButton, downloadButton),
    storageLine,
    tabNotice,
    status,
    openConfirm,
  );
  root.replaceChildren(header, main, paper, printed, fileInput);
  return {
    header,
    main,
    status,
    storageLine,
    tabNotice,
    openButton,
    downloadButton,
    openConfirm,
    openConfirmText,
    openReplaceYes,
    openDownloadFirst,
    openReplaceNo,
    fileInput,
    paper,
    printed,
  };
}
