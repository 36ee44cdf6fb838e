import { describe, expect, it } from "vitest";
import { citeBasis, citeSource } from "../../src/model/citation.js";
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
