// The closing step of a form made with --contact and/or --deadline (docs/form.md): after the
// overview, the respondent is told exactly what to do with their answers: download the file (its
// name), and send that file (where the browser put it) to whom and by when. Then their own result.
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";
import { formatDate } from "../../messages/intl.js";
import type { answerFileName } from "../answer-file.js";
import { fromLater } from "../load-later.js";
import type { FormContext } from "../context.js";
import { append, h } from "../dom.js";
import { inviteOf } from "./invite.js";

export function renderClosing(ctx: FormContext): string | { redirect: { step: "details" } } {
  const { lang, state, shell } = ctx;
  const g = GROUP_FORM_TEXT[lang];
  const answers = state.answerSet();
  if (!answers) return { redirect: { step: "details" } };
  const invite = inviteOf(ctx);
  const file = fromLater<typeof answerFileName>("answerFileName")(answers);
  // Chromium and Edge ask where to save (the person chose the place); the other browsers download.
  const chosen = typeof (globalThis as { showSaveFilePicker?: unknown }).showSaveFilePicker === "function";
  const send = h(
    "p",
    { class: "zf-send", id: "zf-send" },
    g.sendFile({
      file,
      chosen,
      ...(invite.contact ? { contact: invite.contact } : {}),
      ...(invite.deadline ? { deadline: formatDate(invite.deadline, lang) } : {}),
    }),
  );
  append(shell.main, [
    h("h1", {}, g.closingTitle),
    h("p", {}, g.closingDone),
    h(
      "ol",
      { class: "zf-closing-steps" },
      h(
        "li",
        {},
        h("p", {}, g.closingDownloadFirst),
        h("p", {}, g.fileNameIs(file)),
        h(
          "p",
          {},
          h(
            "button",
            {
              type: "button",
              class: "zf-button",
              "aria-describedby": "zf-send",
              onclick: () => void ctx.saveAnswerFile(),
            },
            ctx.t.download,
          ),
        ),
      ),
      h("li", {}, send, h("p", { class: "zf-hint" }, g.sendNewest)),
    ),
    h(
      "div",
      { class: "zf-buttons" },
      h(
        "button",
        { type: "button", class: "zf-button zf-secondary", onclick: () => ctx.show({ step: "overview" }) },
        ctx.t.backToOverview,
      ),
      h("button", { type: "button", class: "zf-button", onclick: () => ctx.show({ step: "result" }) }, g.toOwnResult),
    ),
  ]);
  return g.closingTitle;
}
