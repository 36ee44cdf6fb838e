// Every text of the interview exists in Dutch and English and reads as text for its arguments
// (singular and plural), so that no screen shows "undefined" or an empty line in either language.
import { describe, expect, it } from "vitest";
import { INTERVIEW_TEXT } from "../../src/messages/interview.js";
import type { InterviewTexts } from "../../src/messages/interview.js";

type Calls = { [K in keyof InterviewTexts]?: InterviewTexts[K] extends (...args: infer A) => string ? A[] : never };

const CALLS: Calls = {
  interruptedUnfinished: [
    ["a.yaml", ["respondent.role", "date"]],
    ["a.yaml", ["date"]],
  ],
  unfinishedComment: [[["respondent.role", "date"]], [["respondent.role"]]],
  unfinishedNotSaved: [["Ede, GM0228"]],
  unfinishedRemoved: [["a.yaml", "b.yaml"]],
  unfinishedLeft: [["a.yaml"]],
  unfinishedGone: [["a.yaml", "b.yaml"]],
  unfinishedNotRemoved: [["a.yaml", "b.yaml", "geen toestemming, EACCES"]],
  welcome: [
    [15, 41, true],
    [15, 0, false],
  ],
  welcomeLegal: [
    [1, false],
    [15, true],
  ],
  legalPart: [[true], [false]],
  welcomePractice: [
    [15, 1],
    [15, 72],
  ],
  scopeLegal: [
    [15, true],
    [15, false],
  ],
  scopeAll: [
    [56, true],
    [56, false],
  ],
  savedTo: [["/a/b.yaml"]],
  fileExists: [["/a/b.yaml"]],
  themeHeader: [[2, 7, "Onafhankelijkheid"]],
  questionHeader: [[3, 15]],
  levelLegal: [["Wmo 2015, art. 2.3.2 lid 3"], [undefined]],
  termsExplained: [[["wijkteam"]], [["wijkteam", "convenant"]]],
  followUp: [[27]],
  tooLong: [[5000]],
  continuing: [
    [true, 1, true],
    [false, 13, false],
  ],
  outExists: [["/a/b.yaml", "/a/c.yaml"]],
  changedOnDisk: [["/a/b.yaml", "/a/b-2.yaml"]],
  reviewTheme: [[1, "Beleidsplan", "1 ja, 1 deels"]],
  reviewSkipped: [[1], [4]],
  addPractice: [[41]],
  reportExists: [["/a/b.html"]],
  saveFailed: [["Vraag 2 van 15"], ["the details of the municipality and the self-assessment"]],
  unsavedLost: [["Vraag 2 van 15"]],
  handEdited: [
    ["/a/b.yaml", ["comments"]],
    ["/a/b.yaml", ["comments", "numbers", "spaces"]],
  ],
  handEditedCopy: [["/a/b-2.yaml"]],
  reportWritten: [["/a/b.html"]],
  stopped: [["/a/b.yaml"]],
  interrupted: [["/a/b.yaml"]],
  resumeHint: [["/a/b.yaml"]],
  nextSteps: [["/a/b.yaml"]],
};

describe("interview texts", () => {
  it("Dutch and English have the same texts", () => {
    expect(Object.keys(INTERVIEW_TEXT.en).sort()).toEqual(Object.keys(INTERVIEW_TEXT.nl).sort());
  });

  it.each(["nl", "en"] as const)("every %s text reads as text, for every kind of argument", (lang) => {
    const texts = INTERVIEW_TEXT[lang];
    for (const [key, value] of Object.entries(texts)) {
      if (typeof value === "function") {
        const calls = (CALLS as Record<string, unknown[][] | undefined>)[key];
        expect(calls, `${key}: add sample arguments to CALLS`).toBeDefined();
        for (const args of calls!) {
          const out = (value as (...a: unknown[]) => string)(...args);
          expect(out, `${lang}.${key}`).toMatch(/\S/);
          expect(out, `${lang}.${key}`).not.toMatch(/undefined|NaN|\[object/);
        }
      } else if (typeof value === "string") expect(value, `${lang}.${key}`).toMatch(/\S/);
      else
        for (const [k, v] of Object.entries(value as Record<string, string>))
          expect(v, `${lang}.${key}.${k}`).toMatch(/\S/);
    }
  });

  it("singular and plural", () => {
    expect(INTERVIEW_TEXT.nl.continuing(true, 1, true)).toContain("nog 1 vraag open");
    expect(INTERVIEW_TEXT.nl.continuing(true, 1, true)).toContain("de wet en de VNG-zelftest en goede praktijk");
    expect(INTERVIEW_TEXT.nl.reviewSkipped(4)).toBe("4 vragen vervallen door een eerder antwoord.");
    expect(INTERVIEW_TEXT.en.termsExplained(["a", "b"])).toBe('The words a and b are explained under "More".');
    expect(INTERVIEW_TEXT.nl.termsExplained(["a", "b", "c"])).toBe(
      'Uitleg van de woorden a, b en c: kies "Meer uitleg".',
    );
  });
});
