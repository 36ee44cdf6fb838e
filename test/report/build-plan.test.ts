// The plan van aanpak: legal gaps first and recognisable. Every action says whether it meets a
// legal requirement (with its article) or is good practice; legal actions come first in every
// package; a package's priority follows from its legal items alone.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { articleLabel, buildPlan } from "../../src/report/build-plan.js";
import { scoreAnswers } from "../../src/score/score-answers.js";
import { ROOT } from "../helpers/fixtures.js";

const example = (name: string) => join(ROOT, "examples", name);

function planOf(file: string, lang: "nl" | "en" = "nl") {
  const { answers, questionnaire } = loadAnswerFile(example(file));
  const assessment = scoreAnswers(questionnaire, answers);
  const status = new Map(assessment.themes.flatMap((th) => th.items.map((r) => [r.id, r.status])));
  const item = new Map(questionnaire.items.map((i) => [i.id, i]));
  return { plan: buildPlan(assessment, questionnaire, lang, true), status, item };
}

describe("articleLabel", () => {
  it("puts the article before the law, and several of one law share its name", () => {
    expect(articleLabel(["Wmo 2015, art. 2.3.2 lid 3"], "nl")).toBe("art. 2.3.2 lid 3 Wmo 2015");
    expect(articleLabel(["Wmo 2015, art. 1.1.1", "Wmo 2015, art. 2.3.2 lid 3", "Wmo 2015, art. 1.1.1"], "nl")).toBe(
      "art. 1.1.1 en art. 2.3.2 lid 3 Wmo 2015",
    );
    expect(articleLabel(["Wmo 2015, art. 1.1.1", "Wmo 2015, art. 2.3.2 lid 3"], "en")).toBe(
      "art. 1.1.1 and art. 2.3.2 lid 3 Wmo 2015",
    );
    expect(articleLabel(["Wmo 2015, art. 1.1.1", "Jeugdwet, art. 2.1"], "nl")).toBe(
      "art. 1.1.1 Wmo 2015; art. 2.1 Jeugdwet",
    );
    expect(articleLabel(["Verordening artikel 4"], "en")).toBe("Verordening artikel 4");
  });
});

describe("the plan van aanpak", () => {
  const { plan, status, item } = planOf("gemeente-rijssen-holten-2015.yaml");

  it("marks every action: what it rests on (Wet or VNG-zelftest) with its article, or good practice", () => {
    for (const row of plan)
      for (const a of row.actions) {
        const levels = a.questions.map((q) => item.get(q.id)!.level);
        expect(a.legal).toBe(levels.includes("wettelijk"));
        if (a.legal) {
          const articles = a.questions.flatMap((q) => item.get(q.id)!.legal?.article ?? []);
          expect(articles.length).toBeGreaterThan(0);
          // One citation builder (messages/legal.ts): each kind named, the law's own text first.
          expect(a.kindLabel).toMatch(/^(Wet \(art\. .*\)|VNG-zelftest \(lezing van art\. .*\))$/);
          const kinds = a.questions.flatMap((q) => item.get(q.id)!.legal?.kind ?? []);
          expect(a.kindLabel.startsWith("Wet (")).toBe(kinds.includes("wet"));
          expect(a.kindLabel.includes("VNG-zelftest (lezing van")).toBe(kinds.includes("vng"));
          for (const art of articles) expect(a.article).toContain(art.replace(/^Wmo 2015, /, ""));
          expect(a.article).toMatch(/^art\. .* Wmo 2015$/);
        } else {
          expect(a.kindLabel).toBe("Goede praktijk");
          expect(a.article).toBe("");
        }
      }
    // The example has both kinds, so the checks above are not empty.
    expect(plan.flatMap((r) => r.actions).filter((a) => a.legal).length).toBeGreaterThan(3);
    expect(plan.flatMap((r) => r.actions).filter((a) => !a.legal).length).toBeGreaterThan(3);
  });

  it("puts the legal actions first in every package, and packages with a legal gap before the rest", () => {
    for (const row of plan) {
      const kinds = row.actions.map((a) => (a.legal ? 0 : 1));
      expect(kinds, row.id).toEqual([...kinds].sort());
      expect(row.items.map((i) => i.id).sort()).toEqual(
        row.actions.flatMap((a) => a.questions.map((q) => q.id)).sort(),
      );
    }
    const hasLegal = plan.map((row) => row.actions.some((a) => a.legal));
    expect(hasLegal).toEqual([...hasLegal].sort((a, b) => Number(b) - Number(a)));
    expect(hasLegal).toContain(false);
  });

  it("takes a package's priority from its legal items alone", () => {
    for (const row of plan) {
      const legal = row.items.filter((i) => item.get(i.id)!.level === "wettelijk").map((i) => status.get(i.id));
      const expected = legal.some((s) => s === "voldoet-niet" || s === "onbekend")
        ? "hoog"
        : legal.includes("deels")
          ? "middel"
          : "kans";
      expect(row.priority, row.id).toBe(expected);
      const practice = row.items.length - legal.length;
      expect(row.priorityNote).toBe(
        legal.length === 0
          ? "alleen goede praktijk"
          : `${legal.length} ${legal.length === 1 ? "eis" : "eisen"} uit wet of VNG-zelftest${practice > 0 ? `, ${practice} goede praktijk` : ""}`,
      );
    }
    // A package whose good practice is answered Nee stays at the priority of its legal items.
    expect(
      plan.some((row) => row.priority === "middel" && row.items.some((i) => status.get(i.id) === "voldoet-niet")),
    ).toBe(true);
  });

  it("speaks English with lang en", () => {
    const en = planOf("gemeente-rijssen-holten-2015.yaml", "en").plan;
    const labels = en.flatMap((r) => r.actions.map((a) => a.kindLabel));
    expect(labels).toContain("Good practice");
    expect(labels.some((l) => /^Law \(art\. .* Wmo 2015\)$/.test(l))).toBe(true);
    expect(labels.some((l) => /^VNG self-assessment \(reading of art\. .* Wmo 2015\)$/.test(l))).toBe(true);
    expect(en[0]!.priorityNote).toMatch(/^\d+ requirements? of the law or the VNG self-assessment/);
  });
});
