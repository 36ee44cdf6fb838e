// A group answer's free text without its members' names (privacy by default in research outputs,
// docs/research-outputs.md "Privacy"). `zelftest samenvoegen` puts each agreeing member's words in
// the group's note under their name ("A. de Vries: …"), and a group may write names in its own
// note at the table. Where names are not asked for, every whole occurrence of a member's name (as
// written in `group.members`) becomes that member's place ("Lid 2"), so a note shared for research
// still says which words were one member's, and no longer whose. Pure.
import type { Group } from "./answers.js";

/** Letters and digits on either side of a name mean it is part of a longer word ("Jan" in "Janssen"). */
const WORD = /[\p{L}\p{N}]/u;

/** The members' names, longest first (so "Anna de Vries" goes before "Anna"), with their places from 1. */
function namesOf(group: Group): { name: string; place: number }[] {
  return group.members
    .map((m, k) => ({ name: m.name?.trim() ?? "", place: k + 1 }))
    .filter((m) => m.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
}

/**
 * `text` with every whole occurrence of a member's name replaced by `placeOf(place)`; names are
 * matched as written (case included), not inside a longer word.
 */
export function withoutMemberNames(text: string, group: Group, placeOf: (place: number) => string): string {
  let out = text;
  for (const { name, place } of namesOf(group)) {
    if (!out.includes(name)) continue;
    let result = "";
    let from = 0;
    for (let at = out.indexOf(name); at !== -1; at = out.indexOf(name, at + name.length)) {
      const before = at > 0 ? out.slice(0, at).slice(-2) : "";
      const after = out.slice(at + name.length, at + name.length + 2);
      const glued = WORD.test([...before].pop() ?? "") || WORD.test([...after][0] ?? "");
      if (glued) continue;
      result += out.slice(from, at) + placeOf(place);
      from = at + name.length;
    }
    out = result + out.slice(from);
  }
  return out;
}
