// The merge sheet as it prints: the meeting's agenda. Only the questions where the members differ,
// each with the counts, every member's answer, note and source, and the rule's proposal; room to
// write the decision. Everything from the files is set as text.
import { ANSWER_VALUES } from "../../model/vocabulary.js";
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";
import { formatList } from "../../messages/intl.js";
import { ANSWER_LABEL, formatDate } from "../../messages/ui.js";
import type { FormContext } from "../context.js";
import { h, rich } from "../dom.js";
import type { OpenedMember, Table } from "./session.js";

export function buildAgenda(
  ctx: FormContext,
  members: readonly OpenedMember[],
  table: Table,
  label: (n: number) => string,
): HTMLElement[] {
  const { lang, q } = ctx;
  const g = GROUP_FORM_TEXT[lang];
  const items = new Map(q.items.map((i) => [i.id, i]));
  const differ = table.items.filter((i) => i.part === "differ");
  const names = members.map((m, k) => m.answers.respondent.name ?? label(k + 1));
  const municipality = members[0]?.answers.municipality.trim() ?? "";
  const today = formatDate(
    `${ctx.env.now().getFullYear()}-${String(ctx.env.now().getMonth() + 1).padStart(2, "0")}-${String(ctx.env.now().getDate()).padStart(2, "0")}`,
    lang,
  );
  return [
    h("h1", {}, g.agendaTitle),
    h("p", {}, g.agendaIntro(municipality, formatList(names, lang), today)),
    h("p", { class: "zf-agenda-count" }, g.differHeading(differ.length)),
    ...(differ.length === 0 ? [h("p", {}, g.agendaNothing)] : []),
    ...differ.map((it, n) => {
      const item = items.get(it.id)!;
      const votes = ANSWER_VALUES.filter((a) => (it.votes[a] ?? 0) > 0).map(
        (a) => `${it.votes[a]} × ${ANSWER_LABEL[lang][a]}`,
      );
      return h(
        "section",
        { class: "zf-agenda-item" },
        h("h2", {}, `${n + 1}. ${g.questionLabel(it.number, table.total)}`),
        rich("p", ctx.text(item.question), { class: "zf-agenda-question" }),
        h(
          "p",
          {},
          [g.votes(votes), it.unanswered > 0 ? g.notAnsweredBy(it.unanswered) : ""].filter(Boolean).join(" · "),
        ),
        h(
          "ul",
          { class: "zf-agenda-members" },
          it.members.map((m) =>
            h(
              "li",
              {},
              h("strong", {}, m.label),
              `: ${ANSWER_LABEL[lang][m.answer ?? "none"]}`,
              m.note ? h("p", { class: "zf-user-text" }, `${g.note}: `, m.note) : null,
              m.evidence ? h("p", { class: "zf-user-text" }, `${g.evidence}: `, m.evidence) : null,
            ),
          ),
        ),
        h("p", {}, it.proposal ? g.proposal(ANSWER_LABEL[lang][it.proposal]) : g.proposalNone),
        h("p", { class: "zf-fill" }, `${g.groupAnswer}: `, h("span", { class: "zf-line" })),
      );
    }),
  ];
}
