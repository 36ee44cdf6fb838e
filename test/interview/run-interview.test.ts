import { describe, expect, it } from "vitest";
import { InterruptedError } from "../../src/errors.js";
import { runInterview, slug } from "../../src/interview/run-interview.js";
import type { InterviewFiles } from "../../src/interview/run-interview.js";
import { parseAnswers } from "../../src/load/parse-answers.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { SourceDocument } from "../../src/load/source-document.js";
import type { AnswerSet } from "../../src/model/answers.js";
import type { Questionnaire } from "../../src/model/questionnaire.js";
import { PLAIN } from "../../src/report/render-summary.js";
import { answerSet, mini } from "../helpers/fixtures.js";
import { answer, ScriptedPrompter } from "../helpers/scripted-prompter.js";
import type { Step } from "../helpers/scripted-prompter.js";

const builtin = loadQuestionnaire("clientondersteuning-wmo2015");

class MemoryFiles implements InterviewFiles {
  readonly saved = new Map<string, string>();
  saves = 0;
  constructor(private readonly preset: Record<string, AnswerSet> = {}) {}
  exists = (p: string) => this.saved.has(p) || p in this.preset;
  save = (p: string, text: string) => {
    this.saves += 1;
    this.saved.set(p, text);
  };
  load = (p: string) => this.preset[p] ?? this.parsed(p);
  resolve = (name: string) => `/work/${name}`;
  parsed(p: string, q: Questionnaire = builtin): AnswerSet {
    const text = this.saved.get(p);
    if (text === undefined) throw new Error(`nothing saved at ${p}`);
    return parseAnswers(SourceDocument.parse(text, p), q);
  }
}

const header = (municipality = "Utrecht", role = "gemeente", name = "", date = ""): Step[] => [
  { input: municipality, expect: /gemeente/ },
  { select: role, expect: /Wie/ },
  { input: name },
  { input: date },
  { select: false, expect: /Welke vragen/ }, // legal requirements only
];
const options = (q: Questionnaire = builtin, extra = {}) => ({ questionnaire: q, lang: "nl" as const, today: "2026-01-15", style: PLAIN, width: 80, ...extra });
const FILE = "/work/zelftest-utrecht-2026-01-15.yaml";

