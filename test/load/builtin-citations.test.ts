// The built-in questionnaire's legal content, held to the domain review of December 2026 (issue 20):
// every article it cites was read in the law's text, the duties the law puts as an act say what the
// answers mean, the wordings the review found wrong stay gone, and every jargon word is explained by
// the glossary where it is used (with the same matcher the form, the interview and the report use).
import { describe, expect, it } from "vitest";
import { builtinQuestionnaireIds, loadQuestionnaire } from "../../src/load/load-files.js";
import { findGlossaryTerms } from "../../src/model/glossary.js";
import type { LocalizedText, Questionnaire } from "../../src/model/questionnaire.js";

const q = loadQuestionnaire("clientondersteuning-wmo2015");

/** Every text of the questionnaire a reader sees, except the glossary's own definitions. */
function texts(questionnaire: Questionnaire, lang: string): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (value: unknown, where: string): void => {
    if (value === null || typeof value !== "object") return;
    if (value instanceof Map) {
      for (const [k, v] of value) walk(v, `${where}.${String(k)}`);
      return;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > 0 && keys.every((k) => questionnaire.languages.includes(k) && typeof record[k] === "string")) {
      const text = (record as LocalizedText)[lang];
      if (text) out.push({ where, text });
      return;
    }
    for (const k of keys) if (k !== "glossary") walk(record[k], `${where}.${k}`);
  };
  walk({ title: questionnaire.title, description: questionnaire.description }, "top");
  questionnaire.themes.forEach((t) => {
    walk({ title: t.title, summary: t.summary }, t.id);
    for (const item of t.items) walk(item, item.id);
  });
  for (const p of questionnaire.packages) walk(p, `package ${p.id}`);
  return out;
}

