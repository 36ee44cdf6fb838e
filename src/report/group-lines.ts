// A group answer's votes and dissent (docs/answer-file.md, "Group answers") as the report and the
// comparison show them under an item: "2 × Ja, 1 × Deels, 1 × Weet niet" and one line per member
// who answered differently, with their own words. Pure; the words are plain text from files.
import { splitDissent } from "../model/answers.js";
import type { Dissent, Votes } from "../model/answers.js";
import { ANSWER_VALUES } from "../model/vocabulary.js";
import type { AnswerValue, Lang } from "../model/vocabulary.js";
import { GROUP_TEXT } from "../messages/group.js";
import { ANSWER_LABEL } from "../messages/ui.js";

/** "2 × Ja, 1 × Deels, 1 × Weet niet", in the order of the answer scale; empty without votes. */
export function votesLine(votes: Votes | null | undefined, lang: Lang): string {
  if (!votes) return "";
  return ANSWER_VALUES.filter((a) => (votes[a] ?? 0) > 0)
    .map((a) => GROUP_TEXT[lang].votes(votes[a]!, ANSWER_LABEL[lang][a]))
    .join(", ");
}

/** "C. Çelik: Deels – Geen vast overleg. (Bron: verslag 12 november)": one member's entry in `dissent`. */
export function memberLine(d: Dissent, lang: Lang, sourceLabel: string): string {
  const words = [d.note, d.evidence ? `(${sourceLabel}: ${d.evidence})` : undefined].filter(Boolean);
  return `${d.name ?? GROUP_TEXT[lang].member(d.member)}: ${ANSWER_LABEL[lang][d.answer]}${words.length > 0 ? ` – ${words.join(" ")}` : ""}`;
}

/**
 * The entries of `dissent` as lines, in two lists: `differ`, the members who answered otherwise than
 * the group (`groupAnswer`), and `apart`, members who gave the group's answer and are there only because
 * the agreeing members' words were too long together for the group's note (docs/answer-file.md). The
 * two are shown under their own labels (dissentLabel, ownWordsLabel), so a member who agrees is never
 * listed as answering differently.
 */
export function dissentLines(
  dissent: readonly Dissent[] | null | undefined,
  lang: Lang,
  sourceLabel: string,
  groupAnswer?: AnswerValue | null,
): { differ: string[]; apart: string[] } {
  const { differ, apart } = splitDissent(dissent, groupAnswer);
  const line = (d: Dissent) => memberLine(d, lang, sourceLabel);
  return { differ: differ.map(line), apart: apart.map(line) };
}
