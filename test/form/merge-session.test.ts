// The table of the form's Samenvoegen (form/merge/session.ts): the order of discussion, the scope,
// the group's answers as they stand, and what is kept in (and read back from) the browser.
import { describe, expect, it } from "vitest";
import { emptyChoices, fromSavedSession, tableOf, toSavedSession } from "../../src/form/merge/session.js";
import type { OpenedMember } from "../../src/form/merge/session.js";
import type { Answer } from "../../src/model/answers.js";
import type { AnswerValue } from "../../src/model/vocabulary.js";
import { answerSet, mini } from "../helpers/fixtures.js";

const q = mini();
const label = (n: number) => `Lid ${n}`;
const member = (name: string, answers: Record<string, AnswerValue | Answer>, hash: string): OpenedMember => ({
  file: `${name}.yaml`,
  bytes: new TextEncoder().encode(name),
  answers: answerSet(answers, { respondent: { role: "adviesraad", name }, contentHash: hash }),
});

describe("the table of Samenvoegen", () => {
  const a = member("A", { "alpha.een": "ja", "alpha.twee": "nee", "beta.een": "ja" }, "a");
  const b = member("B", { "alpha.een": "ja", "alpha.twee": "ja", "beta.een": "deels" }, "b");
  const c = member("C", { "alpha.een": { answer: "ja", note: "Staat in het plan." }, "alpha.twee": "ja" }, "c");

  it("puts the questions where members differ first, then where they agree; legal scope when nobody answered good practice", () => {
    const t = tableOf([a, b, c], q, emptyChoices("01-12-2026"), label);
    expect(t.scope).toBe("legal");
    expect(t.items.map((i) => [i.id, i.part])).toEqual([
      ["alpha.twee", "differ"],
      ["beta.een", "differ"],
      ["alpha.een", "agree"],
    ]);
    // The rule's proposal: the majority; on a tie the more cautious (deels before ja).
    expect(t.items.map((i) => i.proposal)).toEqual(["ja", "deels", "ja"]);
    expect(t.items.map((i) => i.answer)).toEqual(["ja", "deels", "ja"]);
    expect(t.items[1]!.unanswered).toBe(1);
    expect(t.items.map((i) => i.number)).toEqual([2, 3, 1]);
    expect(t.total).toBe(3);
    expect(t.items[2]!.members.map((m) => m.note)).toEqual([undefined, undefined, "Staat in het plan."]);
  });

  it("takes the group's choice over the proposal, and lists open questions of good practice once a member answered some", () => {
    const d = member("D", { "alpha.een": "ja", "alpha.praktijk": "nee", "beta.informeel": "nee" }, "d");
    const choices = emptyChoices("01-12-2026");
    choices.chosen.set("alpha.twee", "nee");
    choices.notes.set("alpha.twee", "Besproken op 3 december.");
    const t = tableOf([a, b, c, d], q, choices, label);
    expect(t.scope).toBe("all");
    const twee = t.items.find((i) => i.id === "alpha.twee")!;
    expect([twee.proposal, twee.answer, twee.note]).toEqual(["ja", "nee", "Besproken op 3 december."]);
    // Nobody answered gamma.een: open at the end. beta.informeel-details is closed by the group's "nee".
    expect(t.items.at(-1)!.id).toBe("gamma.een");
    expect(t.items.at(-1)!.part).toBe("none");
    expect(t.items.some((i) => i.id === "beta.informeel-details")).toBe(false);
  });

  it("keeps the files' bytes and the choices through storage, and reads back only what it knows", () => {
    const choices = emptyChoices("01-12-2026");
    choices.groupName = "Wmo-adviesraad";
    choices.chosen.set("alpha.twee", "nee");
    choices.notes.set("alpha.twee", "Tekst met <script>alert(1)</script> en 👍🏽");
    const saved = JSON.parse(JSON.stringify(toSavedSession([a, b], choices, new Date("2026-12-03T10:00:00Z"))));
    const back = fromSavedSession(saved, q, "02-12-2026")!;
    expect(back.members.map((m) => [m.file, new TextDecoder().decode(m.bytes)])).toEqual([
      ["A.yaml", "A"],
      ["B.yaml", "B"],
    ]);
    expect(back.choices.groupName).toBe("Wmo-adviesraad");
    expect([...back.choices.chosen]).toEqual([["alpha.twee", "nee"]]);
    expect(back.choices.notes.get("alpha.twee")).toBe("Tekst met <script>alert(1)</script> en 👍🏽");
    expect(back.savedAt).toBe("2026-12-03T10:00:00.000Z");

    const hostile = {
      ...saved,
      members: [{ file: "x.yaml", base64: "%%%" }, { file: 3 }, "nonsense"],
      role: "koning",
      chosen: { "alpha.twee": "misschien", "onbekend.id": "ja", __proto__: { "alpha.een": "ja" } },
      notes: { "alpha.een": 42, "beta.een": "ok" },
    };
    const read = fromSavedSession(hostile, q, "02-12-2026")!;
    expect(read.members).toEqual([]);
    expect(read.choices.role).toBe("");
    expect([...read.choices.chosen]).toEqual([]);
    expect([...read.choices.notes]).toEqual([["beta.een", "ok"]]);
    expect(fromSavedSession({ format: 2, members: [] }, q, "")).toBeUndefined();
    expect(fromSavedSession("text", q, "")).toBeUndefined();
  });
});
