// The unfinished file an interview keeps after Ctrl-C before the details were all given: what it
// writes reads back, and only such a file is read as one (anything else is refused as it is).
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { parseAnswers } from "../../src/load/parse-answers.js";
import { SourceDocument } from "../../src/load/source-document.js";
import { isUnfinishedName, unfinishedFileName } from "../../src/interview/unfinished.js";
import { missingOf, readUnfinishedHeader } from "../../src/load/unfinished-header.js";
import { serializeUnfinished } from "../../src/load/write-answers.js";
import type { UnfinishedHeader } from "../../src/load/unfinished-header.js";

const q = loadQuestionnaire("clientondersteuning-wmo2015");

/** The header read back from `text`, or "answers" when it is a valid answer file. */
function readBack(text: string, file = "x.yaml"): UnfinishedHeader | "answers" | undefined {
  const source = SourceDocument.parse(text, file, { json: file.endsWith(".json") });
  try {
    parseAnswers(source, q);
    return "answers";
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return readUnfinishedHeader(source, err);
  }
}

describe("unfinished file", () => {
  it("what is written reads back the same, in YAML and JSON; with every field it is an answer file", () => {
    const headers: UnfinishedHeader[] = [
      { municipality: "Súdwest-Fryslân" },
      { municipality: "Ede", gemeentecode: "GM0228", name: "Team Wmo" },
      { municipality: "Ede", role: "clientorganisatie" },
      { municipality: "Ede", date: "2026-02-28" },
    ];
    for (const h of headers)
      for (const format of ["yaml", "json"] as const) {
        const text = serializeUnfinished(h, q, ["kop"], format);
        expect(readBack(text, `x.${format}`)).toEqual(h);
      }
    const whole = serializeUnfinished({ municipality: "Ede", role: "gemeente", date: "2026-01-15" }, q, []);
    expect(readBack(whole)).toBe("answers");
    expect(missingOf({ municipality: "Ede", role: "gemeente" })).toEqual(["date"]);
  });

  it("a file with any other problem, or with answers, meta or group, is not read as one", () => {
    const base = "questionnaire: clientondersteuning-wmo2015\nversion: 1.3.0\nmunicipality: Ede\n";
    expect(readBack(base)).toEqual({ municipality: "Ede" });
    expect(readBack(`${base}respondent:\n  role: wmo-raad\n`)).toBeUndefined();
    expect(readBack(`${base}gemeentecode: GM02\n`)).toBeUndefined();
    expect(readBack(`${base}date: 2026-13-01\n`)).toBeUndefined();
    expect(readBack(`${base}answers:\n  toegankelijkheid.gratis: ja\n`)).toBeUndefined();
    expect(readBack(`${base}meta:\n  wave: 1\n`)).toBeUndefined();
    expect(readBack(`${base}onbekend: 1\n`)).toBeUndefined();
    expect(readBack("questionnaire: clientondersteuning-wmo2015\nversion: 1.3.0\n")).toBeUndefined();
    expect(readBack("questionnaire: clientondersteuning-wmo2015\nversion: 2.0.0\nmunicipality: Ede\n")).toBeUndefined();
  });

  it("its name, and which names are its", () => {
    expect(unfinishedFileName("Rijssen-Holten", "nl")).toBe("zelftest-rijssen-holten-onvolledig.yaml");
    expect(unfinishedFileName("Ede", "en", "json")).toBe("zelftest-ede-incomplete.json");
    expect(isUnfinishedName("/a/zelftest-ede-onvolledig-2.yaml")).toBe(true);
    expect(isUnfinishedName("C:\\a\\zelftest-ede-incomplete.json")).toBe(true);
    expect(isUnfinishedName("/a/mijn-zelftest.yaml")).toBe(false);
    expect(isUnfinishedName("/a/zelftest-ede-gemeente-2026-01-15.yaml")).toBe(false);
  });
});
