import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { parseAnswers } from "../../src/load/parse-answers.js";
import { SourceDocument } from "../../src/load/source-document.js";
import { serializeAnswers } from "../../src/load/write-answers.js";
import type { Answer, AnswerSet } from "../../src/model/answers.js";
import type { Role } from "../../src/model/vocabulary.js";
import { textLength } from "../../src/model/answer-limits.js";
import {
  changeGroupAnswer,
  checkMerge,
  mergeAnswerSets,
  mergeItems,
  unnamedDissent,
} from "../../src/score/merge-answers.js";
import type { MergeMember } from "../../src/score/merge-answers.js";

const q = loadQuestionnaire();
const G = "toegankelijkheid.gratis";
const S = "onafhankelijkheid.scheiding-toewijzing";
const label = (n: number) => `Lid ${n}`;
const textLengthOf = (s: string | undefined) => textLength(s ?? "");
let hashes = 0;

function member(
  name: string | undefined,
  answers: Record<string, Answer | Answer["answer"]>,
  extra: Partial<AnswerSet> = {},
  role: Role = "adviesraad",
): MergeMember {
  hashes += 1;
  return {
    file: `${name ?? "naamloos"}.yaml`,
    answers: {
      questionnaire: q.id,
      version: q.version,
      municipality: "Rijssen-Holten",
      respondent: name ? { role, name } : { role },
      date: "2026-12-03",
      answers: new Map(Object.entries(answers).map(([id, a]) => [id, typeof a === "string" ? { answer: a } : a])),
      contentHash: String(hashes).padStart(64, "0"),
      origin: "",
      ...extra,
    },
  };
}

const merge = (members: MergeMember[], extra = {}) =>
  mergeAnswerSets(members, q, { date: "2026-12-07", memberLabel: label, ...extra });
function ok(result: ReturnType<typeof merge>): AnswerSet {
  if (!result.ok) throw new Error(`refused: ${result.problems.map((p) => p.code).join(", ")}`);
  return result.answers;
}

