// `zelftest interview --resume` of a group answer (issue 19 §5): the file `zelftest samenvoegen`
// wrote is continued without "edited by hand", every group field survives (rule, members with
// their sha256, votes and dissent of every item), each question shows the members' votes and who
// answered differently, and a changed answer moves dissent as the form does (changeGroupAnswer).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { handEdits } from "../../src/interview/hand-edits.js";
import { runInterview } from "../../src/interview/run-interview.js";
import { serializeAnswers } from "../../src/load/write-answers.js";
import { GROUP_TEXT } from "../../src/messages/group.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import type { AnswerSet } from "../../src/model/answers.js";
import { PLAIN } from "../../src/report/render-summary.js";
import { fixture } from "../helpers/fixtures.js";
import { MemoryFiles } from "../helpers/memory-files.js";
import { ScriptedPrompter } from "../helpers/scripted-prompter.js";

const builtin = loadQuestionnaire("clientondersteuning-wmo2015");
const FILE = "/work/groep.yaml";
// The fixture is the file samenvoegen wrote, with one line of our own above it: without that line it is byte for byte samenvoegen's.
// The group also answered the law's own duties that questionnaire 1.3.0 added after the members
// filled in theirs (plain answers, without votes), so that the legal part is complete and a resume
// goes straight to the overview.
const merged = readFileSync(fixture("answers", "council", "groep.yaml"), "utf8")
  .replace(/^# The group answer[^\n]*\n/, "")
  .replace(
    /^answers:\n/m,
    "answers:\n  onafhankelijkheid.belang-voorop: ja\n  toegankelijkheid.beschikbaar: ja\n  informatieplicht.herindicatie: ja\n",
  );
const options = (lang: "nl" | "en" = "nl") => ({
  questionnaire: builtin,
  lang,
  today: "2026-12-08",
  style: PLAIN,
  width: 100,
  resume: FILE,
});
const groupFields = (a: AnswerSet) => ({
  group: a.group,
  // By id: the interview writes the answers in questionnaire order.
  items: [...a.answers]
    .map(([id, x]) => ({ id, votes: x.votes, dissent: x.dissent }))
    .sort((x, y) => x.id.localeCompare(y.id)),
});

describe("interview --resume of a group answer (issue 19)", () => {
  it("continues samenvoegen's file without asking about hand edits, and a change keeps every group field", async () => {
    const files = new MemoryFiles({ [FILE]: merged });
    const before = files.parsed(FILE);
    const prompter = new ScriptedPrompter([
      // All legal questions answered: straight to the overview (no "met de hand bewerkt" question first).
      { select: "onafhankelijkheid", expect: /thema/ },
      { select: "onafhankelijkheid.professionele-autonomie", expect: /wijzigen/ },
      { select: "deels", expect: /antwoord/ },
      { select: "", expect: /wijzigen/ },
      { select: "" },
    ]);
    const outcome = await runInterview(prompter, files, options());
    expect(outcome.status).toBe("done");
    expect(prompter.asked.some((m) => /met de hand bewerkt/.test(m))).toBe(false);

    const after = files.parsed(FILE);
    expect(after.group).toEqual(before.group);
    // Every other item exactly as merged: answer, note, evidence, votes, dissent.
    for (const [id, x] of before.answers)
      if (id !== "onafhankelijkheid.professionele-autonomie") expect(after.answers.get(id), id).toEqual(x);
    // The changed one: the votes stay (what the members answered); the two who answered deels now
    // agree, the two who answered weet niet (the old group answer) now differ, by name.
    expect(after.answers.get("onafhankelijkheid.professionele-autonomie")).toEqual({
      answer: "deels",
      votes: { deels: 2, "weet-niet": 2 },
      dissent: [
        { member: 3, name: "C. Çelik", answer: "weet-niet" },
        { member: 4, name: "D. Jansen", answer: "weet-niet" },
      ],
    });
    // The question showed what the members said, before the group chose.
    const shown = prompter.printed.join("");
    expect(shown).toContain("Stemmen van de leden: 2 × Deels, 2 × Weet niet");
    expect(shown).toContain("Anders geantwoord: A. de Vries: Deels");
  });

  it("a note and a source added to a group's item keep its votes and dissent; the members' words are shown", async () => {
    const files = new MemoryFiles({ [FILE]: merged });
    const before = files.parsed(FILE);
    const id = "toegankelijkheid.gratis";
    const prompter = new ScriptedPrompter([
      { select: "toegankelijkheid", expect: /thema/ },
      { select: id, expect: /wijzigen/ },
      { select: "details", expect: /antwoord/ },
      { input: "Besproken op 8 december: het staat in de verordening.", expect: /Toelichting/ },
      { input: "", expect: /Bron/ },
      { select: "", expect: /wijzigen/ },
      { select: "" },
    ]);
    await runInterview(prompter, files, options());
    const item = files.parsed(FILE).answers.get(id)!;
    expect(item.note).toBe("Besproken op 8 december: het staat in de verordening.");
    expect(item.evidence).toBe(before.answers.get(id)!.evidence);
    expect({ votes: item.votes, dissent: item.dissent }).toEqual({
      votes: before.answers.get(id)!.votes,
      dissent: before.answers.get(id)!.dissent,
    });
    expect(prompter.printed.join("")).toContain(
      "Anders geantwoord: D. Jansen: Weet niet – Nooit van gehoord dat het gratis is.",
    );
  });

  it("looking and ending without a change leaves every group field as it was (YAML and JSON)", async () => {
    const parsed = new MemoryFiles({ [FILE]: merged }).parsed(FILE);
    for (const [file, start] of [
      [FILE, merged],
      ["/work/groep.json", parsed],
    ] as const) {
      const files = new MemoryFiles({ [file]: start });
      const before = files.parsed(file);
      const prompter = new ScriptedPrompter([{ select: "kwaliteit" }, { select: "" }, { select: "" }]);
      const outcome = await runInterview(prompter, files, { ...options(), resume: file });
      expect(outcome.status).toBe("done");
      expect(groupFields(files.parsed(file))).toEqual(groupFields(before));
      expect(files.parsed(file).group?.members).toHaveLength(4);
    }
  });

  it("a group file with a comment of someone's own is still a hand edit: the interview asks first", async () => {
    const files = new MemoryFiles({ [FILE]: `# Eigen aantekening van de voorzitter\n${merged}` });
    const prompter = new ScriptedPrompter([{ select: "stop", expect: /met de hand bewerkt/ }]);
    await runInterview(prompter, files, options()).catch((e: unknown) => e);
    expect(prompter.asked[0]).toMatch(/opmerkingen/);
  });

  it("samenvoegen's header is its own in either language, for the file's members and date; another header is not", () => {
    const a = new MemoryFiles({ [FILE]: merged }).parsed(FILE);
    for (const lang of ["nl", "en"] as const) {
      const text = serializeAnswers(a, builtin, GROUP_TEXT[lang].header(4, a.date, "raad.yaml"));
      expect(handEdits(text), lang).toEqual([]);
      // Another number of members or another date than the file's: not the header samenvoegen wrote for it.
      expect(handEdits(serializeAnswers(a, builtin, GROUP_TEXT[lang].header(3, a.date, "raad.yaml")))).toEqual([
        "comments",
      ]);
      expect(handEdits(serializeAnswers(a, builtin, GROUP_TEXT[lang].header(4, "2020-01-01", "x.yaml")))).toEqual([
        "comments",
      ]);
    }
  });
});
