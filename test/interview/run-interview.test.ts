import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InterruptedError, UsageError } from "../../src/errors.js";
import type { InputError } from "../../src/errors.js";
import { parseAnswers } from "../../src/load/parse-answers.js";
import { readUnfinishedHeader } from "../../src/load/unfinished-header.js";
import type { Choice, Prompter } from "../../src/interview/prompter.js";
import { runInterview } from "../../src/interview/run-interview.js";
import { serializeAnswers, slug } from "../../src/load/write-answers.js";
import { parseQuestionnaire } from "../../src/load/parse-questionnaire.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { SourceDocument } from "../../src/load/source-document.js";
import type { Questionnaire } from "../../src/model/questionnaire.js";
import { legalCitation } from "../../src/messages/legal.js";
import { escapeTerminal } from "../../src/report/escape.js";
import { PLAIN } from "../../src/report/render-summary.js";
import { INTERVIEW_TEXT } from "../../src/messages/interview.js";
import { answerSet, fixture, mini } from "../helpers/fixtures.js";
import { MemoryFiles } from "../helpers/memory-files.js";
import { answer, answerWithDetails, ScriptedPrompter } from "../helpers/scripted-prompter.js";
import type { Step } from "../helpers/scripted-prompter.js";

const builtin = loadQuestionnaire("clientondersteuning-wmo2015");
/** What the n-th legal item of the built-in questionnaire rests on, as every output cites it. */
const citedAs = (n: number) =>
  legalCitation([builtin.items.filter((i) => i.level === "wettelijk")[n - 1]!.legal!], "nl");
/** Number of the first good-practice question when all questions are asked in order. */
const firstPractice = builtin.items.findIndex((i) => i.level === "aanbeveling") + 1;
const legalItems = builtin.items.filter((i) => i.level === "wettelijk");

const header = (municipality = "Utrecht", role = "gemeente", name = "", date = "", code = ""): Step[] => [
  { input: municipality, expect: /gemeente/ },
  { input: code, expect: /CBS-gemeentecode/ },
  { select: role, expect: /Wie/ },
  { input: name },
  { input: date, expect: /dag-maand-jaar/ },
  { select: "legal", expect: /Welke vragen/ },
];
const options = (q: Questionnaire = builtin, extra = {}) => ({
  questionnaire: q,
  lang: "nl" as const,
  today: "2026-01-15",
  style: PLAIN,
  width: 80,
  ...extra,
});
const FILE = "/work/zelftest-utrecht-gemeente-2026-01-15.yaml";
const all15 = (value = "ja") => legalItems.flatMap(() => answer(value));
const allLegal = all15;
const v1 = { questionnaire: builtin.id, version: "1.0.0" };

