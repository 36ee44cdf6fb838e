// The form's state (src/form/state.ts) without a browser: answers, notes, scope and the change count.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readAnswerFile } from "../../src/form/answer-file.js";
import { draftFromSaved, emptyDraft, fromAnswerSet, restoreSaved } from "../../src/form/draft.js";
import { FormState } from "../../src/form/state.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { parseAnswers } from "../../src/load/parse-answers.js";
import { SourceDocument } from "../../src/load/source-document.js";
import { serializeAnswers } from "../../src/load/write-answers.js";
import { fixture, mini } from "../helpers/fixtures.js";

const filled = () => {
  const s = new FormState(mini(), emptyDraft("01-09-2025"));
  Object.assign(s.draft, { municipality: "Testgemeente", role: "gemeente" });
  return s;
};

describe("FormState", () => {
  it("counts a change once per question, and starts again after a download", () => {
    const s = filled();
    s.setAnswer("alpha.een", { answer: "ja" });
    s.setAnswer("alpha.een", { answer: "nee" });
    s.setText("alpha.een", "note", "toelichting");
    s.markChanged("alpha.een");
    s.setAnswer("alpha.twee", { answer: "deels" });
    expect(s.changeCount()).toBe(2);
    s.resetChanges();
    expect(s.changeCount()).toBe(0);
  });

  it("keeps a note and a source with the answer; empty text removes them", () => {
    const s = filled();
    s.setAnswer("alpha.een", { answer: "ja" });
    s.setText("alpha.een", "note", "Zie het beleidsplan.");
    s.setText("alpha.een", "evidence", "Beleidsplan 2024");
    expect(s.draft.answers.get("alpha.een")).toEqual({
      answer: "ja",
      note: "Zie het beleidsplan.",
      evidence: "Beleidsplan 2024",
    });
    s.setText("alpha.een", "note", "  ");
    expect(s.draft.answers.get("alpha.een")).toEqual({ answer: "ja", evidence: "Beleidsplan 2024" });
  });

  it("follows a new scope with the flow and the paper questionnaire; the same scope changes nothing", () => {
    const s = filled();
    const legal = s.flow.total;
    expect(s.setScope("legal")).toBe(false);
    expect(s.setScope("all")).toBe(true);
    expect(s.flow.total).toBeGreaterThan(legal);
    expect(s.paperScope).toBe("all");
  });

  it("continues at the first open question, else the overview; an answer set only once the details are known", () => {
    const s = new FormState(mini(), emptyDraft("01-09-2025"));
    expect(s.answerSet()).toBeUndefined();
    Object.assign(s.draft, { municipality: "Testgemeente", role: "gemeente" });
    expect(s.answerSet()?.date).toBe("2025-09-01");
    expect(s.continueAt()).toEqual({ step: "question", id: "alpha.een" });
    for (const fi of s.flow.items) s.setAnswer(fi.item.id, { answer: "ja" });
    expect(s.continueAt()).toEqual({ step: "overview" });
  });
});

describe("FormState: nothing typed is lost (issue 21)", () => {
  it("defect 3: a note typed before the answer waits for it and goes with it", () => {
    const s = filled();
    s.setText("alpha.een", "note", "Eerst uitleggen");
    s.setText("alpha.een", "evidence", "Beleidsplan");
    expect(s.draft.answers.has("alpha.een")).toBe(false);
    expect(s.textOf("alpha.een")).toEqual({ note: "Eerst uitleggen", evidence: "Beleidsplan" });
    s.setAnswer("alpha.een", { answer: "deels" });
    expect(s.draft.answers.get("alpha.een")).toEqual({
      answer: "deels",
      note: "Eerst uitleggen",
      evidence: "Beleidsplan",
    });
    expect(s.draft.pending.size).toBe(0);
  });

  it("defect 4: texts longer than an answer file allows are named, with their question", () => {
    const s = filled();
    s.setAnswer("alpha.een", { answer: "ja", note: "x".repeat(20_001) });
    s.draft.name = "n".repeat(201);
    expect(s.overLimit()).toEqual([
      { field: "name", length: 201, limit: 200 },
      { field: "note", id: "alpha.een", length: 20_001, limit: 20_000 },
    ]);
  });

  it("never counts more changes than there are questions (a count from an older page)", () => {
    const s = new FormState(mini(), emptyDraft("01-09-2025"), { changesSinceDownload: 88 });
    expect(s.changeCount()).toBe(mini().items.length);
  });

  it("defect 7: takes another tab's answers, keeps its own unwritten one, and keeps both notes where both wrote", () => {
    const q = mini();
    const other = filled();
    other.setAnswer("alpha.twee", { answer: "nee", note: "TAB2" });
    other.setAnswer("alpha.een", { answer: "ja", note: "van tab 2" });
    const theirs = other.toSaved(new Date(0), 5);
    const mine = filled();
    mine.setAnswer("alpha.een", { answer: "deels", note: "van tab 1" });
    expect(mine.takeFromOtherTab(theirs)).toBe(true);
    expect(mine.draft.answers.get("alpha.twee")).toEqual({ answer: "nee", note: "TAB2" });
    expect(mine.draft.answers.get("alpha.een")).toEqual({ answer: "deels", note: "van tab 1\n\nvan tab 2" });
    // An older or equal revision changes nothing.
    expect(mine.takeFromOtherTab(theirs)).toBe(false);
    expect(mine.toSaved(new Date(0), 6).revision).toBe(7);
    expect(q.items.length).toBeGreaterThan(0);
  });
});

