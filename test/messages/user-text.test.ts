// User text lives in src/messages/ (CONTRIBUTING.md): code elsewhere asks a catalogue for its words
// instead of choosing between a Dutch and an English string itself. This fails on a new
// `lang === "nl" ? "…" : "…"` outside messages/, the way an untranslated message would slip in, and
// on a Dutch and English text written side by side (`{ nl: "…", en: "…" }`, `L("…", "…")`), the way
// the research columns' labels once lived in report/ (issue 23).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Places that pick something other than words by language, with the reason. */
const ALLOWED: Record<string, string> = {
  "src/report/render-plan-csv.ts": "the CSV's delimiter and byte-order mark for Dutch Excel, not words",
};

/** A language test that picks between two values: `lang === "nl" ?`, `o.lang !== "en" ?`, `const nl = lang === "nl"`. */
const PICKS_BY_LANGUAGE = /\blang\s*[!=]==\s*["'](nl|en)["']/;

/** Words in both languages written in place: `{ nl: "…"`, `L("…", "…")`. */
const WORDS_SIDE_BY_SIDE = /\bnl:\s*["'`]|\bL\(\s*["'`]/;

/** A plural made by hand: `n === 1 ? "vraag" : "vragen"`. */
const OWN_PLURAL = /[\w)\]]\s*===\s*1\s*\?/;

describe("user text stays in src/messages/", () => {
  it("no code outside messages/ chooses its words by language", () => {
    const offenders = files(join(ROOT, "src"))
      .map((f) => relative(ROOT, f).split("\\").join("/"))
      .filter((f) => !f.startsWith("src/messages/") && !(f in ALLOWED))
      .filter((f) => PICKS_BY_LANGUAGE.test(readFileSync(join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the check finds such a choice (it can fail)", () => {
    expect('const s = o.lang === "nl" ? "codeboek" : "codebook";').toMatch(PICKS_BY_LANGUAGE);
    expect("const nl = lang === 'nl';").toMatch(PICKS_BY_LANGUAGE);
    expect("const t = CLI_TEXT[o.lang];").not.toMatch(PICKS_BY_LANGUAGE);
  });

  it("no code outside messages/ writes its words in both languages itself", () => {
    const offenders = files(join(ROOT, "src"))
      .map((f) => relative(ROOT, f).split("\\").join("/"))
      .filter((f) => !f.startsWith("src/messages/"))
      .filter((f) => WORDS_SIDE_BY_SIDE.test(readFileSync(join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the check finds words written side by side (it can fail)", () => {
    expect('label: L("Gemeente", "Municipality"),').toMatch(WORDS_SIDE_BY_SIDE);
    expect('const label = { nl: "ja", en: "yes" };').toMatch(WORDS_SIDE_BY_SIDE);
    expect("label: { nl: COLUMN_TEXT.nl.values[key], en: COLUMN_TEXT.en.values[key] },").not.toMatch(
      WORDS_SIDE_BY_SIDE,
    );
  });

  it("plurals go through messages/intl.ts (plural, count: Intl.PluralRules), not a test of n === 1 of their own", () => {
    const offenders = files(join(ROOT, "src", "messages"))
      .map((f) => relative(ROOT, f).split("\\").join("/"))
      .filter((f) => f !== "src/messages/intl.ts")
      .filter((f) => OWN_PLURAL.test(readFileSync(join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the check finds a plural of its own (it can fail)", () => {
    expect('questions: n === 1 ? "vraag" : "vragen"').toMatch(OWN_PLURAL);
    expect("const n1 = (n: number, one: string, many: string) => (n === 1 ? one : many);").toMatch(OWN_PLURAL);
    expect('count("nl", n, { one: "vraag", other: "vragen" })').not.toMatch(OWN_PLURAL);
  });

  it("every allowed place still exists and still needs its exception", () => {
    for (const f of Object.keys(ALLOWED)) expect(readFileSync(join(ROOT, f), "utf8"), f).toMatch(PICKS_BY_LANGUAGE);
  });
});
