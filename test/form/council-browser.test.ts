// The zelftest as an advisory council does it (issue 19), in a real browser, exactly as the
// council works: the officer makes a pre-filled form (the only step with Node); four members fill
// it in at home with different answers and notes and download their files; the chair opens the
// four files at once in the form's Samenvoegen, settles the questions where they differ, writes
// the group's notes and downloads one council file; then compares it with the municipality's file
// in Vergelijken. Checked: nothing any member wrote is lost, the command line validates and scores
// the council file, `zelftest samenvoegen` of the same files gives the page's proposals, and the
// page's comparison is the one `zelftest compare` writes. axe on every new view; 360 px wide.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Browser, Page } from "playwright-core";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { ROOT } from "../helpers/fixtures.js";
import { axeViolations, haveChromium, launch, mustRunBrowserTests } from "../helpers/browser.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "zelftest-council-"));
const formFile = join(dir, "zelftest-formulier.html");
const municipalityFile = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");

type A = "ja" | "deels" | "nee" | "weet-niet";
const LABEL = { ja: "Ja", deels: "Deels", nee: "Nee", "weet-niet": "Weet niet" } as const;
/** The legal questions of the built-in questionnaire: the pre-filled form asks these. */
const LEGAL = loadQuestionnaire("clientondersteuning-wmo2015").items.filter((i) => i.level === "wettelijk").length;
/** What every member answers, unless their own list says otherwise (the first 15 legal questions; Ja after them). */
const BASE: readonly A[] = [
  "ja",
  "deels",
  "nee",
  "weet-niet",
  "ja",
  "ja",
  "deels",
  "ja",
  "nee",
  "ja",
  "weet-niet",
  "ja",
  "deels",
  "ja",
  "ja",
];

interface Member {
  readonly name: string;
  /** Question number (1-based) → answer, where this member differs from BASE; null leaves it open. */
  readonly own: Readonly<Record<number, A | null>>;
  /** Question number → note typed. */
  readonly notes: Readonly<Record<number, string>>;
  /** Question number → source typed. */
  readonly sources: Readonly<Record<number, string>>;
  readonly date: string;
}

/** Six questions where they differ: 2, 4, 7, 9, 11 and 14. Member D leaves question 12 open. */
const MEMBERS: readonly Member[] = [
  {
    name: "A. de Vries",
    own: {},
    notes: { 2: "Het statuut is nog een concept.", 4: "Dat weet ik niet; de gemeente zegt het niet." },
    sources: { 2: "Concept professioneel statuut, 2026" },
    date: "03-12-2026",
  },
  {
    name: "B. Bakker",
    own: { 2: "ja", 7: "nee" },
    notes: {
      2: 'Volgens de wethouder "geregeld" <img src=x onerror=alert(1)>',
      7: "Wij hoorden van cliënten dat het niet gebeurt 😟\nTwee voorbeelden in de vergadering van oktober.",
    },
    sources: { 7: "Verslag adviesraad 14-10-2026" },
    date: "03-12-2026",
  },
  {
    name: "C. Jansen",
    own: { 4: "ja", 9: "deels", 11: "ja" },
    notes: { 9: "In het beleidsplan staat een begin.", 11: "Staat op de website van de gemeente (€ 0, gratis)." },
    sources: {},
    date: "04-12-2026",
  },
  {
    name: "D. Smit",
    own: { 14: "nee", 12: null },
    notes: { 14: "Niet gezien in de stukken.", 1: "Eens met de anderen." },
    sources: {},
    date: "07-12-2026",
  },
];
const answerOf = (m: Member, n: number): A | null => (n in m.own ? (m.own[n] ?? null) : (BASE[n - 1] ?? "ja"));

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [join(ROOT, "bin", "zelftest.js"), ...args], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, stdout, stderr: "" };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

const h1 = (page: Page) => page.locator("main h1").first().innerText();
const submit = (page: Page) => page.locator("main form button[type=submit]");

interface GroupFile {
  respondent: { role: string; name?: string };
  municipality: string;
  gemeentecode?: string;
  group: { rule: string; members: { name?: string; role: string; date: string; sha256: string }[] };
  answers: Record<
    string,
    {
      answer: A;
      note?: string;
      evidence?: string;
      votes?: Partial<Record<A, number>>;
      dissent?: { member: number; name?: string; answer: A; note?: string; evidence?: string }[];
    }
  >;
}