describe("the interview flow", () => {
  it("asks who and what, all 15 legal items, reviews, saves after every answer, and shows the result", async () => {
    const values = ["ja", "deels", "nee", "weet-niet", "ja", "ja", "ja", "ja", "ja", "ja", "ja", "ja", "ja", "ja", "ja"];
    const prompter = new ScriptedPrompter([
      ...header("Utrecht", "adviesraad", "Wmo-raad Utrecht"),
      ...answer("ja", "Staat in het Wmo-plan 2025", "Wmo-plan §4"),
      ...values.slice(1).flatMap((v) => answer(v)),
      { select: "", expect: /wijzigen/ },
    ]);
    const files = new MemoryFiles();
    const outcome = await runInterview(prompter, files, options());
    expect(outcome.status).toBe("done");
    expect(prompter.remaining).toBe(0);
    const saved = files.parsed(FILE);
    expect(saved).toMatchObject({ municipality: "Utrecht", date: "2026-01-15", respondent: { role: "adviesraad", name: "Wmo-raad Utrecht" } });
    expect([...saved.answers.values()].map((a) => a.answer)).toEqual(values);
    expect(saved.answers.get("beleidsplan.inrichting")).toEqual({ answer: "ja", note: "Staat in het Wmo-plan 2025", evidence: "Wmo-plan §4" });
    expect(files.saves).toBeGreaterThanOrEqual(1 + 2 * 15); // header, then after the answer and after its note/evidence
    const out = prompter.printed.join("");
    expect(out).toContain("Thema 1 van 7: Beleidsplan");
    expect(out).toContain("Vraag 15 van 15");
    expect(out).toContain("Wettelijke eisen");
    expect(out).toContain("voldoet niet");
    expect(out).toContain(`npx zelftest score ${FILE}`);
  });

  it("the default file name comes from municipality and date; --out overrides it", async () => {
    expect(slug("Súdwest-Fryslân")).toBe("sudwest-fryslan");
    expect(slug("'s-Hertogenbosch")).toBe("s-hertogenbosch");
    expect(slug("!!!")).toBe("gemeente");
    const files = new MemoryFiles();
    await runInterview(new ScriptedPrompter([...header(), { select: "stop" }]), files, options(builtin, { out: "/elders/a.yaml" }));
    expect([...files.saved.keys()]).toEqual(["/elders/a.yaml"]);
  });

  it("with good practice chosen, asks the 15 legal and then the good-practice questions, skipping what a condition rules out", async () => {
    // In questionnaire order: legal and practice items per theme; 'samenspel.informeel-aanbod' = nee
    // skips its four follow-up questions.
    const order = builtin.items.map((i) => i.id);
    const skipped = builtin.items.filter((i) => i.when?.item === "samenspel.informeel-aanbod").map((i) => i.id);
    const steps = order
      .filter((id) => !skipped.includes(id))
      .flatMap((id) => answer(id === "samenspel.informeel-aanbod" ? "nee" : "ja"));
    const prompter = new ScriptedPrompter([...header().slice(0, 4), { select: true, expect: /Welke vragen/ }, ...steps, { select: "" }]);
    const files = new MemoryFiles();
    await runInterview(prompter, files, options());
    const saved = files.parsed(FILE);
    expect(saved.answers.size).toBe(builtin.items.length - skipped.length);
    expect(skipped).toHaveLength(4);
    expect(prompter.printed.join("")).toContain(`Vraag ${builtin.items.length - 4} van ${builtin.items.length - 4}`);
  });

  it("refuses an empty municipality and an impossible date (the prompt validates)", async () => {
    await expect(runInterview(new ScriptedPrompter([{ input: "   " }]), new MemoryFiles(), options())).rejects.toThrow(/refused/);
    await expect(runInterview(new ScriptedPrompter(header("X", "gemeente", "", "2026-02-30")), new MemoryFiles(), options())).rejects.toThrow(/refused/);
  });

  it("'more' explains why and the source, then asks again", async () => {
    const prompter = new ScriptedPrompter([...header(), { select: "more" }, { select: "stop" }]);
    await runInterview(prompter, new MemoryFiles(), options());
    const out = prompter.printed.join("");
    expect(out).toContain("Waarom dit ertoe doet");
    expect(out).toContain("Movisie (2016)");
    expect(out).toContain("Voorbeeld: Rijssen-Holten");
    expect(prompter.asked.filter((m) => m === "Uw antwoord")).toHaveLength(2);
  });

  it("'back' returns to the previous question, showing the earlier answer as default", async () => {
    const files = new MemoryFiles();
    const prompter = new ScriptedPrompter([...header(), ...answer("nee"), { select: "back" }, ...answer("ja"), { select: "stop" }]);
    const outcome = await runInterview(prompter, files, options());
    expect(outcome.status).toBe("stopped");
    expect(files.parsed(FILE).answers.get("beleidsplan.inrichting")?.answer).toBe("ja");
    expect(prompter.printed.join("")).toContain("npx zelftest interview --resume");
  });

  it("Ctrl-C: the answers so far are on disk and the error says where", async () => {
    const files = new MemoryFiles();
    const prompter = new ScriptedPrompter([...header(), ...answer("ja"), ...answer("deels"), { select: "nee" }, { interrupt: true }]);
    const err = await runInterview(prompter, files, options()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InterruptedError);
    expect((err as InterruptedError).savedTo).toBe(FILE);
    const answers = files.parsed(FILE).answers;
    expect([...answers.entries()].map(([id, a]) => `${id}=${a.answer}`)).toEqual([
      "beleidsplan.inrichting=ja",
      "beleidsplan.wettelijke-eisen=deels",
      "onafhankelijkheid.professionele-autonomie=nee",
    ]);
  });

  it("Ctrl-C before anything is saved has nothing to point to", async () => {
    const err = await runInterview(new ScriptedPrompter([{ interrupt: true }]), new MemoryFiles(), options()).catch((e: unknown) => e);
    expect((err as InterruptedError).savedTo).toBeUndefined();
  });

  it("--resume continues at the first unanswered item and keeps everything", async () => {
    const start = answerSet(
      { "beleidsplan.inrichting": { answer: "ja", note: "bewaard" }, "beleidsplan.wettelijke-eisen": "nee" },
      { questionnaire: builtin.id, version: "1.0.0", municipality: "Zeist", date: "2025-06-01" },
    );
    const files = new MemoryFiles({ "/work/z.yaml": start });
    const prompter = new ScriptedPrompter([{ select: false, expect: /Welke vragen/ }, { select: "stop" }]);
    await runInterview(prompter, files, options(builtin, { resume: "/work/z.yaml" }));
    expect(prompter.printed.join("")).toContain("Vraag 3 van 15 · onafhankelijkheid.professionele-autonomie");
    const saved = files.parsed("/work/z.yaml");
    expect(saved.municipality).toBe("Zeist");
    expect(saved.answers.get("beleidsplan.inrichting")).toEqual({ answer: "ja", note: "bewaard" });
  });

  it("an existing file is never overwritten without asking", async () => {
    const existing = answerSet({ "toegankelijkheid.gratis": "ja" }, { questionnaire: builtin.id, version: "1.0.0" });
    const stopFiles = new MemoryFiles({ [FILE]: existing });
    expect(await runInterview(new ScriptedPrompter([...header(), { select: "stop", expect: /bestaat al/ }]), stopFiles, options())).toEqual({ status: "cancelled" });
    expect(stopFiles.saves).toBe(0);

    const resumeFiles = new MemoryFiles({ [FILE]: existing });
    await runInterview(new ScriptedPrompter([...header(), { select: "resume" }, { select: false }, { select: "stop" }]), resumeFiles, options());
    expect(resumeFiles.parsed(FILE).answers.get("toegankelijkheid.gratis")?.answer).toBe("ja");

    const overwriteFiles = new MemoryFiles({ [FILE]: existing });
    await runInterview(new ScriptedPrompter([...header(), { select: "overwrite" }, { select: "stop" }]), overwriteFiles, options());
    expect(overwriteFiles.parsed(FILE).answers.size).toBe(0);
  });

  it("the review lets any answer be changed before the result", async () => {
    const files = new MemoryFiles();
    const prompter = new ScriptedPrompter([
      ...header(),
      ...Array.from({ length: 15 }, () => answer("ja")).flat(),
      { select: "kwaliteit", expect: /wijzigen/ },
      { select: "kwaliteit.eisen" },
      ...answer("nee", "Geen eisen in de subsidie"),
      { select: "" },
    ]);
    const outcome = await runInterview(prompter, files, options());
    expect(outcome.status).toBe("done");
    expect(files.parsed(FILE).answers.get("kwaliteit.eisen")).toEqual({ answer: "nee", note: "Geen eisen in de subsidie" });
    expect(prompter.printed.join("")).toMatch(/✗ Nee\s+kwaliteit\.eisen/);
  });

  it("a note can be kept with Enter or cleared with -", async () => {
    const start = answerSet({ "beleidsplan.inrichting": { answer: "deels", note: "oud", evidence: "bron" } }, { questionnaire: builtin.id, version: "1.0.0" });
    const files = new MemoryFiles({ "/work/n.yaml": start });
    // Everything answered except the first two: answer #2, go back to #1, keep its note, clear its evidence.
    await runInterview(
      new ScriptedPrompter([{ select: false }, { select: "ja" }, { input: "" }, { input: "" }, ...Array.from({ length: 13 }, () => answer("ja")).flat(), { select: "beleidsplan", expect: /wijzigen/ }, { select: "beleidsplan.inrichting" }, { select: "ja" }, { input: "" }, { input: "-" }, { select: "" }]),
      files,
      options(builtin, { resume: "/work/n.yaml" }),
    );
    expect(files.parsed("/work/n.yaml").answers.get("beleidsplan.inrichting")).toEqual({ answer: "ja", note: "oud" });
  });

  it("asks good practice only when chosen, and skips items whose condition is not met", async () => {
    const q = mini();
    const file = "/work/zelftest-x-2026-01-15.yaml";
    const withPractice = new ScriptedPrompter([
      { input: "X" }, { select: "gemeente" }, { input: "" }, { input: "" }, { select: true, expect: /Welke vragen/ },
      ...answer("ja"), ...answer("ja"), ...answer("ja"), // alpha.een, alpha.twee, alpha.praktijk
      ...answer("ja"), ...answer("nee"), // beta.een, beta.informeel = nee → details skipped
      ...answer("deels"), // gamma.een
      { select: "" },
    ]);
    const files = new MemoryFiles();
    await runInterview(withPractice, files, options(q));
    expect([...files.parsed(file, q).answers.keys()]).toEqual(["alpha.een", "alpha.twee", "alpha.praktijk", "beta.een", "beta.informeel", "gamma.een"]);

    const legalOnly = new ScriptedPrompter([
      { input: "X" }, { select: "gemeente" }, { input: "" }, { input: "" }, { select: false },
      ...answer("ja"), ...answer("ja"), ...answer("ja"),
      { select: "" },
    ]);
    const files2 = new MemoryFiles();
    await runInterview(legalOnly, files2, options(q));
    expect([...files2.parsed(file, q).answers.keys()]).toEqual(["alpha.een", "alpha.twee", "beta.een"]);
  });

  it("a condition that becomes true asks the extra item", async () => {
    const q = mini();
    const prompter = new ScriptedPrompter([
      { input: "X" }, { select: "gemeente" }, { input: "" }, { input: "" }, { select: true },
      ...answer("ja"), ...answer("ja"), ...answer("ja"), ...answer("ja"), ...answer("ja"),
      ...answer("deels"), // beta.informeel-details is asked now
      ...answer("ja"),
      { select: "" },
    ]);
    await runInterview(prompter, new MemoryFiles(), options(q));
    expect(prompter.printed.join("")).toContain("beta.informeel-details");
  });

  it("offers the report at the end and writes it next to the answer file, asking before overwriting", async () => {
    const files = new MemoryFiles();
    files.saved.set("/work/zelftest-utrecht-2026-01-15.md", "oud");
    const made: string[] = [];
    const makeReport = (file: string, format: "md" | "html") => {
      made.push(`${file}:${format}`);
      return `rapport ${format}`;
    };
    const prompter = new ScriptedPrompter([
      ...header(),
      ...Array.from({ length: 15 }, () => answer("ja")).flat(),
      { select: "" },
      { select: ["html", "md"], expect: /rapport/ },
      { select: false, expect: /bestaat al/ },
    ]);
    await runInterview(prompter, files, options(builtin, { makeReport }));
    expect(made).toEqual([`${FILE}:html`]);
    expect(files.saved.get("/work/zelftest-utrecht-2026-01-15.html")).toBe("rapport html");
    expect(files.saved.get("/work/zelftest-utrecht-2026-01-15.md")).toBe("oud");
    expect(prompter.printed.join("")).toContain("Rapport geschreven: /work/zelftest-utrecht-2026-01-15.html");
  });

  it("speaks English with lang en", async () => {
    const prompter = new ScriptedPrompter([
      { input: "Utrecht", expect: /municipality/ }, { select: "gemeente" }, { input: "" }, { input: "" }, { select: false }, { select: "stop" },
    ]);
    await runInterview(prompter, new MemoryFiles(), { ...options(), lang: "en" });
    const out = prompter.printed.join("");
    expect(out).toContain("Theme 1 of 7: Policy plan");
    expect(out).toContain("Does the policy plan describe how the municipality organises client support?");
  });
});
