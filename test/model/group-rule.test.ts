import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CAUTION_ORDER, countVotes, proposeByMajority, votesCast } from "../../src/model/group-rule.js";
import { ANSWER_VALUES } from "../../src/model/vocabulary.js";
import type { AnswerValue } from "../../src/model/vocabulary.js";

describe("rule meerderheid", () => {
  it("counts the members who answered, in the order of the answer scale", () => {
    expect(countVotes(["ja", null, "weet-niet", "ja", undefined, "deels"])).toEqual({
      ja: 2,
      deels: 1,
      "weet-niet": 1,
    });
    expect(Object.keys(countVotes(["weet-niet", "nee", "ja"]))).toEqual(["ja", "nee", "weet-niet"]);
    expect(countVotes([null, null])).toEqual({});
    expect(votesCast({ ja: 2, nee: 1 })).toBe(3);
  });

  it("proposes the answer given most often", () => {
    expect(proposeByMajority(countVotes(["ja", "ja", "deels", "weet-niet"]))).toBe("ja");
    expect(proposeByMajority(countVotes(["weet-niet", "weet-niet", "ja"]))).toBe("weet-niet");
  });

  it("on a tie proposes the more cautious answer: nee < weet-niet < deels < ja", () => {
    expect(proposeByMajority({ ja: 2, nee: 2 })).toBe("nee");
    expect(proposeByMajority({ ja: 1, deels: 1 })).toBe("deels");
    expect(proposeByMajority({ deels: 1, "weet-niet": 1 })).toBe("weet-niet");
    expect(proposeByMajority({ ja: 1, deels: 1, nee: 1, "weet-niet": 1 })).toBe("nee");
    expect(CAUTION_ORDER).toEqual(["nee", "weet-niet", "deels", "ja"]);
  });

  it("leaves a question nobody answered open", () => {
    expect(proposeByMajority({})).toBeNull();
    expect(proposeByMajority(countVotes([null, undefined]))).toBeNull();
  });

  it("always proposes an answer with the most votes, and no other", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(...ANSWER_VALUES), { nil: null }), { maxLength: 15 }), (given) => {
        const votes = countVotes(given);
        const proposal = proposeByMajority(votes);
        const answered = given.filter((a): a is AnswerValue => a !== null);
        if (answered.length === 0) {
          expect(proposal).toBeNull();
          return;
        }
        const most = Math.max(...Object.values(votes));
        expect(votes[proposal!]).toBe(most);
        // no more cautious answer has as many votes
        for (const a of CAUTION_ORDER.slice(0, CAUTION_ORDER.indexOf(proposal!)))
          expect(votes[a] ?? 0).toBeLessThan(most);
        // the order of the members does not matter
        expect(proposeByMajority(countVotes([...given].reverse()))).toBe(proposal);
      }),
    );
  });
});
