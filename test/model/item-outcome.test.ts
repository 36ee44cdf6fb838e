import { describe, expect, it } from "vitest";
import { isApplicable, itemOutcome, pointsOfAnswer, statusOfAnswer } from "../../src/model/item-outcome.js";
import type { AnswerValue } from "../../src/model/vocabulary.js";

const answers = (entries: Record<string, AnswerValue>) =>
  new Map(Object.entries(entries).map(([id, answer]) => [id, { answer }]));
const conditional = { when: { item: "a.een", answer: ["ja", "deels"] as AnswerValue[] } };

describe("applicability (when)", () => {
  it("an item without a condition always applies", () => {
    expect(isApplicable({}, answers({}))).toBe(true);
  });

  it.each([
    ["ja", true],
    ["deels", true],
    ["nee", false],
    ["weet-niet", false],
  ] as const)("with the earlier item answered %s: %s", (given, applies) => {
    expect(isApplicable(conditional, answers({ "a.een": given }))).toBe(applies);
  });

  it("does not apply while the earlier item is unanswered", () => {
    expect(isApplicable(conditional, answers({ "a.twee": "ja" }))).toBe(false);
  });
});

describe("answer → status and points", () => {
  it.each([
    ["ja", "voldoet", 1],
    ["deels", "deels", 0.5],
    ["nee", "voldoet-niet", 0],
    ["weet-niet", "onbekend", 0],
    [null, "onbekend", 0],
    [undefined, "onbekend", 0],
  ] as const)("%s → %s, %s", (answer, status, points) => {
    expect(statusOfAnswer(answer)).toBe(status);
    expect(pointsOfAnswer(answer)).toBe(points);
    expect(itemOutcome(true, answer)).toEqual({ status, points });
  });

  it("an item that does not apply is niet-van-toepassing without points, whatever the answer", () => {
    expect(itemOutcome(false, "ja")).toEqual({ status: "niet-van-toepassing", points: null });
    expect(itemOutcome(false, null)).toEqual({ status: "niet-van-toepassing", points: null });
  });
});
