import { describe, expect, it } from "vitest";
import { Aggregator } from "../../src/score/aggregate.js";
import { DEFAULT_PAIR } from "../../src/score/aggregate-types.js";
import { groupCells, meanOf, share } from "../../src/score/counts.js";
import { exactScores, scoreAnswers } from "../../src/score/score-answers.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { VNG_ZELFTEST_2015_ROWS } from "../../src/model/questionnaire.js";
import { answerSet, mini } from "../helpers/fixtures.js";
import type { AnswerValue } from "../../src/model/vocabulary.js";

const q = mini();
const assess = (answers: Parameters<typeof answerSet>[0], over: Parameters<typeof answerSet>[1] = {}) =>
  scoreAnswers(q, answerSet(answers, over));
const itemIndex = (id: string) => q.items.findIndex((i) => i.id === id);
const total = (agg: Aggregator) => groupCells(agg.result().cells, q, () => "")[0]!.cell;

describe("Aggregator", () => {
  it("counts files per role and year (one cell each), verdicts, and means of scores", () => {
    const agg = new Aggregator(q);
    agg.add(assess({ "alpha.een": "ja", "alpha.twee": "ja", "beta.een": "ja" }, { date: "2024-03-01" })); // voldoet 100
    agg.add(
      assess(
        { "alpha.een": "nee", "alpha.twee": "ja", "beta.een": "ja" },
        { respondent: { role: "adviesraad" }, date: "2025-01-01" },
      ),
    ); // 80
    agg.addInvalid(
      "kapot.yaml",
      [
        { code: "YAML_SYNTAX", file: "kapot.yaml", line: 3, column: 5, params: { detail: "x" } },
        { code: "UNKNOWN_ITEM", file: "kapot.yaml", params: {} },
      ],
      { municipality: " Ergens ", role: "gemeente" },
    );
    const r = agg.result();
    expect(r.files).toEqual({ total: 3, valid: 2, invalid: 1 });
    expect(r.cells.map((c) => `${c.role} ${c.year} ${c.n}`)).toEqual(["gemeente 2024 1", "adviesraad 2025 1"]);
    const all = total(agg);
    expect(all.verdicts).toEqual({ voldoet: 1, deels: 0, onbekend: 0, "voldoet-niet": 1 });
    expect(meanOf(all.score)).toBe(90);
    // An invalid file keeps what could be read of it.
    expect(r.invalid).toEqual([
      {
        file: "kapot.yaml",
        code: "YAML_SYNTAX",
        params: { detail: "x" },
        line: 3,
        column: 5,
        problems: 2,
        municipality: "Ergens",
        role: "gemeente",
      },
    ]);
  });

  it("per theme verdict counts and per item answer counts", () => {
    const agg = new Aggregator(q);
    agg.add(assess({ "alpha.een": "deels", "beta.informeel": "nee", "beta.informeel-details": "ja" }));
    const all = total(agg);
    expect(all.themes[0]!.verdicts).toEqual({ voldoet: 0, deels: 0, onbekend: 1, "voldoet-niet": 0 });
    expect(meanOf(all.themes[0]!.score)).toBe(12.5);
    expect(all.items[itemIndex("alpha.een")]).toMatchObject({ deels: 1, onbeantwoord: 0 });
    expect(all.items[itemIndex("alpha.twee")]).toMatchObject({ onbeantwoord: 1 });
    expect(all.items[itemIndex("beta.informeel-details")]).toMatchObject({ "niet-van-toepassing": 1, ja: 0 });
  });

  it("counts good practice (score and answers) only over files where good practice was filled in", () => {
    const agg = new Aggregator(q);
    agg.add(assess({ "alpha.een": "ja" }));
    agg.add(assess({ "gamma.een": "ja" }));
    const all = total(agg);
    expect(all.n).toBe(2);
    expect(all.practiceFiles).toBe(1);
    expect(meanOf(all.practice)).toBe(50); // gamma.een (w2) ja, alpha.praktijk and beta.informeel unanswered: 2/4
    // alpha.praktijk: unanswered in the one file that filled in good practice; the other file does not count.
    const practice = all.items[itemIndex("alpha.praktijk")]!;
    expect(practice.onbeantwoord + practice.ja + practice.nee + practice.deels + practice["weet-niet"]).toBe(1);
  });

  it("groups municipalities by code where given, else case- and space-insensitively by name", () => {
    const agg = new Aggregator(q);
    agg.add(assess({ "alpha.een": "ja", "alpha.twee": "ja" }, { municipality: "De Bilt" }));
    agg.add(assess({ "alpha.een": "nee", "alpha.twee": "nee" }, { municipality: "de  bilt" }));
    agg.add(assess({}, { municipality: "Aa en Hunze" }));
    agg.add(assess({}, { municipality: "Den Bosch" }), { gemeentecode: "GM0796" });
    agg.add(assess({}, { municipality: "'s-Hertogenbosch" }), { gemeentecode: "GM0796" });
    const r = agg.result();
    expect(r.municipalities.map((m) => `${m.name}:${m.code ?? "-"}:${m.files}`)).toEqual([
      "'s-Hertogenbosch:GM0796:2",
      "Aa en Hunze:-:1",
      "De Bilt:-:2",
    ]);
    expect(r.municipalities[2]!.themes[0]).toEqual({ id: "alpha", meanScore: 50 });
  });

  it("pairs the first gemeente and adviesraad file (by path) of a municipality and year, with kappa per item", () => {
    const agg = new Aggregator(q, { pairs: [DEFAULT_PAIR] });
    const g = { respondent: { role: "gemeente" as const }, date: "2025-01-01" };
    const a = { respondent: { role: "adviesraad" as const }, date: "2025-06-01" };
    agg.add(assess({ "alpha.een": "ja", "alpha.twee": "ja" }, { ...g, municipality: "A" }), {}, "a-gemeente.yaml");
    agg.add(assess({ "alpha.een": "ja", "alpha.twee": "nee" }, { ...a, municipality: "A" }), {}, "a-raad.yaml");
    agg.add(assess({ "alpha.een": "nee", "alpha.twee": "nee" }, { ...g, municipality: "B" }), {}, "b-gemeente.yaml");
    agg.add(assess({ "alpha.een": "nee" }, { ...a, municipality: "B" }), {}, "b-raad.yaml");
    agg.add(assess({ "alpha.een": "ja" }, { ...a, municipality: "B" }), {}, "b-raad2.yaml"); // later by path: not used
    agg.add(assess({ "alpha.een": "ja" }, { ...g, municipality: "C" }), {}, "c-gemeente.yaml"); // no adviesraad: no pair
    const [pairs] = agg.result().pairs!;
    expect(pairs!.roles).toEqual(["gemeente", "adviesraad"]);
    expect(pairs!.count).toBe(2);
    const een = pairs!.items[itemIndex("alpha.een")]!;
    expect(een).toMatchObject({ n: 2, observed: 1, kappa: 1, weighted: { n: 2, kappa: 1 } });
    // alpha.twee: B's adviesraad did not answer it, so only A counts (1 pair, they differ).
    expect(pairs!.items[itemIndex("alpha.twee")]).toMatchObject({ n: 1, observed: 0 });
  });

  it("sets any two roles side by side, each pair asked for in its own order; weet niet only in the unweighted kappa", () => {
    const agg = new Aggregator(q, {
      pairs: [
        ["clientorganisatie", "gemeente"],
        ["gemeente", "adviesraad"],
      ],
    });
    const file = (role: "gemeente" | "adviesraad" | "clientorganisatie", municipality: string) => ({
      respondent: { role },
      municipality,
      date: "2025-03-01",
    });
    // Four municipalities with a gemeente and a cliëntorganisatie; one of them also with an adviesraad.
    const answers: [AnswerValue, AnswerValue][] = [
      ["ja", "ja"],
      ["ja", "deels"],
      ["nee", "nee"],
      ["weet-niet", "ja"],
    ];
    answers.forEach(([gemeente, client], k) => {
      agg.add(assess({ "alpha.een": gemeente }, file("gemeente", `M${k}`)), {}, `m${k}-g.yaml`);
      agg.add(assess({ "alpha.een": client }, file("clientorganisatie", `M${k}`)), {}, `m${k}-c.yaml`);
    });
    agg.add(assess({ "alpha.een": "ja" }, file("adviesraad", "M0")), {}, "m0-a.yaml");
    const [client, raad] = agg.result().pairs!;
    expect(client!.roles).toEqual(["clientorganisatie", "gemeente"]);
    expect(client!.count).toBe(4);
    const een = client!.items[itemIndex("alpha.een")]!;
    // All four pairs count for Cohen's kappa (weet niet a category), three for the weighted one.
    // Cohen: pₒ 2/4; margins client ja 2, deels 1, nee 1 / gemeente ja 2, nee 1, weet-niet 1:
    // pₑ = (2·2 + 1·1)/16 = 5/16; κ = (8/16 − 5/16)/(11/16) = 3/11.
    expect(een.n).toBe(4);
    expect(een.observed).toBeCloseTo(0.5, 12);
    expect(een.kappa).toBeCloseTo(3 / 11, 12);
    // Weighted over (ja,ja), (deels,ja), (nee,nee) (client first): observed ½/3;
    // margins client ja 1, deels 1, nee 1 / gemeente ja 2, nee 1:
    // expected (1·1·1 + 1·2·½ + 1·1·½ + 1·2·1)/9 = 4.5/9; κ_w = 1 − (1/6)/(1/2) = 2/3.
    expect(een.weighted.n).toBe(3);
    expect(een.weighted.kappa).toBeCloseTo(2 / 3, 12);
    expect(raad!.roles).toEqual(["gemeente", "adviesraad"]);
    expect(raad!.count).toBe(1);
  });

  it("merges aggregates made apart into the same result in any order", () => {
    const files = [
      [assess({ "alpha.een": "ja" }, { municipality: "A", respondent: { role: "gemeente" } }), "1.yaml"],
      [assess({ "alpha.een": "nee" }, { municipality: "A", respondent: { role: "adviesraad" } }), "2.yaml"],
      [assess({ "gamma.een": "deels" }, { municipality: "B", date: "2023-01-01" }), "3.yaml"],
      [assess({ "alpha.twee": "weet-niet" }, { municipality: "a", respondent: { role: "adviesraad" } }), "0.yaml"],
    ] as const;
    const one = new Aggregator(q, { pairs: [DEFAULT_PAIR] });
    for (const [a, f] of files) one.add(a, {}, f);
    const left = new Aggregator(q, { pairs: [DEFAULT_PAIR] });
    const right = new Aggregator(q, { pairs: [DEFAULT_PAIR] });
    files.forEach(([a, f], k) => {
      (k % 2 === 0 ? right : left).add(a, {}, f);
    });
    const merged = new Aggregator(q, { pairs: [DEFAULT_PAIR] });
    merged.merge(left.state());
    merged.merge(right.state());
    expect(merged.result()).toEqual(one.result());
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

describe("Aggregator panel", () => {
  const full = loadQuestionnaire("clientondersteuning-wmo2015");
  const rows = VNG_ZELFTEST_2015_ROWS;
  /** A file answering `ja` to the first `k` of the 15 rows of the VNG zelftest and `nee` to the rest. */
  const file = (k: number, over: Parameters<typeof answerSet>[1] = {}) =>
    scoreAnswers(
      full,
      answerSet(Object.fromEntries(rows.map((id, i) => [id, i < k ? "ja" : "nee"])), {
        questionnaire: full.id,
        version: full.version,
        municipality: "Groningen",
        ...over,
      }),
    );

  it("has the mean of the files' unrounded scores, not of their scores to one decimal", () => {
    const agg = new Aggregator(full, { panel: true });
    // 7 of 15: 46.666… (46.7 to one decimal) each; the mean of three is 46.6667, not 46.7.
    for (let i = 0; i < 3; i += 1) agg.add(file(7), { gemeentecode: "GM0014" }, `g${i}.yaml`);
    // 1 of 15 and 2 of 15: 6.666… and 13.333… (6.7 and 13.3): mean 10 exactly.
    agg.add(file(1, { respondent: { role: "adviesraad" } }), { gemeentecode: "GM0014" }, "a1.yaml");
    agg.add(file(2, { respondent: { role: "adviesraad" } }), {}, "a2.yaml"); // no code: joins GM0014 by name
    const panel = agg.result().panel!;
    expect(panel.map((r) => [r.municipality, r.code, r.year, r.role, r.files])).toEqual([
      ["Groningen", "GM0014", "2025", "gemeente", 3],
      ["Groningen", "GM0014", "2025", "adviesraad", 2],
    ]);
    expect(panel[0]!.meanScore).toBe(46.6667);
    expect(panel[0]!.verdicts).toEqual({ voldoet: 0, deels: 0, onbekend: 0, "voldoet-niet": 3 });
    expect(panel[1]!.meanScore).toBe(10);
    expect(panel[0]!.practiceFiles).toBe(0);
    expect(panel[0]!.meanPracticeScore).toBeNull();
    // Per theme: the first theme's rows (beleidsplan) are the first two; 7 of 15 answers both ja.
    expect(panel[0]!.themes[0]).toBe(100);
  });

  it("a name that sorts before the codes ('s-Hertogenbosch: ' before G) joins its code group, which keeps its code, in the panel and the municipalities", () => {
    const agg = new Aggregator(full, { panel: true });
    const bosch = { municipality: "'s-Hertogenbosch" };
    agg.add(file(7, bosch), { gemeentecode: "GM0796" }, "g.yaml");
    agg.add(file(2, { ...bosch, respondent: { role: "adviesraad" } }), {}, "a.yaml"); // no code: joins GM0796
    agg.add(file(3, { municipality: "Utrecht" }), { gemeentecode: "GM0344" }, "u.yaml");
    agg.add(file(4, { municipality: "Utrecht", respondent: { role: "adviesraad" } }), {}, "v.yaml");
    const r = agg.result();
    expect(r.panel!.map((p) => [p.municipality, p.code, p.role, p.files])).toEqual([
      ["'s-Hertogenbosch", "GM0796", "gemeente", 1],
      ["'s-Hertogenbosch", "GM0796", "adviesraad", 1],
      ["Utrecht", "GM0344", "gemeente", 1],
      ["Utrecht", "GM0344", "adviesraad", 1],
    ]);
    expect(r.municipalities.map((m) => [m.name, m.code, m.files])).toEqual([
      ["'s-Hertogenbosch", "GM0796", 2],
      ["Utrecht", "GM0344", 2],
    ]);
    expect(r.grouping.joined).toBe(2);
  });

  it("merges aggregates made apart into the same panel in any order", () => {
    const files = [0, 3, 7, 11, 15].map((k, i) =>
      file(k, { respondent: { role: i % 2 === 0 ? "gemeente" : "adviesraad" }, date: `${2015 + (i % 2)}-01-01` }),
    );
    const one = new Aggregator(full, { panel: true });
    files.forEach((a, i) => {
      one.add(a, {}, `${i}.yaml`);
    });
    const left = new Aggregator(full, { panel: true });
    const right = new Aggregator(full, { panel: true });
    files.forEach((a, i) => {
      (i % 2 === 0 ? right : left).add(a, {}, `${i}.yaml`);
    });
    const merged = new Aggregator(full, { panel: true });
    merged.merge(right.state());
    merged.merge(left.state());
    expect(merged.result().panel).toEqual(one.result().panel);
    expect(new Aggregator(full).result().panel).toBeNull();
  });
});

describe("exactScores", () => {
  it("rounded to one decimal is the assessment's score, overall and per theme", () => {
    const full = loadQuestionnaire("clientondersteuning-wmo2015");
    for (let k = 0; k <= 15; k += 1) {
      const a = scoreAnswers(
        full,
        answerSet(
          Object.fromEntries(
            full.items.map((item, i) => [item.id, ["ja", "deels", "nee", "weet-niet"][(i * k) % 4] as AnswerValue]),
          ),
          { questionnaire: full.id, version: full.version },
        ),
      );
      const exact = exactScores(full, a);
      const one = (x: number | null) => (x === null ? null : Math.round(x * 10 + 1e-9) / 10);
      expect(one(exact.score)).toBe(a.score);
      expect(one(exact.lawScore)).toBe(a.lawScore);
      expect(one(exact.practiceScore)).toBe(a.practiceScore);
      expect(exact.themes.map(one)).toEqual(a.themes.map((t) => t.score));
    }
  });

  it("fails on an assessment scored against another questionnaire instead of counting its themes as empty", () => {
    const full = loadQuestionnaire("clientondersteuning-wmo2015");
    const a = scoreAnswers(
      full,
      answerSet(Object.fromEntries(full.items.map((item) => [item.id, "ja" as AnswerValue])), {
        questionnaire: full.id,
        version: full.version,
      }),
    );
    const [first, second, ...rest] = a.themes;
    // A theme out of its place, an item out of its place, a theme missing: each is a mistake, not an empty theme.
    expect(() => exactScores(full, { ...a, themes: [second!, first!, ...rest] })).toThrow(/not scored against/);
    const swapped = { ...first!, items: [...first!.items].reverse() };
    expect(() => exactScores(full, { ...a, themes: [swapped, second!, ...rest] })).toThrow(/item/);
    expect(() => exactScores(full, { ...a, themes: a.themes.slice(1) })).toThrow(/themes/);
    // Scored against a smaller questionnaire: the full one's items are not all there.
    const small = mini();
    const other = scoreAnswers(small, answerSet({}, { questionnaire: small.id, version: small.version }));
    expect(() => exactScores(full, other)).toThrow(/not scored against clientondersteuning-wmo2015/);
  });
});
