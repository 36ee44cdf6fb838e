// "Meer uitleg" is assembled once (issue 23): the interview and the form render these parts in this
// order, with the legal citation (and its note) first under what the item rests on.
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { explainItem } from "../../src/report/explain-item.js";

const q = loadQuestionnaire("clientondersteuning-wmo2015");

describe("explainItem", () => {
  it("gives the parts in one order: why, check, evidence, examples, terms, basis", () => {
    const order = ["why", "check", "evidence", "example", "terms", "basis"];
    for (const item of q.items) {
      const kinds = explainItem(item, q, "nl").map((p) => p.kind);
      const ranks = kinds.map((k) => order.indexOf(k));
      expect(ranks, item.id).toEqual([...ranks].sort((a, b) => a - b));
      expect(kinds[0], item.id).toBe("why");
      expect(kinds.at(-1), item.id).toBe("basis");
    }
  });

  it("cites a legal item through the one citation builder, with its note, before its sources", () => {
    const vng = q.items.find((i) => i.legal?.kind === "vng" && i.legal.note)!;
    const basis = explainItem(vng, q, "nl").find((p) => p.kind === "basis");
    expect(basis?.kind === "basis" && basis.lines[0]).toMatch(/^VNG-zelftest \(lezing van art\. .*\)\. \S/);
    expect(basis?.kind === "basis" && basis.lines.length).toBe(1 + vng.basis.length);
    const en = explainItem(vng, q, "en").find((p) => p.kind === "basis");
    expect(en?.kind === "basis" && en.lines[0]).toMatch(/^VNG self-assessment \(reading of art\. /);
    const practice = q.items.find((i) => i.level === "aanbeveling")!;
    const lines = explainItem(practice, q, "nl").find((p) => p.kind === "basis");
    expect(lines?.kind === "basis" && lines.lines).toHaveLength(practice.basis.length);
  });
});
