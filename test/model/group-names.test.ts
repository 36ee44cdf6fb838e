// A group answer's free text without its members' names (research outputs without --include-names).
import { describe, expect, it } from "vitest";
import type { Group } from "../../src/model/answers.js";
import { withoutMemberNames } from "../../src/model/group-names.js";

const member = (name?: string) => ({
  ...(name ? { name } : {}),
  role: "adviesraad" as const,
  date: "2026-12-03",
  sha256: "a".repeat(64),
});
const group: Group = {
  rule: "meerderheid",
  members: [member("Anna de Vries"), member("Jan"), member(), member("Anna"), member("Çelik")],
};
const place = (n: number) => `Lid ${n}`;

describe("withoutMemberNames", () => {
  it("replaces each whole name by the member's place, the longest name first", () => {
    expect(withoutMemberNames("Anna de Vries: ja.\n\nAnna: nee, zegt Jan.", group, place)).toBe(
      "Lid 1: ja.\n\nLid 4: nee, zegt Lid 2.",
    );
  });
  it("leaves a name inside a longer word, another case, and text without names alone", () => {
    expect(withoutMemberNames("Janssen en Jannie; jan; Annabel", group, place)).toBe("Janssen en Jannie; jan; Annabel");
    expect(withoutMemberNames("Geen namen hier.", group, place)).toBe("Geen namen hier.");
  });
  it("finds names with letters outside ASCII, at the start and end of the text", () => {
    expect(withoutMemberNames("Çelik", group, place)).toBe("Lid 5");
    expect(withoutMemberNames("(Çelik)", group, place)).toBe("(Lid 5)");
    expect(withoutMemberNames("Çeliks", group, place)).toBe("Çeliks");
  });
});
