// The first page speaks to whoever filled in the answers: the municipality reports to its college,
// an advisory council or client organisation takes its findings to the municipality. Heading, the
// first page alone (--kort) and the next steps follow the respondent's role, in both languages.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { ROLES } from "../../src/model/vocabulary.js";
import type { Lang, Role } from "../../src/model/vocabulary.js";
import { renderReport } from "../../src/report/render-report.js";
import { ROOT } from "../helpers/fixtures.js";
import { modelOf, templates } from "../helpers/reports.js";

const { answers, questionnaire } = loadAnswerFile(join(ROOT, "examples", "adviesraad-rijssen-holten-2015.yaml"));
const modelAs = (role: Role, lang: Lang, short = false) =>
  modelOf({ ...answers, respondent: { role } }, questionnaire, lang, { short });

describe("role-aware first page", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`gives every role its own heading and subtitle (${lang})`, () => {
      const titles = ROLES.map((r) => modelAs(r, lang).firstPage.title);
      expect(new Set(titles).size).toBe(ROLES.length);
      const subtitles = ROLES.map((r) => modelAs(r, lang, true).subtitle);
      expect(new Set(subtitles).size).toBe(ROLES.length);
      // The full report keeps its own subtitle, whoever answered.
      expect(new Set(ROLES.map((r) => modelAs(r, lang).subtitle)).size).toBe(1);
    });
  }

  it("addresses the college only in the municipality's own report", () => {
    expect(modelAs("gemeente", "nl", true).subtitle).toMatch(/^Samenvatting voor het college/);
    expect(modelAs("gemeente", "en", true).subtitle).toMatch(/^Summary for the executive board/);
    for (const role of ROLES.filter((r) => r !== "gemeente"))
      for (const lang of ["nl", "en"] as const) {
        const md = renderReport(modelAs(role, lang, true), "md", templates);
        expect(md, `${role} ${lang}`).not.toMatch(/Samenvatting voor het college|Summary for the executive board/);
        // Nobody outside the council is told to discuss the outcome with the council it is.
        if (role === "adviesraad") expect(md).not.toMatch(/met de Wmo-adviesraad|with the Wmo advisory council/);
        // Outside the municipality, the unknown items are documents to ask the municipality for: the first step.
        expect(modelAs(role, lang).firstPage.next[0], `${role} ${lang}`).toMatch(
          /^(Vraag de gemeente|Ask the municipality)/,
        );
      }
  });

  it("has the municipality fill in its own plan and find its own documents", () => {
    const next = modelAs("gemeente", "nl").firstPage.next;
    expect(next[0]).toMatch(
      /^Neem het plan van aanpak \(5 werkpakketten, de wet en de VNG-zelftest eerst\) over in een projectplan/,
    );
    expect(next[1]).toMatch(/^Zoek de stukken op/);
    expect(next).toContain("Bespreek de uitkomst met de Wmo-adviesraad of cliëntenraad en met de aanbieders.");
    expect(modelAs("gemeente", "nl").unknownIntro).not.toContain("bij de gemeente kunt opvragen");
  });

  it("names the respondent in plain words, also for 'anders'", () => {
    expect(modelAs("anders", "nl").firstPage.about[0]).toMatch(/^Dit is een zelftest: de invuller beantwoordde/);
    expect(modelAs("anders", "en").firstPage.about[0]).toMatch(/^This is a self-assessment: the respondent answered/);
    expect(modelAs("adviesraad", "nl").firstPage.about[0]).toMatch(/^Dit is een zelftest: de adviesraad/);
  });

  it("skips next steps that do not apply", () => {
    for (const role of ROLES) {
      const next = modelOf(
        { ...answers, respondent: { role }, answers: new Map() },
        questionnaire,
        "nl",
      ).firstPage.next.join(" ");
      expect(next, role).toMatch(/plan van aanpak \(\d werkpakketten/);
      expect(next).not.toMatch(/bron vast/);
    }
  });
});