describe("every article the built-in questionnaire cites was read in the law's text", () => {
  // Read in the consolidated text of the Wmo 2015 in force on 1 January 2026 (wetten.overheid.nl,
  // BWBR0035362, the date in `lawText`), article, lid and onder. Citing another provision means
  // reading it first and adding it here, and to the table in docs/questionnaire-format.md.
  const READ = new Set([
    "1.1.1 lid 1",
    "2.1.1 lid 2",
    "2.1.2 lid 1",
    "2.1.2 lid 2 onder e",
    "2.1.2 lid 2 onder h",
    "2.1.2 lid 4 onder a",
    "2.1.2 lid 6",
    "2.1.3 lid 2",
    "2.1.3 lid 2 onder c",
    "2.1.3 lid 2 onder d",
    "2.1.3 lid 3",
    "2.1.4 lid 5",
    "2.2.4 lid 1",
    "2.2.4 lid 2",
    "2.3.2 lid 1",
    "2.3.2 lid 2",
    "2.3.2 lid 3",
    "2.3.9 lid 1",
    "2.3.9 lid 2",
    "2.5.1 lid 1",
    "2.5.3",
    "2.6.4 lid 1",
    "2.6.6 lid 1 onder a",
    "3.1 lid 2 onder c",
    "3.2 lid 1",
    "3.2 lid 1 onder a",
    "3.3 lid 1",
    "3.3 lid 2",
    "5.3.2 lid 1",
    "5.3.3 lid 1",
    "5.3.4 lid 1",
    "5.3.5 lid 1",
  ]);

  /**
   * The provisions one citation names: "art. 2.1.2 lid 1, lid 2 onder e" → ["2.1.2 lid 1",
   * "2.1.2 lid 2 onder e"]; English "paragraph 4, point a" reads as "lid 4 onder a". A citation runs
   * from "art." to the next "art.", or to the end of its clause.
   */
  function provisions(text: string): string[] {
    const found: string[] = [];
    for (const m of text.matchAll(/\bart\.\s*(\d+(?:\.\d+)*[a-z]?)/g)) {
      const rest = text.slice(m.index + m[0].length);
      const end = rest.search(/\bart\.|[;()'’]|\.(?:\s|$)|: /);
      const scope = (end < 0 ? rest : rest.slice(0, end)).replace(/\b(?:paragraphs?|leden)\b/g, "lid");
      const parts: string[] = [];
      for (const p of scope.matchAll(/\blid\s+(\d+)((?:\s*(?:,|en|and)\s*\d+)*)|\b(?:onder|point)\s+([a-z])\b/g)) {
        if (p[3]) {
          if (parts.length > 0) parts[parts.length - 1] += ` onder ${p[3]}`;
        } else {
          parts.push(`lid ${p[1]}`);
          for (const extra of (p[2] ?? "").matchAll(/\d+/g)) parts.push(`lid ${extra[0]}`);
        }
      }
      if (parts.length === 0) found.push(m[1]!);
      for (const part of parts) found.push(`${m[1]} ${part}`);
    }
    return found;
  }

  it("reads citations into provisions", () => {
    expect(provisions("Wmo 2015, art. 2.1.2 lid 1, lid 2 onder e")).toEqual(["2.1.2 lid 1", "2.1.2 lid 2 onder e"]);
    expect(provisions("Wmo 2015, art. 2.3.9 lid 2 jo. art. 2.3.2 lid 3")).toEqual(["2.3.9 lid 2", "2.3.2 lid 3"]);
    expect(provisions("see art. 2.1.2 paragraph 4, point a).")).toEqual(["2.1.2 lid 4 onder a"]);
    expect(provisions("art. 2.2.4 paragraphs 1 and 2 (x)")).toEqual(["2.2.4 lid 1", "2.2.4 lid 2"]);
    expect(provisions("art. 1.1.1. Dat lid 3")).toEqual(["1.1.1"]);
  });

  it("cites, in every article field, section and text, only provisions that were read", () => {
    const cited: { where: string; provision: string }[] = [];
    const add = (where: string, text: string) => {
      for (const provision of provisions(text)) cited.push({ where, provision });
    };
    for (const item of q.items) {
      if (item.legal) add(`${item.id} legal.article`, item.legal.article);
      for (const b of item.basis) {
        if (b.article) add(`${item.id} basis.article`, b.article);
        if (b.source === "wmo-2015") add(`${item.id} basis.section`, `art. ${b.section.replace(/^art\.\s*/, "")}`);
      }
    }
    for (const lang of q.languages) for (const t of texts(q, lang)) add(t.where, t.text);
    expect(cited.length).toBeGreaterThan(40);
    expect(cited.filter((c) => !READ.has(c.provision))).toEqual([]);
  });
});

describe("duties the law puts as an act say what the answers mean", () => {
  // The plan (art. 2.1.2) and the bylaw (art. 2.1.3) are documents the law requires; every other
  // duty at kind wet is an act (make support available, charge nothing, point people to it), so
  // "ja" and "deels" must describe the act and not a document (docs/answer-file.md).
  const acts = q.items.filter((i) => i.legal?.kind === "wet" && !/art\. 2\.1\.[23]\b/.test(i.legal.article));

  it("covers the acts among the rows: free of charge, the general facility, pointing people to support", () => {
    expect(acts.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        "toegankelijkheid.algemene-voorziening",
        "toegankelijkheid.gratis",
        "informatieplicht.voorafgaand-onderzoek",
      ]),
    );
  });

  it.each(acts.map((i) => [i.id, i] as const))("%s has its own ja, deels and nee", (_id, item) => {
    for (const answer of ["ja", "deels", "nee"] as const) {
      for (const lang of q.languages) expect(item.answerMeaning?.[answer]?.[lang]?.trim(), answer).toBeTruthy();
    }
    expect(item.answerMeaning?.ja?.nl).not.toMatch(/vastgelegd/);
  });
});