describe("mergeAnswerSets: the group answer by rule meerderheid", () => {
  const four = () => [
    member("A. de Vries", { [G]: { answer: "ja", note: "Staat in de verordening.", evidence: "Verordening art. 5" } }),
    member("B. Bakker", { [G]: { answer: "ja", note: "Staat in de verordening." }, [S]: "nee" }),
    member("C. Çelik", { [G]: "deels", [S]: { answer: "ja", note: "Het wijkteam beslist niet." } }),
    member("D. Jansen", { [G]: { answer: "weet-niet", note: "Nooit van gehoord." } }),
  ];

  it("proposes the most frequent answer and counts the votes", () => {
    const g = ok(merge(four()));
    expect(g.answers.get(G)).toMatchObject({ answer: "ja", votes: { ja: 2, deels: 1, "weet-niet": 1 } });
  });

  it("puts the agreeing members' words in the group's note and evidence, under their names; one entry for the same words", () => {
    const a = ok(merge(four())).answers.get(G)!;
    expect(a.note).toBe("A. de Vries, B. Bakker: Staat in de verordening.");
    expect(a.evidence).toBe("A. de Vries: Verordening art. 5");
  });

  it("keeps every differing member in dissent, with their answer, note and place in the group", () => {
    const a = ok(merge(four())).answers.get(G)!;
    expect(a.dissent).toEqual([
      { member: 3, name: "C. Çelik", answer: "deels" },
      { member: 4, name: "D. Jansen", answer: "weet-niet", note: "Nooit van gehoord." },
    ]);
  });

  it("on a tie takes the more cautious answer; the other side's words go to dissent", () => {
    const a = ok(merge(four())).answers.get(S)!;
    expect(a).toEqual({
      answer: "nee",
      votes: { ja: 1, nee: 1 },
      dissent: [{ member: 3, name: "C. Çelik", answer: "ja", note: "Het wijkteam beslist niet." }],
    });
  });

  it("leaves a question nobody answered open, and writes nothing for it", () => {
    const g = ok(merge(four()));
    expect([...g.answers.keys()].sort()).toEqual([G, S].sort());
  });

  it("a member without a name is named by their place in the group", () => {
    const a = ok(
      merge([
        member(undefined, { [G]: { answer: "ja", note: "x" } }),
        member("B", { [G]: "nee" }),
        member("C", { [G]: "nee" }),
      ]),
    );
    expect(a.answers.get(G)).toMatchObject({ answer: "nee", dissent: [{ member: 1, answer: "ja", note: "x" }] });
    expect(a.answers.get(G)!.dissent![0]).not.toHaveProperty("name");
    const b = ok(merge([member(undefined, { [G]: { answer: "ja", note: "x" } }), member("B", { [G]: "ja" })]));
    expect(b.answers.get(G)!.note).toBe("Lid 1: x");
  });

  it("the group may choose another answer and write its own note; dissent follows the choice", () => {
    const a = ok(
      merge(four(), { chosen: new Map([[G, "deels"]]), groupNotes: new Map([[G, "Besproken op 7 december."]]) }),
    ).answers.get(G)!;
    expect(a.answer).toBe("deels");
    expect(a.note).toBe("Besproken op 7 december.");
    expect(a.dissent!.map((d) => d.member)).toEqual([1, 2, 4]);
    expect(a.dissent![0]).toMatchObject({ note: "Staat in de verordening.", evidence: "Verordening art. 5" });
  });

  it("nothing a member wrote is lost: every note and evidence is in the group's note or in dissent", () => {
    const members = four();
    for (const chosen of ["ja", "deels", "nee", "weet-niet"] as const) {
      const g = ok(
        merge(members, {
          chosen: new Map([
            [G, chosen],
            [S, chosen],
          ]),
        }),
      );
      for (const m of members) {
        for (const [id, a] of m.answers.answers) {
          const group = g.answers.get(id)!;
          const kept = [
            group.note ?? "",
            group.evidence ?? "",
            ...(group.dissent ?? []).flatMap((d) => [d.note, d.evidence]),
          ];
          for (const text of [a.note, a.evidence].filter(Boolean)) expect(kept.join("\n")).toContain(text);
        }
      }
    }
  });

  it("writes the group block: rule, members in order with name, role, date and sha256; the date given; the common name", () => {
    const members: MergeMember[] = four().map((m) => ({ ...m, answers: { ...m.answers, gemeentecode: "GM1742" } }));
    members[3] = member(
      "D. Jansen",
      { [G]: "ja" },
      { municipality: "Gemeente Rijssen Holten", gemeentecode: "GM1742" },
    );
    const g = ok(merge(members, { name: "Wmo-adviesraad Rijssen-Holten" }));
    expect(g).toMatchObject({
      municipality: "Rijssen-Holten",
      gemeentecode: "GM1742",
      respondent: { role: "adviesraad", name: "Wmo-adviesraad Rijssen-Holten" },
      date: "2026-12-07",
      group: { rule: "meerderheid" },
    });
    expect(g.group!.members.map((m) => m.name)).toEqual(["A. de Vries", "B. Bakker", "C. Çelik", "D. Jansen"]);
    expect(g.group!.members[0]).toEqual({
      name: "A. de Vries",
      role: "adviesraad",
      date: "2026-12-03",
      sha256: members[0]!.answers.contentHash,
    });
  });

  it("what it makes, the writer writes and the reader reads back unchanged", () => {
    const g = ok(merge(four()));
    const read = parseAnswers(SourceDocument.parse(serializeAnswers(g, q), "groep.yaml"), q);
    expect(read.group).toEqual(g.group);
    expect([...read.answers]).toEqual(
      [...g.answers].sort(([a], [b]) => q.items.findIndex((i) => i.id === a) - q.items.findIndex((i) => i.id === b)),
    );
  });

  it("never refuses for the members' words: when the agreeing ones do not fit in one note, each keeps them in their own entry, whole", () => {
    const long = "x".repeat(12000);
    const result = merge(
      [
        member("A", { [G]: { answer: "ja", note: long, evidence: "Kort" } }),
        member("B", { [G]: { answer: "ja", note: `${long}y` } }),
        member("C", { [G]: { answer: "nee", note: "Anders." } }),
      ],
      { groupNotes: new Map([[G, "Samen: het staat in de verordening."]]) },
    );
    const g = ok(result);
    const a = g.answers.get(G)!;
    expect(a.note).toBe("Samen: het staat in de verordening.");
    expect(a.evidence).toBe("A: Kort");
    expect(a.dissent).toEqual([
      { member: 1, name: "A", answer: "ja", note: long },
      { member: 2, name: "B", answer: "ja", note: `${long}y` },
      { member: 3, name: "C", answer: "nee", note: "Anders." },
    ]);
    expect(result.warnings.map((w) => [w.code, w.params.id, w.params.field, w.params.members])).toEqual([
      ["MERGE_TEXT_APART", G, "note", ["A", "B"]],
    ]);
    // A valid answer file: the command line reads it back as written.
    const read = parseAnswers(SourceDocument.parse(serializeAnswers(g, q), "groep.yaml"), q);
    expect(read.answers.get(G)).toEqual(a);
  });

  it("refuses only a group's own note that is too long (typed at the table), naming the question", () => {
    const result = merge([member("A", { [G]: "ja" }), member("B", { [G]: "ja" })], {
      groupNotes: new Map([[G, "z".repeat(20001)]]),
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => [p.code, p.params.id, p.params.length])).toEqual([
        ["MERGE_TEXT_TOO_LONG", G, 20001],
      ]);
  });
});

