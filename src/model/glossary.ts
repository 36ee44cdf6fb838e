// Finds which glossary terms occur in a text, so that the interview, the form and the report can
// show their definitions where they are used. Pure; no I/O, no DOM. A term matches at the start of
// a word, case-insensitively, with any whitespace between its words and an optional Dutch or
// English inflection after it ("wijkteam" matches "wijkteams", "convenant" matches
// "convenanten"), also the Dutch plural that doubles the last consonant ("werkproces" matches
// "werkprocessen", "voortgangsgesprek" matches "voortgangsgesprekken"); a match inside a longer word ("voorziening" in "maatwerkvoorziening") does not
// count. Where terms overlap, the longest wins ("algemene voorziening" over "voorziening").
import type { GlossaryEntry, LocalizedText } from "./questionnaire.js";

export interface GlossaryMatch {
  readonly entry: GlossaryEntry;
  /** Offset (UTF-16 code units) of the match in the text. */
  readonly index: number;
  /** The text as it appears, e.g. "Wijkteams". */
  readonly text: string;
}

/** Endings a term may carry and still count as the term (plural, inflection, possessive). */
const ENDINGS = ["s", "es", "en", "e", "n", "'s", "’s"];

/**
 * The endings for one term: the common ones, plus the Dutch plural that doubles a last consonant
 * after a single short vowel ("proces" → "processen", "gesprek" → "gesprekken").
 */
function endingsFor(term: string): string {
  const doubled = /(?:^|[^aeiouy])[aeiou]([bdfgklmnprst])$/iu.exec(term);
  const all = doubled ? [...ENDINGS, `${doubled[1]!.toLowerCase()}en`] : ENDINGS;
  return `(?:${all.map(escapeRegExp).join("|")})?`;
}
const LETTER = "[\\p{L}\\p{N}]";

const patternCache = new WeakMap<GlossaryEntry, Map<string, RegExp | null>>();

function pick(text: LocalizedText, lang: string, fallback: string): string | undefined {
  return text[lang] ?? text[fallback];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function patternFor(entry: GlossaryEntry, lang: string, fallback: string): RegExp | null {
  let byLang = patternCache.get(entry);
  if (!byLang) {
    byLang = new Map();
    patternCache.set(entry, byLang);
  }
  const key = `${lang}\u0000${fallback}`;
  let pattern = byLang.get(key);
  if (pattern === undefined) {
    const term = pick(entry.term, lang, fallback)?.trim();
    pattern = term
      ? new RegExp(
          `(?<!${LETTER})${term.split(/\s+/).map(escapeRegExp).join("\\s+")}${endingsFor(term)}(?!${LETTER})`,
          "giu",
        )
      : null;
    byLang.set(key, pattern);
  }
  return pattern;
}

/**
 * Every occurrence of a glossary term in `text` (in `lang`, falling back to `fallback` for entries
 * without that language), in text order, without overlaps: where two matches overlap, the longer
 * one is kept.
 */
export function findGlossaryTerms(
  text: string,
  glossary: readonly GlossaryEntry[],
  lang: string,
  fallback = lang,
): GlossaryMatch[] {
  const found: GlossaryMatch[] = [];
  for (const entry of glossary) {
    const pattern = patternFor(entry, lang, fallback);
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) found.push({ entry, index: m.index, text: m[0] });
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: GlossaryMatch[] = [];
  let end = -1;
  for (const m of found) {
    if (m.index < end) continue;
    kept.push(m);
    end = m.index + m.text.length;
  }
  return kept;
}

/** The glossary entries used in any of `texts`, each once, in glossary order. */
export function glossaryTermsIn(
  texts: string | readonly string[],
  glossary: readonly GlossaryEntry[],
  lang: string,
  fallback = lang,
): GlossaryEntry[] {
  const used = new Set<GlossaryEntry>();
  for (const text of typeof texts === "string" ? [texts] : texts) {
    for (const m of findGlossaryTerms(text, glossary, lang, fallback)) used.add(m.entry);
  }
  return glossary.filter((e) => used.has(e));
}
