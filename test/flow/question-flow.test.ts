import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createFlow, scopeOf, scopeSizes } from "../../src/flow/question-flow.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { parseQuestionnaire } from "../../src/load/parse-questionnaire.js";
import { SourceDocument } from "../../src/load/source-document.js";
import { ANSWER_VALUES } from "../../src/model/vocabulary.js";
import type { AnswerValue } from "../../src/model/vocabulary.js";
import { fixture, mini } from "../helpers/fixtures.js";

const given = (answers: Record<string, AnswerValue>) =>
  new Map(Object.entries(answers).map(([id, answer]) => [id, { answer }]));
const ids = (list: readonly { item: { id: string } }[] | undefined) => (list ?? []).map((x) => x.item.id);

/** mini with a second-level condition: beta.informeel-meer asks only when beta.informeel-details is ja. */
function nested() {
  const text = readFileSync(fixture("questionnaires", "mini.yaml"), "utf8").replace(
    "  - id: gamma\n",
    [
      "      - id: beta.informeel-meer",
      "        level: aanbeveling",
      "        when: { item: beta.informeel-details, answer: [ja] }",
      "        question: Vraag meer?",
      "        why: Omdat.",
      '        basis: [{ source: s1, section: "§1" }]',
      "        recommendations: { deels: Doe meer., nee: Doe iets., weet-niet: Zoek het uit. }",
      "        evidence: Een document.",
      "  - id: gamma\n",
    ].join("\n"),
  );
  return parseQuestionnaire(SourceDocument.parse(text, "nested.yaml"));
}