describe.skipIf(!haveChromium && !mustRunBrowserTests)("the council's process in Chromium", () => {
  let browser: Browser;
  const memberFiles: string[] = [];

  beforeAll(async () => {
    // The officer's one step with Node: a form with the municipality, its code and the role fixed,
    // and where and when to send the file.
    const made = await runCli([
      "formulier",
      "--out",
      formFile,
      "--municipality",
      "Rijssen-Holten",
      "--municipality-code",
      "GM1742",
      "--role",
      "adviesraad",
      "--contact",
      "j.jansen@rijssen-holten.nl",
      "--deadline",
      "2027-01-15",
    ]);
    expect(made.code).toBe(0);
    browser = await launch();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
  });

  it("four members fill in the pre-filled form, each ends on the closing step and downloads a file of their own", async () => {
    for (const [k, m] of MEMBERS.entries()) {
      const context = await browser.newContext({
        acceptDownloads: true,
        ...(k === 3 ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {}),
      });
      await context.addInitScript(() =>
        Object.defineProperty(globalThis, "showSaveFilePicker", { value: undefined, configurable: true }),
      );
      const page = await context.newPage();
      await page.goto(`file://${formFile}`);
      await page.getByRole("button", { name: "Beginnen" }).click();
      // Municipality, code and role are fixed: shown, not asked.
      const gemeente = page.getByRole("textbox", { name: "Gemeente", exact: true });
      expect(await gemeente.inputValue()).toBe("Rijssen-Holten");
      expect(await gemeente.getAttribute("readonly")).not.toBeNull();
      expect(await page.getByRole("textbox", { name: "CBS-gemeentecode" }).inputValue()).toBe("GM1742");
      expect(await page.getByRole("textbox", { name: "Wie vult de zelftest in?" }).inputValue()).toBe(
        "Ik zit in de Wmo-raad of adviesraad sociaal domein",
      );
      if (k === 0) expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("textbox", { name: /^Uw naam/ }).fill(m.name);
      await page.getByRole("textbox", { name: "Datum van de zelftest" }).fill(m.date);
      await submit(page).click();
      for (let n = 1; n <= LEGAL; n += 1) {
        expect(await h1(page)).toBe(`Vraag ${n} van ${LEGAL}`);
        const answer = answerOf(m, n);
        if (answer) await page.getByRole("radio", { name: LABEL[answer], exact: true }).check();
        if (m.notes[n]) await page.getByRole("textbox", { name: "Toelichting (niet verplicht)" }).fill(m.notes[n]!);
        if (m.sources[n]) await page.getByRole("textbox", { name: /^Bron/ }).fill(m.sources[n]!);
        await submit(page).click();
      }
      expect(await h1(page)).toBe("Overzicht van uw antwoorden");
      await page.locator("main .zf-buttons button").last().click();
      // The closing step: which file, where, to whom, by when.
      expect(await h1(page)).toBe("Klaar");
      if (k === 0 || k === 3) expect(await axeViolations(page)).toEqual([]);
      const download = page.waitForEvent("download");
      await page.locator("main").getByRole("button", { name: "Download antwoordbestand" }).click();
      const d = await download;
      const target = join(dir, d.suggestedFilename());
      await d.saveAs(target);
      memberFiles.push(target);
      const slug = m.name.toLowerCase().replace(/\. /g, "-").replace(/ /g, "-");
      const iso = m.date.split("-").reverse().join("-");
      expect(d.suggestedFilename()).toBe(`zelftest-rijssen-holten-adviesraad-${slug}-${iso}.yaml`);
      expect(await page.locator("main").innerText()).toContain(
        `Stuur het bestand ${d.suggestedFilename()} (in uw map Downloads) vóór 15 januari 2027 naar j.jansen@rijssen-holten.nl.`,
      );
      // Their own result: "Uw antwoorden", short, the full report one click away.
      await page.getByRole("button", { name: "Bekijk uw antwoorden" }).click();
      expect(await h1(page)).toBe("Uw antwoorden");
      expect(await page.locator("main").innerText()).not.toContain("Samenvatting van de adviesraad");
      if (k === 3) {
        const width = await page.evaluate(
          () =>
            (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
              .documentElement.scrollWidth,
        );
        expect(width).toBeLessThanOrEqual(360);
      }
      await page.getByRole("button", { name: "Bekijk het volledige rapport" }).click();
      expect(await page.locator(".zf-report h1").first().innerText()).toContain("Rijssen-Holten");
      await context.close();
    }
    // Four files, four names: nothing collides in one folder.
    expect(new Set(memberFiles).size).toBe(4);
    for (const f of memberFiles) expect(cli(["validate", f]).code).toBe(0);
  }, 600000);
  it("the chair opens the four files at once, the table shows where they differ first, the group settles them and downloads one council file", async () => {
    expect(memberFiles).toHaveLength(4);
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`file://${formFile}`);
    const merge = page.getByRole("button", { name: "Antwoorden samenvoegen" });
    await merge.focus();
    await page.keyboard.press("Enter");
    expect(await h1(page)).toBe("Antwoorden samenvoegen");
    expect(await axeViolations(page)).toEqual([]);

    // A file of another municipality and the same file twice are refused, in the page, with a clear message.
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Kies antwoordbestanden" }).click();
    await (await chooser).setFiles([memberFiles[0]!, join(ROOT, "examples", "gemeente-half-ingevuld.json")]);
    const summary = page.locator(".zf-error-summary");
    await expect.poll(() => summary.isVisible()).toBe(true);
    const refusal = await summary.innerText();
    expect(refusal).toContain("gemeente-half-ingevuld.json");
    expect(refusal).toContain("Voorbeeldstad");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Weghalen Haal gemeente-half-ingevuld.json weg" }).click();
    await expect.poll(() => summary.count()).toBe(0);
    // Taking a file away returns focus to the file picker (the rows are the compare step's too).
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id,
      ),
    ).toBe("zf-merge-files");

    // The four members' files, chosen at once (the first again: kept once).
    const chooser2 = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Nog een bestand toevoegen" }).click();
    await (await chooser2).setFiles(memberFiles);
    await expect.poll(() => page.locator("#zf-merge-table-title").count()).toBe(1);
    expect(await page.locator("#zf-merge-table-title").innerText()).toBe("Hier verschilt u van mening: 6 vragen");
    expect(await page.locator(".zf-file-list li").count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);

    // Proposals as the rule makes them: first a download without any choice, equal to `zelftest samenvoegen`.
    const groupName = page.getByRole("textbox", { name: "Naam van de groep (niet verplicht)" });
    await groupName.fill("Wmo-adviesraad Rijssen-Holten");
    await page.getByRole("textbox", { name: "Datum van het groepsantwoord" }).fill("10-12-2026");
    const proposals = join(dir, "proposals.yaml");
    let download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download groepsantwoord" }).click();
    await (await download).saveAs(proposals);
    const cliMerged = join(dir, "cli-merged.yaml");
    const r = cli([
      "samenvoegen",
      ...memberFiles,
      "--out",
      cliMerged,
      "--name",
      "Wmo-adviesraad Rijssen-Holten",
      "--date",
      "2026-12-10",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const fromPage = parse(readFileSync(proposals, "utf8")) as GroupFile;
    const fromCli = parse(readFileSync(cliMerged, "utf8")) as GroupFile;
    expect(fromPage.answers).toEqual(fromCli.answers);
    expect(fromPage.group).toEqual(fromCli.group);
    expect(fromPage.respondent).toEqual(fromCli.respondent);

    // The differing questions come first; the group settles them by keyboard, writes two notes.
    const blocks = page.locator(".zf-merge-item");
    const differ = page.locator(".zf-merge-differ");
    expect(await differ.count()).toBe(6);
    const differIds: string[] = [];
    const settled: A[] = ["deels", "nee", "nee", "deels", "weet-niet", "ja"];
    for (let k = 0; k < 6; k += 1) {
      const block = differ.nth(k);
      const id = (await block.getAttribute("data-item"))!;
      differIds.push(id);
      const group = block.getByRole("group").first();
      await group.getByRole("radio", { name: LABEL[settled[k]!], exact: true }).focus();
      await page.keyboard.press("Space");
      if (k < 2) {
        const note = block.getByRole("textbox", { name: "Toelichting van de groep (niet verplicht)" });
        await note.focus();
        await page.keyboard.type(
          k === 0 ? "Besproken op 10 december: het statuut is nog niet vastgesteld." : "Vragen bij de gemeente.",
        );
      }
    }
    expect(await blocks.count()).toBe(LEGAL);
    // The members' answers side by side, with their names and notes.
    const first = await differ.nth(0).innerText();
    expect(first).toContain("1 × Ja, 3 × Deels");
    expect(first).toContain("B. Bakker");
    expect(first).toContain('Volgens de wethouder "geregeld" <img src=x onerror=alert(1)>');

    // The agenda prints: only the questions where members differ, with every member's answer and notes.
    await page.emulateMedia({ media: "print" });
    const agenda = await page.locator("#zf-agenda").innerText();
    expect(agenda).toContain("Agenda: waar de leden van mening verschillen");
    expect(agenda).toContain("Hier verschilt u van mening: 6 vragen");
    expect(agenda).toContain("Wij hoorden van cliënten dat het niet gebeurt 😟");
    expect(await page.locator("main").isVisible()).toBe(false);
    const pdf = join(dir, "agenda.pdf");
    await page.pdf({ path: pdf, format: "A4" });
    const pdfText = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    expect(pdfText).toContain("Agenda: waar de leden van mening verschillen");
    expect(pdfText).toContain("C. Jansen");
    await page.emulateMedia({ media: "screen" });

    // A reload at the table loses nothing: the files, the choices and the notes are still there.
    await page.reload();
    await page.getByRole("button", { name: "Antwoorden samenvoegen" }).click();
    await expect.poll(() => page.locator(".zf-merge-differ").count()).toBe(6);
    expect(
      await page
        .locator(".zf-merge-differ")
        .nth(0)
        .getByRole("textbox", { name: "Toelichting van de groep (niet verplicht)" })
        .inputValue(),
    ).toBe("Besproken op 10 december: het statuut is nog niet vastgesteld.");

    const councilFile = join(dir, "raad.yaml");
    download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download groepsantwoord" }).click();
    const d = await download;
    expect(d.suggestedFilename()).toBe(
      "zelftest-rijssen-holten-adviesraad-wmo-adviesraad-rijssen-holten-2026-12-10.yaml",
    );
    await d.saveAs(councilFile);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    // The command line accepts and scores the council file.
    expect(cli(["validate", councilFile]).code).toBe(0);
    expect(cli(["score", councilFile, "--json"]).code).toBe(0);
    const council = parse(readFileSync(councilFile, "utf8")) as GroupFile;
    expect(council.group.members.map((m) => m.name)).toEqual(MEMBERS.map((m) => m.name));
    expect(council.respondent).toEqual({ role: "adviesraad", name: "Wmo-adviesraad Rijssen-Holten" });
    for (const [k, id] of differIds.entries()) expect(council.answers[id]!.answer).toBe(settled[k]);
    expect(council.answers[differIds[0]!]!.note).toContain("Besproken op 10 december");

    // Nothing any member wrote is lost: every member's answer, note and source is in the council
    // file, in the group's note (agreeing, under their name) or in the dissent (with their answer).
    const members = memberFiles.map((f) => parse(readFileSync(f, "utf8")) as GroupFile);
    for (const [k, m] of members.entries()) {
      for (const [id, given] of Object.entries(m.answers)) {
        const a = typeof given === "string" ? { answer: given as A } : given;
        const groupAnswer = council.answers[id]!;
        expect(groupAnswer.votes?.[a.answer], `${id} votes`).toBeGreaterThan(0);
        if (groupAnswer.answer === a.answer) {
          for (const text of [a.note, a.evidence].filter(Boolean)) {
            expect(`${groupAnswer.note}\n${groupAnswer.evidence}`, `${id} member ${k + 1}`).toContain(text!);
          }
        } else {
          const dissent = groupAnswer.dissent?.find((x) => x.member === k + 1);
          expect(dissent, `${id} member ${k + 1}`).toMatchObject({
            name: MEMBERS[k]!.name,
            answer: a.answer,
            ...(a.note ? { note: a.note } : {}),
            ...(a.evidence ? { evidence: a.evidence } : {}),
          });
        }
      }
    }
    // Every word each member typed is in the council file.
    const kept = JSON.stringify(council.answers);
    for (const m of MEMBERS) {
      for (const typed of [...Object.values(m.notes), ...Object.values(m.sources)]) {
        expect(kept, typed).toContain(JSON.stringify(typed).slice(1, -1));
      }
    }
  }, 600000);

  it("compares the council file with the municipality's in the form, as `zelftest compare` does", async () => {
    const councilFile = join(dir, "raad.yaml");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`file://${formFile}`);
    await page.getByRole("button", { name: "Antwoorden vergelijken" }).click();
    expect(await h1(page)).toBe("Antwoorden vergelijken");
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Kies antwoordbestanden" }).click();
    await (await chooser).setFiles([municipalityFile, councilFile, memberFiles[0]!]);
    await expect.poll(() => page.locator(".zf-compare-view").count()).toBe(1);
    // The same file rows as at the merge: who, role and date, the file, and a way to take it away.
    const rows = page.locator(".zf-file-list li");
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).innerText()).toContain("Wmo-adviesraad Rijssen-Holten, adviesraad, 10 december 2026");
    await page.getByRole("button", { name: `Weghalen Haal ${basename(memberFiles[0]!)} weg` }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => rows.count()).toBe(2);
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id,
      ),
    ).toBe("zf-compare-files");
    await expect.poll(() => page.locator(".zf-compare-view").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const html = join(dir, "compare.html");
    const r = cli(["compare", municipalityFile, councilFile, "--out", html]);
    expect(r.code).toBe(0);
    const other = await context.newPage();
    await other.goto(`file://${html}`);
    const text = (s: string) => s.replace(/\s+/g, " ").trim();
    const cliText = text(await other.locator("body").innerText());
    const pageText = text(await page.locator(".zf-compare-view").innerText());
    expect(pageText.length).toBeGreaterThan(1000);
    expect(pageText).toBe(cliText);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(
        await page.evaluate(
          () =>
            (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
              .documentElement.scrollWidth,
        ),
      ).toBeLessThanOrEqual(width);
      expect(await axeViolations(page), `${width} px`).toEqual([]);
    }
    await context.close();
  }, 300000);
});
