// One question: its level, the question as the legend of the answer buttons, help, "Meer uitleg",
// a note and a source, Vorige and Volgende (or back to the overview), progress and the theme list.
// Every change is stored at once.
import { append, h, rich } from "../dom.js";
import type { FlowItem } from "../../flow/question-flow.js";
import { ANSWER_VALUES } from "../../model/vocabulary.js";
import { ANSWER_LABEL } from "../../messages/ui.js";
import { ANSWER_LIMITS } from "../../model/answer-limits.js";
import { itemKindLabel } from "../../messages/legal.js";
import { radio } from "../components/field.js";
import { limitText } from "../components/text-limit.js";
import { moreDetails } from "../components/more-details.js";
import { progressBar } from "../components/progress.js";
import { themeNav } from "../components/theme-nav.js";
import { groupSaid } from "../components/group-said.js";
import type { FormContext, StepResult } from "../context.js";
import { groupOf } from "../draft.js";
import type { Position } from "../draft.js";

export function renderQuestion(ctx: FormContext, pos: Extract<Position, { step: "question" }>): StepResult {
  const { t, lang, text, state, shell } = ctx;
  const main = shell.main;
  const fi = state.flow.find(pos.id);
  if (!fi) {
    // Not in this scope (or no longer asked): the overview instead.
    return { redirect: { step: "overview" } };
  }
  const returnToOverview = pos.returnTo === "overview";
  const { item } = fi;
  const flow = state.flow;
  const given = state.draft.answers.get(item.id);
  const progress = flow.progress(state.draft.answers);
  const questionId = `zf-q-${fi.number}`;
  const levelId = `${questionId}-level`;
  // A group answer (an opened group file): the members' votes and who answered differently.
  let said = groupSaid(lang, questionId, groupOf(state.draft), given);
  const form = h("form", { novalidate: true, class: "zf-form" });
  const nav = (f: FlowItem) =>
    themeNav({ ...ctx, flow, answers: state.draft.answers, current: f.theme.id, go: (p) => ctx.show(p) });
  const radios = ANSWER_VALUES.map((v) => {
    // An item may say what an answer means for it (a duty the law puts as an act, not a document).
    const meaning = item.answerMeaning?.[v];
    const hint = meaning ? text(meaning) : t.answerHints[v];
    const r = radio(questionId, `${questionId}-${v}`, v, ANSWER_LABEL[lang][v], given?.answer === v, hint);
    r.querySelector("input")!.addEventListener("change", () => {
      // What is in the fields goes with the answer, also when it was typed before it (issue 21, defect 3).
      state.setText(item.id, "note", note.value);
      state.setText(item.id, "evidence", source.value);
      state.setAnswer(item.id, { ...state.textOf(item.id), answer: v });
      pendingHint.hidden = true;
      // A group answer: who answered differently follows the answer, and the words of members who now
      // agree came into the group's note and source (shown, so that typing on keeps them).
      if (said) {
        const now = state.textOf(item.id);
        if ((now?.note ?? "") !== note.value) note.value = now?.note ?? "";
        if ((now?.evidence ?? "") !== source.value) source.value = now?.evidence ?? "";
        const fresh = groupSaid(lang, questionId, groupOf(state.draft), state.draft.answers.get(item.id));
        if (fresh) said.replaceWith(fresh);
        said = fresh;
      }
      ctx.save();
      // Progress and the theme list follow the answer at once.
      const p = flow.progress(state.draft.answers);
      main.querySelector(".zf-progress")?.replaceWith(progressBar(t, p));
      main.querySelector(".zf-themes")?.replaceWith(nav(fi));
    });
    return r;
  });
  const typed = state.textOf(item.id);
  const note = h("textarea", { id: `${questionId}-note`, rows: 3 });
  note.value = typed?.note ?? "";
  const source = h("input", { type: "text", id: `${questionId}-source` });
  source.value = typed?.evidence ?? "";
  // Text typed before the answer is kept (in the browser too) and goes with the answer once chosen.
  const pendingHint = h(
    "p",
    { class: "zf-hint zf-pending", id: `${questionId}-pending`, role: "status" },
    t.pendingHint,
  );
  const showPending = () => {
    pendingHint.hidden = state.draft.answers.has(item.id) || !state.draft.pending.has(item.id);
  };
  showPending();
  const keepText = (key: "note" | "evidence", el: HTMLInputElement | HTMLTextAreaElement) => {
    el.addEventListener("input", () => {
      state.setText(item.id, key, el.value);
      showPending();
      ctx.save();
    });
    el.addEventListener("change", () => {
      if (state.draft.answers.has(item.id)) {
        state.markChanged(item.id);
        ctx.save();
      }
    });
  };
  keepText("note", note);
  keepText("evidence", source);
  const next = flow.next(item.id, state.draft.answers);
  const previous = flow.previous(item.id, state.draft.answers);
  const help = text(item.help);
  append(form, [
    h("p", { class: `zf-level zf-level-${item.level}`, id: levelId }, itemKindLabel(item, lang)),
    h(
      "fieldset",
      { class: "zf-question", "aria-describedby": help ? `${levelId} ${questionId}-help` : levelId },
      rich("legend", text(item.question)),
      help ? rich("p", help, { class: "zf-hint", id: `${questionId}-help` }) : null,
      h("div", { class: "zf-radios" }, radios),
    ),
    said,
    moreDetails(ctx, item),
    h(
      "div",
      { class: "zf-field" },
      h("label", { for: note.id }, `${t.note} ${t.optional}`),
      limitText(t, note, ANSWER_LIMITS.note),
      note,
    ),
    h(
      "div",
      { class: "zf-field" },
      h("label", { for: source.id }, `${t.source} ${t.optional}`),
      limitText(t, source, ANSWER_LIMITS.evidence),
      source,
    ),
    pendingHint,
    h(
      "div",
      { class: "zf-buttons" },
      h(
        "button",
        {
          type: "button",
          class: "zf-button zf-secondary",
          onclick: () => ctx.show(previous ? { step: "question", id: previous.item.id } : { step: "details" }),
        },
        t.previous,
      ),
      h(
        "button",
        { type: "submit", class: "zf-button" },
        returnToOverview ? t.backToOverview : next ? t.next : t.toOverview,
      ),
    ),
  ]);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    // The flow is asked again: this answer may have opened or closed a question after it.
    const after = flow.next(item.id, state.draft.answers);
    ctx.show(returnToOverview || !after ? { step: "overview" } : { step: "question", id: after.item.id });
  });
  append(main, [
    h("p", { class: "zf-caption" }, t.themeHeader(fi.themeNumber, flow.themes.length, text(fi.theme.title))),
    h("h1", {}, t.questionHeader(fi.number, flow.total)),
    progressBar(t, progress),
    form,
    nav(fi),
  ]);
  performance.mark?.("zelftest:question");
  return t.questionHeader(fi.number, flow.total);
}