describe("the question flow", () => {
  it("legal scope: only the legal items, numbered in questionnaire order, only the themes that have them", () => {
    const flow = createFlow(mini(), "legal");
    expect(flow.items.map((fi) => `${fi.number} ${fi.item.id} t${fi.themeNumber}`)).toEqual([
      "1 alpha.een t1",
      "2 alpha.twee t1",
      "3 beta.een t2",
    ]);
    expect(flow.themes.map((th) => th.id)).toEqual(["alpha", "beta"]);
    expect(flow.total).toBe(3);
    expect(scopeSizes(mini())).toEqual({ legal: 3, all: 7 });
  });

  it("all: every item, conditional ones counted from the start, so the total and the numbers never change", () => {
    const flow = createFlow(mini(), "all");
    expect(flow.total).toBe(7);
    expect(flow.find("beta.informeel-details")?.number).toBe(6);
    expect(flow.find("gamma.een")).toMatchObject({ number: 7, themeNumber: 3 });
    // The condition waits, then opens: the question is asked, its number stays 6 of 7.
    expect(flow.state("beta.informeel-details", given({}))).toBe("waiting");
    expect(flow.state("beta.informeel-details", given({ "beta.informeel": "ja" }))).toBe("open");
    expect(flow.state("beta.informeel-details", given({ "beta.informeel": "nee" }))).toBe("closed");
    expect(
      flow.state("beta.informeel-details", given({ "beta.informeel": "deels", "beta.informeel-details": "ja" })),
    ).toBe("answered");
    expect(ids(flow.questions(given({ "beta.informeel": "ja" })))).toContain("beta.informeel-details");
    expect(ids(flow.questions(given({ "beta.informeel": "nee" })))).not.toContain("beta.informeel-details");
  });

  it("next and previous skip questions whose condition is not met; first unanswered is where to continue", () => {
    const flow = createFlow(mini(), "all");
    const no = given({
      "alpha.een": "ja",
      "alpha.twee": "ja",
      "alpha.praktijk": "ja",
      "beta.een": "ja",
      "beta.informeel": "nee",
    });
    expect(flow.next("beta.informeel", no)?.item.id).toBe("gamma.een");
    expect(flow.previous("gamma.een", no)?.item.id).toBe("beta.informeel");
    expect(flow.firstUnanswered(no)?.item.id).toBe("gamma.een");
    const yesMap = new Map([...no, ["beta.informeel", { answer: "ja" as const }]]);
    expect(flow.next("beta.informeel", yesMap)?.item.id).toBe("beta.informeel-details");
    expect(flow.firstUnanswered(yesMap)?.item.id).toBe("beta.informeel-details");
    expect(flow.previous("gamma.een", yesMap)?.item.id).toBe("beta.informeel-details");
    expect(flow.next("gamma.een", yesMap)).toBeUndefined();
    expect(flow.previous("alpha.een", yesMap)).toBeUndefined();
    expect(flow.firstUnanswered(given({}))?.item.id).toBe("alpha.een");
    // next from an answered question goes to the next one that applies, answered or not (to review on the way).
    expect(flow.next("alpha.een", no)?.item.id).toBe("alpha.twee");
  });

  it("progress: a waiting question is not done; a closed one is; complete when nothing is open or waiting", () => {
    const flow = createFlow(mini(), "all");
    expect(flow.progress(given({}))).toEqual({ total: 7, answered: 0, closed: 0, done: 0, complete: false });
    const most = {
      "alpha.een": "ja",
      "alpha.twee": "ja",
      "alpha.praktijk": "ja",
      "beta.een": "ja",
      "gamma.een": "nee",
    } as const;
    expect(flow.progress(given({ ...most, "beta.informeel": "nee" }))).toEqual({
      total: 7,
      answered: 6,
      closed: 1,
      done: 7,
      complete: true,
    });
    expect(flow.progress(given({ ...most, "beta.informeel": "ja" }))).toEqual({
      total: 7,
      answered: 6,
      closed: 0,
      done: 6,
      complete: false,
    });
    expect(flow.progress(given(most))).toMatchObject({ done: 5, complete: false });
  });

  it("a question closed by a closed question is closed too (nested conditions), and waits while the first one waits", () => {
    const flow = createFlow(nested(), "all");
    expect(flow.total).toBe(8);
    expect(flow.state("beta.informeel-meer", given({}))).toBe("waiting");
    expect(flow.state("beta.informeel-meer", given({ "beta.informeel": "ja" }))).toBe("waiting");
    expect(flow.state("beta.informeel-meer", given({ "beta.informeel": "nee" }))).toBe("closed");
    expect(flow.state("beta.informeel-meer", given({ "beta.informeel": "ja", "beta.informeel-details": "nee" }))).toBe(
      "closed",
    );
    expect(flow.state("beta.informeel-meer", given({ "beta.informeel": "ja", "beta.informeel-details": "ja" }))).toBe(
      "open",
    );
  });

  it("walking the flow as a person does, with any answers: numbers only go up, done only goes up, the total never moves", () => {
    for (const q of [mini(), nested(), loadQuestionnaire("clientondersteuning-wmo2015")]) {
      for (const scope of ["legal", "all"] as const) {
        const flow = createFlow(q, scope);
        fc.assert(
          fc.property(
            fc.array(fc.constantFrom(...ANSWER_VALUES), { minLength: q.items.length, maxLength: q.items.length }),
            (values) => {
              const answers = new Map<string, { answer: AnswerValue }>();
              let last = 0;
              let done = 0;
              for (let at = flow.firstUnanswered(answers); at; at = flow.next(at.item.id, answers)) {
                expect(at.number).toBeGreaterThan(last);
                last = at.number;
                answers.set(at.item.id, { answer: values[answers.size]! });
                const p = flow.progress(answers);
                expect(p.total).toBe(flow.total);
                expect(p.done).toBeGreaterThan(done);
                done = p.done;
              }
              expect(flow.progress(answers)).toMatchObject({ done: flow.total, complete: true });
              expect(flow.firstUnanswered(answers)).toBeUndefined();
            },
          ),
          { numRuns: 50 },
        );
      }
    }
  });

  it("the overview lists every question per theme with its state and answer", () => {
    const flow = createFlow(mini(), "all");
    const view = flow.overview(given({ "alpha.een": "ja", "beta.informeel": "nee" }));
    expect(view.map((t) => `${t.themeNumber} ${t.theme.id} ${t.answered}/${t.applicable}`)).toEqual([
      "1 alpha 1/3",
      "2 beta 1/2",
      "3 gamma 0/1",
    ]);
    expect(view[1]!.items.map((x) => `${x.number} ${x.item.id} ${x.state} ${x.answer ?? "-"}`)).toEqual([
      "4 beta.een open -",
      "5 beta.informeel answered nee",
      "6 beta.informeel-details closed -",
    ]);
  });

  it("the scope of answers being continued: all as soon as a good-practice item is answered", () => {
    const q = mini();
    expect(scopeOf(q, given({}))).toBe("legal");
    expect(scopeOf(q, given({ "alpha.een": "ja", "beta.een": "nee" }))).toBe("legal");
    expect(scopeOf(q, given({ "alpha.een": "ja", "gamma.een": "nee" }))).toBe("all");
  });

  it("the built-in questionnaire: every legal question (at least the 15 VNG rows); with good practice every item, the informal-care follow-ups counted", () => {
    const q = loadQuestionnaire("clientondersteuning-wmo2015");
    const legal = q.items.filter((i) => i.level === "wettelijk");
    expect(legal.filter((i) => i.legal?.vng2015)).toHaveLength(15);
    expect(createFlow(q, "legal").total).toBe(legal.length);
    const all = createFlow(q, "all");
    expect(all.total).toBe(q.items.length);
    expect(all.themes).toHaveLength(q.themes.length);
    const gate = all.find("samenspel.informeel-aanbod")!;
    const followUps = all.items.filter((fi) => fi.item.when?.item === gate.item.id);
    expect(followUps).toHaveLength(6);
    expect(all.progress(given({ [gate.item.id]: "nee" })).closed).toBe(6);
  });
});
