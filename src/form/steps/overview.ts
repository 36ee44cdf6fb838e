// The overview: every answer with "Wijzig", how many are open, the offer to answer good practice
// too, and on to the result.
import { append, h } from "../dom.js";
import { answersList } from "../components/answers-list.js";
import { progressBar } from "../components/progress.js";
import type { FormContext } from "../context.js";
import { hasClosingStep } from "../closing/invite.js";

export function renderOverview(ctx: FormContext): string {
  const { t, state, shell, hasPractice } = ctx;
  const main = shell.main;
  const progress = state.flow.progress(state.draft.answers);
  const open = progress.total - progress.done;
  append(main, [h("h1", {}, t.overviewTitle), h("p", {}, t.overviewIntro), progressBar(t, progress)]);
  if (open > 0) append(main, [h("p", { class: "zf-notice" }, t.openQuestions(open))]);
  append(
    main,
    answersList({
      ...ctx,
      flow: state.flow,
      answers: state.draft.answers,
      change: (id) => ctx.show({ step: "question", id, returnTo: "overview" }),
    }),
  );
  if (state.draft.scope === "legal" && hasPractice) {
    append(main, [
      h(
        "div",
        { class: "zf-notice" },
        h("p", {}, t.practiceOffer(ctx.vngRows)),
        h(
          "button",
          {
            type: "button",
            class: "zf-button zf-secondary",
            onclick: () => {
              ctx.setScope("all");
              ctx.show(state.continueAt());
            },
          },
          t.practiceYes,
        ),
      ),
    ]);
  }
  append(main, [
    h(
      "div",
      { class: "zf-buttons" },
      hasClosingStep(ctx)
        ? h("button", { type: "button", class: "zf-button", onclick: () => ctx.show({ step: "closing" }) }, t.next)
        : h("button", { type: "button", class: "zf-button", onclick: () => ctx.show({ step: "result" }) }, t.toResult),
    ),
  ]);
  return t.overviewTitle;
}
