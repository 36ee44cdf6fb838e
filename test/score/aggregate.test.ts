import { describe, expect, it } from "vitest";
import { Aggregator, share } from "../../src/score/aggregate.js";
import { scoreAnswers } from "../../src/score/score-answers.js";
import { answerSet, mini } from "../helpers/fixtures.js";

const q = mini();
const assess = (answers: Parameters<typeof answerSet>[0], over: Parameters<typeof answerSet>[1] = {}) => scoreAnswers(q, answerSet(answers, over));

describe("Aggregator", () => {
  it("counts files, roles, years, verdicts, and means of scores", () => {
    const agg = new Aggregator(q);
    agg.add(assess({ "alpha.een": "ja", "alpha.twee": "ja", "beta.een": "ja" }, { date: "2024-03-01" })); // voldoet 100
    agg.add(assess({ "alpha.een": "nee", "alpha.twee": "ja", "beta.een": "ja" }, { respondent: { role: "adviesraad" }, date: "2025-01-01" })); // 80
    agg.addInvalid("kapot.yaml", [{ code: "YAML_SYNTAX", file: "kapot.yaml", line: 3, column: 5, params: { detail: "x" } }, { code: "UNKNOWN_ITEM", file: "kapot.yaml", params: {} }]);
    const r = agg.result();
    expect(r.files).toEqual({ total: 3, valid: 2, invalid: 1 });
    expect(r.byRole).toEqual([{ role: "gemeente", count: 1 }, { role: "adviesraad", count: 1 }]);
    expect(r.byYear).toEqual([{ year: "2024", count: 1 }, { year: "2025", count: 1 }]);
    expect(r.verdicts).toEqual({ voldoet: 1, deels: 0, onbekend: 0, "voldoet-niet": 1 });
    expect(r.meanScore).toBe(90);
    expect(r.invalid).toEqual([{ file: "kapot.yaml", code: "YAML_SYNTAX", params: { detail: "x" }, line: 3, column: 5, problems: 2 }]);
  });

  it("per theme verdict counts (only themes with legal items) and per item answer counts", () => {
    const agg = new Aggregator(q);
    agg.add(assess({ "alpha.een": "deels", "beta.informeel": "nee", "beta.informeel-details": "ja" }));
    const r = agg.result();
    expect(r.themes.map((t) => t.id)).toEqual(["alpha", "beta"]);
    expect(r.themes[0]).toMatchObject({ verdicts: { voldoet: 0, deels: 0, onbekend: 1, "voldoet-niet": 0 }, meanScore: 12.5 });
    const item = (id: string) => r.items.find((i) => i.id === id)!.answers;
    expect(item("alpha.een")).toMatchObject({ deels: 1, onbeantwoord: 0 });
    expect(item("alpha.twee")).toMatchObject({ onbeantwoord: 1 });
    expect(item("beta.informeel-details")).toMatchObject({ "niet-van-toepassing": 1, ja: 0 });
  });

  it("means good practice only over files where good practice was filled in", () => {
    const agg = new Aggregator(q);
    agg.add(assess({ "alpha.een": "ja" }));
    agg.add(assess({ "gamma.een": "ja" }));
    const r = agg.result();
    expect(r.practiceFiles).toBe(1);
    expect(r.meanPracticeScore).toBe(50); // gamma.een (w2) ja, alpha.praktijk and beta.informeel unanswered: 2/4
  });

  it("groups municipalities case- and space-insensitively, with a mean per theme", () => {
    const agg = new Aggregator(q);
    agg.add(assess({ "alpha.een": "ja", "alpha.twee": "ja" }, { municipality: "De Bilt" }));
    agg.add(assess({ "alpha.een": "nee", "alpha.twee": "nee" }, { municipality: "de  bilt" }));
    agg.add(assess({}, { municipality: "Aa en Hunze" }));
    const r = agg.result();
    expect(r.municipalities.map((m) => `${m.name}:${m.files}`)).toEqual(["Aa en Hunze:1", "De Bilt:2"]);
    expect(r.municipalities[1]!.themes[0]).toEqual({ id: "alpha", meanScore: 50 });
  });

  it("keeps respondent names only when asked", () => {
    const named = (opts: { includeNames?: boolean }) => {
      const agg = new Aggregator(q, opts);
      agg.add(assess({}, { respondent: { role: "gemeente", name: "Jan" } }));
      return agg.result();
    };
    expect(named({}).names).toBeUndefined();
    expect(JSON.stringify(named({}))).not.toContain("Jan");
    expect(named({ includeNames: true }).names).toEqual(["Jan"]);
  });

  it("share is a percentage with one decimal, 0 of nothing", () => {
    expect(share(1, 3)).toBe(33.3);
    expect(share(2, 3)).toBe(66.7);
    expect(share(0, 0)).toBe(0);
  });
});