describe("the interview", () => {
  it("asks who and what, all legal questions, shows the overview, saves after every answer, and shows the result", async () => {
    const values = ["ja", "deels", "nee", "weet-niet", ...legalItems.slice(4).map(() => "ja")];
    const prompter = new ScriptedPrompter([
      ...header("Utrecht", "adviesraad", "Wmo-raad Utrecht"),
      ...answerWithDetails("ja", "Staat in het Wmo-plan 2025", "Wmo-plan §4"),
      ...values.slice(1).flatMap((v) => answer(v)),
      { select: "", expect: /thema/ },
    ]);
    const files = new MemoryFiles();
    const outcome = await runInterview(prompter, files, options());
    expect(outcome.status).toBe("done");
    expect(prompter.remaining).toBe(0);
    // The file is named after municipality, role, name and date (docs/form.md).
    const saved = files.parsed("/work/zelftest-utrecht-adviesraad-wmo-raad-utrecht-2026-01-15.yaml");
    expect(saved).toMatchObject({
      municipality: "Utrecht",
      date: "2026-01-15",
      respondent: { role: "adviesraad", name: "Wmo-raad Utrecht" },
    });
    expect([...saved.answers.values()].map((a) => a.answer)).toEqual(values);
    expect(saved.answers.get("beleidsplan.inrichting")).toEqual({
      answer: "ja",
      note: "Staat in het Wmo-plan 2025",
      evidence: "Wmo-plan §4",
    });
    expect(files.saves).toBeGreaterThanOrEqual(1 + legalItems.length);
    const out = prompter.printed.join("");
    expect(out).toContain("Thema 1 van 7: Beleidsplan");
    expect(out).toContain(`Vraag ${legalItems.length} van ${legalItems.length} · ${citedAs(legalItems.length)}`);
    expect(out).toContain("VNG-zelftest");
    expect(out).toContain("voldoet niet");
    expect(out).toContain("npx zelftest score /work/zelftest-utrecht-adviesraad-wmo-raad-utrecht-2026-01-15.yaml");
  });

  it("shows what an answer means for an item that has its own meanings, as the answer's description", async () => {
    const legal = builtin.items.filter((i) => i.level === "wettelijk");
    const at = legal.findIndex((i) => i.id === "toegankelijkheid.gratis");
    const meaning = legal[at]!.answerMeaning;
    expect(meaning?.ja?.nl).toBeTruthy();
    const prompter = new ScriptedPrompter([
      ...header(),
      ...legal.slice(0, at + 1).flatMap(() => answer("ja")),
      { select: "stop" },
    ]);
    await runInterview(prompter, new MemoryFiles(), options());
    const questions = prompter.offered.filter((choices) => choices.some((c) => c.value === "weet-niet"));
    const described = (k: number) => Object.fromEntries(questions[k]!.map((c) => [c.value, c.description]));
    expect(described(at)).toMatchObject({ ja: meaning!.ja!.nl, deels: meaning!.deels!.nl, nee: meaning!.nee!.nl });
    // An item without meanings of its own offers the four answers without a description.
    const plain = legal.findIndex((i) => !i.answerMeaning);
    expect(Object.values(described(plain)).filter(Boolean)).toEqual([]);
  });

  it("a plain answer asks nothing more: no note or source prompts after every answer", async () => {
    const prompter = new ScriptedPrompter([...header(), ...answer("ja"), ...answer("nee"), { select: "stop" }]);
    await runInterview(prompter, new MemoryFiles(), options());
    expect(prompter.asked.filter((m) => /Toelichting|Bron/.test(m))).toEqual([]);
  });

  it("shows legal requirement or good practice on every question, and no technical ids unless verbose", async () => {
    const prompter = new ScriptedPrompter([
      ...header().slice(0, 5),
      { select: "all" },
      ...allLegal().slice(0, 5),
      { select: "stop" },
    ]);
    await runInterview(prompter, new MemoryFiles(), options());
    const out = prompter.printed.join("");
    expect(out).toContain(`Vraag 1 van ${builtin.items.length} · ${citedAs(1)}\n`);
    expect(citedAs(1)).toMatch(/^VNG-zelftest \(lezing van art\. /);
    expect(out).toContain(
      `Vraag ${firstPractice} van ${builtin.items.length} · Goede praktijk (geen wettelijke eis)\n`,
    );
    for (const item of builtin.items) expect(out).not.toContain(item.id);

    const verbose = new ScriptedPrompter([...header(), { select: "stop" }]);
    await runInterview(verbose, new MemoryFiles(), options(builtin, { verbose: true }));
    expect(verbose.printed.join("")).toContain(
      `Vraag 1 van ${legalItems.length} · ${citedAs(1)} · beleidsplan.inrichting`,
    );
  });

  it("accepts a date as dag-maand-jaar (the default is today written that way) and as jaar-maand-dag", async () => {
    for (const [typed, iso] of [
      ["", "2026-01-15"],
      ["1-9-2025", "2025-09-01"],
      ["01-09-2025", "2025-09-01"],
      ["2025-09-01", "2025-09-01"],
    ] as const) {
      const files = new MemoryFiles();
      await runInterview(
        new ScriptedPrompter([...header("Ede", "gemeente", "", typed), { select: "stop" }]),
        files,
        options(),
      );
      expect(files.parsed(`/work/zelftest-ede-gemeente-${iso}.yaml`).date).toBe(iso);
    }
  });

  it("the default file name comes from municipality and date; --out overrides it", async () => {
    expect(slug("Súdwest-Fryslân")).toBe("sudwest-fryslan");
    expect(slug("'s-Hertogenbosch")).toBe("s-hertogenbosch");
    expect(slug("!!!")).toBe("");
    const files = new MemoryFiles();
    await runInterview(
      new ScriptedPrompter([...header(), { select: "stop" }]),
      files,
      options(builtin, { out: "/elders/a.yaml" }),
    );
    expect([...files.saved.keys()]).toEqual(["/elders/a.yaml"]);
  });

  it("asks the CBS municipality code, takes GM0177, gm0177 or 177 as GM0177, and writes it; empty leaves it out", async () => {
    const files = new MemoryFiles();
    await runInterview(
      new ScriptedPrompter([...header("Utrecht", "gemeente", "", "", "344"), { select: "stop" }]),
      files,
      options(),
    );
    expect(files.parsed(FILE).gemeentecode).toBe("GM0344");
    expect(files.saved.get(FILE)).toContain("gemeentecode: GM0344");
    const empty = new MemoryFiles();
    await runInterview(new ScriptedPrompter([...header(), { select: "stop" }]), empty, options());
    expect(empty.parsed(FILE).gemeentecode).toBeUndefined();
    await expect(
      runInterview(
        new ScriptedPrompter(header("Utrecht", "gemeente", "", "", "GM12345")),
        new MemoryFiles(),
        options(),
      ),
    ).rejects.toThrow(/refused.*GM met vier cijfers/);
  });

  it("with good practice chosen, asks every question in order, skipping what a condition rules out; the counter never jumps", async () => {
    const gate = "samenspel.informeel-aanbod";
    const skipped = builtin.items.filter((i) => i.when?.item === gate).map((i) => i.id);
    const steps = builtin.items
      .filter((i) => !skipped.includes(i.id))
      .flatMap((i) => answer(i.id === gate ? "nee" : "ja"));
    const prompter = new ScriptedPrompter([
      ...header().slice(0, 5),
      { select: "all", expect: /Welke vragen/ },
      ...steps,
      { select: "" },
    ]);
    const files = new MemoryFiles();
    await runInterview(prompter, files, options());
    expect(files.parsed(FILE).answers.size).toBe(builtin.items.length - skipped.length);
    expect(skipped).toHaveLength(6);
    const numbers = [...prompter.printed.join("").matchAll(/Vraag (\d+) van (\d+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(new Set(numbers.map(([, n]) => n))).toEqual(new Set([builtin.items.length]));
    // The six follow-ups keep their numbers and are skipped; the rest are asked in order.
    const skippedNumbers = skipped.map((id) => builtin.items.findIndex((i) => i.id === id) + 1);
    expect(numbers.map(([i]) => i)).toEqual(
      Array.from({ length: builtin.items.length }, (_, k) => k + 1).filter((i) => !skippedNumbers.includes(i)),
    );
  });

  it("a condition that opens asks the follow-up under its own fixed number, marked as a follow-up", async () => {
    const q = mini();
    const prompter = new ScriptedPrompter([
      { input: "X" },
      { input: "" },
      { select: "gemeente" },
      { input: "" },
      { input: "" },
      { select: "all" },
      ...answer("ja"),
      ...answer("ja"),
      ...answer("ja"),
      ...answer("ja"),
      ...answer("ja"), // up to beta.informeel = ja
      ...answer("deels"), // beta.informeel-details
      ...answer("ja"),
      { select: "" },
    ]);
    await runInterview(prompter, new MemoryFiles({}, q), options(q));
    const out = prompter.printed.join("");
    expect(out).toContain("Vraag 5 van 7 · Goede praktijk (geen wettelijke eis)\nVraag beta.informeel?");
    expect(out).toContain(
      "Vraag 6 van 7 · Goede praktijk (geen wettelijke eis) · vervolg op vraag 5\nVraag beta.informeel-details?",
    );
  });

  it("asks good practice only when chosen, and skips questions whose condition is not met", async () => {
    const q = mini();
    const file = "/work/zelftest-x-gemeente-2026-01-15.yaml";
    const withPractice = new ScriptedPrompter([
      { input: "X" },
      { input: "" },
      { select: "gemeente" },
      { input: "" },
      { input: "" },
      { select: "all", expect: /Welke vragen/ },
      ...answer("ja"),
      ...answer("ja"),
      ...answer("ja"), // alpha.een, alpha.twee, alpha.praktijk
      ...answer("ja"),
      ...answer("nee"), // beta.een, beta.informeel = nee → details skipped
      ...answer("deels"), // gamma.een
      { select: "" },
    ]);
    const files = new MemoryFiles({}, q);
    await runInterview(withPractice, files, options(q));
    expect([...files.parsed(file, q).answers.keys()]).toEqual([
      "alpha.een",
      "alpha.twee",
      "alpha.praktijk",
      "beta.een",
      "beta.informeel",
      "gamma.een",
    ]);

    const legalOnly = new ScriptedPrompter([
      { input: "X" },
      { input: "" },
      { select: "gemeente" },
      { input: "" },
      { input: "" },
      { select: "legal" },
      ...answer("ja"),
      ...answer("ja"),
      ...answer("ja"),
      { select: "" },
    ]);
    const files2 = new MemoryFiles({}, q);
    await runInterview(legalOnly, files2, options(q));
    expect([...files2.parsed(file, q).answers.keys()]).toEqual(["alpha.een", "alpha.twee", "beta.een"]);
  });

  it("refuses an empty municipality and an impossible date (the prompt validates)", async () => {
    await expect(runInterview(new ScriptedPrompter([{ input: "   " }]), new MemoryFiles(), options())).rejects.toThrow(
      /refused/,
    );
    await expect(
      runInterview(new ScriptedPrompter(header("X", "gemeente", "", "30-02-2026")), new MemoryFiles(), options()),
    ).rejects.toThrow(/refused/);
    await expect(
      runInterview(new ScriptedPrompter(header("X", "gemeente", "", "2026-02-30")), new MemoryFiles(), options()),
    ).rejects.toThrow(/refused/);
  });

  it("a too-long municipality or name is refused with the length message, not the 'fill it in' one", async () => {
    const long = "x".repeat(201);
    await expect(runInterview(new ScriptedPrompter([{ input: long }]), new MemoryFiles(), options())).rejects.toThrow(
      /refused at "Over welke gemeente.*": De naam van de gemeente mag hoogstens 200 tekens zijn\.$/,
    );
    await expect(runInterview(new ScriptedPrompter([{ input: "" }]), new MemoryFiles(), options())).rejects.toThrow(
      /: Vul de naam van de gemeente in\.$/,
    );
    await expect(
      runInterview(new ScriptedPrompter(header("X", "gemeente", long)), new MemoryFiles(), options()),
    ).rejects.toThrow(/: De naam mag hoogstens 200 tekens zijn\.$/);
    await expect(
      runInterview(new ScriptedPrompter([{ input: long }]), new MemoryFiles(), options(builtin, { lang: "en" })),
    ).rejects.toThrow(/: The name of the municipality can be at most 200 characters\.$/);
    // Exactly 200 is allowed.
    await expect(
      runInterview(
        new ScriptedPrompter(header("x".repeat(200), "gemeente", "y".repeat(200), "15-01-2026")),
        new MemoryFiles(),
        options(),
      ),
    ).rejects.toThrow(/script ended|no step|nothing left|ran out/i);
  });

  it("'more' explains why, how to check, and the source, then asks again", async () => {
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
    const prompter = new ScriptedPrompter([
      ...header(),
      ...answer("nee"),
      { select: "back" },
      ...answer("ja"),
      { select: "stop" },
    ]);
    const outcome = await runInterview(prompter, files, options());
    expect(outcome.status).toBe("stopped");
    expect(files.parsed(FILE).answers.get("beleidsplan.inrichting")?.answer).toBe("ja");
    expect(prompter.printed.join("")).toContain("npx zelftest interview --resume");
  });

  it("Ctrl-C: the answers so far are on disk and the error says where", async () => {
    const files = new MemoryFiles();
    const prompter = new ScriptedPrompter([
      ...header(),
      ...answer("ja"),
      ...answer("deels"),
      { select: "nee" },
      { interrupt: true },
    ]);
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

  it("Ctrl-C while a note or a source is being typed (before Enter) keeps what was typed, with the answer", async () => {
    const files = new MemoryFiles();
    const prompter = new ScriptedPrompter([
      ...header(),
      { select: "details", expect: /antwoord/i },
      { select: "deels", expect: /antwoord/i },
      { interrupt: true, typed: "  Alleen in het visiedocument van 2024 " },
    ]);
    const err = (await runInterview(prompter, files, options()).catch((e: unknown) => e)) as InterruptedError;
    expect(err.savedTo).toBe(FILE);
    expect(files.parsed(FILE).answers.get("beleidsplan.inrichting")).toEqual({
      answer: "deels",
      note: "Alleen in het visiedocument van 2024",
    });
    const source = new MemoryFiles();
    await runInterview(
      new ScriptedPrompter([
        ...header(),
        ...answerWithDetails("ja", "Staat in het plan").slice(0, 3),
        { interrupt: true, typed: "Wmo-plan §4" },
      ]),
      source,
      options(),
    ).catch(() => undefined);
    expect(source.parsed(FILE).answers.get("beleidsplan.inrichting")).toEqual({
      answer: "ja",
      note: "Staat in het plan",
      evidence: "Wmo-plan §4",
    });
    // Nothing typed, or "-": the note stays as it was.
    const none = new MemoryFiles();
    await runInterview(
      new ScriptedPrompter([...header(), { select: "details" }, { select: "nee" }, { interrupt: true, typed: " - " }]),
      none,
      options(),
    ).catch(() => undefined);
    expect(none.parsed(FILE).answers.get("beleidsplan.inrichting")).toEqual({ answer: "nee" });
  });

  it("Ctrl-C at an earlier note taken back as shown (Tab) keeps the note as it was, not its shown form", async () => {
    // A note with a line break and a source with a tab: the input offers them in a form safe for the terminal.
    const note = "Regel een\nRegel twee";
    const evidence = "Wmo-plan\t§4";
    expect(escapeTerminal(note)).not.toBe(note);
    expect(escapeTerminal(evidence)).not.toBe(evidence);
    const start = answerSet(
      { "beleidsplan.inrichting": { answer: "deels", note, evidence } },
      { ...v1, municipality: "Zeist", date: "2025-06-01" },
    );
    const atNote = (typed: string, atSource = false): Step[] => [
      { select: "back", expect: /antwoord/i },
      // The answer is kept: the step asks the note and the source straight away.
      { select: "details", expect: /antwoord/i },
      ...(atSource ? [{ input: escapeTerminal(note), expect: /Toelichting/ }] : []),
      { interrupt: true, typed },
    ];
    const run = async (steps: Step[]) => {
      const files = new MemoryFiles({ "/work/z.yaml": start });
      const prompter = new ScriptedPrompter(steps);
      await runInterview(prompter, files, options(builtin, { resume: "/work/z.yaml" })).catch(() => undefined);
      return { entry: files.parsed("/work/z.yaml").answers.get("beleidsplan.inrichting"), prompter };
    };
    // The note as the input showed it, taken back with Tab and stopped with Ctrl-C: the note stays.
    const note1 = await run(atNote(escapeTerminal(note)));
    expect(note1.prompter.asked.at(-1)).toMatch(/^Toelichting/);
    expect(note1.entry).toEqual({ answer: "deels", note, evidence });
    // The same at the source.
    const source = await run(atNote(escapeTerminal(evidence), true));
    expect(source.prompter.defaults).toEqual([escapeTerminal(note)]);
    expect(source.prompter.asked.at(-1)).toMatch(/^Bron/);
    expect(source.entry).toEqual({ answer: "deels", note, evidence });
    // Changed after Tab: the text as typed is kept, as Enter would.
    const changed = await run(atNote(`${escapeTerminal(note)} en meer`));
    expect(changed.entry).toEqual({ answer: "deels", note: `${escapeTerminal(note)} en meer`, evidence });
  });

  it("Ctrl-C before anything is saved has nothing to point to", async () => {
    const err = await runInterview(new ScriptedPrompter([{ interrupt: true }]), new MemoryFiles(), options()).catch(
      (e: unknown) => e,
    );
    expect((err as InterruptedError).savedTo).toBeUndefined();
  });

  it("--resume continues at the first open question, keeps everything, and does not ask the scope again", async () => {
    const start = answerSet(
      { "beleidsplan.inrichting": { answer: "ja", note: "bewaard" }, "beleidsplan.wettelijke-eisen": "nee" },
      { ...v1, municipality: "Zeist", date: "2025-06-01" },
    );
    const files = new MemoryFiles({ "/work/z.yaml": start });
    const prompter = new ScriptedPrompter([{ select: "stop", expect: /antwoord/ }]);
    await runInterview(prompter, files, options(builtin, { resume: "/work/z.yaml" }));
    const out = prompter.printed.join("");
    expect(out).toContain(
      `U gaat verder met de vragen over de wet en de VNG-zelftest: nog ${legalItems.length - 2} vragen open.`,
    );
    expect(out).toContain(`Vraag 3 van ${legalItems.length} · ${citedAs(3)}\n`);
    expect(prompter.asked.some((m) => /Welke vragen/.test(m))).toBe(false);
    const saved = files.parsed("/work/z.yaml");
    expect(saved.municipality).toBe("Zeist");
    expect(saved.answers.get("beleidsplan.inrichting")).toEqual({ answer: "ja", note: "bewaard" });
  });

  it("--resume of a file with good practice answered continues with good practice, without asking", async () => {
    const start = answerSet({ "beleidsplan.inrichting": "ja", "diversiteit.keuzevrijheid": "nee" }, v1);
    const prompter = new ScriptedPrompter([{ select: "stop" }]);
    await runInterview(
      prompter,
      new MemoryFiles({ "/work/g.yaml": start }),
      options(builtin, { resume: "/work/g.yaml" }),
    );
    expect(prompter.printed.join("")).toContain(`Vraag 2 van ${builtin.items.length}`);
  });

  it("with the legal questions done, the overview still offers good practice", async () => {
    const files = new MemoryFiles({
      "/work/l.yaml": answerSet(
        Object.fromEntries(builtin.items.filter((i) => i.level === "wettelijk").map((i) => [i.id, "ja"])),
        v1,
      ),
    });
    const prompter = new ScriptedPrompter([
      { select: "+practice", expect: /thema/ },
      ...answer("nee"),
      { select: "stop" },
    ]);
    await runInterview(prompter, files, options(builtin, { resume: "/work/l.yaml" }));
    expect(prompter.printed.join("")).toContain(`Vraag ${firstPractice} van ${builtin.items.length} · Goede praktijk`);
    expect(files.parsed("/work/l.yaml").answers.size).toBe(legalItems.length + 1);
  });

  it("an existing file is never overwritten without asking", async () => {
    const existing = answerSet({ "toegankelijkheid.gratis": "ja" }, v1);
    const stopFiles = new MemoryFiles({ [FILE]: existing });
    expect(
      await runInterview(
        new ScriptedPrompter([...header(), { select: "stop", expect: /bestaat al/ }]),
        stopFiles,
        options(),
      ),
    ).toEqual({ status: "cancelled" });
    expect(stopFiles.saves).toBe(0);

    const resumeFiles = new MemoryFiles({ [FILE]: existing });
    await runInterview(
      new ScriptedPrompter([...header(), { select: "resume" }, { select: "stop" }]),
      resumeFiles,
      options(),
    );
    expect(resumeFiles.parsed(FILE).answers.get("toegankelijkheid.gratis")?.answer).toBe("ja");

    const widerFiles = new MemoryFiles({ [FILE]: existing });
    const wider = new ScriptedPrompter([
      ...header().slice(0, 5),
      { select: "all" },
      { select: "resume" },
      { select: "stop" },
    ]);
    await runInterview(wider, widerFiles, options());
    expect(wider.printed.join("")).toContain(`Vraag 1 van ${builtin.items.length}`); // good practice, as just chosen

    const overwriteFiles = new MemoryFiles({ [FILE]: existing });
    await runInterview(
      new ScriptedPrompter([...header(), { select: "overwrite" }, { select: "stop" }]),
      overwriteFiles,
      options(),
    );
    expect(overwriteFiles.parsed(FILE).answers.size).toBe(0);
  });

  it("the overview is one screen per theme; any answer can be changed there", async () => {
    const files = new MemoryFiles();
    const prompter = new ScriptedPrompter([
      ...header(),
      ...allLegal(),
      { select: "kwaliteit", expect: /thema/ },
      { select: "kwaliteit.eisen", expect: /wijzigen/ },
      ...answer("nee"),
      { select: "", expect: /wijzigen/ }, // back from the theme's page
      { select: "" },
    ]);
    const outcome = await runInterview(prompter, files, options());
    expect(outcome.status).toBe("done");
    expect(files.parsed(FILE).answers.get("kwaliteit.eisen")?.answer).toBe("nee");
    const out = prompter.printed.join("");
    expect(out).toContain("Thema 6 van 7: Kwaliteit");
    expect(out).not.toMatch(/Thema 5 van 7: Informatieplicht\n(?!\n)/); // only the chosen theme is shown as a page
  });

  it("a note and source: one optional step; Enter keeps the earlier text, - clears it", async () => {
    const start = answerSet({ "beleidsplan.inrichting": { answer: "deels", note: "oud", evidence: "bron" } }, v1);
    const files = new MemoryFiles({ "/work/n.yaml": start });
    const prompter = new ScriptedPrompter([
      { select: "back" },
      { select: "details", expect: /antwoord/ }, // already answered: straight to the note
      { input: "", expect: /Toelichting.*Enter houdt/ },
      { input: "-", expect: /Bron/ },
      { select: "stop" },
    ]);
    await runInterview(prompter, files, options(builtin, { resume: "/work/n.yaml" }));
    expect(files.parsed("/work/n.yaml").answers.get("beleidsplan.inrichting")).toEqual({
      answer: "deels",
      note: "oud",
    });
    expect(prompter.printed.join("")).toMatch(/Toelichting: oud\n\s*Bron: bron/);
  });

  it("offers the report at the end and writes it next to the answer file, asking before overwriting", async () => {
    const files = new MemoryFiles({ "/work/zelftest-utrecht-gemeente-2026-01-15.md": "oud" });
    const made: string[] = [];
    const makeReport = (file: string, format: "md" | "html") => {
      made.push(`${file}:${format}`);
      return `rapport ${format}`;
    };
    const prompter = new ScriptedPrompter([
      ...header(),
      ...allLegal(),
      { select: "" },
      { select: ["html", "md"], expect: /rapport/ },
      { select: false, expect: /bestaat al/ },
    ]);
    await runInterview(prompter, files, options(builtin, { makeReport }));
    expect(made).toEqual([`${FILE}:html`]);
    expect(files.saved.get("/work/zelftest-utrecht-gemeente-2026-01-15.html")).toBe("rapport html");
    expect(files.saved.get("/work/zelftest-utrecht-gemeente-2026-01-15.md")).toBe("oud");
    expect(prompter.printed.join("")).toContain("Rapport geschreven: /work/zelftest-utrecht-gemeente-2026-01-15.html");
  });

  it("shows the article of a legal requirement, and under 'more' how to check it and what its words mean (questionnaire 1.2)", async () => {
    const text = readFileSync(fixture("questionnaires", "mini.yaml"), "utf8")
      .replace(
        "title: Mini\n",
        "title: Mini\nglossary:\n  - { term: { nl: wijkteam }, definition: { nl: Een team in de wijk dat inwoners helpt. } }\n",
      )
      .replace(
        "        question: Vraag alpha.een?\n",
        '        question: Werkt het wijkteam onafhankelijk?\n        legal: { article: "Wmo 2015, art. 2.2.4 lid 1", kind: wet }\n        check: Vraag het werkproces van de wijkteams op.\n',
      );
    const q = parseQuestionnaire(SourceDocument.parse(text, "mini-1.2.yaml"));
    const prompter = new ScriptedPrompter([
      { input: "X" },
      { input: "" },
      { select: "gemeente" },
      { input: "" },
      { input: "" },
      { select: "legal" },
      { select: "more" },
      { select: "stop" },
    ]);
    await runInterview(prompter, new MemoryFiles({}, q), options(q));
    const out = prompter.printed.join("");
    expect(out).toContain("Vraag 1 van 3 · Wet (art. 2.2.4 lid 1 Wmo 2015)\nWerkt het wijkteam onafhankelijk?");
    expect(out).toContain('Uitleg van het woord wijkteam: kies "Meer uitleg".');
    expect(out).toMatch(/Zo gaat u het na\n\s+Vraag het werkproces van de wijkteams op\./);
    expect(out).toMatch(/Wat betekent dit woord\?\n\s+wijkteam: Een team in de wijk dat inwoners helpt\./);
    expect(out).toMatch(/Bron\n\s+Wet \(art\. 2\.2\.4 lid 1 Wmo 2015\)/);
    // The pointer to the word's explanation comes the first time only; "Meer uitleg" always explains it.
    expect(out.match(/Uitleg van het woord wijkteam/g)).toHaveLength(1);
    expect(out.match(/wijkteam: Een team in de wijk/g)).toHaveLength(1);
  });

  it("speaks English with lang en", async () => {
    const prompter = new ScriptedPrompter([
      { input: "Utrecht", expect: /municipality/ },
      { input: "", expect: /municipality code/ },
      { select: "gemeente" },
      { input: "" },
      { input: "15-01-2026" },
      { select: "legal" },
      { select: "stop" },
    ]);
    await runInterview(prompter, new MemoryFiles(), { ...options(), lang: "en" });
    const out = prompter.printed.join("");
    expect(out).toContain("Theme 1 of 7: Policy plan");
    expect(out).toContain(`Question 1 of ${legalItems.length} · VNG self-assessment (reading of art. `);
    expect(out).toContain("Does the policy plan describe how the municipality organises client support?");
  });
});

describe("nothing lost (issue #14)", () => {
  it("continuing a JSON answer file keeps it JSON", async () => {
    const files = new MemoryFiles({ "/work/a.json": answerSet({ "beleidsplan.inrichting": "ja" }, v1) });
    await runInterview(
      new ScriptedPrompter([...answer("nee"), { select: "stop" }]),
      files,
      options(builtin, { resume: "/work/a.json" }),
    );
    const text = files.saved.get("/work/a.json")!;
    expect(JSON.parse(text)).toMatchObject({
      answers: { "beleidsplan.inrichting": "ja", "beleidsplan.wettelijke-eisen": "nee" },
    });
    expect(files.parsed("/work/a.json").answers.size).toBe(2);
  });

  it("--out x.json writes JSON; a file without a known extension keeps the format it had", async () => {
    const files = new MemoryFiles();
    await runInterview(
      new ScriptedPrompter([...header(), ...answer("ja"), { select: "stop" }]),
      files,
      options(builtin, { out: "/work/x.json" }),
    );
    expect(JSON.parse(files.saved.get("/work/x.json")!).answers).toEqual({ "beleidsplan.inrichting": "ja" });

    const json = JSON.stringify({
      questionnaire: builtin.id,
      version: "1.0.0",
      municipality: "Ede",
      respondent: { role: "gemeente" },
      date: "2026-01-15",
      answers: {},
    });
    const other = new MemoryFiles({ "/work/antwoorden": json });
    await runInterview(
      new ScriptedPrompter([...answer("ja"), { select: "stop" }]),
      other,
      options(builtin, { resume: "/work/antwoorden" }),
    );
    expect(JSON.parse(other.saved.get("/work/antwoorden")!).answers).toEqual({ "beleidsplan.inrichting": "ja" });
  });

  it("two interviews on one file: the second writer's answers go to a new file, the first one's stay", async () => {
    const files = new MemoryFiles({ "/work/s.yaml": answerSet({}, v1) });
    // Interview A answers its first question; interview B then writes the same file; A answers its second.
    const a = new ScriptedPrompter([...answer("ja"), ...answer("nee"), { select: "stop" }]);
    const outcome = await runInterview(
      {
        select: async (message, choices) => {
          if (a.asked.length === 1)
            files.save("/work/s.yaml", serializeAnswers(answerSet({ "kwaliteit.eisen": "nee" }, v1), builtin));
          return a.select(message, choices);
        },
        input: a.input.bind(a),
        print: a.print.bind(a),
      },
      files,
      options(builtin, { resume: "/work/s.yaml" }),
    );
    expect(files.parsed("/work/s.yaml").answers).toEqual(new Map([["kwaliteit.eisen", { answer: "nee" }]]));
    expect(outcome).toMatchObject({ file: "/work/s-2.yaml" });
    expect([...files.parsed("/work/s-2.yaml").answers.values()]).toEqual([{ answer: "ja" }, { answer: "nee" }]);
    expect(a.printed.join("")).toContain("Let op: /work/s.yaml is veranderd sinds u begon");
    expect(a.printed.join("")).toContain("npx zelftest compare /work/s.yaml /work/s-2.yaml");
  });

  it("a new answer file written by someone else between two answers is not overwritten either", async () => {
    const files = new MemoryFiles();
    const p = new ScriptedPrompter([...header(), ...answer("ja"), { select: "stop" }]);
    const racing = {
      select: async <T>(message: string, choices: readonly { value: T; name: string }[]) => {
        if (/Uw antwoord/.test(message) && !files.saved.has("/work/zelftest-utrecht-gemeente-2026-01-15-2.yaml"))
          files.save(FILE, "# someone else's\n");
        return p.select(message, choices);
      },
      input: p.input.bind(p),
      print: p.print.bind(p),
    };
    await runInterview(racing, files, options());
    expect(files.saved.get(FILE)).toBe("# someone else's\n");
    expect(files.parsed("/work/zelftest-utrecht-gemeente-2026-01-15-2.yaml").answers.size).toBe(1);
  });

  it("--resume a.yaml --out existing.yaml asks before replacing existing.yaml", async () => {
    const preset = {
      "/work/a.yaml": answerSet({ "beleidsplan.inrichting": "ja" }, v1),
      "/work/existing.yaml": answerSet({ "kwaliteit.eisen": "nee" }, v1),
    };
    const keep = new MemoryFiles(preset);
    const before = keep.saved.get("/work/existing.yaml");
    const outcome = await runInterview(
      new ScriptedPrompter([{ select: false, expect: /existing\.yaml bestaat al.*a\.yaml/ }]),
      keep,
      options(builtin, { resume: "/work/a.yaml", out: "/work/existing.yaml" }),
    );
    expect(outcome).toEqual({ status: "cancelled" });
    expect(keep.saved.get("/work/existing.yaml")).toBe(before);
    expect(keep.saves).toBe(0);

    const replace = new MemoryFiles(preset);
    await runInterview(
      new ScriptedPrompter([{ select: true }, { select: "stop" }]),
      replace,
      options(builtin, { resume: "/work/a.yaml", out: "/work/existing.yaml" }),
    );
    expect([...replace.parsed("/work/existing.yaml").answers.keys()]).toEqual(["beleidsplan.inrichting"]);
  });

  it("a typed note is saved once confirmed, also when the person stops at the next prompt", async () => {
    const files = new MemoryFiles();
    const prompter = new ScriptedPrompter([
      ...header(),
      { select: "details" },
      { select: "deels" },
      { input: "Alleen in het visiedocument" },
      { interrupt: true },
    ]);
    const err = await runInterview(prompter, files, options()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InterruptedError);
    expect(files.parsed(FILE).answers.get("beleidsplan.inrichting")).toEqual({
      answer: "deels",
      note: "Alleen in het visiedocument",
    });
  });

  it("continuing a file keeps what the interview does not ask: gemeentecode and research meta", async () => {
    for (const file of ["/work/m.yaml", "/work/m.json"]) {
      const start = answerSet(
        { "beleidsplan.inrichting": "ja" },
        { ...v1, gemeentecode: "GM0228", meta: { wave: 2016, respondent_id: "R-0042", anoniem: true } },
      );
      const files = new MemoryFiles({ [file]: start });
      await runInterview(
        new ScriptedPrompter([...answer("nee"), { select: "stop" }]),
        files,
        options(builtin, { resume: file }),
      );
      const saved = files.parsed(file);
      expect(saved).toMatchObject({
        gemeentecode: "GM0228",
        meta: { wave: 2016, respondent_id: "R-0042", anoniem: true },
      });
      expect(saved.answers.size).toBe(2);
    }
  });

  it("text from the file cannot steer the terminal; Enter keeps it unchanged", async () => {
    const hostile = "Klopt\u001b[2J\r✓ voldoet\u202e";
    const files = new MemoryFiles({
      "/work/h.yaml": answerSet(
        { "beleidsplan.inrichting": { answer: "deels", note: hostile, evidence: "bron\u0007" } },
        v1,
      ),
    });
    const prompter = new ScriptedPrompter([
      { select: "back" },
      { select: "details" },
      { input: "" },
      { input: "" },
      { select: "stop" },
    ]);
    await runInterview(prompter, files, options(builtin, { resume: "/work/h.yaml" }));
    const out = prompter.printed.join("") + prompter.asked.join("") + prompter.defaults.join("");
    expect(prompter.defaults).toHaveLength(2);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(out).toContain("Toelichting: Klopt\\e[2J\\r✓ voldoet\\u202e");
    expect(files.parsed("/work/h.yaml").answers.get("beleidsplan.inrichting")).toEqual({
      answer: "deels",
      note: hostile,
      evidence: "bron\u0007",
    });
  });

  it("defect 18: the 'report exists' choice says it overwrites the report, not 'start again and overwrite the file'", async () => {
    const files = new MemoryFiles({ "/work/zelftest-utrecht-gemeente-2026-01-15.html": "oud" });
    const prompter = new ScriptedPrompter([
      ...header(),
      ...allLegal(),
      { select: "" },
      { select: ["html"], expect: /rapport/ },
      { select: true, expect: /bestaat al/ },
    ]);
    const labels: string[] = [];
    const select = prompter.select.bind(prompter);
    prompter.select = async <T>(m: string, choices: readonly Choice<T>[]): Promise<T> => {
      if (/Het rapport .* bestaat al/.test(m)) labels.push(...choices.map((c) => c.name));
      return select(m, choices);
    };
    await runInterview(prompter, files, options(builtin, { makeReport: () => "nieuw" }));
    expect(labels).toEqual(["Ja, het rapport overschrijven", "Nee, dit rapport overslaan"]);
    expect(files.saved.get("/work/zelftest-utrecht-gemeente-2026-01-15.html")).toBe("nieuw");
  });
});

/** Memory files whose saves fail (OUTPUT_FAILED, as the atomic writer throws it) while `failing` says so. */
class FailingFiles extends MemoryFiles {
  failing: (path: string, n: number) => string | undefined = () => undefined;
  override resolve = (name: string) => (name.startsWith("/") ? name : `/work/${name}`);
  attempts = 0;
  override save = (p: string, text: string) => {
    this.attempts += 1;
    const reason = this.failing(p, this.attempts);
    if (reason) throw new UsageError("OUTPUT_FAILED", { file: p, reason });
    this.saves += 1;
    this.saved.set(p, text);
  };
}

describe("a save that fails mid-interview (issue 21 defect 13)", () => {
  it("defect 13: a full disk at question 2 keeps the answer, says which one was not saved, and saves it on retry", async () => {
    const files = new FailingFiles();
    // The header and question 1 are saved; question 2's save fails once (the disk is full), then works.
    files.failing = (_p, n) => (n === 3 ? "ENOSPC" : undefined);
    const prompter = new ScriptedPrompter([
      ...header(),
      ...answer("ja"),
      ...answer("nee"),
      { select: "retry", expect: /Wat wilt u doen/ },
      { interrupt: true },
    ]);
    const err = await runInterview(prompter, files, options()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InterruptedError);
    const out = prompter.printed.join("").replace(/\s+/g, " ");
    expect(out).toContain(`Niet bewaard: Vraag 2 van ${legalItems.length}`);
    expect(out).toContain("(de schijf is vol, ENOSPC)");
    const saved = files.parsed(FILE).answers;
    expect(saved.get("beleidsplan.inrichting")?.answer).toBe("ja");
    expect(saved.get("beleidsplan.wettelijke-eisen")?.answer).toBe("nee");
  });

  it("defect 13: a folder that turned read-only: save elsewhere, and every answer (also the one that failed) is in the new file", async () => {
    const files = new FailingFiles();
    files.failing = (p, n) => (n >= 3 && p === FILE ? "EACCES" : undefined);
    const prompter = new ScriptedPrompter([
      ...header(),
      ...answer("ja"),
      { select: "details", expect: /antwoord/i },
      { select: "deels", expect: /antwoord/i },
      // The first save of this answer fails: the folder is read-only now.
      { select: "elsewhere", expect: /Wat wilt u doen/ },
      { input: "/usb/utrecht.yaml", expect: /Naam van het nieuwe bestand/ },
      { input: "Staat in het beleidsplan, hoofdstuk 3", expect: /Toelichting/ },
      { input: "", expect: /Bron/ },
      { interrupt: true },
    ]);
    const input = prompter.input.bind(prompter);
    prompter.input = async (m, o) => {
      if (/Naam van het nieuwe bestand/.test(m)) {
        // A name that exists, or no name, is refused by the prompt itself.
        expect(o?.validate?.("zelftest-utrecht-gemeente-2026-01-15.yaml")).toMatch(/bestaat al/);
        expect(o?.validate?.("  ")).toMatch(/Typ een bestandsnaam/);
      }
      return input(m, o);
    };
    const err = await runInterview(prompter, files, options()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InterruptedError);
    expect((err as InterruptedError).savedTo).toBe("/usb/utrecht.yaml");
    const moved = files.parsed("/usb/utrecht.yaml").answers;
    expect(moved.get("beleidsplan.inrichting")?.answer).toBe("ja");
    expect(moved.get("beleidsplan.wettelijke-eisen")).toEqual({
      answer: "deels",
      note: "Staat in het beleidsplan, hoofdstuk 3",
    });
  });

  it("defect 13: stopping without saving ends with OUTPUT_FAILED and the file keeps the answers of the last save", async () => {
    const files = new FailingFiles();
    files.failing = (_p, n) => (n >= 3 ? "EIO" : undefined);
    const prompter = new ScriptedPrompter([...header(), ...answer("ja"), ...answer("nee"), { select: "stop" }]);
    const err = await runInterview(prompter, files, options()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "OUTPUT_FAILED", params: { reason: "EIO" } });
    expect(files.parsed(FILE).answers.size).toBe(1);
  });

  it("Ctrl-C at the question after a failed save says which answer was not saved", async () => {
    const files = new FailingFiles();
    files.failing = (_p, n) => (n >= 3 ? "ENOSPC" : undefined);
    const prompter = new ScriptedPrompter([...header(), ...answer("ja"), ...answer("nee"), { interrupt: true }]);
    await runInterview(prompter, files, options()).catch((e: unknown) => e);
    expect(prompter.printed.join("").replace(/\s+/g, " ")).toContain(
      `Let op: Vraag 2 van ${legalItems.length} is niet bewaard`,
    );
  });

  it("property: whichever saves fail and whatever the person then picks (retry or elsewhere), no confirmed answer is lost", async () => {
    const values = ["ja", "deels", "nee", "weet-niet"] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("ENOSPC", "EACCES", "EIO", "EDQUOT", undefined), { minLength: 4, maxLength: 30 }),
        fc.array(fc.constantFrom("retry", "elsewhere"), { minLength: 30, maxLength: 30 }),
        fc.array(fc.constantFrom(...values), { minLength: 15, maxLength: 15 }),
        async (faults, picks, given) => {
          const files = new FailingFiles();
          files.failing = (_p, n) => faults[n - 1];
          let elsewhere = 0;
          const queue = [...picks];
          const prompter: Prompter = {
            print: () => {},
            select: async (m, choices) => {
              const pick = (v: unknown) => {
                const c = choices.find((x) => x.value === v);
                if (!c) throw new Error(`${String(v)} not offered at "${m}"`);
                return c.value;
              };
              if (/Wat wilt u doen/.test(m)) return pick(queue.shift() ?? "retry");
              if (/Wie/.test(m)) return pick("gemeente");
              if (/Welke vragen/.test(m)) return pick("legal");
              if (/Uw antwoord/.test(m)) {
                const value = given[answered++ % given.length]!;
                gave.push(value);
                return pick(value);
              }
              if (/Overzicht|thema/.test(m)) return pick("");
              throw new Error(`unexpected select ${m}`);
            },
            input: async (m) => {
              if (/Naam van het nieuwe bestand/.test(m)) {
                elsewhere += 1;
                return `/elders/${elsewhere}.yaml`;
              }
              if (/Datum/.test(m)) return "15-01-2026";
              if (/Over welke gemeente/.test(m)) return "Utrecht";
              return "";
            },
          };
          let answered = 0;
          const gave: string[] = [];
          const outcome = await runInterview(prompter, files, options());
          expect(outcome.status).toBe("done");
          if (outcome.status === "cancelled") return;
          const onDisk = files.parsed(outcome.file).answers;
          expect([...onDisk.values()].map((a) => a.answer)).toEqual(gave);
          expect(gave.length).toBeGreaterThanOrEqual(15);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("--resume of a file edited by hand (issue 21 defect 12)", () => {
  const handEdited = [
    "# Eigen aantekening: vraag Piet naar het beleidsplan",
    "questionnaire: clientondersteuning-wmo2015",
    "version: 1.2.0",
    "municipality: Handdorp   # officieel: Handdorp (Gld)",
    'respondent: {role: adviesraad, name: "  Werkgroep  "}',
    "date: 2025-01-01",
    "meta: {big: 12345678901234567890, flt: 1.10}",
    "answers:",
    "  beleidsplan.inrichting:",
    "    answer: nee",
    "    # TODO navragen",
    '    note: "x"',
    "",
  ].join("\n");

  it("defect 12: says what a rewrite would lose and, by default, continues in a new file beside it: the hand-edited file keeps its comments and numbers", async () => {
    const files = new MemoryFiles({ "/work/h.yaml": handEdited });
    const prompter = new ScriptedPrompter([
      { select: "copy", expect: /met de hand bewerkt/ },
      ...answer("ja"),
      { interrupt: true },
    ]);
    const err = await runInterview(prompter, files, options(builtin, { resume: "/work/h.yaml" })).catch((e) => e);
    expect(err).toBeInstanceOf(InterruptedError);
    expect((err as InterruptedError).savedTo).toBe("/work/h-2.yaml");
    const asked = prompter.asked.find((m) => /met de hand bewerkt/.test(m))!.replace(/\s+/g, " ");
    expect(asked).toContain("de opmerkingen (regels met #)");
    expect(asked).toContain("de precieze schrijfwijze van getallen");
    expect(asked).toContain("de spaties voor of na de naam");
    expect(files.saved.get("/work/h.yaml")).toBe(handEdited);
    const copy = files.parsed("/work/h-2.yaml");
    expect(copy.answers.get("beleidsplan.inrichting")).toEqual({ answer: "nee", note: "x" });
    expect(copy.answers.get("beleidsplan.wettelijke-eisen")).toEqual({ answer: "ja" });
  });

  it("defect 12: 'in this file' rewrites it as before; 'stop' changes nothing", async () => {
    const here = new MemoryFiles({ "/work/h.yaml": handEdited });
    await runInterview(
      new ScriptedPrompter([{ select: "here" }, ...answer("ja"), { interrupt: true }]),
      here,
      options(builtin, { resume: "/work/h.yaml" }),
    ).catch(() => undefined);
    expect(here.saved.get("/work/h.yaml")).not.toContain("Piet");
    expect(here.parsed("/work/h.yaml").answers.size).toBe(2);
    const stop = new MemoryFiles({ "/work/h.yaml": handEdited });
    const outcome = await runInterview(
      new ScriptedPrompter([{ select: "stop" }]),
      stop,
      options(builtin, { resume: "/work/h.yaml" }),
    );
    expect(outcome.status).toBe("cancelled");
    expect(stop.saves).toBe(0);
  });

  it("a file the interview wrote itself (its header, numbers it wrote) asks nothing: property over answer sets with research meta", async () => {
    const { handEdits } = await import("../../src/interview/hand-edits.js");
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}$/),
          fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean()),
          { maxKeys: 5 },
        ),
        fc.constantFrom("yaml" as const, "json" as const),
        fc.constantFrom("nl" as const, "en" as const),
        (meta, format, lang) => {
          const a = answerSet(
            { "beleidsplan.inrichting": { answer: "ja", note: "# geen opmerking" } },
            { ...v1, meta },
          );
          const t = INTERVIEW_TEXT[lang];
          const text = serializeAnswers(a, builtin, [t.welcomeTitle, t.resumeHint("/work/a.yaml")], format);
          expect(handEdits(text)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("Ctrl-C before the details (who and what) are all given: nothing typed is lost", () => {
  const UNFINISHED = "/work/zelftest-rijssen-holten-onvolledig.yaml";
  const refusal = (text: string, file = UNFINISHED) => {
    try {
      parseAnswers(SourceDocument.parse(text, file), builtin);
    } catch (err) {
      return err as InputError;
    }
    throw new Error("the unfinished file was read as an answer file");
  };

  it("the municipality typed without Enter is kept in an unfinished file that says what is missing; validate refuses it", async () => {
    const files = new MemoryFiles();
    const prompter = new ScriptedPrompter([{ interrupt: true, typed: "  Rijssen-Holten " }]);
    const err = (await runInterview(prompter, files, options()).catch((e: unknown) => e)) as InterruptedError;
    expect(err).toBeInstanceOf(InterruptedError);
    expect(err.savedTo).toBe(UNFINISHED);
    expect(err.extra.missing).toEqual(["respondent.role", "date"]);
    const text = files.saved.get(UNFINISHED)!;
    expect(text).toContain("municipality: Rijssen-Holten");
    expect(text).toContain("# Nog niet af. Nog niet ingevuld: wie de zelftest invult (rol) en de datum.");
    expect(text).toContain(`# Verdergaan: npx zelftest interview --resume ${UNFINISHED}`);
    // Not an answer file yet, and it says so; it reads back as the details given.
    const refused = refusal(text);
    expect(refused.diagnostics.map((d) => `${d.code} ${d.params.where}›${d.params.field}`)).toEqual([
      "MISSING_FIELD ›respondent",
      "MISSING_FIELD ›date",
    ]);
    expect(readUnfinishedHeader(SourceDocument.parse(text, UNFINISHED), refused)).toEqual({
      municipality: "Rijssen-Holten",
    });
  });

  it("confirmed details and the name being typed are kept; a code or date typed half is not (it is not one yet)", async () => {
    const files = new MemoryFiles();
    const prompter = new ScriptedPrompter([
      { input: "Rijssen-Holten" },
      { input: "177" },
      { select: "adviesraad" },
      { interrupt: true, typed: "Piet Ëmmer" },
    ]);
    const err = (await runInterview(prompter, files, options()).catch((e: unknown) => e)) as InterruptedError;
    expect(err.extra.missing).toEqual(["date"]);
    const text = files.saved.get(UNFINISHED)!;
    expect(readUnfinishedHeader(SourceDocument.parse(text, UNFINISHED), refusal(text))).toEqual({
      municipality: "Rijssen-Holten",
      gemeentecode: "GM0177",
      role: "adviesraad",
      name: "Piet Ëmmer",
    });
    const half = new MemoryFiles();
    await runInterview(
      new ScriptedPrompter([{ input: "Ede" }, { interrupt: true, typed: "GM02" }]),
      half,
      options(),
    ).catch(() => undefined);
    expect(half.saved.get("/work/zelftest-ede-onvolledig.yaml")).not.toContain("gemeentecode");
  });

  it("with every detail given (Ctrl-C at the choice of questions) it is an ordinary answer file under its own name", async () => {
    const files = new MemoryFiles();
    const prompter = new ScriptedPrompter([...header("Utrecht", "gemeente").slice(0, 5), { interrupt: true }]);
    const err = (await runInterview(prompter, files, options()).catch((e: unknown) => e)) as InterruptedError;
    expect(err.savedTo).toBe(FILE);
    expect(err.extra.missing).toEqual([]);
    expect(files.parsed(FILE)).toMatchObject({
      municipality: "Utrecht",
      date: "2026-01-15",
      respondent: { role: "gemeente" },
    });
    expect(files.parsed(FILE).answers.size).toBe(0);
  });

  it("never over an existing file: a taken name gets -2; --out is used when given", async () => {
    const files = new MemoryFiles({ [UNFINISHED]: "iemands eigen bestand\n" });
    await runInterview(new ScriptedPrompter([{ interrupt: true, typed: "Rijssen-Holten" }]), files, options()).catch(
      () => undefined,
    );
    expect(files.saved.get(UNFINISHED)).toBe("iemands eigen bestand\n");
    expect(files.saved.get("/work/zelftest-rijssen-holten-onvolledig-2.yaml")).toContain(
      "municipality: Rijssen-Holten",
    );
    const out = new MemoryFiles();
    const err = (await runInterview(
      new ScriptedPrompter([{ interrupt: true, typed: "Ede" }]),
      out,
      options(builtin, { out: "/work/mijn.json" }),
    ).catch((e: unknown) => e)) as InterruptedError;
    expect(err.savedTo).toBe("/work/mijn.json");
    expect(JSON.parse(out.saved.get("/work/mijn.json")!)).toMatchObject({ municipality: "Ede", answers: {} });
  });

  it("when the disk refuses, the details are shown on the screen instead, and the error points to no file", async () => {
    const files = new FailingFiles();
    files.failing = () => "ENOSPC";
    const prompter = new ScriptedPrompter([{ input: "Rijssen-Holten" }, { input: "" }, { interrupt: true }]);
    const err = (await runInterview(prompter, files, options()).catch((e: unknown) => e)) as InterruptedError;
    expect(err).toBeInstanceOf(InterruptedError);
    expect(err.savedTo).toBeUndefined();
    expect(err.extra.missing).toEqual(["respondent.role", "date"]);
    expect(prompter.printed.join("")).toContain("Niet bewaard: wat u al invulde (Rijssen-Holten)");
  });

  it("nothing typed: nothing is written", async () => {
    const files = new MemoryFiles();
    const err = (await runInterview(new ScriptedPrompter([{ interrupt: true, typed: "   " }]), files, options()).catch(
      (e: unknown) => e,
    )) as InterruptedError;
    expect(err.savedTo).toBeUndefined();
    expect(err.extra.missing).toBeUndefined();
    expect(files.saved.size).toBe(0);
  });

  it("--resume of an unfinished file offers what was given, asks the rest, moves the answers to their own name and removes it", async () => {
    const files = new MemoryFiles();
    await runInterview(
      new ScriptedPrompter([{ input: "Rijssen-Holten" }, { input: "177" }, { interrupt: true }]),
      files,
      options(),
    ).catch(() => undefined);
    const unfinished = { municipality: "Rijssen-Holten", gemeentecode: "GM0177" };
    const prompter = new ScriptedPrompter([
      { input: "", expect: /gemeente/ },
      { input: "", expect: /CBS-gemeentecode/ },
      { select: "adviesraad" },
      { input: "" },
      { input: "01-12-2026" },
      { select: "legal" },
      ...answer("ja"),
      { select: "stop" },
    ]);
    const outcome = await runInterview(prompter, files, options(builtin, { resume: UNFINISHED, unfinished }));
    expect(prompter.defaults.slice(0, 2)).toEqual(["Rijssen-Holten", "GM0177"]);
    const file = "/work/zelftest-rijssen-holten-adviesraad-2026-12-01.yaml";
    expect(outcome).toMatchObject({ status: "stopped", file });
    expect(files.parsed(file)).toMatchObject({ municipality: "Rijssen-Holten", gemeentecode: "GM0177" });
    expect(files.parsed(file).answers.get("beleidsplan.inrichting")).toEqual({ answer: "ja" });
    expect(files.saved.has(UNFINISHED)).toBe(false);
    expect(prompter.printed.join("").replace(/\s+/g, " ")).toContain(
      `Het onvolledige bestand ${UNFINISHED} is weggehaald`,
    );
  });

  it("--resume: an unfinished file changed since it was read stays; one named with --out is continued where it is", async () => {
    const files = new MemoryFiles({ [UNFINISHED]: "municipality: Ede\n" });
    const original = files.read;
    let reads = 0;
    files.read = (p: string) => (p === UNFINISHED && ++reads > 1 ? "veranderd\n" : original(p));
    const prompter = new ScriptedPrompter([...header("Ede"), { select: "stop" }]);
    await runInterview(prompter, files, options(builtin, { resume: UNFINISHED, unfinished: { municipality: "Ede" } }));
    expect(files.saved.has(UNFINISHED)).toBe(true);
    expect(prompter.printed.join("").replace(/\s+/g, " ")).toContain(
      "is veranderd sinds het werd gelezen en blijft staan",
    );

    const mine = "/work/mijn-zelftest.yaml";
    const own = new MemoryFiles({ [mine]: "municipality: Ede\n" });
    const outcome = await runInterview(
      new ScriptedPrompter([...header("Ede"), { select: "stop" }]),
      own,
      options(builtin, { resume: mine, unfinished: { municipality: "Ede" } }),
    );
    expect(outcome).toMatchObject({ status: "stopped", file: mine });
    expect(own.parsed(mine).municipality).toBe("Ede");
    expect([...own.saved.keys()]).toEqual([mine]);
  });

  it("--resume: an unfinished file that is gone, or cannot be removed, is said as such, not as changed", async () => {
    const said = async (files: MemoryFiles) => {
      const prompter = new ScriptedPrompter([...header("Ede"), { select: "stop" }]);
      await runInterview(
        prompter,
        files,
        options(builtin, { resume: UNFINISHED, unfinished: { municipality: "Ede" } }),
      );
      return prompter.printed.join("").replace(/\s+/g, " ");
    };
    // Moved away by the person while the interview ran: nothing to remove.
    const gone = new MemoryFiles({ [UNFINISHED]: "municipality: Ede\n" });
    const original = gone.read;
    let reads = 0;
    gone.read = (p: string) => (p === UNFINISHED && ++reads > 1 ? undefined : original(p));
    const goneSaid = await said(gone);
    expect(goneSaid).toContain(`Het onvolledige bestand ${UNFINISHED} was er al niet meer (weggehaald of verplaatst)`);
    expect(goneSaid).not.toContain("veranderd");

    // The disk refuses the removal: the reason, and that the person may delete it.
    const refused = new MemoryFiles({ [UNFINISHED]: "municipality: Ede\n" });
    refused.removeIfUnchanged = () => ({ outcome: "failed", reason: "EACCES" });
    const refusedSaid = await said(refused);
    expect(refusedSaid).toContain(
      `Het onvolledige bestand ${UNFINISHED} kon niet worden weggehaald (geen toestemming, EACCES); alles staat in /work/zelftest-ede-gemeente-`,
    );
    expect(refusedSaid).toContain("dus u kunt het zelf weggooien.");
    expect(refusedSaid).not.toContain("veranderd");
  });

  it("--resume: another process's change to the unfinished file while the details are asked is never written over", async () => {
    const theirs = "# van iemand anders\nmunicipality: Ede\n";
    /** Files in which `path` is changed by someone else right after the interview first reads it. */
    const changedAfterFirstRead = (path: string) => {
      const files = new MemoryFiles({ [path]: "municipality: Ede\n" });
      const original = files.read;
      let first = true;
      files.read = (p: string) => {
        const text = original(p);
        if (p === path && first) [first] = [false, files.saved.set(path, theirs)];
        return text;
      };
      return files;
    };
    // Continued in place (a file the person named): the answers go beside it.
    const mine = "/work/mijn-zelftest.yaml";
    const own = changedAfterFirstRead(mine);
    const outcome = await runInterview(
      new ScriptedPrompter([...header("Ede"), { select: "stop" }]),
      own,
      options(builtin, { resume: mine, unfinished: { municipality: "Ede" } }),
    );
    expect(own.saved.get(mine)).toBe(theirs);
    expect(outcome).toMatchObject({ status: "stopped", file: "/work/mijn-zelftest-2.yaml" });
    expect(own.parsed("/work/mijn-zelftest-2.yaml").municipality).toBe("Ede");

    // Ctrl-C again before the details are complete: kept beside the changed unfinished file.
    const files = changedAfterFirstRead(UNFINISHED);
    await runInterview(
      new ScriptedPrompter([{ input: "" }, { interrupt: true }]),
      files,
      options(builtin, { resume: UNFINISHED, unfinished: { municipality: "Ede" } }),
    ).catch(() => undefined);
    expect(files.saved.get(UNFINISHED)).toBe(theirs);
    expect(files.read("/work/zelftest-ede-onvolledig.yaml")).toContain("municipality: Ede");
  });
});
