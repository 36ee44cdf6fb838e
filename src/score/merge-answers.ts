// A group answer from several respondents' answer files (docs/answer-file.md, "Group answers"):
// the checks that refuse a merge, the per-question view of what the members said (for the form's
// table), and the group answer set itself, with the rule's proposals or the answers the group
// chose. Nothing a member wrote is dropped: the note and evidence of a member who agrees with the
// group's answer go into the group's note and evidence (under their name), those of a member who
// does not into `dissent`. Pure: the CLI (`zelftest samenvoegen`) and the form both use it.
import type { Diagnostic } from "../errors.js";
import { ANSWER_LIMITS, textLength } from "../model/answer-limits.js";
import { splitDissent, votesAgainst } from "../model/answers.js";
import type { Answer, AnswerSet, Dissent, GroupMember, Votes } from "../model/answers.js";
import { countVotes, MAJORITY_RULE, proposeByMajority } from "../model/group-rule.js";
import { displayMunicipality, municipalityKey, municipalityLabel, sameMunicipalityOf } from "../model/municipality.js";
import { majorOf } from "../model/questionnaire.js";
import type { Questionnaire } from "../model/questionnaire.js";
import type { AnswerValue, Role } from "../model/vocabulary.js";

/** One member's file: its answers and the name to show for the file (as typed, or as chosen in the form). */
export interface MergeMember {
  readonly file: string;
  readonly answers: AnswerSet;
}

export interface MergeCheck {
  /** Reasons not to merge (exit 2, nothing written): different municipality, questionnaire, the same file twice, … */
  readonly refusals: readonly Diagnostic[];
  /** Worth saying, no reason to stop: two members with the same name. */
  readonly warnings: readonly Diagnostic[];
}

/** What `checkMerge` needs besides the files. */
export interface MergeCheckOptions {
  /** The group's role when given (`--role`); without it the members must share one role. */
  readonly role?: Role;
}

/**
 * Why these files cannot make one group answer: a file about another municipality than the first
 * file's (by CBS code when both have one, else by the normalised name), answered with another questionnaire or major
 * version, the same file twice (same sha256), a file that already is a group answer, members of
 * different roles when no role is given. Each file is named; every problem is listed.
 */
export function checkMerge(members: readonly MergeMember[], options: MergeCheckOptions = {}): MergeCheck {
  const refusals: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const questionnaireOf = (a: AnswerSet) => `${a.questionnaire} ${a.version}`;
  members.forEach((m, k) => {
    const a = m.answers;
    if (a.group) {
      refusals.push({
        code: "MERGE_GROUP_INPUT",
        file: m.file,
        params: { file: m.file, members: a.group.members.length },
      });
    }
    const earlier = members.slice(0, k);
    // Questionnaire and municipality are those of the first file: each other file is held against it.
    const first = members[0]!;
    const otherQuestionnaire = [first].find(
      (o) =>
        k > 0 && (o.answers.questionnaire !== a.questionnaire || majorOf(o.answers.version) !== majorOf(a.version)),
    );
    if (otherQuestionnaire) {
      refusals.push({
        code: "MERGE_QUESTIONNAIRE",
        file: m.file,
        params: {
          file: m.file,
          other: otherQuestionnaire.file,
          found: questionnaireOf(a),
          expected: questionnaireOf(otherQuestionnaire.answers),
        },
      });
    }
    const otherPlace = k > 0 && !sameMunicipalityOf(first.answers, a) ? first : undefined;
    if (otherPlace) {
      refusals.push({
        code: "MERGE_MUNICIPALITY",
        file: m.file,
        params: {
          file: m.file,
          other: otherPlace.file,
          found: municipalityLabel(a),
          expected: municipalityLabel(otherPlace.answers),
        },
      });
    }
    const twin = a.contentHash === "" ? undefined : earlier.find((o) => o.answers.contentHash === a.contentHash);
    if (twin) {
      refusals.push({
        code: "MERGE_SAME_FILE",
        file: m.file,
        params: { file: m.file, other: twin.file, sha256: a.contentHash },
      });
    } else if (a.respondent.name) {
      const key = nameKey(a.respondent.name);
      const namesake = earlier.find((o) => o.answers.respondent.name && nameKey(o.answers.respondent.name) === key);
      if (namesake) {
        warnings.push({
          code: "MERGE_SAME_NAME",
          file: m.file,
          params: { name: a.respondent.name, values: [namesake.file, m.file] },
        });
      }
    }
  });
  const roles = [...new Set(members.map((m) => m.answers.respondent.role))];
  if (options.role === undefined && roles.length > 1) {
    const first = members.find((m) => m.answers.respondent.role !== roles[0])!;
    refusals.push({ code: "MERGE_ROLES", file: first.file, params: { values: roles } });
  }
  return { refusals, warnings };
}

