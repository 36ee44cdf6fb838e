// The form's state (src/form/state.ts) without a browser: answers, notes, scope and the change count.
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/form/draft.js";
import { FormState } from "../../src/form/state.js";
import { mini } from "../helpers/fixtures.js";

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