describe("FormState: a group answer opened in Invullen keeps its group, votes and dissent (issue 19)", () => {
  const q = loadQuestionnaire();
  const bytes = readFileSync(fixture("answers", "valid", "group.yaml"));
  const opened = () => {
    const read = readAnswerFile(bytes, "groep.yaml", q, 1_000_000);
    if (!read.ok) throw new Error(read.problems.map((p) => p.code).join(", "));
    return read.answers;
  };
  const reopen = (s: FormState) => {
    // Through the browser's copy (a reload, another tab): stored as JSON, read back as untrusted input.
    const saved = restoreSaved(JSON.parse(JSON.stringify(s.toSaved(new Date(0)))), q)!;
    return new FormState(q, draftFromSaved(saved), saved);
  };
  const reparse = (s: FormState) => {
    const text = serializeAnswers(s.answerSet()!, q);
    return parseAnswers(SourceDocument.parse(text, "groep.yaml"), q);
  };
  const G = "toegankelijkheid.gratis";

  it("downloads the group file again with everything it had, also after a reload", () => {
    const a = opened();
    const s = new FormState(q, fromAnswerSet(a, "legal"));
    for (const state of [s, reopen(s), reopen(reopen(s))]) {
      const back = reparse(state);
      expect(back.group).toEqual(a.group);
      expect(back.gemeentecode).toBe("GM1742");
      expect(Object.fromEntries(back.answers)).toEqual(Object.fromEntries(a.answers));
    }
  });

  it("a changed answer keeps the votes, and dissent follows it; the file stays valid after a reload", () => {
    const s = new FormState(q, fromAnswerSet(opened(), "legal"));
    s.setAnswer(G, { ...s.textOf(G), answer: "weet-niet" });
    const expected = {
      answer: "weet-niet",
      note: "A. de Vries: Staat in de verordening.\n\nB. Bakker: Nooit van gehoord.",
      votes: { ja: 1, "weet-niet": 1 },
      dissent: [{ member: 1, name: "A. de Vries", answer: "ja" }],
    };
    expect(s.draft.answers.get(G)).toEqual(expected);
    const back = reparse(reopen(s));
    expect(back.answers.get(G)).toEqual(expected);
    expect(back.group?.members).toHaveLength(2);
  });

  it("takes back from the browser only a group that is whole, and votes and dissent only with it", () => {
    const s = new FormState(q, fromAnswerSet(opened(), "legal"));
    const saved = JSON.parse(JSON.stringify(s.toSaved(new Date(0))));
    const broken = structuredClone(saved);
    broken.draft.extra.group.members[0].sha256 = "not a hash";
    const r = restoreSaved(broken, q)!;
    expect(r.draft.extra.group).toBeUndefined();
    expect(r.draft.answers[G]).toEqual({ answer: "ja", note: "A. de Vries: Staat in de verordening." });
    const hostile = structuredClone(saved);
    hostile.draft.answers[G].votes = { ja: 5, __proto__: 1 };
    hostile.draft.answers[G].dissent = [{ member: 9, answer: "nee" }, { member: 2, answer: "Nee" }, "x"];
    const h = restoreSaved(hostile, q)!;
    expect(h.draft.answers[G]).toEqual({ answer: "ja", note: "A. de Vries: Staat in de verordening." });
  });
});
