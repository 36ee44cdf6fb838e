import { describe, expect, it } from "vitest";
import { shareableParams } from "../../src/report/shareable-problem.js";

describe("an invalid file's problem in a shared output", () => {
  const params = {
    value: "ja, zie brief van mevrouw Geheim",
    where: "answers › beleidsplan.inrichting",
    allowed: ["ja", "deels", "nee", "weet-niet"],
    limit: 10000,
    file: "/home/piet/antwoorden piet.yaml",
    detail: "Nested mappings are not allowed in compact mappings",
  };

  it("keeps the tool's own words and numbers, withholds the file's words and its path", () => {
    expect(shareableParams(params, { includeNotes: false })).toEqual({
      value: "…",
      where: "answers › beleidsplan.inrichting",
      allowed: ["ja", "deels", "nee", "weet-niet"],
      limit: 10000,
      file: "…",
      detail: "…",
    });
  });

  it("shows the file's words with --include-notes and the path with --include-paths, each on its own", () => {
    expect(shareableParams(params, { includeNotes: true })).toEqual({ ...params, file: "…" });
    expect(shareableParams(params, { includeNotes: false, includePaths: true })).toMatchObject({
      value: "…",
      file: params.file,
    });
    expect(shareableParams(params, { includeNotes: true, includePaths: true })).toEqual(params);
  });
});
