// The glossary helper: which terms occur in a text, matched as words, longest first.
import { describe, expect, it } from "vitest";
import { findGlossaryTerms, glossaryTermsIn } from "../../src/model/glossary.js";
import type { GlossaryEntry } from "../../src/model/questionnaire.js";
import { fixture, questionnaireFromFile } from "../helpers/fixtures.js";

const { glossary } = questionnaireFromFile(fixture("questionnaires", "strict.yaml"));
const terms = (text: string, lang = "nl") =>
  findGlossaryTerms(text, glossary, lang).map((m) => `${m.entry.term.nl}@${m.index}:${m.text}`);

describe("findGlossaryTerms", () => {
  it("finds a term case-insensitively, with a plural ending, in text order", () => {
    expect(terms("Wijkteams en een voorziening.")).toEqual(["wijkteam@0:Wijkteams", "voorziening@17:voorziening"]);
  });

  it("finds the Dutch plural that doubles the last consonant, and only after a single short vowel", () => {
    const words: GlossaryEntry[] = ["werkproces", "voortgangsgesprek", "protocol", "statuut"].map((t) => ({
      term: { nl: t },
      definition: { nl: "Uitleg." },
    }));
    const found = (text: string) => findGlossaryTerms(text, words, "nl").map((m) => m.text);
    expect(found("Werkprocessen, voortgangsgesprekken en protocollen.")).toEqual([
      "Werkprocessen",
      "voortgangsgesprekken",
      "protocollen",
    ]);
    // "statuut" has a long vowel: its plural is "statuten", not "statuutten"; a wrong doubling is no match.
    expect(found("statuutten")).toEqual([]);
  });

  it("prefers the longest of overlapping terms and ignores a term inside a longer word", () => {
    expect(terms("Een algemene  voorziening, geen maatwerkvoorziening.")).toEqual([
      "algemene voorziening@4:algemene  voorziening",
    ]);
    expect(terms("wijkteamleden en wijkteam-overleg")).toEqual(["wijkteam@17:wijkteam"]);
  });

  it("matches the term in the language asked for, falling back to the default", () => {
    expect(findGlossaryTerms("The neighbourhood teams meet.", glossary, "en").map((m) => m.text)).toEqual([
      "neighbourhood teams",
    ]);
    const onlyDutch: GlossaryEntry[] = [{ term: { nl: "pgb" }, definition: { nl: "Persoonsgebonden budget." } }];
    expect(findGlossaryTerms("A pgb.", onlyDutch, "en", "nl").map((m) => m.text)).toEqual(["pgb"]);
    expect(findGlossaryTerms("A pgb.", onlyDutch, "en")).toEqual([]);
  });

  it("treats regular-expression characters in a term as plain text", () => {
    const odd: GlossaryEntry[] = [{ term: { nl: "Wmo (2015)" }, definition: { nl: "De wet." } }];
    expect(findGlossaryTerms("De Wmo (2015) geldt.", odd, "nl").map((m) => m.text)).toEqual(["Wmo (2015)"]);
    expect(findGlossaryTerms("De Wmo 2015 geldt.", odd, "nl")).toEqual([]);
  });

  it("is safe to call again on the same text (no regular-expression state left behind)", () => {
    expect(terms("wijkteam")).toEqual(terms("wijkteam"));
  });
});

describe("glossaryTermsIn", () => {
  it("lists each entry used in any of the texts once, in glossary order", () => {
    const used = glossaryTermsIn(["Een voorziening.", "Het wijkteam en nog een wijkteam."], glossary, "nl");
    expect(used.map((e) => e.term.nl)).toEqual(["wijkteam", "voorziening"]);
    expect(glossaryTermsIn("Niets hier.", glossary, "nl")).toEqual([]);
  });
});
