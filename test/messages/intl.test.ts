// Dates, numbers, plurals and lists go through Intl in the reader's language (src/messages/intl.ts).
import { describe, expect, it } from "vitest";
import { count, formatDate, formatList, formatNumber, formatScore, plural } from "../../src/messages/intl.js";
import { UI } from "../../src/messages/ui.js";

describe("Intl formatting", () => {
  it("dates: day, month name and year in nl-NL and en-GB; what is not a date stays as it is", () => {
    expect(formatDate("2015-09-01", "nl")).toBe("1 september 2015");
    expect(formatDate("2015-09-01", "en")).toBe("1 September 2015");
    expect(formatDate("2026-12-31", "nl")).toBe("31 december 2026");
    expect(formatDate("15-01-2026", "nl")).toBe("15-01-2026");
  });

  it("numbers: a decimal comma and a thousands point in Dutch, the other way round in English", () => {
    expect(formatScore(73.3, "nl")).toBe("73,3");
    expect(formatScore(73.3, "en")).toBe("73.3");
    expect(formatScore(100, "nl")).toBe("100");
    expect(formatScore(-2.5, "nl")).toBe("-2,5");
    expect(formatNumber(10000, "nl")).toBe("10.000");
    expect(formatNumber(10000, "en")).toBe("10,000");
    expect(formatNumber(0.5, "nl", 2)).toBe("0,50");
    expect(formatNumber(-0.125, "en", 2)).toMatch(/^-0\.1[23]$/);
  });

  it("whole numbers below 1000, plurals of whole numbers and lists of one, made without a formatter, are what Intl gives", () => {
    const forms = { one: "one", other: "other" };
    for (const lang of ["nl", "en"] as const) {
      const locale = lang === "nl" ? "nl-NL" : "en-GB";
      const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      const rules = new Intl.PluralRules(locale);
      for (let n = 0; n < 2000; n += 1) {
        expect(formatNumber(n, lang), `${lang} ${n}`).toBe(number.format(n));
        expect(plural(lang, n, forms), `${lang} ${n}`).toBe(rules.select(n) === "one" ? "one" : "other");
      }
      expect(plural(lang, 1.5, forms)).toBe(rules.select(1.5) === "one" ? "one" : "other");
      for (const kind of ["and", "or"] as const) {
        const list = new Intl.ListFormat(locale, { type: kind === "and" ? "conjunction" : "disjunction" });
        for (const items of [[], ["art. 2.3.2"]]) expect(formatList(items, lang, kind)).toBe(list.format(items));
      }
    }
  });

  it("plurals: one for 1, the other form for 0 and more", () => {
    const forms = { one: "probleem", other: "problemen" };
    expect(plural("nl", 1, forms)).toBe("probleem");
    expect(plural("nl", 0, forms)).toBe("problemen");
    expect(count("nl", 2, forms)).toBe("2 problemen");
    expect(UI.nl.moreErrors(1)).toBe("… en nog 1 probleem.");
    expect(UI.nl.moreErrors(3)).toBe("… en nog 3 problemen.");
    expect(UI.en.moreErrors(1)).toBe("… and 1 more problem.");
    expect(UI.nl.errorsIn(1)).toBe("1 probleem");
    expect(UI.nl.validQuestionnaire(1, 1)).toBe("geldige vragenlijst (1 thema, 1 vraag)");
    expect(UI.nl.practiceGaps(1, 41)).toBe("Goede praktijk: 1 van de 41 aanbevelingen is nog niet (helemaal) op orde.");
  });

  it("lists: 'a, b en c' in Dutch, 'a, b and c' in English; 'of'/'or' for a choice", () => {
    expect(formatList(["a"], "nl")).toBe("a");
    expect(formatList(["a", "b"], "nl")).toBe("a en b");
    expect(formatList(["a", "b", "c"], "nl")).toBe("a, b en c");
    expect(formatList(["a", "b", "c"], "en")).toBe("a, b and c");
    expect(formatList(["md", "html"], "nl", "or")).toBe("md of html");
    expect(formatList(["md", "html"], "en", "or")).toBe("md or html");
  });
});