/** Names of one person meet whatever their case and spacing ("A. de Vries" and "a.  de vries"). */
const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");

/** What one member said about one question. */
export interface MemberAnswer {
  /** The member's place in the group, counting from 1 (as `dissent.member`). */
  readonly member: number;
  /** The member's name, or the label for a member without one ("Lid 2"). */
  readonly label: string;
  readonly answer: AnswerValue | null;
  readonly note?: string;
  readonly evidence?: string;
}

/** One question at the table: what the members said, the counts and the rule's proposal. */
export interface MergeItem {
  readonly id: string;
  readonly votes: Votes;
  /** The rule's proposal (`meerderheid`); null when nobody answered. */
  readonly proposal: AnswerValue | null;
  /** Members who answered differently from each other (at least two different answers given). */
  readonly differ: boolean;
  /** Members who left the question open. */
  readonly unanswered: number;
  /** Every member, in the order given. */
  readonly members: readonly MemberAnswer[];
}

/** How a member without a name is called ("Lid 2" / "Member 2"): words come from messages/. */
export type MemberLabel = (member: number) => string;

/** Per question of the questionnaire, in its order: the members' answers, counts and the proposal. */
export function mergeItems(members: readonly MergeMember[], q: Questionnaire, label: MemberLabel): MergeItem[] {
  return q.items.map((item) => {
    const said: MemberAnswer[] = members.map((m, k) => {
      const a = m.answers.answers.get(item.id);
      return {
        member: k + 1,
        label: m.answers.respondent.name ?? label(k + 1),
        answer: a?.answer ?? null,
        ...(a?.note !== undefined ? { note: a.note } : {}),
        ...(a?.evidence !== undefined ? { evidence: a.evidence } : {}),
      };
    });
    const votes = countVotes(said.map((s) => s.answer));
    return {
      id: item.id,
      votes,
      proposal: proposeByMajority(votes),
      differ: Object.keys(votes).length > 1,
      unanswered: said.filter((s) => s.answer === null).length,
      members: said,
    };
  });
}

export interface MergeOptions {
  /** The day of the group answer (YYYY-MM-DD): the day the group met or merged. */
  readonly date: string;
  /** The group's role; without it the members' common role (checkMerge refuses members of different roles). */
  readonly role?: Role;
  /** The group's name, e.g. "Wmo-adviesraad Rijssen-Holten". */
  readonly name?: string;
  /** How a member without a name is called in the group's note and in `dissent`. */
  readonly memberLabel: MemberLabel;
  /** Answers the group chose at the table (item id → answer); every other question gets the rule's proposal. */
  readonly chosen?: ReadonlyMap<string, AnswerValue>;
  /** The group's own note per question, written before the members' words. */
  readonly groupNotes?: ReadonlyMap<string, string>;
}

export type MergeResult =
  | { readonly ok: true; readonly answers: AnswerSet; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly problems: readonly Diagnostic[]; readonly warnings: readonly Diagnostic[] };

/**
 * The group answer (answer-file format 1.3): `group` with the rule and the members; per question
 * the group's answer (chosen, else the rule's proposal; a question nobody answered and the group
 * did not choose stays unanswered), the votes, the agreeing members' words in the group's note
 * and evidence, and each differing member in `dissent`. Refused (ok: false) for the reasons of
 * `checkMerge`, and when the agreeing members' words together do not fit in one note.
 */
