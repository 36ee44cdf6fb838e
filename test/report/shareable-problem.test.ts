import { describe, expect, it } from "vitest";
import { shareableParams, shareableText } from "../../src/report/shareable-problem.js";

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

  it("withholds a key the file made up (an unknown field, a place in `where`), keeps the tool's field names and ids", () => {
    const unknown = { field: "Mevrouw Geheim woont op nr 12", where: "", allowed: ["municipality", "answers"] };
    expect(shareableParams(unknown, { includeNotes: false }, "UNKNOWN_FIELD")).toEqual({ ...unknown, field: "…" });
    expect(shareableParams({ field: "geheim", where: "meta" }, { includeNotes: false }, "UNKNOWN_FIELD")).toEqual({
      field: "…",
      where: "meta",
    });
    const deep = { field: "note", where: "answers › Piet de Vries › 2 › note", value: "x" };
    expect(shareableParams(deep, { includeNotes: false }, "INVALID_TYPE")).toEqual({
      field: "note",
      where: "answers › … › 2 › note",
      value: "…",
    });
    // A meta key is the file's own, also when it has the shape of the tool's names.
    const meta = { field: "wethouder_piet_jansen", where: "meta › wethouder_piet_jansen", limit: 1000 };
    expect(shareableParams(meta, { includeNotes: false }, "TEXT_TOO_LONG")).toEqual({
      field: "…",
      where: "meta › …",
      limit: 1000,
    });
    expect(shareableParams(unknown, { includeNotes: true }, "UNKNOWN_FIELD")).toEqual(unknown);
    const text = shareableText({ code: "UNKNOWN_FIELD", params: unknown }, { includeNotes: false, lang: "nl" });
    expect(text).not.toContain("Geheim");
    expect(text).not.toMatch(/\s$/);
  });
});