describe("mergeItems: the table the group sits at", () => {
  it("per question the members side by side, the counts, the proposal and whether they differ", () => {
    const items = mergeItems(
      [member("A", { [G]: "ja" }), member(undefined, { [G]: { answer: "ja", note: "n" } }), member("C", {})],
      q,
      label,
    );
    expect(items).toHaveLength(q.items.length);
    const g = items.find((i) => i.id === G)!;
    expect(g).toMatchObject({ votes: { ja: 2 }, proposal: "ja", differ: false, unanswered: 1 });
    expect(g.members).toEqual([
      { member: 1, label: "A", answer: "ja" },
      { member: 2, label: "Lid 2", answer: "ja", note: "n" },
      { member: 3, label: "C", answer: null },
    ]);
  });
});

describe("checkMerge: what refuses a merge", () => {
  const codes = (ms: MergeMember[], role?: Role) =>
    checkMerge(ms, role ? { role } : {}).refusals.map((d) => [d.code, d.file]);

  it("accepts the same municipality by CBS code, however it is spelled", () => {
    expect(
      codes([
        member("A", {}, { gemeentecode: "GM1742" }),
        member("B", {}, { municipality: "Gemeente Rijssen Holten", gemeentecode: "GM1742" }),
      ]),
    ).toEqual([]);
    expect(codes([member("A", {}), member("B", {}, { municipality: "  rijssen-holten " })])).toEqual([]);
  });

  it("refuses another municipality: by code when both have one, else by name", () => {
    expect(codes([member("A", {}, { gemeentecode: "GM1742" }), member("B", {}, { gemeentecode: "GM0177" })])).toEqual([
      ["MERGE_MUNICIPALITY", "B.yaml"],
    ]);
    expect(codes([member("A", {}), member("B", {}, { municipality: "Hellendoorn" })])).toEqual([
      ["MERGE_MUNICIPALITY", "B.yaml"],
    ]);
    const d = checkMerge([
      member("A", {}, { gemeentecode: "GM1742" }),
      member("B", {}, { municipality: "Ede", gemeentecode: "GM0228" }),
    ]).refusals[0]!;
    expect(d.params).toEqual({
      file: "B.yaml",
      other: "A.yaml",
      found: "Ede (GM0228)",
      expected: "Rijssen-Holten (GM1742)",
    });
  });

  it("refuses another questionnaire or another major version", () => {
    expect(codes([member("A", {}), member("B", {}, { questionnaire: "andere-lijst" })])).toEqual([
      ["MERGE_QUESTIONNAIRE", "B.yaml"],
    ]);
    expect(codes([member("A", {}), member("B", {}, { version: "2.0.0" })])).toEqual([
      ["MERGE_QUESTIONNAIRE", "B.yaml"],
    ]);
    expect(codes([member("A", {}, { version: "1.0.0" }), member("B", {}, { version: "1.2.0" })])).toEqual([]);
  });

  it("refuses the same file twice (same sha256)", () => {
    const a = member("A", { [G]: "ja" });
    expect(codes([a, member("B", {}), { ...a, file: "kopie.yaml" }])).toEqual([["MERGE_SAME_FILE", "kopie.yaml"]]);
  });

  it("refuses a file that is already a group answer", () => {
    const group = member("Raad", {}, { group: { rule: "meerderheid", members: [] } });
    expect(codes([member("A", {}), group])).toEqual([["MERGE_GROUP_INPUT", "Raad.yaml"]]);
  });

  it("refuses members of different roles unless the group's role is given", () => {
    const ms = [member("A", {}), member("B", {}, {}, "gemeente")];
    expect(codes(ms)).toEqual([["MERGE_ROLES", "B.yaml"]]);
    expect(codes(ms, "adviesraad")).toEqual([]);
  });

  it("lists every problem, not only the first", () => {
    expect(
      codes([member("A", {}), member("B", {}, { municipality: "Ede", questionnaire: "x" })]).map(([c]) => c),
    ).toEqual(["MERGE_QUESTIONNAIRE", "MERGE_MUNICIPALITY"]);
  });

  it("warns, without refusing, when two members have the same name", () => {
    const check = checkMerge([
      member("A. de Vries", {}),
      member("B", {}),
      { ...member("a.  de vries", {}), file: "x.yaml" },
    ]);
    expect(check.refusals).toEqual([]);
    expect(check.warnings.map((w) => [w.code, w.params.values])).toEqual([
      ["MERGE_SAME_NAME", ["A. de Vries.yaml", "x.yaml"]],
    ]);
  });

  it("a refused merge makes nothing", () => {
    const result = merge([member("A", {}), member("B", {}, { municipality: "Ede" })]);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty("answers");
  });
});

