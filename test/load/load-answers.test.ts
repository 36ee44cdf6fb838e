import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { LIMITS } from "../../src/load/read-file.js";
import { diagnosticsOf, fixture, places, ROOT } from "../helpers/fixtures.js";

const invalidDir = fixture("answers", "invalid");
const expected = parse(readFileSync(join(invalidDir, "expected.yaml"), "utf8")) as Record<string, string[]>;
const HEADER =
  "questionnaire: clientondersteuning-wmo2015\nversion: 1.0.0\nmunicipality: X\nrespondent:\n  role: gemeente\ndate: 2025-05-01\n";

describe("invalid answer files: every fixture gives its coded errors at the right place", () => {
  const files = readdirSync(invalidDir).filter((f) => f !== "expected.yaml");

  it("every fixture has an expectation and every expectation a fixture", () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)("%s", (file) => {
    const ds = diagnosticsOf(() => loadAnswerFile(join(invalidDir, file)));
    expect(places(ds)).toEqual(expected[file]);
    for (const d of ds) expect(d.file).toBe(join(invalidDir, file));
  });
});

describe("answer files invalid for another questionnaire (--questionnaire mini.yaml): their coded errors at the right place", () => {
  const dir = fixture("answers", "invalid-for-mini");
  const table = parse(readFileSync(join(dir, "expected.yaml"), "utf8")) as Record<string, string[]>;
  const files = readdirSync(dir).filter((f) => f !== "expected.yaml");

  it("every fixture has an expectation and every expectation a fixture", () => {
    expect(files.sort()).toEqual(Object.keys(table).sort());
  });

  it.each(files)("%s", (file) => {
    const ds = diagnosticsOf(() => loadAnswerFile(join(dir, file), fixture("questionnaires", "mini.yaml")));
    expect(places(ds)).toEqual(table[file]);
  });
});

describe("valid answer files", () => {
  it("accepts a UTF-8 BOM and CRLF line ends", () => {
    const { answers } = loadAnswerFile(fixture("answers", "valid", "bom-crlf.yaml"));
    expect(answers.municipality).toBe("Testdorp");
    expect(answers.answers.get("toegankelijkheid.gratis")).toEqual({ answer: "ja" });
  });

  it("accepts a file without answers, or with an empty answers: (nothing answered yet)", () => {
    expect(loadAnswerFile(fixture("answers", "valid", "minimal-no-answers.yaml")).answers.answers.size).toBe(0);
    expect(loadAnswerFile(fixture("answers", "valid", "empty-answers.yaml")).answers.answers.size).toBe(0);
  });

  it("reads JSON with shorthand and full entries; a newer minor version is fine; empty notes are dropped", () => {
    const { answers } = loadAnswerFile(fixture("answers", "valid", "all-forms.json"));
    expect(answers.version).toBe("1.3.7");
    expect(answers.respondent).toEqual({ role: "onderzoeker", name: "Dr. X" });
    expect(answers.answers.get("kwaliteit.eisen")).toEqual({ answer: "weet-niet", evidence: "https://example.org" });
    expect(answers.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the file's sha256 (worked out when first read) is that of its bytes, and stays the same", () => {
    const file = fixture("answers", "valid", "all-forms.json");
    const { answers } = loadAnswerFile(file);
    const expected = createHash("sha256").update(readFileSync(file)).digest("hex");
    expect(answers.contentHash).toBe(expected);
    expect(answers.contentHash).toBe(expected);
    // A copy (spread, JSON) carries the value, as a plain field would.
    expect({ ...answers }.contentHash).toBe(expected);
    expect(JSON.parse(JSON.stringify({ ...answers, answers: [] })).contentHash).toBe(expected);
  });

  it("reads every example in examples/", () => {
    const dir = join(ROOT, "examples");
    const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(loadAnswerFile(join(dir, f)).answers.municipality).not.toBe("");
  });

  it("a custom questionnaire can be given as a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-"));
    const file = join(dir, "a.yaml");
    writeFileSync(
      file,
      "questionnaire: mini\nversion: 2.0.0\nmunicipality: X\nrespondent: {role: anders}\ndate: 2025-01-01\nanswers: {gamma.een: ja}\n",
    );
    const { answers, questionnaire } = loadAnswerFile(file, fixture("questionnaires", "mini.yaml"));
    expect(questionnaire.id).toBe("mini");
    expect(answers.answers.get("gamma.een")?.answer).toBe("ja");
  });

  it("names both questionnaires when the answers are for another one", () => {
    const ds = diagnosticsOf(() =>
      loadAnswerFile(
        join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"),
        fixture("questionnaires", "mini.yaml"),
      ),
    );
    expect(places(ds)).toEqual(["QUESTIONNAIRE_MISMATCH 3:16"]);
    expect(ds[0]!.params).toMatchObject({ found: "clientondersteuning-wmo2015", expected: "mini" });
  });
});

