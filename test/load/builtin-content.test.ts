// The built-in questionnaire's content: complete, sourced, in both languages, in plain Dutch (B1),
// every legal row traced to its article, a way to check and an action for every item, a glossary
// for the jargon, nothing copied from the seeds, and versioned as semver requires
// (test/fixtures/questionnaire-versions.json records the ids of every released version; adding ids
// needs a new minor version there, removing or renaming needs a major).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnswerFile, loadQuestionnaire } from "../../src/load/load-files.js";
import { findGlossaryTerms } from "../../src/model/glossary.js";
import { type LocalizedText, VNG_ZELFTEST_2015_ROWS } from "../../src/model/questionnaire.js";
import { scoreAnswers } from "../../src/score/score-answers.js";
import { fixture, ROOT } from "../helpers/fixtures.js";

const q = loadQuestionnaire("clientondersteuning-wmo2015");
const practice = q.items.filter((i) => i.level === "aanbeveling");
const versions = JSON.parse(readFileSync(fixture("questionnaire-versions.json"), "utf8")) as Record<string, string[]>;
const texts = (lang: "nl" | "en") =>
  q.items.flatMap((i) =>
    [
      i.question,
      i.why,
      i.evidence,
      ...Object.values(i.recommendations),
      i.help,
      i.check,
      i.action,
      i.legal?.note,
      ...i.examples.map((e) => e.text),
    ]
      .filter((t): t is LocalizedText => t !== undefined)
      .map((t) => ({ id: i.id, text: t[lang] ?? "" })),
  );
/** Every text a reader sees: items, themes, packages, description (not the glossary's own definitions). */
const allTexts = (lang: "nl" | "en") => [
  ...texts(lang).map((t) => t.text),
  ...q.themes.flatMap((t) => [t.title[lang] ?? "", t.summary[lang] ?? ""]),
  ...q.packages.flatMap((p) => [p.title[lang] ?? "", p.moment[lang] ?? ""]),
  q.description?.[lang] ?? "",
];
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const sentencesOf = (t: string) => t.split(/(?<=[.?!])\s+/).filter((s) => s.trim() !== "");
const legal = q.items.filter((i) => i.level === "wettelijk");

describe("the built-in questionnaire's content", () => {
  it("has at least 40 good-practice items covering every area of the catalogue", () => {
    expect(practice.length).toBeGreaterThanOrEqual(40);
    const themes = new Set(practice.map((i) => i.theme));
    for (const area of [
      "diversiteit",
      "samenspel",
      "regie",
      "onafhankelijkheid",
      "afbakening",
      "lagen",
      "bekendheid",
      "outreach",
      "contractering",
      "monitoring",
      "klachten",
      "kwaliteit",
      "inspraak",
    ]) {
      expect(themes.has(area), area).toBe(true);
    }
    expect(practice.some((i) => i.id === "afbakening.wlz-aansluiting")).toBe(true);
  });

  it("every item is complete in Dutch and English, with a basis in a known source", () => {
    for (const lang of ["nl", "en"] as const) {
      for (const { id, text } of texts(lang)) expect(text.trim().length, `${id} (${lang})`).toBeGreaterThan(0);
    }
    for (const th of q.themes)
      for (const l of ["nl", "en"]) expect(th.title[l]?.trim() && th.summary[l]?.trim(), th.id).toBeTruthy();
    for (const item of q.items) {
      expect(item.basis.length, item.id).toBeGreaterThan(0);
      for (const b of [...item.basis, ...item.examples])
        expect(q.sources.has(b.source), `${item.id}: ${b.source}`).toBe(true);
    }
  });

  it("gives a practice example for most items (where the sources have one)", () => {
    // 1.2 added practice checks (what happens in practice) for which the seeds give no example.
    expect(q.items.filter((i) => i.examples.length > 0).length / q.items.length).toBeGreaterThan(0.65);
  });

  it("writes Dutch in short sentences (B1): on average under 18 words, none over 30", () => {
    const sentences = texts("nl").flatMap(({ id, text }) =>
      text.split(/(?<=[.?!])\s+/).map((s) => ({ id, words: s.split(/\s+/).length, s })),
    );
    const average = sentences.reduce((sum, x) => sum + x.words, 0) / sentences.length;
    expect(average).toBeLessThan(18);
    expect(sentences.filter((x) => x.words > 30).map((x) => `${x.id}: ${x.s}`)).toEqual([]);
  });

  it("uses conditions only on good-practice items, to spare the respondent", () => {
    const conditional = q.items.filter((i) => i.when);
    expect(conditional.length).toBeGreaterThan(0);
    for (const i of conditional) expect(i.level, i.id).toBe("aanbeveling");
  });

  it("is versioned as semver requires: the ids of this version are recorded, and no id of 1.x is gone", () => {
    expect(
      versions[q.version],
      `record the ids of version ${q.version} in questionnaire-versions.json (a minor bump for new ids)`,
    ).toBeDefined();
    expect(q.items.map((i) => i.id)).toEqual(versions[q.version]);
    const ordered = Object.keys(versions).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    expect(ordered.at(-1)).toBe(q.version);
    for (const [version, ids] of Object.entries(versions)) {
      if (version.split(".")[0] !== q.version.split(".")[0]) continue;
      for (const id of ids)
        expect(
          q.items.some((i) => i.id === id),
          `${id} (from ${version}) was removed: that needs a major version`,
        ).toBe(true);
    }
    for (let k = 1; k < ordered.length; k += 1) {
      const [prev, next] = [versions[ordered[k - 1]!]!, versions[ordered[k]!]!];
      if (next.length > prev.length)
        expect(ordered[k]!.split(".")[1], `${ordered[k]} adds items: a minor bump`).not.toBe(
          ordered[k - 1]!.split(".")[1],
        );
    }
  });

  it("says in which version each item first appeared (since), as recorded: batch flags files of an older version that answer it", () => {
    const ordered = Object.keys(versions).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    const first = new Map<string, string>();
    for (const version of ordered) for (const id of versions[version]!) if (!first.has(id)) first.set(id, version);
    for (const item of q.items) {
      const recorded = first.get(item.id);
      // Absent means "in every version": only right for the items of the first version.
      expect(
        item.since ?? ordered[0],
        `${item.id} first appears in ${recorded} in questionnaire-versions.json: give it since: "${recorded}"`,
      ).toBe(recorded);
    }
  });
});