export function mergeAnswerSets(members: readonly MergeMember[], q: Questionnaire, o: MergeOptions): MergeResult {
  const { refusals, warnings } = checkMerge(members, { ...(o.role !== undefined ? { role: o.role } : {}) });
  if (refusals.length > 0) return { ok: false, problems: refusals, warnings };
  if (members.length === 0) throw new Error("mergeAnswerSets: no members");
  const problems: Diagnostic[] = [];
  const kept: Diagnostic[] = [];
  const answers = new Map<string, Answer>();
  for (const item of mergeItems(members, q, o.memberLabel)) {
    const answer = o.chosen?.get(item.id) ?? item.proposal;
    if (answer === null) continue;
    const own = o.groupNotes?.get(item.id);
    // The group's own note is typed at the table (the form): it must fit by itself.
    if (own !== undefined && textLength(own.trim()) > ANSWER_LIMITS.note) {
      problems.push({
        code: "MERGE_TEXT_TOO_LONG",
        file: members[0]!.file,
        params: { id: item.id, field: "note", length: textLength(own.trim()), limit: ANSWER_LIMITS.note, members: [] },
      });
      continue;
    }
    const texts = groupTexts(item.members, answer, own);
    for (const apart of texts.apart) {
      kept.push({
        code: "MERGE_TEXT_APART",
        file: members[0]!.file,
        params: {
          id: item.id,
          field: apart.field,
          length: apart.length,
          limit: ANSWER_LIMITS[apart.field],
          members: apart.members,
        },
      });
    }
    const dissent: Dissent[] = item.members
      .filter((m) => m.answer !== null && (m.answer !== answer || texts.ownEntries.has(m.member)))
      .map((m) => {
        // A member who agrees is here only with the words that did not fit in the group's note.
        const words = m.answer === answer ? texts.ownEntries.get(m.member)! : m;
        return {
          member: m.member,
          ...(members[m.member - 1]!.answers.respondent.name !== undefined ? { name: m.label } : {}),
          answer: m.answer!,
          ...(words.note !== undefined ? { note: words.note } : {}),
          ...(words.evidence !== undefined ? { evidence: words.evidence } : {}),
        };
      });
    answers.set(item.id, {
      answer,
      ...(texts.note !== undefined ? { note: texts.note } : {}),
      ...(texts.evidence !== undefined ? { evidence: texts.evidence } : {}),
      ...(Object.keys(item.votes).length > 0 ? { votes: item.votes } : {}),
      ...(dissent.length > 0 ? { dissent } : {}),
    });
  }
  if (problems.length > 0) return { ok: false, problems, warnings: [...warnings, ...kept] };

  const first = members[0]!.answers;
  const group: GroupMember[] = members.map(({ answers: a }) => ({
    ...(a.respondent.name !== undefined ? { name: a.respondent.name } : {}),
    role: a.respondent.role,
    date: a.date,
    sha256: a.contentHash,
  }));
  const code = members.find((m) => m.answers.gemeentecode !== undefined)?.answers.gemeentecode;
  return {
    ok: true,
    warnings: [...warnings, ...kept],
    answers: {
      questionnaire: q.id,
      version: q.version,
      municipality: commonName(members.map((m) => m.answers.municipality)),
      ...(code !== undefined ? { gemeentecode: code } : {}),
      respondent: { role: o.role ?? first.respondent.role, ...(o.name?.trim() ? { name: o.name.trim() } : {}) },
      date: o.date,
      group: { rule: MAJORITY_RULE, members: group },
      answers,
      contentHash: "",
      origin: "",
    },
  };
}

/** Words that did not fit together in the group's note (or evidence) of one item. */
export interface KeptApart {
  readonly field: "note" | "evidence";
  /** How long they would have been together. */
  readonly length: number;
  /** The agreeing members whose words are kept apart, by label. */
  readonly members: readonly string[];
}

/** The group's note and evidence of one item, and the agreeing members whose words are kept in their own entry. */
export interface GroupTexts {
  readonly note?: string;
  readonly evidence?: string;
  /** Member (place from 1) → their words kept in their own `dissent` entry, with the group's answer. */
  readonly ownEntries: ReadonlyMap<number, { readonly note?: string; readonly evidence?: string }>;
  readonly apart: readonly KeptApart[];
}

/**
 * The group's note and evidence for `answer`: the group's own words, then each agreeing member's
 * under their name. When the agreeing members' words together are longer than one note (or
 * evidence) holds, they are not cut and not put together: each agreeing member who wrote some keeps
 * them in their own entry (`dissent`, with the group's answer), and the group's text holds only the
 * group's own words. So a merge is never refused for the length of what members wrote, and nothing
 * any member wrote is shortened or dropped.
 */
export function groupTexts(said: readonly MemberAnswer[], answer: AnswerValue, own: string | undefined): GroupTexts {
  const agreeing = said.filter((m) => m.answer === answer);
  const ownEntries = new Map<number, { note?: string; evidence?: string }>();
  const apart: KeptApart[] = [];
  const out: { note?: string; evidence?: string } = {};
  for (const field of ["note", "evidence"] as const) {
    const mine = field === "note" ? own : undefined;
    const together = gather([mine], agreeing, field);
    if (together === undefined || textLength(together) <= ANSWER_LIMITS[field]) {
      if (together !== undefined) out[field] = together;
      continue;
    }
    const alone = gather([mine], [], field);
    if (alone !== undefined) out[field] = alone;
    const writers = agreeing.filter((m) => m[field]?.trim());
    for (const m of writers) ownEntries.set(m.member, { ...ownEntries.get(m.member), [field]: m[field] });
    apart.push({ field, length: textLength(together), members: writers.map((m) => m.label) });
  }
  return { ...out, ownEntries, apart };
}

/**
 * The group's text of one kind: its own words first, then each agreeing member's under their name;
 * members who wrote the very same text share one entry ("A. de Vries, B. Bakker: …").
 */
