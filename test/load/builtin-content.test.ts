// The built-in questionnaire's content: complete, sourced, in both languages, in plain Dutch, and
// versioned as semver requires (test/fixtures/questionnaire-versions.json records the ids of every
// released version; adding ids needs a new minor version there, removing or renaming needs a major).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { fixture } from "../helpers/fixtures.js";

const q = loadQuestionnaire("clientondersteuning-wmo2015");
const practice = q.items.filter((i) => i.level === "aanbeveling");
const versions = JSON.parse(readFileSync(fixture("questionnaire-versions.json"), "utf8")) as Record<string, string[]>;
const texts = (lang: "nl" | "en") =>
  q.items.flatMap((i) => [i.question, i.why, i.evidence, ...Object.values(i.recommendations), ...(i.help ? [i.help] : []), ...i.examples.map((e) => e.text)].map((t) => ({ id: i.id, text: t[lang] ?? "" })));

describe("the built-in questionnaire's content", () => {
  it("has at least 40 good-practice items covering every area of the catalogue", () => {
    expect(practice.length).toBeGreaterThanOrEqual(40);
    const themes = new Set(practice.map((i) => i.theme));
    for (const area of ["diversiteit", "samenspel", "regie", "onafhankelijkheid", "afbakening", "lagen", "bekendheid", "outreach", "contractering", "monitoring", "klachten", "kwaliteit", "inspraak"]) {
      expect(themes.has(area), area).toBe(true);
    }
    expect(practice.some((i) => i.id === "afbakening.wlz-aansluiting")).toBe(true);
  });

  it("every item is complete in Dutch and English, with a basis in a known source", () => {
    for (const lang of ["nl", "en"] as const) {
      for (const { id, text } of texts(lang)) expect(text.trim().length, `${id} (${lang})`).toBeGreaterThan(0);
    }
    for (const th of q.themes) for (const l of ["nl", "en"]) expect(th.title[l]?.trim() && th.summary[l]?.trim(), th.id).toBeTruthy();
    for (const item of q.items) {
      expect(item.basis.length, item.id).toBeGreaterThan(0);
      for (const b of [...item.basis, ...item.examples]) expect(q.sources.has(b.source), `${item.id}: ${b.source}`).toBe(true);
    }
  });

  it("gives a practice example for most items (where the sources have one)", () => {
    expect(q.items.filter((i) => i.examples.length > 0).length / q.items.length).toBeGreaterThan(0.8);
  });

  it("writes Dutch in short sentences (B1): on average under 18 words, none over 30", () => {
    const sentences = texts("nl").flatMap(({ id, text }) => text.split(/(?<=[.?!])\s+/).map((s) => ({ id, words: s.split(/\s+/).length, s })));
    const average = sentences.reduce((sum, x) => sum + x.words, 0) / sentences.length;
    expect(average).toBeLessThan(18);
    expect(sentences.filter((x) => x.words > 30).map((x) => `${x.id}: ${x.s}`)).toEqual([]);
  });

  it("explains its jargon in a help text", () => {
    const help = q.items.flatMap((i) => (i.help ? [i.help.nl ?? ""] : [])).join(" ").toLowerCase();
    for (const word of ["keukentafelgesprek", "maatwerkvoorziening", "algemene voorziening", "verordening", "wijkteam", "sociale kaart", "wlz", "bcmb", "formeel"]) {
      expect(help, word).toContain(word);
    }
  });

  it("uses conditions only on good-practice items, to spare the respondent", () => {
    const conditional = q.items.filter((i) => i.when);
    expect(conditional.length).toBeGreaterThan(0);
    for (const i of conditional) expect(i.level, i.id).toBe("aanbeveling");
  });

  it("is versioned as semver requires: the ids of this version are recorded, and no id of 1.x is gone", () => {
    expect(versions[q.version], `record the ids of version ${q.version} in questionnaire-versions.json (a minor bump for new ids)`).toBeDefined();
    expect(q.items.map((i) => i.id)).toEqual(versions[q.version]);
    const ordered = Object.keys(versions).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    expect(ordered.at(-1)).toBe(q.version);
    for (const [version, ids] of Object.entries(versions)) {
      if (version.split(".")[0] !== q.version.split(".")[0]) continue;
      for (const id of ids) expect(q.items.some((i) => i.id === id), `${id} (from ${version}) was removed: that needs a major version`).toBe(true);
    }
    for (let k = 1; k < ordered.length; k += 1) {
      const [prev, next] = [versions[ordered[k - 1]!]!, versions[ordered[k]!]!];
      if (next.length > prev.length) expect(ordered[k]!.split(".")[1], `${ordered[k]} adds items: a minor bump`).not.toBe(ordered[k - 1]!.split(".")[1]);
    }
  });
});
