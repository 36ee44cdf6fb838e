import { describe, expect, it } from "vitest";
import { citeArticles, citeBasis, citeLegal, citeSource } from "../../src/model/citation.js";
import { legalCitation } from "../../src/messages/legal.js";
import type { Source } from "../../src/model/questionnaire.js";

const sources = new Map<string, Source>([
  ["wmo", { key: "wmo", title: "Wet maatschappelijke ondersteuning 2015" }],
  ["rapport", { key: "rapport", title: "Onderzoek", author: "Movisie", year: 2022 }],
  ["zonder-jaar", { key: "zonder-jaar", title: "Handreiking", author: "VNG" }],
]);

describe("citation format", () => {
  it("names author (year) and title, or the title alone, or the key when the source is unknown", () => {
    expect(citeSource("rapport", sources)).toBe("Movisie (2022), Onderzoek");
    expect(citeSource("zonder-jaar", sources)).toBe("VNG, Handreiking");
    expect(citeSource("wmo", sources)).toBe("Wet maatschappelijke ondersteuning 2015");
    expect(citeSource("onbekend", sources)).toBe("onbekend");
  });

  it("adds section, article and the note", () => {
    expect(citeBasis({ source: "wmo", section: "art. 2.2.4", article: "lid 1" }, sources)).toBe(
      "Wet maatschappelijke ondersteuning 2015, art. 2.2.4 — lid 1",
    );
    expect(citeBasis({ source: "rapport", section: "§ 3" }, sources, "samengevat")).toBe(
      "Movisie (2022), Onderzoek, § 3 (samengevat)",
    );
  });
});

describe("citeLegal: the one way a legal basis is cited (issue 20, issue 23)", () => {
  const words = {
    wet: (a: string) => `Wet (${a})`,
    toelichting: (a: string) => `MvT (bij ${a})`,
    vng: (a: string) => `VNG (lezing van ${a})`,
  };
  const join = (xs: string[]) => xs.join(" en ");

  it("names each kind, the law's own text first, whatever the order of the items", () => {
    expect(
      citeLegal(
        [
          { article: "Wmo 2015, art. 1.1.1", kind: "vng" },
          { article: "Wmo 2015, art. 2.3.2 lid 3", kind: "wet" },
          { article: "Wmo 2015, art. 2.1.2", kind: "toelichting" },
        ],
        words,
        join,
      ),
    ).toBe("Wet (art. 2.3.2 lid 3 Wmo 2015); MvT (bij art. 2.1.2 Wmo 2015); VNG (lezing van art. 1.1.1 Wmo 2015)");
  });

  it("groups the articles of one kind and names a repeated article once", () => {
    expect(
      citeLegal(
        [
          { article: "Wmo 2015, art. 1.1.1", kind: "vng" },
          { article: "Wmo 2015, art. 2.3.2 lid 3", kind: "vng" },
          { article: "Wmo 2015, art. 1.1.1", kind: "vng" },
        ],
        words,
        join,
      ),
    ).toBe("VNG (lezing van art. 1.1.1 en art. 2.3.2 lid 3 Wmo 2015)");
    expect(citeArticles(["Wmo 2015, art. 1.1.1", "Jeugdwet, art. 2.1"], join)).toBe(
      "art. 1.1.1 Wmo 2015; art. 2.1 Jeugdwet",
    );
    expect(citeLegal([], words, join)).toBe("");
  });

  it("in Dutch and English, a VNG reading is never worded as the law (messages/legal.ts)", () => {
    const vng = { article: "Wmo 2015, art. 1.1.1", kind: "vng" } as const;
    expect(legalCitation([vng], "nl")).toBe("VNG-zelftest (lezing van art. 1.1.1 Wmo 2015)");
    expect(legalCitation([vng], "en")).toBe("VNG self-assessment (reading of art. 1.1.1 Wmo 2015)");
    expect(legalCitation([{ article: "Wmo 2015, art. 2.1.4 lid 5", kind: "wet" }], "nl", "Een noot.")).toBe(
      "Wet (art. 2.1.4 lid 5 Wmo 2015). Een noot.",
    );
  });
});
