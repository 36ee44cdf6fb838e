// What is printed: before anything is answered, the blank paper questionnaire (to fill in at a
// table, then type over); once something is answered, the result with every answer.
import { h, rich } from "./dom.js";
import { ANSWER_VALUES, ROLES } from "../model/vocabulary.js";
import type { AnswerValue } from "../model/vocabulary.js";
import { createFlow } from "../flow/question-flow.js";
import type { Scope } from "../flow/question-flow.js";
import { ANSWER_LABEL } from "../messages/ui.js";
import { itemKindLabel } from "../messages/legal.js";
import { answersList } from "./components/answers-list.js";
import type { FormContext } from "./context.js";
import { fromLater } from "./load-later.js";
import type { reportNodes } from "./report-view.js";

export interface Print {
  /** Builds the blank paper questionnaire for the state's paper scope. */
  buildPaper(): void;
  /** Builds it a little after the page opened (or before a print, if that comes first). */
  paperSoon(): void;
  /** The answers changed: the printed part is built again before the next print (and soon, when the page is idle). */
  markStale(): void;
  printBlank(scope: Scope): void;
  printAnswers(): void;
}

export function installPrint(ctx: FormContext): Print {
  const { shell, state } = ctx;
  let stale = true;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * The filled-in answers with the result, printed once something is answered. Built before
   * printing, never while printing: a print that rebuilt it (Chromium fires the print media query
   * several times during one print) came out with 1, 33 or 39 pages.
   */
  function fillPrinted(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!stale) return;
    stale = false;
    if (state.draft.answers.size === 0) {
      shell.printed.replaceChildren();
      return;
    }
    const nodes = fromLater<typeof reportNodes>("reportNodes")(ctx);
    // The result first (it names the municipality, who answered and the date), then every answer.
    shell.printed.replaceChildren(
      ...(nodes ? [h("div", { class: "zf-report zf-print-report" }, ...nodes)] : []),
      h(
        "section",
        { class: "zf-print-answers" },
        h("h1", {}, ctx.t.answersTitle),
        ...answersList({ ...ctx, flow: state.flow, answers: state.draft.answers }),
      ),
    );
  }

  let paperBuilt = false;
  const buildPaper = () => {
    paperBuilt = true;
    shell.paper.replaceChildren(...paperQuestionnaire(ctx, state.paperScope));
  };
  // Only fills in what is stale; nothing is emptied after printing (it shows only in print anyway).
  const beforePrint = () => {
    if (!paperBuilt) buildPaper();
    fillPrinted();
  };
  globalThis.addEventListener("beforeprint", beforePrint);
  globalThis.matchMedia?.("print").addEventListener?.("change", (e) => e.matches && beforePrint());
  return {
    buildPaper,
    paperSoon() {
      // Not while the page opens (it weighs as much as the first screen): once the person reads it,
      // or before a print, whichever comes first.
      setTimeout(() => paperBuilt || buildPaper(), 1000);
    },
    markStale() {
      stale = true;
      // Ready for a print that gives no beforeprint (a PDF made by the browser itself), once the person pauses.
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(fillPrinted, 1000);
    },
    printBlank(scope) {
      state.paperScope = scope;
      buildPaper();
      globalThis.print();
    },
    printAnswers() {
      fillPrinted();
      globalThis.print();
    },
  };
}

/** The blank paper questionnaire of a scope: the details to fill in, then every question with boxes and lines. */
export function paperQuestionnaire(ctx: FormContext, scope: Scope): HTMLElement[] {
  const { t, lang, text } = ctx;
  const flow = createFlow(ctx.q, scope);
  const boxes = (labels: readonly string[]) =>
    h(
      "p",
      { class: "zf-boxes" },
      labels.map((l) => h("span", { class: "zf-box" }, `☐ ${l}`)),
    );
  const lineFor = (label: string) => h("p", { class: "zf-fill" }, `${label}: `, h("span", { class: "zf-line" }));
  const themes = flow.themes.map((theme, i) =>
    h(
      "section",
      { class: "zf-paper-theme" },
      h("h2", {}, t.themeHeader(i + 1, flow.themes.length, text(theme.title))),
      flow.items
        .filter((fi) => fi.theme === theme)
        .map((fi) => {
          const cond = fi.item.when;
          const gate = cond ? flow.find(cond.item) : undefined;
          return h(
            "div",
            { class: "zf-paper-item" },
            h("h3", {}, `${t.questionHeader(fi.number, flow.total)} · ${itemKindLabel(fi.item, lang)}`),
            rich("p", text(fi.item.question), { class: "zf-paper-question" }),
            cond && gate
              ? h(
                  "p",
                  { class: "zf-hint" },
                  `(${t.questionHeader(gate.number, flow.total)}: ${cond.answer.map((v) => ANSWER_LABEL[lang][v as AnswerValue]).join(" / ")})`,
                )
              : null,
            boxes(ANSWER_VALUES.map((v) => ANSWER_LABEL[lang][v])),
            h(
              "div",
              { class: "zf-note-box" },
              h("p", { class: "zf-note-label" }, `${t.paperNote}:`),
              [1, 2, 3].map(() => h("span", { class: "zf-line" })),
            ),
          );
        }),
    ),
  );
  return [
    h("h1", {}, t.paperTitle),
    h("p", {}, t.paperIntro),
    h("p", {}, t.paperScope(flow.total, scope === "all", ctx.vngRows)),
    lineFor(t.municipality),
    lineFor(`${t.gemeentecode} ${t.optional}`),
    h("p", { class: "zf-fill" }, `${t.paperWho}:`),
    boxes(ROLES.map((r) => t.roleChoices[r])),
    lineFor(t.date),
    ...themes,
  ];
}
