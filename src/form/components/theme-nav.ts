// The list of themes beside a question: each theme with how many of its questions are answered,
// a button that goes to its first open question, and a link to the overview.
import { h } from "../dom.js";
import type { AnswersById, Flow } from "../../flow/question-flow.js";
import type { LocalizedText } from "../../model/questionnaire.js";
import type { FormTexts } from "../../messages/form.js";
import type { Position } from "../draft.js";

export interface ThemeNavOptions {
  readonly t: FormTexts;
  readonly text: (x: LocalizedText | undefined) => string;
  readonly flow: Flow;
  readonly answers: AnswersById;
  /** The id of the theme of the question on screen. */
  readonly current?: string;
  readonly go: (pos: Position) => void;
}

export function themeNav({ t, text, flow, answers, current, go }: ThemeNavOptions): HTMLElement {
  return h(
    "nav",
    { class: "zf-themes", "aria-labelledby": "zf-themes-title" },
    h("h2", { id: "zf-themes-title" }, t.themesNav),
    h(
      "ol",
      {},
      flow.overview(answers).map((th) => {
        const target =
          th.items.find((x) => x.state === "open") ?? th.items.find((x) => x.state === "answered") ?? th.items[0];
        return h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: "zf-link",
              "aria-current": th.theme.id === current ? "step" : undefined,
              onclick: () => target && go({ step: "question", id: target.item.id }),
            },
            text(th.theme.title),
          ),
          h("span", { class: "zf-theme-progress" }, ` (${t.themeProgress(th.answered, th.applicable)})`),
        );
      }),
    ),
    h(
      "p",
      {},
      h("button", { type: "button", class: "zf-link", onclick: () => go({ step: "overview" }) }, t.toOverview),
    ),
  );
}
