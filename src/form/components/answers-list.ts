// Every question that applies with its answer, note and source, per theme: the overview (with a
// "Wijzig" button per answer) and the printed answers (without).
import { h, hidden, rich } from "../dom.js";
import type { Answer } from "../../model/answers.js";
import type { Flow } from "../../flow/question-flow.js";
import type { LocalizedText } from "../../model/questionnaire.js";
import type { Lang } from "../../model/vocabulary.js";
import type { FormTexts } from "../../messages/form.js";
import { ANSWER_LABEL } from "../../messages/ui.js";

export interface AnswersListOptions {
  readonly t: FormTexts;
  readonly lang: Lang;
  readonly text: (x: LocalizedText | undefined) => string;
  readonly flow: Flow;
  readonly answers: ReadonlyMap<string, Answer>;
  /** "Wijzig" for a question; none when printed. */
  readonly change?: (id: string) => void;
}

export function answersList({ t, lang, text, flow, answers, change }: AnswersListOptions): HTMLElement[] {
  return flow.overview(answers).map((th) =>
    h(
      "section",
      { class: "zf-overview-theme" },
      h("h2", {}, t.themeHeader(th.themeNumber, flow.themes.length, text(th.theme.title))),
      h(
        "dl",
        { class: "zf-answers" },
        th.items
          .filter((x) => x.state !== "closed")
          .map((x) => {
            const given = answers.get(x.item.id);
            return h(
              "div",
              { class: "zf-answer" },
              h(
                "dt",
                {},
                h("span", { class: "zf-number" }, `${t.questionHeader(x.number, flow.total)}: `),
                rich("span", text(x.item.question)),
              ),
              h(
                "dd",
                {},
                h(
                  "p",
                  { class: given ? "zf-given" : "zf-given zf-open" },
                  given ? ANSWER_LABEL[lang][given.answer] : t.notAnswered,
                ),
                given?.note ? h("p", { class: "zf-user-text" }, `${t.yourNote}: `, given.note) : null,
                given?.evidence ? h("p", { class: "zf-user-text" }, `${t.yourSource}: `, given.evidence) : null,
                change
                  ? h(
                      "button",
                      { type: "button", class: "zf-link", onclick: () => change(x.item.id) },
                      t.change,
                      hidden(` ${t.changeLabel(x.number)}`),
                    )
                  : null,
              ),
            );
          }),
      ),
    ),
  );
}
