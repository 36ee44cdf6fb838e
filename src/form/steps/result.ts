// The full report of the current answers (report-view.ts), with Download, Print and back: to the
// respondent's own answers ("Uw antwoorden", closing/own-result.ts), or for a group answer opened
// in the form, to the overview.
import { append, h } from "../dom.js";
import type { FormContext } from "../context.js";
import { fromLater } from "../load-later.js";
import type { reportNodes } from "../report-view.js";
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";

export function renderResult(ctx: FormContext): string {
  const { t, shell } = ctx;
  const main = shell.main;
  const nodes = fromLater<typeof reportNodes>("reportNodes")(ctx);
  if (!nodes) {
    append(main, [h("h1", {}, t.detailsTitle)]);
    ctx.showMessageError(t.downloadNeedsDetails, { step: "details" });
    return t.detailsTitle;
  }
  const report = h("div", { class: "zf-report" });
  append(report, nodes);
  append(main, [
    report,
    h(
      "div",
      { class: "zf-buttons zf-result-actions" },
      h("button", { type: "button", class: "zf-button", onclick: () => void ctx.saveAnswerFile() }, t.download),
      h("button", { type: "button", class: "zf-button zf-secondary", onclick: () => ctx.printAnswers() }, t.print),
      ctx.state.answerSet()?.group
        ? h(
            "button",
            { type: "button", class: "zf-button zf-secondary", onclick: () => ctx.show({ step: "overview" }) },
            t.backToOverview,
          )
        : h(
            "button",
            { type: "button", class: "zf-button zf-secondary", onclick: () => ctx.show({ step: "result" }) },
            GROUP_FORM_TEXT[ctx.lang].backToOwn,
          ),
    ),
  ]);
  const heading = report.querySelector("h1");
  const intro = h("p", { class: "zf-hint" }, t.resultIntro);
  heading?.after(intro);
  return t.resultTitle;
}
