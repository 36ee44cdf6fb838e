import { describe, expect, it } from "vitest";
import { byUrgency, severityOf, URGENCY_ORDER, worseVerdict, worstVerdict } from "../../src/model/severity.js";
import type { ItemStatus } from "../../src/model/vocabulary.js";

describe("verdict over a set: worst wins", () => {
  it.each([
    [["voldoet", "deels", "onbekend", "voldoet-niet"], "voldoet-niet"],
    [["voldoet-niet", "voldoet"], "voldoet-niet"],
    [["voldoet", "deels", "onbekend"], "onbekend"],
    [["onbekend", "deels"], "onbekend"],
    [["voldoet", "deels"], "deels"],
    [["voldoet", "voldoet"], "voldoet"],
    [["voldoet", "niet-van-toepassing"], "voldoet"],
    [["niet-van-toepassing"], null],
    [[], null],
  ] as const)("%j → %s", (statuses, verdict) => {
    expect(worstVerdict(statuses)).toBe(verdict);
  });

  it("orders the verdicts voldoet < deels < onbekend < voldoet-niet", () => {
    expect(["voldoet", "deels", "onbekend", "voldoet-niet"].map((v) => severityOf(v as never))).toEqual([0, 1, 2, 3]);
    expect(worseVerdict("deels", "onbekend")).toBe("onbekend");
    expect(worseVerdict("voldoet-niet", "deels")).toBe("voldoet-niet");
  });
});

describe("urgency: the order of gap lists", () => {
  it("puts voldoet-niet first and niet-van-toepassing last", () => {
    const shuffled: ItemStatus[] = ["voldoet", "niet-van-toepassing", "deels", "voldoet-niet", "onbekend"];
    expect([...shuffled].sort(byUrgency)).toEqual([
      "voldoet-niet",
      "onbekend",
      "deels",
      "voldoet",
      "niet-van-toepassing",
    ]);
    expect(URGENCY_ORDER).toEqual(["voldoet-niet", "onbekend", "deels", "voldoet", "niet-van-toepassing"]);
  });
});
