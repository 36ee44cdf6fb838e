// Dates, numbers, plurals and lists in the reader's language, through the platform's Intl (Node's
// ICU, the browser's for the form) instead of by hand. Only for text that people read: CSV, JSON
// and answer files stay locale-free. Formatters are made once per language and kept.
import type { Lang } from "../model/vocabulary.js";

/** The locale of each UI language: Dutch as in the Netherlands, British English. */
export const LOCALE: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };

const cache = new Map<string, unknown>();
function made<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const dateFormat = (lang: Lang) =>
  made(
    `date:${lang}`,
    () => new Intl.DateTimeFormat(LOCALE[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  );

/** "2015-09-01" → "1 september 2015" / "1 September 2015"; anything that is not a date stays as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(at.getTime()) ? iso : dateFormat(lang).format(at);
}

/**
 * A number as people read it: 73.3 → "73,3" in Dutch, "73.3" in English; 10000 → "10.000" /
 * "10,000". `decimals` fixes the digits after the separator; without it, at most one is shown and
 * whole numbers have none.
 */
export function formatNumber(n: number, lang: Lang, decimals?: number): string {
  // A whole number below 1000 reads the same in both languages, without a separator: no formatter
  // is made for it (the first Intl formatter of a page costs tens of milliseconds in a browser,
  // and the form's first screen only counts questions; test/messages/intl.test.ts checks it equal).
  if (decimals === undefined && Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  const format = made(
    `number:${lang}:${decimals ?? "-"}`,
    () =>
      new Intl.NumberFormat(
        LOCALE[lang],
        decimals === undefined
          ? { maximumFractionDigits: 1 }
          : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
      ),
  );
  return format.format(n);
}

/** A score (already rounded to tenths by score/): "73,3" / "73.3", whole numbers without decimals. */
export function formatScore(score: number, lang: Lang): string {
  return formatNumber(score, lang);
}

/** The words for one and for more (or none) of something, in one language. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

/** The form that fits n by the language's plural rules: plural("nl", 1, …) → one, 0 and 2 → other. */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  // Dutch and English: of the whole numbers only 1 takes the form for one (CLDR "one": i = 1, v = 0).
  if (Number.isInteger(n) && (lang === "nl" || lang === "en")) return n === 1 ? forms.one : forms.other;
  const rules = made(`plural:${lang}`, () => new Intl.PluralRules(LOCALE[lang]));
  return rules.select(n) === "one" ? forms.one : forms.other;
}

/** The number and the word that fits it: count("nl", 1, problem) → "1 probleem", 3 → "3 problemen". */
export function count(lang: Lang, n: number, forms: PluralForms): string {
  return `${formatNumber(n, lang)} ${plural(lang, n, forms)}`;
}

/** "a, b en c" / "a, b and c" (kind "and"), "a, b of c" / "a, b or c" (kind "or"). */
export function formatList(items: readonly string[], lang: Lang, kind: "and" | "or" = "and"): string {
  // Nothing or one thing needs no list formatter (most questions cite one article).
  if (items.length <= 1) return items[0] ?? "";
  const format = made(
    `list:${lang}:${kind}`,
    () => new Intl.ListFormat(LOCALE[lang], { type: kind === "and" ? "conjunction" : "disjunction" }),
  );
  return format.format(items);
}

/** The name of a language in a language: languageName("nl", "en") → "Dutch", ("en", "nl") → "Engels". */
export function languageName(lang: Lang, inLang: Lang): string {
  const names = made(`language:${inLang}`, () => new Intl.DisplayNames([LOCALE[inLang]], { type: "language" }));
  return names.of(lang) ?? lang;
}
