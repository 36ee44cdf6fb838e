// The closed words as a person types them: one rule (model/vocabulary.ts) for every place a role is read.
import { describe, expect, it } from "vitest";
import { ANSWER_VALUES, isRole, looseMatch, ROLES, roleFromTyped } from "../../src/model/vocabulary.js";

describe("roles as typed", () => {
  it("the Dutch spelling with ë, capitals, spaces and hyphens are the role's id", () => {
    for (const typed of [
      "clientorganisatie",
      "cliëntorganisatie",
      "Cliëntorganisatie",
      " CLIËNT ORGANISATIE ",
      "cliënt-organisatie",
      "clie\u0308ntorganisatie",
    ])
      expect(roleFromTyped(typed), typed).toBe("clientorganisatie");
    for (const role of ROLES) expect(roleFromTyped(role.toUpperCase())).toBe(role);
    expect(roleFromTyped("Advies raad")).toBe("adviesraad");
  });

  it("anything else is no role", () => {
    for (const typed of ["", "  ", "cliënt", "cliëntenraad", "wmo-raad", "raad", "gemeentes"])
      expect(roleFromTyped(typed), typed).toBeUndefined();
    expect(isRole("clientorganisatie")).toBe(true);
    expect(isRole("cliëntorganisatie")).toBe(false); // in a file, only the id is a role
    expect(isRole(undefined)).toBe(false);
  });

  it("the same rule finds an answer value written another way (for the hint)", () => {
    expect(looseMatch("Weet niet", ANSWER_VALUES)).toBe("weet-niet");
    expect(looseMatch("JA", ANSWER_VALUES)).toBe("ja");
    expect(looseMatch("misschien", ANSWER_VALUES)).toBeUndefined();
  });
});