describe("files that are not text, too large or missing", () => {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-bytes-"));
  const write = (name: string, bytes: Uint8Array | string) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it.each([
    ["zero bytes", "", ["FILE_EMPTY -:-"]],
    ["only white space", "  \n\n\t\n", ["FILE_EMPTY -:-"]],
    ["a NUL byte (binary)", Buffer.concat([Buffer.from(HEADER), Buffer.from([0x00, 0x01, 0x02])]), ["FILE_BINARY 7:1"]],
    [
      "UTF-16 with BOM",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER, "utf16le")]),
      ["FILE_NOT_UTF8 1:1"],
    ],
    [
      "Latin-1 text",
      Buffer.from(HEADER.replace("municipality: X", "municipality: Súdwest-Fryslân"), "latin1"),
      ["FILE_NOT_UTF8 3:16"],
    ],
    [
      "a truncated UTF-8 sequence at the end",
      Buffer.concat([Buffer.from(HEADER), Buffer.from([0xe2, 0x82])]),
      ["FILE_NOT_UTF8 7:1"],
    ],
    [
      "an overlong UTF-8 encoding",
      Buffer.concat([Buffer.from("a: "), Buffer.from([0xc0, 0xaf])]),
      ["FILE_NOT_UTF8 1:4"],
    ],
  ] as const)("%s", (name, bytes, codes) => {
    const file = write(`${name.replace(/\W+/g, "-")}.yaml`, bytes);
    expect(places(diagnosticsOf(() => loadAnswerFile(file)))).toEqual(codes);
  });

  it("refuses a file over the size limit without reading it", () => {
    const file = write("huge.yaml", `${HEADER}# ${"x".repeat(LIMITS.answerFileBytes)}\n`);
    const ds = diagnosticsOf(() => loadAnswerFile(file));
    expect(places(ds)).toEqual(["FILE_TOO_LARGE -:-"]);
    expect(ds[0]!.params.limit).toBe(LIMITS.answerFileBytes);
  });

  it("refuses a missing file and a directory", () => {
    expect(places(diagnosticsOf(() => loadAnswerFile(join(dir, "nope.yaml"))))).toEqual(["FILE_NOT_FOUND -:-"]);
    const sub = join(dir, "folder.yaml");
    mkdirSync(sub);
    expect(places(diagnosticsOf(() => loadAnswerFile(sub)))).toEqual(["FILE_UNREADABLE -:-"]);
  });

  it("reports all problems of a file at once", () => {
    const file = write(
      "many.yaml",
      "questionnaire: clientondersteuning-wmo2015\nversion: 1.0.0\nmunicipality: X\nrespondent: {role: baas}\ndate: 2025-13-01\nanswers:\n  toegankelijkheid.gratis: jawel\n  beleidsplan.inrichtng: ja\n",
    );
    const ds = diagnosticsOf(() => loadAnswerFile(file));
    expect(places(ds)).toEqual(["INVALID_VALUE 4:20", "INVALID_DATE 5:7", "INVALID_VALUE 7:28", "UNKNOWN_ITEM 8:3"]);
    expect(ds.find((d) => d.code === "UNKNOWN_ITEM")!.params.suggestion).toBe("beleidsplan.inrichting");
  });
});

describe("group answers (answer-file format 1.3)", () => {
  it("reads the group block, votes and dissent", () => {
    const { answers } = loadAnswerFile(fixture("answers", "valid", "group.yaml"));
    expect(answers.group).toEqual({
      rule: "meerderheid",
      members: [
        { name: "A. de Vries", role: "adviesraad", date: "2026-12-03", sha256: "a1".repeat(32) },
        { name: "B. Bakker", role: "adviesraad", date: "2026-12-04", sha256: "b2".repeat(32) },
      ],
    });
    expect(answers.answers.get("toegankelijkheid.gratis")).toEqual({
      answer: "ja",
      note: "A. de Vries: Staat in de verordening.",
      votes: { ja: 1, "weet-niet": 1 },
      dissent: [{ member: 2, name: "B. Bakker", answer: "weet-niet", note: "Nooit van gehoord." }],
    });
    expect(answers.answers.get("onafhankelijkheid.scheiding-toewijzing")).toEqual({ answer: "nee", votes: { nee: 2 } });
  });
});
