// Under a question of a group answer opened in Invullen: how the members voted and who answered
// differently from the group, with their own words, so that the group sees them while it may still
// change its answer (the votes stay what the members answered; dissent follows the group's answer,
// score/merge-answers.ts changeGroupAnswer). Member text is set as text, never as markup.
import { splitDissent } from "../../model/answers.js";
import type { Answer, Group } from "../../model/answers.js";
import { ANSWER_VALUES } from "../../model/vocabulary.js";
import type { Lang } from "../../model/vocabulary.js";
import { GROUP_TEXT } from "../../messages/group.js";
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";
import { ANSWER_LABEL } from "../../messages/ui.js";
import { unnamedDissent } from "../../score/merge-answers.js";
import { h } from "../dom.js";

/** The section, or null when this is no group answer or the question has no votes and no dissent. */
export function groupSaid(
  lang: Lang,
  key: string,
  group: Group | undefined,
  a: Answer | undefined,
): HTMLElement | null {
  if (!group || !a || (a.votes === undefined && a.dissent === undefined)) return null;
  const g = GROUP_FORM_TEXT[lang];
  const words = GROUP_TEXT[lang];
  const votes = ANSWER_VALUES.filter((v) => (a.votes?.[v] ?? 0) > 0).map((v) =>
    words.votes(a.votes![v]!, ANSWER_LABEL[lang][v]),
  );
  // `apart`: members with the group's answer whose words were too long together for the group's note.
  const { differ: dissent, apart } = splitDissent(a.dissent, a.answer);
  const unnamed = unnamedDissent(a);
  const name = (member: number, given?: string) => given ?? group.members[member - 1]?.name ?? words.member(member);
  const list = (title: string, entries: typeof dissent) =>
    entries.length > 0
      ? [
          h("h3", { class: "zf-members-title" }, title),
          h(
            "ul",
            { class: "zf-members" },
            entries.map((d) =>
              h(
                "li",
                { class: "zf-member" },
                h(
                  "p",
                  { class: "zf-member-answer" },
                  h("strong", {}, name(d.member, d.name)),
                  `: ${ANSWER_LABEL[lang][d.answer]}`,
                ),
                d.note ? h("p", { class: "zf-user-text" }, `${g.note}: `, d.note) : null,
                d.evidence ? h("p", { class: "zf-user-text" }, `${g.evidence}: `, d.evidence) : null,
              ),
            ),
          ),
        ]
      : null;
  return h(
    "section",
    { class: "zf-group-said", "aria-labelledby": `${key}-said-title` },
    h("h2", { id: `${key}-said-title` }, g.groupSaidTitle),
    h("p", { class: "zf-hint" }, g.groupSaidIntro(group.members.length)),
    votes.length > 0 ? h("p", { class: "zf-votes" }, `${words.votesLabel}: ${g.votes(votes)}`) : null,
    list(words.dissentLabel, dissent),
    list(g.ownWordsTitle, apart),
    unnamed > 0 ? h("p", {}, g.unnamedDissent(unnamed)) : null,
    dissent.length === 0 && unnamed === 0 ? h("p", {}, g.noDissent) : null,
  );
}
