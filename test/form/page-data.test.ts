// The questionnaire as the form's page carries it (form/page-data.ts): smaller than the model (one
// language per text, every item once), and read back into the same questionnaire for the page.
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { localize } from "../../src/model/questionnaire.js";
import type { LocalizedText, Questionnaire } from "../../src/model/questionnaire.js";
import { pageDataJson, questionnaireFromJson, questionnaireJson } from "../../src/form/page-data.js";
import { mini } from "../helpers/fixtures.js";

/** Every localized text in a value, with where it is ("themes.0.items.3.question"). */
function texts(v: unknown, q: Questionnaire, at = ""): [string, LocalizedText][] {
  const languages = new Set(q.languages);
  if (Array.isArray(v)) return v.flatMap((x, k) => texts(x, q, `${at}.${k}`));
  if (v instanceof Map) return texts([...v.values()], q, at);
  if (v && typeof v === "object") {
    const entries = Object.entries(v);
    if (entries.length > 0 && entries.every(([k, x]) => languages.has(k) && typeof x === "string"))
      return [[at, v as LocalizedText]];
    return entries.flatMap(([k, x]) => texts(x, q, `${at}.${k}`));
  }
  return [];
}

describe("the questionnaire in the form's page", () => {
  for (const [name, q] of [
    ["built-in", loadQuestionnaire("clientondersteuning-wmo2015")],
    ["mini", mini()],
  ] as const) {
    for (const lang of ["nl", "en"] as const) {
      it(`${name}, ${lang}: every text reads as in the model, in one language; every item once`, () => {
        const json = questionnaireJson(q, lang);
        const back = questionnaireFromJson(JSON.parse(JSON.stringify(json)));
        const fallback = q.languages[0] ?? "nl";
        const before = texts({ ...q, sources: [], origin: "" }, q);
        const after = texts({ ...back, sources: [], origin: "" }, back);
        const model = new Map(before);
        expect(after.map(([at]) => at).sort()).toEqual([...model.keys()].sort());
        for (const [at, text] of after) {
          expect(Object.keys(text), at).toHaveLength(1);
          expect(localize(text, lang, fallback), at).toBe(localize(model.get(at)!, lang, fallback));
        }
        // The same items in the same themes, the same ids and conditions; no local path.
        expect(back.themes.map((th) => th.items.map((i) => i.id))).toEqual(
          q.themes.map((th) => th.items.map((i) => i.id)),
        );
        expect(back.items.map((i) => [i.id, i.theme, i.level, i.weight, i.when])).toEqual(
          q.items.map((i) => [i.id, i.theme, i.level, i.weight, i.when]),
        );
        expect(back.themes[0]!.items[0]).toBe(back.items[0]);
        expect([...back.sources.keys()]).toEqual([...q.sources.keys()]);
        expect(back.origin).toBe(`formulier:${q.id}`);
        expect(JSON.stringify(json)).not.toContain(q.origin);
      });
    }
  }

  it("carries each text once: the English page is no larger than the Dutch one plus a margin", () => {
    const q = loadQuestionnaire("clientondersteuning-wmo2015");
    const size = (lang: "nl" | "en") =>
      pageDataJson({
        lang,
        toolVersion: "0",
        questionnaire: questionnaireJson(q, lang),
        limits: { answerFileBytes: 1 },
      }).length;
    expect(size("en")).toBeLessThan(size("nl") * 1.15);
    // No item text appears twice (once under items, not again under themes).
    const nl = pageDataJson({
      lang: "nl",
      toolVersion: "0",
      questionnaire: questionnaireJson(q, "nl"),
      limits: { answerFileBytes: 1 },
    });
    const question = localize(q.items[0]!.question, "nl", "nl");
    expect(nl.split(JSON.stringify(question).slice(1, -1)).length - 1).toBe(1);
  });
});
