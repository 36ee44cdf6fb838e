// The interview as a person uses it: real inquirer prompts, keystrokes in, screen out, no TTY needed.
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnswerFile, loadQuestionnaire } from "../../src/load/load-files.js";
import { FakeTerminal, KEY } from "../helpers/terminal.js";
import { runCli } from "../helpers/run-cli.js";

/** The number of legal questions of the built-in questionnaire: the scope "legal" asks these. */
const LEGAL = loadQuestionnaire("clientondersteuning-wmo2015").items.filter((i) => i.level === "wettelijk").length;

describe("zelftest interview in a (fake) terminal", () => {
  it("answers, Ctrl-C saves and exits 130, --resume finishes, the review and the result follow", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-interview-"));
    const file = join(dir, "zelftest-de-bilt-adviesraad-2026-01-15.yaml");

    const t1 = new FakeTerminal();
    const run1 = t1.run([], dir); // plain `zelftest` starts the interview
    // The first start loads (and, under vitest, compiles) the prompt library: slow on a busy machine.
    await t1.waitFor("Over welke gemeente", 60_000);
    t1.type("De Bilt", KEY.enter);
    await t1.waitFor("CBS-gemeentecode");
    t1.type("gm 310", KEY.enter); // not a code: the prompt says what is
    await t1.waitFor("Een gemeentecode is GM met vier cijfers");
    t1.type(...Array(6).fill(KEY.backspace), "310", KEY.enter);
    await t1.waitFor("Wie vult de zelftest in?");
    t1.type(KEY.down, KEY.enter); // adviesraad
    await t1.waitFor("Uw naam");
    t1.type(KEY.enter);
    await t1.waitFor("Datum van de zelftest (dag-maand-jaar)");
    t1.type("15-01-2026", KEY.enter);
    await t1.waitFor("Welke vragen wilt u beantwoorden?");
    t1.type(KEY.enter); // legal requirements only (the first choice)
    await t1.waitFor(`Vraag 1 van ${LEGAL} · VNG-zelftest (lezing van art.`);
    expect(t1.text).toContain(`Uw antwoorden worden bewaard in: ${file}`);
    expect(t1.text).not.toContain("beleidsplan.inrichting");
    t1.type(KEY.down, KEY.down, KEY.down, KEY.down, KEY.enter); // Toelichting of bron toevoegen
    await t1.waitFor("Uw antwoord");
    t1.type(KEY.down, KEY.enter); // Deels
    await t1.waitFor("Toelichting (mag leeg blijven");
    t1.type("Alleen in het visiedocument", KEY.enter);
    await t1.waitFor("Bron of bewijs");
    t1.type(KEY.ctrlC); // stops at the next prompt: the note was confirmed and is kept
    expect(await run1).toBe(130);
    expect(t1.text).toContain(`npx zelftest interview --resume ${file}`);
    const partial = loadAnswerFile(file).answers;
    expect(partial.municipality).toBe("De Bilt");
    expect(partial.gemeentecode).toBe("GM0310");
    expect(partial.date).toBe("2026-01-15");
    expect(partial.respondent.role).toBe("adviesraad");
    expect(partial.answers.get("beleidsplan.inrichting")).toEqual({
      answer: "deels",
      note: "Alleen in het visiedocument",
    });

    const t2 = new FakeTerminal();
    const run2 = t2.run(["interview", "--resume", file], dir);
    await t2.waitFor(`U gaat verder met de vragen over de wet en de VNG-zelftest: nog ${LEGAL - 1} vragen open.`);
    for (let i = 2; i <= LEGAL; i += 1) {
      await t2.waitFor(`Vraag ${i} van ${LEGAL}`);
      t2.type(KEY.enter); // Ja (the cursor starts on the first answer)
    }
    await t2.waitFor("Wilt u een thema bekijken");
    expect(t2.text).not.toContain("Welke vragen wilt u beantwoorden?");
    t2.type(KEY.enter); // Klaar
    await t2.waitFor("Wilt u een rapport");
    t2.type(KEY.enter); // HTML
    expect(await run2).toBe(0);
    const report = file.replace(/\.yaml$/, ".html");
    expect(t2.text).toContain(`Rapport geschreven: ${report}`);
    expect(readFileSync(report, "utf8")).toMatch(/^<!DOCTYPE html>[\s\S]*De Bilt[\s\S]*Plan van aanpak/);
    expect(t2.text).toContain("VNG-zelftest");
    expect(t2.text).toContain("~ deels");
    const done = loadAnswerFile(file).answers;
    expect(done.answers.size).toBe(LEGAL);
    expect(done.answers.get("beleidsplan.inrichting")?.note).toBe("Alleen in het visiedocument");
    expect(readFileSync(file, "utf8")).toContain('date: "2026-01-15"');
  });

  it("--resume of a JSON file keeps it JSON; --out onto an existing file asks first", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-interview-"));
    const json = join(dir, "a.json");
    const body = {
      questionnaire: "clientondersteuning-wmo2015",
      version: "1.0.0",
      municipality: "Ede",
      respondent: { role: "gemeente" },
      date: "2026-01-15",
      answers: { "beleidsplan.inrichting": "ja" },
    };
    writeFileSync(json, JSON.stringify(body));
    const t1 = new FakeTerminal();
    const run1 = t1.run(["interview", "--resume", json], dir);
    await t1.waitFor(`Vraag 2 van ${LEGAL}`);
    t1.type(KEY.down, KEY.down, KEY.enter); // Nee
    await t1.waitFor(`Vraag 3 van ${LEGAL}`);
    t1.type(KEY.ctrlC);
    expect(await run1).toBe(130);
    expect(JSON.parse(readFileSync(json, "utf8")).answers).toEqual({
      "beleidsplan.inrichting": "ja",
      "beleidsplan.wettelijke-eisen": "nee",
    });

    const existing = join(dir, "existing.yaml");
    writeFileSync(existing, "# van iemand anders\n");
    const t2 = new FakeTerminal();
    const run2 = t2.run(["interview", "--resume", json, "--out", existing], dir);
    await t2.waitFor("bestaat al");
    t2.type(KEY.enter); // Stoppen (the first choice)
    expect(await run2).toBe(0);
    expect(readFileSync(existing, "utf8")).toBe("# van iemand anders\n");
  });

  it("issue 23: --resume never removes a file beside the answer file because of its name (a person's copy a.yaml.2882343476, old or new)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-interview-"));
    const file = join(dir, "a.yaml");
    writeFileSync(
      file,
      'questionnaire: clientondersteuning-wmo2015\nversion: "1.0.0"\nmunicipality: Ede\nrespondent: { role: gemeente }\ndate: "2026-01-15"\nanswers:\n  beleidsplan.inrichting: ja\n',
    );
    // Names the old clean-up took for write-file-atomic's leftovers and deleted: a person's files.
    const stale = `${file}.2882343476`;
    const fresh = `${file}.1450205478`;
    writeFileSync(stale, "questionnaire: clientondersteuning-wm");
    writeFileSync(fresh, "questionnaire: clientondersteuning-wm");
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(stale, old, old);
    const t = new FakeTerminal();
    const run = t.run(["interview", "--resume", file], dir);
    await t.waitFor(`Vraag 2 van ${LEGAL}`);
    t.type(KEY.enter); // Ja: saved
    await t.waitFor(`Vraag 3 van ${LEGAL}`);
    t.type(KEY.ctrlC);
    expect(await run).toBe(130);
    expect(existsSync(stale)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    expect(loadAnswerFile(file).answers.answers.size).toBe(2);
  });

  it("defect 16: Ctrl-C right after the Enter that answers (in the same burst of input) stops the interview, with that answer saved", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-interview-"));
    const file = join(dir, "a.yaml");
    const t = new FakeTerminal();
    const run = t.run(["interview", "--out", file], dir);
    await t.waitFor("Over welke gemeente", 60_000);
    t.type("Ede", KEY.enter);
    await t.waitFor("CBS-gemeentecode");
    t.type(KEY.enter);
    await t.waitFor("Wie vult de zelftest in?");
    t.type(KEY.enter);
    await t.waitFor("Uw naam");
    t.type(KEY.enter);
    await t.waitFor("Datum van de zelftest");
    t.type(KEY.enter);
    await t.waitFor("Welke vragen");
    t.type(KEY.enter);
    await t.waitFor("Uw antwoord");
    t.type(KEY.enter + KEY.ctrlC); // Ja, and Ctrl-C a moment later: one chunk of input
    expect(await run).toBe(130);
    expect(loadAnswerFile(file).answers.answers.get("beleidsplan.inrichting")).toEqual({ answer: "ja" });
  });

  it("without a terminal it refuses with exit 2 and points to score and report", async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("NOT_A_TTY");
    expect(r.stderr).toContain("zelftest score");
    expect((await runCli(["interview"])).code).toBe(2);
  });

  it("an --out in a folder that does not exist: the first save fails, the interview says so and offers a way out; stopping is OUTPUT_FAILED, exit 2", async () => {
    const t = new FakeTerminal();
    const run = t.run(["interview", "--out", join(tmpdir(), "bestaat-niet", "a.yaml")], process.cwd());
    await t.waitFor("Over welke gemeente");
    t.type("Ede", KEY.enter);
    await t.waitFor("CBS-gemeentecode");
    t.type(KEY.enter);
    await t.waitFor("Wie vult de zelftest in?");
    t.type(KEY.enter);
    await t.waitFor("Uw naam");
    t.type(KEY.enter);
    await t.waitFor("Datum van de zelftest");
    t.type(KEY.enter); // today
    await t.waitFor("Welke vragen");
    t.type(KEY.enter);
    await t.waitFor("Wat wilt u doen?");
    expect(t.text).toContain("Niet bewaard: de gegevens over de gemeente en de zelftest");
    expect(t.text).toContain("de map bestaat niet");
    t.type(KEY.down, KEY.down, KEY.enter); // Stoppen zonder te bewaren
    expect(await run).toBe(2);
    expect(t.text).toContain("OUTPUT_FAILED");
  });

  it("Ctrl-C while the municipality is being typed keeps it in an unfinished file; --resume offers it, asks the rest and moves on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-interview-"));
    const unfinished = join(dir, "zelftest-rijssen-holten-onvolledig.yaml");
    const t1 = new FakeTerminal();
    const run1 = t1.run(["interview"], dir);
    await t1.waitFor("Over welke gemeente", 60_000);
    t1.type("Rijssen-Holten");
    await t1.waitFor("Rijssen-Holten");
    t1.type(KEY.ctrlC); // before Enter
    expect(await run1).toBe(130);
    // The message is wrapped to the terminal's width.
    expect(t1.text.replace(/\s+/g, " ")).toContain(
      `Gestopt. Wat u al invulde, staat in ${unfinished}. Nog niet ingevuld: wie de zelftest invult (rol) en de datum.`,
    );
    expect(t1.text).toContain(`npx zelftest interview --resume ${unfinished}`);
    expect(t1.text).not.toContain("Er was nog niets om te bewaren");
    expect(readFileSync(unfinished, "utf8")).toContain("municipality: Rijssen-Holten");
    // validate refuses it, naming what is missing.
    const checked = await runCli(["validate", unfinished]);
    expect(checked.code).toBe(2);
    expect(checked.stdout + checked.stderr).toContain("MISSING_FIELD");

    const t2 = new FakeTerminal();
    const run2 = t2.run(["interview", "--resume", unfinished], dir);
    await t2.waitFor("(Rijssen-Holten)", 60_000);
    t2.type(KEY.enter); // the municipality as kept
    await t2.waitFor("CBS-gemeentecode");
    t2.type(KEY.enter);
    await t2.waitFor("Wie vult de zelftest in?");
    t2.type(KEY.enter); // gemeente
    await t2.waitFor("Uw naam");
    t2.type(KEY.enter);
    await t2.waitFor("Datum van de zelftest");
    t2.type("01-12-2026", KEY.enter);
    await t2.waitFor("Welke vragen");
    t2.type(KEY.enter);
    await t2.waitFor("Vraag 1 van");
    t2.type(KEY.ctrlC);
    expect(await run2).toBe(130);
    const file = join(dir, "zelftest-rijssen-holten-gemeente-2026-12-01.yaml");
    expect(t2.text.replace(/\s+/g, " ")).toContain(`Het onvolledige bestand ${unfinished} is weggehaald`);
    expect(existsSync(unfinished)).toBe(false);
    expect(loadAnswerFile(file).answers).toMatchObject({ municipality: "Rijssen-Holten", date: "2026-12-01" });
  });

  it("an invalid resume file is refused with its errors, exit 2", async () => {
    const t = new FakeTerminal();
    const code = await t.run(
      ["interview", "--resume", join(process.cwd(), "test", "fixtures", "answers", "invalid", "unknown-item.yaml")],
      process.cwd(),
    );
    expect(code).toBe(2);
    expect(t.text).toContain("UNKNOWN_ITEM");
  });
});