describe("questionnaire 1.3: the text of the law and the 15 rows of the VNG zelftest (issue 20)", () => {
  it("names the consolidated text of the Wmo 2015 of 1 January 2026 that the citations were checked against", () => {
    expect(q.version).toBe("1.3.0");
    expect(q.lawText).toEqual({
      title: "Wet maatschappelijke ondersteuning 2015",
      inForceOn: "2026-01-01",
      url: "https://wetten.overheid.nl/BWBR0035362/2026-01-01",
    });
  });

  it("marks exactly the 15 rows of the VNG zelftest (2015) with vng2015, and they are legal items", () => {
    expect(q.items.filter((i) => i.legal?.vng2015).map((i) => i.id)).toEqual([...VNG_ZELFTEST_2015_ROWS]);
    for (const item of q.items.filter((i) => i.legal?.vng2015)) expect(item.level, item.id).toBe("wettelijk");
  });
});

describe("questionnaire 1.2: legal basis, plain Dutch, a way to check and an action (issue 11)", () => {
  it("is strict, so the lint requires every 1.2 and 1.3 field", () => {
    expect(q.strict).toBe(true);
  });

  it("traces every legal item to an article of the Wmo 2015 and says how direct the reading is", () => {
    for (const item of legal) {
      // Article, lid and onder as in the text of 1-1-2026; more than one provision joined by ", " or " jo. "
      // (every provision is checked against the law's text in builtin-citations.test.ts).
      const provision = String.raw`art\. \d+(?:\.\d+)+(?: lid \d+(?: onder [a-z])?)?`;
      expect(item.legal?.article, item.id).toMatch(
        new RegExp(String.raw`^Wmo 2015, ${provision}(?:(?:, | jo\. )(?:${provision}|lid \d+(?: onder [a-z])?))*$`),
      );
      expect(["wet", "toelichting", "vng"], item.id).toContain(item.legal?.kind);
      // A reading (not the law's own words) says in a note how it reads the article.
      if (item.legal?.kind !== "wet") expect(item.legal?.note?.nl, item.id).toBeTruthy();
      // The VNG zelftest (2015) itself is a source of every one of its rows; a duty the rows do not ask
      // rests on the text of the law.
      expect(
        item.basis.some((b) => b.source === (item.legal?.vng2015 ? "vng-zelftest-2015" : "wmo-2015")),
        item.id,
      ).toBe(true);
    }
    const byId = new Map(legal.map((i) => [i.id, i.legal]));
    expect(byId.get("informatieplicht.voorafgaand-onderzoek")).toMatchObject({
      article: "Wmo 2015, art. 2.3.2 lid 3",
      kind: "wet",
    });
    expect(byId.get("toegankelijkheid.gratis")).toMatchObject({ article: "Wmo 2015, art. 2.1.4 lid 5", kind: "wet" });
    for (const id of [
      "onafhankelijkheid.andere-ondersteuner",
      "levensbreed.samenhang",
      "informatieplicht.andere-levensgebieden",
    ]) {
      expect(byId.get(id)?.kind, id).toBe("vng");
    }
  });

  it("names the informal carer in the information duty, as art. 2.3.2 lid 3 does", () => {
    const item = q.items.find((i) => i.id === "informatieplicht.voorafgaand-onderzoek")!;
    expect(item.question.nl).toMatch(/mantelzorger/);
    expect(item.question.en).toMatch(/informal carer/);
  });

  it("does not present 'zo integraal mogelijke dienstverlening' as a duty in the law", () => {
    const item = q.items.find((i) => i.id === "levensbreed.samenhang")!;
    // The definition names it as an aim; the plan must pay attention to it (art. 2.1.2 lid 4 onder a);
    // that the policy describes how the forms of client support connect is the VNG's reading.
    expect(item.why.nl).toMatch(/doel van cliëntondersteuning/);
    expect(item.why.nl).not.toMatch(/De wet vraagt om een dienstverlening/);
    expect(item.legal).toMatchObject({ kind: "vng", article: "Wmo 2015, art. 1.1.1 lid 1" });
    expect(item.legal?.note?.nl).toMatch(/art. 2.1.2 lid 4 onder a/);
    expect(item.legal?.note?.nl).toMatch(/lezing van de VNG-zelftest/);
  });

  it("asks short questions, one thing each: mean sentence at most 15 words, none over 25", () => {
    const questionSentences = q.items.flatMap((i) => sentencesOf(i.question.nl ?? "").map(words));
    expect(questionSentences.reduce((a, b) => a + b, 0) / questionSentences.length).toBeLessThanOrEqual(15);
    expect(q.items.filter((i) => words(i.question.nl ?? "") > 25).map((i) => i.id)).toEqual([]);
    // One question mark: a question that asks a second thing is split into its own item.
    expect(q.items.filter((i) => (i.question.nl ?? "").split("?").length !== 2).map((i) => i.id)).toEqual([]);
  });

  it("keeps deciding on provisions in one item: the neighbourhood-team item asks about other safeguards", () => {
    const wijkteam = q.items.find((i) => i.id === "onafhankelijkheid.waarborgen-wijkteam")!;
    expect(wijkteam.question.nl).not.toMatch(/beslis/);
    expect(q.items.find((i) => i.id === "onafhankelijkheid.scheiding-toewijzing")!.question.nl).toMatch(/beslis/);
  });

  it("gives every theme a Dutch title in the Dutch text", () => {
    const outreach = q.themes.find((t) => t.id === "outreach")!;
    expect(outreach.title.nl).toBe("Erop af");
    for (const t of q.themes) expect(t.title.nl, t.id).not.toMatch(/\b(Outreach|Monitoring)\b/);
  });

  it("says for every item how to check it and which action follows, readable on its own", () => {
    for (const item of q.items) {
      for (const lang of ["nl", "en"] as const) {
        expect(item.check?.[lang]?.trim(), `${item.id} check (${lang})`).toBeTruthy();
        const action = item.action?.[lang] ?? "";
        expect(sentencesOf(action), `${item.id} action (${lang}) is one sentence`).toHaveLength(1);
        expect(action, item.id).toMatch(/\.$/);
      }
      // An action must make sense in a plan table without the question beside it.
      expect(item.action?.nl, item.id).not.toMatch(
        /\b(deze|die) (groepen|eisen|afspraken)\b|wat ontbreekt|\bhet plan\b(?! van)/i,
      );
      expect(
        q.packages.some((p) => p.id === item.package),
        item.id,
      ).toBe(true);
    }
  });

  it("groups the actions in 6 to 9 work packages, each used, each with a moment", () => {
    expect(q.packages.length).toBeGreaterThanOrEqual(6);
    expect(q.packages.length).toBeLessThanOrEqual(9);
    for (const p of q.packages) {
      expect(
        q.items.some((i) => i.package === p.id),
        p.id,
      ).toBe(true);
      expect(p.moment.nl && p.moment.en, p.id).toBeTruthy();
    }
  });

  it("has at least one good-practice item in every legal theme, and the new items of issue 11", () => {
    for (const theme of new Set(legal.map((i) => i.theme))) {
      expect(
        practice.some((i) => i.theme === theme),
        theme,
      ).toBe(true);
    }
    for (const id of [
      "toegankelijkheid.wachttijd",
      "toegankelijkheid.capaciteit",
      "toegankelijkheid.ongebruikte-uren",
      "diversiteit.mantelzorgers",
      "diversiteit.pgb-aanvragers",
      "diversiteit.ouderen-dementie",
      "informatieplicht.praktijk-verslagen",
    ]) {
      expect(q.items.find((i) => i.id === id)?.level, id).toBe("aanbeveling");
    }
  });

  it("cites the law for the complaints item: a duty only where the bylaw designates client support", () => {
    const complaints = q.items.find((i) => i.id === "klachten.regeling-clientondersteuning")!;
    expect(complaints.level).toBe("aanbeveling");
    expect(complaints.basis.map((b) => b.article)).toEqual(
      expect.arrayContaining(["Wmo 2015, art. 2.1.3 lid 2", "Wmo 2015, art. 3.2 lid 1"]),
    );
  });

  it("writes every text, check and action in short sentences (B1): on average under 18 words, none over 30", () => {
    for (const lang of ["nl", "en"] as const) {
      const sentences = allTexts(lang).flatMap((t) => sentencesOf(t).map((s) => ({ s, words: words(s) })));
      expect(sentences.reduce((sum, x) => sum + x.words, 0) / sentences.length, lang).toBeLessThan(18);
      expect(
        sentences.filter((x) => x.words > 30).map((x) => x.s),
        lang,
      ).toEqual([]);
    }
  });

  it("has a glossary entry, in Dutch and English, for every jargon word, and uses every term", () => {
    const jargon = [
      "professioneel statuut",
      "intervisie",
      "convenant",
      "budgetplafond",
      "cultuursensitief",
      "keukentafelgesprek",
      "maatwerkvoorziening",
      "algemene voorziening",
      "verordening",
      "wijkteam",
      "sociale kaart",
      "wlz",
      "bcmb",
      "ervaringsdeskundige",
      "zorgkantoor",
      "herindicatie",
      "pgb",
      "mantelzorger",
      "casusbespreking",
      "aanbesteding",
      "zorgmijder",
      "licht verstandelijke beperking",
      "ggz",
      "formele ondersteuner",
      "informele ondersteuner",
      "persoonlijk plan",
      "memorie van toelichting",
      "cliëntervaringsonderzoek",
      "netwerkcoördinator",
      "wkkgz",
    ];
    const terms = q.glossary.map((g) => (g.term.nl ?? "").toLowerCase());
    for (const word of jargon) expect(terms, word).toContain(word);
    for (const g of q.glossary) expect(g.term.en && g.definition.nl && g.definition.en, g.term.nl).toBeTruthy();
    for (const lang of ["nl", "en"] as const) {
      const used = new Set(allTexts(lang).flatMap((t) => findGlossaryTerms(t, q.glossary, lang).map((m) => m.entry)));
      expect(
        q.glossary.filter((g) => !used.has(g)).map((g) => g.term[lang]),
        `unused terms (${lang})`,
      ).toEqual([]);
    }
  });

  it("keeps existing 1.x answer files valid and scored (the examples)", () => {
    const dir = join(ROOT, "examples");
    const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { answers, questionnaire } = loadAnswerFile(join(dir, file));
      expect(questionnaire.version, file).toBe(q.version);
      const assessment = scoreAnswers(questionnaire, answers);
      expect(
        assessment.themes.flatMap((t) => t.items).filter((i) => i.level === "wettelijk"),
        file,
      ).toHaveLength(legal.length);
    }
  });
});

