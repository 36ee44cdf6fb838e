// A single respondent's result in the form: "Uw antwoorden" (docs/form.md). Worded as theirs, not
// as the council's or the municipality's view: how they answered, every answer under one click,
// and the full report (the same as `zelftest report` of their file) one click away, rendered
// only when asked for. A group answer opened in the form goes straight to the full report.
import { ANSWER_VALUES } from "../../model/vocabulary.js";
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";
import { ANSWER_LABEL } from "../../messages/ui.js";
import { answersList } from "../components/answers-list.js";
import type { FormContext, StepResult } from "../context.js";
import { append, h } from "../dom.js";

export function renderOwnResult(ctx: FormContext): StepResult {
  const { lang, state, shell, t } = ctx;
  const g = GROUP_FORM_TEXT[lang];
  const answers = state.answerSet();
  if (!answers) return { redirect: { step: "details" } };
  if (answers.group) return { redirect: { step: "report" } };
  const counts = ANSWER_VALUES.map(
    (v) => [v, [...answers.answers.values()].filter((a) => a.answer === v).length] as const,
  );
  const p = state.flow.progress(state.draft.answers);
  append(shell.main, [
    h("h1", {}, g.ownTitle),
    h("p", {}, g.ownIntro(answers.municipality)),
    h(
      "section",
      { "aria-labelledby": "zf-own-counts" },
      h("h2", { id: "zf-own-counts" }, g.ownCounts),
      h(
        "dl",
        { class: "zf-counts" },
        counts.map(([v, n]) => h("div", {}, h("dt", {}, ANSWER_LABEL[lang][v]), h("dd", {}, String(n)))),
      ),
      h("p", {}, t.progressAnswered(p.answered, p.total, p.closed)),
    ),
    h(
      "details",
      { class: "zf-own-answers" },
      h("summary", {}, g.ownAnswersTitle),
      answersList({ ...ctx, flow: state.flow, answers: state.draft.answers }),
    ),
    h(
      "div",
      { class: "zf-buttons zf-result-actions" },
      h("button", { type: "button", class: "zf-button", onclick: () => void ctx.saveAnswerFile() }, t.download),
      h(
        "button",
        { type: "button", class: "zf-button zf-secondary", onclick: () => ctx.show({ step: "report" }) },
        g.fullReport,
      ),
      h(
        "button",
        { type: "button", class: "zf-button zf-secondary", onclick: () => ctx.show({ step: "overview" }) },
        t.backToOverview,
      ),
    ),
  ]);
  return g.ownTitle;
}