describe("changeGroupAnswer: the group changes its answer after the merge (issue 19)", () => {
  const four = () => [
    member("A. de Vries", { [G]: { answer: "ja", note: "Staat in de verordening.", evidence: "Verordening art. 5" } }),
    member("B. Bakker", { [G]: { answer: "ja", note: "Staat in de verordening." } }),
    member("C. Çelik", { [G]: { answer: "deels", note: "Alleen op papier.", evidence: "Website" } }),
    member("D. Jansen", { [G]: { answer: "weet-niet", note: "Nooit van gehoord." } }),
  ];
  const merged = (members = four()) => ok(merge(members));
  const change = (g: AnswerSet, id: string, next: Answer["answer"]) =>
    changeGroupAnswer(g.answers.get(id)!, next, g.group!.members, label);

  it("keeps the votes; the member who gave the new answer leaves dissent and their words join the group's, under their name", () => {
    const a = change(merged(), G, "deels");
    expect(a.answer).toBe("deels");
    expect(a.votes).toEqual({ ja: 2, deels: 1, "weet-niet": 1 });
    expect(a.note).toBe("A. de Vries, B. Bakker: Staat in de verordening.\n\nC. Çelik: Alleen op papier.");
    expect(a.evidence).toBe("A. de Vries: Verordening art. 5\n\nC. Çelik: Website");
  });

  it("puts the members who gave the old answer in dissent with that answer, when the file says who they are", () => {
    const a = change(merged(), G, "deels");
    expect(a.dissent).toEqual([
      { member: 1, name: "A. de Vries", answer: "ja" },
      { member: 2, name: "B. Bakker", answer: "ja" },
      { member: 4, name: "D. Jansen", answer: "weet-niet", note: "Nooit van gehoord." },
    ]);
    expect(unnamedDissent(a)).toBe(0);
  });

  it("names nobody it cannot name: with a member who left the question open, the old answer's members are counted, not guessed", () => {
    const members = [...four().slice(0, 3), member("D. Jansen", {})];
    const a = change(merged(members), G, "deels");
    expect(a.dissent).toBeUndefined();
    expect(a.votes).toEqual({ ja: 2, deels: 1 });
    expect(unnamedDissent(a)).toBe(2);
    expect(a.note).toContain("A. de Vries, B. Bakker: Staat in de verordening.");
  });

  it("changing back gives the first answer and dissent again; every word written is still in the file", () => {
    const g = merged();
    const there = change(g, G, "nee");
    const back = changeGroupAnswer(there, "ja", g.group!.members, label);
    expect(back.answer).toBe("ja");
    expect(back.votes).toEqual(g.answers.get(G)!.votes);
    expect(back.dissent).toEqual(g.answers.get(G)!.dissent);
    expect(back.note).toBe(g.answers.get(G)!.note);
    for (const typed of [
      "Staat in de verordening.",
      "Verordening art. 5",
      "Alleen op papier.",
      "Website",
      "Nooit van gehoord.",
    ])
      expect(JSON.stringify(back)).toContain(typed);
  });

  it("members whose words were kept apart (too long together) become real dissent when the group changes its answer, and kept apart again when it changes back", () => {
    const long = (who: string) => `${who}: ${"lang verhaal ".repeat(900)}`.trim();
    const members = [
      member("A. de Vries", { [G]: { answer: "ja", note: long("A") } }),
      member("B. Bakker", { [G]: { answer: "ja", note: long("B"), evidence: "Verordening art. 5" } }),
      member("C. Çelik", { [G]: { answer: "deels", note: "Alleen op papier." } }),
      member("D. Jansen", { [G]: { answer: "weet-niet" } }),
    ];
    const g = merged(members);
    const first = g.answers.get(G)!;
    expect(first.dissent?.map((d) => [d.member, d.answer, d.note === undefined])).toEqual([
      [1, "ja", false],
      [2, "ja", false],
      [3, "deels", false],
      [4, "weet-niet", true],
    ]);
    const there = change(g, G, "deels");
    expect(there.note).toBe("C. Çelik: Alleen op papier.");
    expect(there.evidence).toBe("B. Bakker: Verordening art. 5");
    expect(there.dissent).toEqual([
      { member: 1, name: "A. de Vries", answer: "ja", note: long("A") },
      { member: 2, name: "B. Bakker", answer: "ja", note: long("B") },
      { member: 4, name: "D. Jansen", answer: "weet-niet" },
    ]);
    expect(unnamedDissent(there)).toBe(0);
    const back = changeGroupAnswer(there, "ja", g.group!.members, label);
    expect(back.dissent).toEqual([
      { member: 1, name: "A. de Vries", answer: "ja", note: long("A") },
      { member: 2, name: "B. Bakker", answer: "ja", note: long("B") },
      { member: 3, name: "C. Çelik", answer: "deels" },
      { member: 4, name: "D. Jansen", answer: "weet-niet" },
    ]);
    expect(back.note).toBe("C. Çelik: Alleen op papier.");
    for (const a of [there, back]) {
      const text = JSON.stringify(a);
      for (const typed of [long("A"), long("B"), "Alleen op papier.", "Verordening art. 5"])
        expect(text).toContain(typed);
      // Each is a valid answer file that reads back as written.
      const answers = new Map(g.answers).set(G, a);
      const read = parseAnswers(SourceDocument.parse(serializeAnswers({ ...g, answers }, q), "groep.yaml"), q);
      expect(read.answers.get(G)).toEqual(a);
    }
  });

  it("a joining member's words that no longer fit after the group's note stay whole in their own entry", () => {
    const half = (who: string) => `${who}: ${"half verhaal ".repeat(700)}`.trim();
    const members = [
      member("A. de Vries", { [G]: { answer: "ja", note: half("A") } }),
      member("B. Bakker", { [G]: { answer: "ja" } }),
      member("C. Çelik", { [G]: { answer: "deels", note: half("C") } }),
      member("D. Jansen", { [G]: { answer: "deels", note: half("D") } }),
      member("E. Smit", { [G]: { answer: "ja", note: "Kort." } }),
    ];
    const g = merged(members);
    const before = g.answers.get(G)!;
    const a = changeGroupAnswer(
      { ...before, note: `${before.note}\n\n${"groep ".repeat(1500)}` },
      "deels",
      g.group!.members,
      label,
    );
    // The group's note keeps what it had; C and D (over the limit together with it) keep theirs apart.
    expect(a.note).toContain("A. de Vries: ");
    expect(a.note).not.toContain(half("C"));
    expect(a.dissent?.filter((d) => d.answer === "deels").map((d) => [d.name, d.note])).toEqual([
      ["C. Çelik", half("C")],
      ["D. Jansen", half("D")],
    ]);
    expect(a.dissent?.filter((d) => d.answer === "ja").map((d) => d.name)).toEqual([
      "A. de Vries",
      "B. Bakker",
      "E. Smit",
    ]);
    expect(textLengthOf(a.note)).toBeLessThanOrEqual(20000);
  });

  it("the same answer again changes nothing", () => {
    const g = merged();
    expect(change(g, G, "ja")).toBe(g.answers.get(G));
  });

  it("the changed group answer is a valid answer file that reads back as written", () => {
    const g = merged();
    const answers = new Map(g.answers);
    answers.set(G, change(g, G, "deels"));
    answers.set(S, changeGroupAnswer(g.answers.get(S) ?? { answer: "ja" }, "deels", g.group!.members, label));
    const changed = { ...g, answers };
    const read = parseAnswers(SourceDocument.parse(serializeAnswers(changed, q), "groep.yaml"), q);
    expect(read.answers.get(G)).toEqual(answers.get(G));
    expect(read.group).toEqual(g.group);
  });
});