// The seeds are the domain's source documents; CI has ../shared beside the clone. Quoting the law's
// list of life domains (art. 1.1.1) is the one allowed overlap.
const SEEDS = join(ROOT, "..", "shared", "seeds");
const LAW_ENUMERATION =
  "maatschappelijke ondersteuning preventieve zorg zorg jeugdhulp onderwijs welzijn wonen werk en inkomen";
describe.skipIf(!existsSync(SEEDS))("no sentence copied from the seeds", () => {
  it("has no run of 8 words that also occurs in a seed document", () => {
    const norm = (s: string) =>
      s
        .toLowerCase()
        .normalize("NFC")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim()
        .split(" ")
        .filter(Boolean);
    const grams = (w: string[]) =>
      Array.from({ length: Math.max(0, w.length - 7) }, (_, k) => w.slice(k, k + 8).join(" "));
    const seedGrams = new Set(readdirSync(SEEDS).flatMap((f) => grams(norm(readFileSync(join(SEEDS, f), "utf8")))));
    const allowed = new Set(grams(norm(LAW_ENUMERATION)));
    const ours = [...allTexts("nl"), ...q.glossary.map((g) => g.definition.nl ?? "")];
    const copied = ours.flatMap((t) => grams(norm(t)).filter((g) => seedGrams.has(g) && !allowed.has(g)));
    expect(copied).toEqual([]);
  });
});
if (!existsSync(SEEDS)) {
  describe("no sentence copied from the seeds", () => {
    it.skip(`skipped: ${SEEDS} is absent (CI has shared/ beside the clone)`, () => {});
  });
}