describe("wordings the domain review found wrong stay gone", () => {
  const dutch = texts(q, "nl");
  const english = texts(q, "en");
  it.each([
    [/vrij\s+toegankelijk|vrije\s+toegang/i, "the law says 'toegankelijk', without 'vrij'"],
    [/enige\s+uitgangspunt/i, "'enige' is the VNG's word, not the law's (unless attributed)"],
    [
      /v[óo]{1}[óo]?r\s+het\s+gesprek\s+met\s+de\s+gemeente|in\s+het\s+gesprek\s+zelf/i,
      "the law says 'voor het onderzoek'",
    ],
  ])("%s", (pattern, why) => {
    const hits = dutch.filter((t) => pattern.test(t.text) && !/VNG/.test(t.text));
    expect(hits, why).toEqual([]);
  });
  it("says 'free access' nowhere in English either", () => {
    expect(english.filter((t) => /freely accessible|free access/i.test(t.text))).toEqual([]);
  });
  it("defines a mantelzorger without 'lange tijd' and names Registerplein for the register", () => {
    const def = (term: string) => q.glossary.find((g) => g.term.nl === term)?.definition.nl ?? "";
    expect(def("mantelzorger")).not.toMatch(/lange\s+tijd/i);
    expect(def("BCMB")).toMatch(/Registerplein/);
  });
});

describe("every jargon word is in the glossary where it is used", () => {
  // Words a B1 reader may not know (the domain review of December 2026, finding 12, and the words
  // added since). Every standalone use in a Dutch text must be found by the glossary matcher, so the
  // form, the interview and the report show its definition there. A word inside a compound
  // ("werkprocesbeschrijving") is not checked: the matcher does not find terms inside words.
  const JARGON = [
    "aanbieder",
    "achtervang",
    "algemene voorziening",
    "BCMB",
    "beleidsplan",
    "beroepscode",
    "beschikking",
    "budgetplafond",
    "buitenkant-scan",
    "casusbespreking",
    "CEO",
    "cliëntvertegenwoordiger",
    "college",
    "convenant",
    "detachering",
    "dossier",
    "ervaringsdeskundige",
    "gespreksvoerder",
    "ggz",
    "herindicatie",
    "inkoop",
    "intervisie",
    "keukentafelgesprek",
    "kerngroep",
    "maatwerkvoorziening",
    "mandaat",
    "mantelzorger",
    "meldcode",
    "melding",
    "memorie van toelichting",
    "netwerkcoördinator",
    "onderzoek",
    "outreach",
    "persoonlijk plan",
    "prestatieveld",
    "protocol",
    "sociale kaart",
    "statuut",
    "toegang",
    "verordening",
    "voortgangsgesprek",
    "werkinstructie",
    "werkproces",
    "wijkteam",
    "Wkkgz",
    "Wlz",
    "zorgkantoor",
  ];
  // Where the glossary matcher finds a term in each text, worked out once.
  const dutch = texts(q, "nl").map((t) => ({ ...t, found: findGlossaryTerms(t.text, q.glossary, "nl") }));

  it.each(JARGON)("%s", (word) => {
    const stem = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    // The word with any plural or inflection ending (a wider net than the glossary's own endings).
    const use = new RegExp(`(?<![\\p{L}\\p{N}-])${stem}(?:[a-z]{0,3}|'s)(?![\\p{L}\\p{N}-])`, "giu");
    const unexplained: string[] = [];
    let uses = 0;
    for (const { where, text, found } of dutch) {
      for (const m of text.matchAll(use)) {
        // Inflections that make another word are not uses ("inkoopt" is a verb; "melding" is not "meldingsplicht").
        if (/^(?:inkoopt|onderzoekt|onderzoekers?|toegangs?)$/i.test(m[0]) && !/^toegang$/i.test(m[0])) continue;
        uses += 1;
        // Explained when a glossary match covers it (also a longer term: "professioneel statuut").
        const covered = found.some((f) => f.index <= m.index && m.index < f.index + f.text.length);
        if (!covered) unexplained.push(`${where}: "${m[0]}"`);
      }
    }
    expect(unexplained).toEqual([]);
    expect(uses, `${word} is never used: take it off the list`).toBeGreaterThan(0);
  });

  it("is a list of words the glossary defines", () => {
    expect(builtinQuestionnaireIds()).toContain(q.id);
    const defined = q.glossary.map((g) => g.term.nl?.toLowerCase());
    expect(JARGON.filter((w) => !defined.includes(w.toLowerCase()))).toEqual([]);
  });
});