function gather(own: readonly (string | undefined)[], agreeing: readonly MemberAnswer[], field: "note" | "evidence") {
  const byText = new Map<string, string[]>();
  for (const m of agreeing) {
    const text = m[field]?.trim();
    if (text) byText.set(text, [...(byText.get(text) ?? []), m.label]);
  }
  const parts = [
    ...own.map((x) => x?.trim()).filter((x): x is string => Boolean(x)),
    ...[...byText].map(([text, names]) => `${names.join(", ")}: ${text}`),
  ];
  return parts.length > 0 ? parts.join("\n\n") : undefined;
}

/** The name most members wrote (as shown), the first of them on a tie. */
function commonName(names: readonly string[]): string {
  const counts = new Map<string, { name: string; n: number }>();
  for (const raw of names) {
    const name = displayMunicipality(raw);
    const key = municipalityKey(name);
    const c = counts.get(key) ?? { name, n: 0 };
    counts.set(key, { ...c, n: c.n + 1 });
  }
  let best: { name: string; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.name ?? "";
}

/**
 * A group answer the group changes after the merge (it opened its group file again in the form and
 * chose another answer). The votes stay: they are what the members answered. `dissent` follows
 * the new answer, as it does at the table: a member in `dissent` who gave the new answer now agrees,
 * so their note and evidence move into the group's, under their name (after what is there); the
 * members who gave the old answer now differ and join `dissent` with that answer — when the file
 * says who they are (every member outside `dissent` gave the old answer). Their words were put in
 * the group's note and evidence by the merge and stay there: nothing anyone wrote is dropped or moved
 * away from its name. When the file cannot say who gave the old answer (a member left the question
 * open), they are counted in the votes only; `unnamedDissent` says how many members that are.
 */
export function changeGroupAnswer(
  prev: Answer,
  next: AnswerValue,
  members: readonly GroupMember[],
  memberLabel: MemberLabel,
): Answer {
  if (prev.answer === next) return prev;
  const dissent = prev.dissent ?? [];
  const said = (d: Dissent): MemberAnswer => ({
    member: d.member,
    label: d.name ?? members[d.member - 1]?.name ?? memberLabel(d.member),
    answer: d.answer,
    ...(d.note !== undefined ? { note: d.note } : {}),
    ...(d.evidence !== undefined ? { evidence: d.evidence } : {}),
  });
  // Members who gave the new answer: they now agree, and their words join the group's (as far as
  // they fit together; else each keeps them in their own entry, as in the merge).
  const joining = dissent.filter((d) => d.answer === next);
  const staying = dissent.filter((d) => d.answer !== next);
  const texts = groupTexts(joining.map(said), next, undefined);
  const fits = (field: "note" | "evidence") => {
    const before = prev[field];
    const add = texts[field];
    if (add === undefined) return { text: before, ok: texts.apart.every((x) => x.field !== field) };
    const text = before?.trim() ? `${before}\n\n${add}` : add;
    return textLength(text) <= ANSWER_LIMITS[field] ? { text, ok: true } : { text: before, ok: false };
  };
  const note = fits("note");
  const evidence = fits("evidence");
  const joined: Dissent[] = joining.flatMap((d) => {
    const rest = {
      ...(!note.ok && d.note !== undefined ? { note: d.note } : {}),
      ...(!evidence.ok && d.evidence !== undefined ? { evidence: d.evidence } : {}),
    };
    return Object.keys(rest).length > 0
      ? [{ member: d.member, ...(d.name !== undefined ? { name: d.name } : {}), answer: d.answer, ...rest }]
      : [];
  });
  // Members who gave the old answer now differ. The file names them when every member outside
  // `dissent` gave it (with those whose words were kept apart under the old answer).
  const inDissent = new Set(dissent.map((d) => d.member));
  const outside = members.map((_, k) => k + 1).filter((n) => !inDissent.has(n));
  const apartOld = dissent.filter((d) => d.answer === prev.answer).length;
  const gaveOld = prev.votes?.[prev.answer] ?? 0;
  const known = outside.length > 0 && outside.length + apartOld === gaveOld;
  const leaving: Dissent[] = known
    ? outside.map((n) => {
        const name = members[n - 1]?.name;
        return { member: n, ...(name !== undefined ? { name } : {}), answer: prev.answer };
      })
    : [];
  const after = [...staying, ...joined, ...leaving].sort((a, b) => a.member - b.member);
  return {
    answer: next,
    ...(note.text !== undefined ? { note: note.text } : {}),
    ...(evidence.text !== undefined ? { evidence: evidence.text } : {}),
    ...(prev.votes !== undefined ? { votes: prev.votes } : {}),
    ...(after.length > 0 ? { dissent: after } : {}),
  };
}

/**
 * How many members gave another answer than the group's without being named in `dissent`: members
 * the file cannot name since the group changed its answer (see changeGroupAnswer). Zero normally.
 */
export function unnamedDissent(a: Answer): number {
  return Math.max(0, votesAgainst(a.votes ?? {}, a.answer) - splitDissent(a.dissent, a.answer).differ.length);
}
