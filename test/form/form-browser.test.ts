// The offline form (`zelftest formulier`, docs/form.md) in a real browser, as its users meet it:
// filled in by keyboard only, closed halfway and continued, answer files opened and downloaded,
// and the command line reading what the page wrote. axe-core on every step; hostile text inert.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { axeViolations, haveChromium, launch, launchPersistent, mustRunBrowserTests } from "../helpers/browser.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "zelftest-form-browser-"));
const formFile = join(dir, "zelftest-formulier.html");
const formUrl = `file://${formFile}`;
const miniFile = join(dir, "mini.html");
const englishFile = join(dir, "english.html");

/** How many legal questions the form asks first: the 15 VNG rows and the law's own duties. */
const LEGAL = loadQuestionnaire("clientondersteuning-wmo2015").items.filter((i) => i.level === "wettelijk").length;
/** The answers given in the keyboard walk, in question order: one per legal question. */
const WALK: readonly ("ja" | "deels" | "nee" | "weet-niet")[] = [
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
  ...Array.from({ length: LEGAL - 15 }, () => "ja" as const),
];
const LABEL = { ja: "Ja", deels: "Deels", nee: "Nee", "weet-niet": "Weet niet" } as const;
const ORDER = ["ja", "deels", "nee", "weet-niet"] as const;
/**
 * Firefox and Safari have no "save as" dialog for pages (showSaveFilePicker): there the answer file
 * is downloaded. Headless Chromium has the function but shows no dialog (it cancels at once), so
 * the tests that download take it away, as those browsers are.
 */
const withoutSavePicker = () =>
  Object.defineProperty(globalThis, "showSaveFilePicker", { value: undefined, configurable: true });

/** An element's rendered text, as the page's own code sees it (the test runs without DOM types). */
type Text = { innerText: string };

async function isFocused(locator: Locator): Promise<boolean> {
  return locator
    .evaluate(
      (el) => el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
      undefined,
      { timeout: 2000 },
    )
    .catch(() => false);
}

/** Presses Tab until the element has focus (keyboard only, as a person would). */
async function tabTo(page: Page, locator: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await isFocused(locator)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${String(locator)}`);
}

const h1 = (page: Page) => page.locator("main h1").first().textContent();
const submit = (page: Page) => page.locator("main form button[type=submit]");

/** Details by keyboard: municipality, the role (arrow keys in the radio group), the date typed as dd-mm-jjjj. */
async function fillDetails(page: Page, municipality: string, roleSteps: number, date: string): Promise<void> {
  const gemeente = page.getByRole("textbox", { name: "Gemeente", exact: true });
  await tabTo(page, gemeente);
  await page.keyboard.type(municipality);
  await tabTo(page, page.getByRole("radio").first());
  if (roleSteps === 0) await page.keyboard.press("Space");
  for (let i = 0; i < roleSteps; i += 1) await page.keyboard.press("ArrowDown");
  const dateField = page.getByRole("textbox", { name: "Datum van de zelftest" });
  await tabTo(page, dateField);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(date);
  await tabTo(page, submit(page));
  await page.keyboard.press("Enter");
}

/** One question by keyboard: Tab into the group, Space or arrow keys to the answer, a note if given, then Enter on the main button. */
async function answerByKeyboard(page: Page, answer: (typeof ORDER)[number], note?: string): Promise<void> {
  // Tab enters the group at the checked answer, or at the first when none is checked.
  const checked = page.locator("main fieldset input[type=radio]:checked");
  const start =
    (await checked.count()) > 0 ? ORDER.indexOf((await checked.getAttribute("value")) as (typeof ORDER)[number]) : 0;
  await tabTo(page, page.getByRole("radio", { name: LABEL[ORDER[start]!], exact: true }));
  const steps = ORDER.indexOf(answer) - start;
  if (steps === 0) await page.keyboard.press("Space");
  for (let i = 0; i < Math.abs(steps); i += 1) await page.keyboard.press(steps > 0 ? "ArrowDown" : "ArrowUp");
  if (note) {
    await tabTo(page, page.getByRole("textbox", { name: "Toelichting (niet verplicht)" }));
    await page.keyboard.type(note);
  }
  await tabTo(page, submit(page));
  await page.keyboard.press("Enter");
}

function cli(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [join(ROOT, "bin", "zelftest.js"), ...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, stdout, stderr: "" };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

async function openFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open antwoordbestand" }).click();
  await (await chooser).setFiles(file);
  // Reading the file is asynchronous: wait until the page says it opened it, or why not.
  const name = file.split("/").pop()!;
  await page.waitForFunction(
    (n) => {
      const doc = (
        globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }
      ).document;
      return Boolean(
        doc.querySelector(".zf-status")?.textContent?.includes(`${n} geopend`) ||
          doc.querySelector(".zf-error-summary")?.textContent?.includes(`${n} is niet geopend`),
      );
    },
    name,
    { timeout: 10000 },
  );
}

async function downloadTo(page: Page, button: Locator, target: string): Promise<string> {
  const download = page.waitForEvent("download");
  await button.click();
  const d = await download;
  await d.saveAs(target);
  return d.suggestedFilename();
}

/** From the overview to the full report: "Bekijk de uitslag" shows "Uw antwoorden", the report is one click further. */
async function toReport(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Bekijk de uitslag" }).click();
  expect(await h1(page)).toBe("Uw antwoorden");
  await page.getByRole("button", { name: "Bekijk het volledige rapport" }).click();
}

/** To the overview from wherever the page is (a question page has the button; the overview is there already). */
async function toOverview(page: Page): Promise<void> {
  if ((await h1(page)) === "Overzicht van uw antwoorden") return;
  await page.locator(".zf-themes").getByRole("button", { name: "Naar het overzicht" }).click();
  expect(await h1(page)).toBe("Overzicht van uw antwoorden");
}

/** What the overview shows per question: the answer, then the note and source if any ("Ja | Toelichting: …"). */
async function overviewAnswers(page: Page): Promise<string[]> {
  return page
    .locator("main .zf-answer dd")
    .evaluateAll((els) =>
      els.map((el) => [...el.querySelectorAll("p")].map((p) => (p as unknown as Text).innerText.trim()).join(" | ")),
    );
}

describe.skipIf(!haveChromium && !mustRunBrowserTests)("the offline form in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    for (const argv of [
      ["--out", formFile],
      ["--out", miniFile, "--questionnaire", fixture("questionnaires", "mini.yaml")],
      ["--out", englishFile, "--lang", "en"],
    ]) {
      expect((await runCli(["formulier", ...argv])).code).toBe(0);
    }
    browser = await launch();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(withoutSavePicker);
    const page = await context.newPage();
    await page.goto(formUrl);
    return { context, page };
  }

  it("is filled in by keyboard alone; axe finds nothing on any step; the CLI scores the download as the page showed", async () => {
    const { context, page } = await freshPage();
    const violations: Record<string, string[]> = {};
    const check = async (step: string) => {
      violations[step] = await axeViolations(page);
    };
    await check("welcome");
    // Every step has its own window title: the step first, then the questionnaire, then the municipality.
    const APP = "Zelftest onafhankelijke cliëntondersteuning (Wmo 2015)";
    const titles = [await page.title()];
    expect(titles[0]).toBe(`Welkom – ${APP}`);
    await tabTo(page, page.getByRole("button", { name: "Beginnen" }));
    await page.keyboard.press("Enter");
    expect(await h1(page)).toBe("Over de zelftest");
    expect(await isFocused(page.locator("main h1"))).toBe(true);
    titles.push(await page.title());
    expect(titles[1]).toBe(`Over de zelftest – ${APP}`);
    await check("details");

    // Continuing without the required fields: an error summary that takes focus, "Fout:" in the title.
    await tabTo(page, submit(page));
    await page.keyboard.press("Enter");
    expect(await isFocused(page.locator(".zf-error-summary"))).toBe(true);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await page.locator(".zf-error-summary").innerText()).toContain("Vul de naam van de gemeente in.");
    await check("details with errors");

    await fillDetails(page, "Rijssen-Holten", 1, "01-09-2025");
    for (const [i, answer] of WALK.entries()) {
      expect(await h1(page)).toBe(`Vraag ${i + 1} van ${LEGAL}`);
      titles.push(await page.title());
      expect(titles.at(-1)).toBe(`Vraag ${i + 1} van ${LEGAL} – ${APP} – Rijssen-Holten`);
      if (i === 0) {
        // "Vorige" comes before "Volgende": first in the tab order and to the left on screen.
        const buttons = await page
          .locator("main .zf-buttons button")
          .evaluateAll((els) =>
            els.map((b) => [
              (b as unknown as Text).innerText,
              (b as unknown as { getBoundingClientRect(): { left: number } }).getBoundingClientRect().left,
            ]),
          );
        expect(buttons.map(([name]) => name)).toEqual(["Vorige", "Volgende"]);
        expect(Number(buttons[0]![1])).toBeLessThan(Number(buttons[1]![1]));
        // Nothing is preselected; the group is named by the question.
        expect(await page.getByRole("radio", { checked: true }).count()).toBe(0);
        const legend = await page.locator("main fieldset legend").innerText();
        expect(await page.getByRole("group", { name: legend }).getByRole("radio").count()).toBe(4);
        await tabTo(page, page.locator("main summary"));
        await page.keyboard.press("Enter");
        expect(await page.locator("main details").getAttribute("open")).not.toBeNull();
        await check("question with more explanation");
      }
      await answerByKeyboard(page, answer, i === 2 ? "Staat in het concept van het statuut." : undefined);
    }
    expect(await h1(page)).toBe("Overzicht van uw antwoorden");
    const overview = await overviewAnswers(page);
    expect(overview).toHaveLength(LEGAL);
    expect(overview.map((o) => o.split(" | ")[0])).toEqual(WALK.map((a) => LABEL[a]));
    expect(overview[2]).toContain("Toelichting: Staat in het concept van het statuut.");
    await check("overview");

    titles.push(await page.title());
    await tabTo(page, page.getByRole("button", { name: "Bekijk de uitslag" }));
    await page.keyboard.press("Enter");
    // First their own answers, worded as theirs and short; the full report one click away.
    expect(await h1(page)).toBe("Uw antwoorden");
    titles.push(await page.title());
    expect(await page.locator("main").innerText()).toContain(
      "Dit zijn uw eigen antwoorden over de gemeente Rijssen-Holten.",
    );
    await check("own result");
    await tabTo(page, page.getByRole("button", { name: "Bekijk het volledige rapport" }));
    await page.keyboard.press("Enter");
    expect(await h1(page)).toContain("Rijssen-Holten");
    titles.push(await page.title());
    expect(titles.slice(-3)).toEqual([
      `Overzicht van uw antwoorden – ${APP} – Rijssen-Holten`,
      `Uw antwoorden – ${APP} – Rijssen-Holten`,
      `Uitslag – ${APP} – Rijssen-Holten`,
    ]);
    expect(new Set(titles).size).toBe(titles.length);
    await check("result");
    // For a volunteer: plain words, no item ids, no fingerprints and no ISO time in view; those are
    // under "Technische gegevens", closed, with the time as a local date.
    const result = page.locator("main .zf-report");
    expect(await result.locator(".zf-hint").first().innerText()).toBe(
      "Dit is de uitslag van uw antwoorden. Wie uw antwoordbestand later met het programma zelftest opent, bijvoorbeeld de beleidsmedewerker, krijgt precies dezelfde uitslag.",
    );
    let resultText = await result.innerText();
    expect(resultText).not.toMatch(/[0-9a-f]{64}/);
    expect(resultText).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(resultText).not.toMatch(/\b[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)+\b/);
    expect(await result.locator("code:visible").count()).toBe(0);
    const technical = result.locator("details.zf-technical");
    expect(await technical.getAttribute("open")).toBeNull();
    await tabTo(page, technical.locator("summary"));
    await page.keyboard.press("Enter");
    resultText = await technical.innerText();
    expect(resultText).toMatch(/Vingerafdruk antwoordbestand \(SHA-256\)\s+[0-9a-f]{64}/);
    expect(resultText).toMatch(/Gemaakt op\s+\d{1,2} [a-z]+ \d{4}/);
    await check("result with technical details");

    const shown = {
      verdict: (await page.locator("main .zf-report .conclusion").getAttribute("class")) ?? "",
      score: await page.locator("main .zf-report .score-line").innerText(),
      themes: await page
        .locator("main .zf-report table.themes tbody tr")
        .evaluateAll((rows) =>
          rows.map((r) => [...r.children].slice(0, 4).map((c) => (c as unknown as Text).innerText.trim())),
        ),
    };
    const saved = join(dir, "walk.yaml");
    const name = await downloadTo(
      page,
      page.locator(".zf-result-actions").getByRole("button", { name: "Download antwoordbestand" }),
      saved,
    );
    expect(name).toBe("zelftest-rijssen-holten-adviesraad-2025-09-01.yaml");
    // The comment at the top is for the person who downloaded it: open it again in this form.
    const fileText = readFileSync(saved, "utf8");
    expect(fileText.split("\n").slice(0, 4)).toEqual([
      "# Zelftest onafhankelijke cliëntondersteuning (Wmo 2015): uw antwoorden, gedownload uit het formulier.",
      '# Verder invullen of iets wijzigen? Open het formulier in uw browser, kies "Open antwoordbestand" en kies dit bestand.',
      "# Verander dit bestand liever niet met de hand: na een vergissing kan het formulier het niet meer openen.",
      "# Met het programma zelftest: zelftest report zelftest-rijssen-holten-adviesraad-2025-09-01.yaml",
    ]);
    expect(fileText).not.toContain("interview");
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));

    // The command line accepts the file and scores it as the page showed.
    expect(cli(["validate", saved]).code).toBe(0);
    const json = JSON.parse(cli(["score", saved, "--json"]).stdout) as {
      verdict: string;
      score: number;
      lawVerdict: string | null;
      municipality: string;
      respondent: { role: string };
      date: string;
      themes: { id: string; score: number | null }[];
    };
    expect([json.municipality, json.respondent.role, json.date]).toEqual([
      "Rijssen-Holten",
      "adviesraad",
      "2025-09-01",
    ]);
    // The conclusion leads with the law lens (its colour), then the VNG lens (its score).
    expect(shown.verdict.split(" ")).toContain(`conclusion-${json.lawVerdict ?? json.verdict}`);
    expect(shown.score).toContain(`${String(json.score).replace(".", ",")} van 100`);
    expect(shown.themes.map((row) => row[3])).toEqual(
      json.themes.filter((th) => th.score !== null).map((th) => String(th.score).replace(".", ",")),
    );

    // And the page's report is the report `zelftest report` writes for the downloaded file.
    const cliReport = join(dir, "walk-report.html");
    expect(cli(["report", saved, "--out", cliReport]).code).toBe(0);
    const other = await context.newPage();
    await other.goto(`file://${cliReport}`);
    // All but the technical stamp (which the page keeps closed, with a local time).
    const withoutStamp = (el: unknown) => {
      const copy = (
        el as { cloneNode(deep: boolean): { querySelectorAll(s: string): ArrayLike<{ remove(): void }> } }
      ).cloneNode(true);
      for (const part of Array.from(copy.querySelectorAll("details.zf-technical, dl.stamp, h3:has(+ dl.stamp)")))
        part.remove();
      return (copy as unknown as { textContent: string }).textContent.replace(/\s+/g, " ").trim();
    };
    const cliText = await other.locator("main").evaluate(withoutStamp);
    const pageText = await page.locator("main .zf-report-main").evaluate(withoutStamp);
    expect(pageText.length).toBeGreaterThan(1000);
    expect(pageText).toBe(cliText);
    await context.close();
  }, 120000);

  it("fill in half, close the browser, come back, finish, download: compare reads the file", async () => {
    const profile = mkdtempSync(join(tmpdir(), "zelftest-profile-"));
    let context = await launchPersistent(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(formUrl);
    await page.getByRole("button", { name: "Beginnen" }).click();
    await fillDetails(page, "Rijssen-Holten", 0, "15-10-2025");
    for (const answer of WALK.slice(0, 7)) await answerByKeyboard(page, answer, `Notitie bij ${answer}`);
    expect(await h1(page)).toBe(`Vraag 8 van ${LEGAL}`);
    await context.close();

    context = await launchPersistent(profile);
    await context.addInitScript(withoutSavePicker);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(formUrl);
    expect(await page.locator("main").innerText()).toContain(`7 van de ${LEGAL} vragen beantwoord`);
    await page.getByRole("button", { name: "Verder gaan" }).click();
    expect(await h1(page)).toBe(`Vraag 8 van ${LEGAL}`);
    for (const answer of WALK.slice(7)) await answerByKeyboard(page, answer);
    expect(await h1(page)).toBe("Overzicht van uw antwoorden");
    let answers = await overviewAnswers(page);
    expect(answers).toEqual(WALK.map((a, i) => (i < 7 ? `${LABEL[a]} | Toelichting: Notitie bij ${a}` : LABEL[a])));
    // "Wijzig" goes to the question and back to the overview.
    await page.getByRole("button", { name: "Wijzig antwoord op vraag 2", exact: true }).click();
    expect(await h1(page)).toBe(`Vraag 2 van ${LEGAL}`);
    await answerByKeyboard(page, "ja");
    expect(await h1(page)).toBe("Overzicht van uw antwoorden");
    answers = await overviewAnswers(page);
    expect(answers[1]).toBe("Ja | Toelichting: Notitie bij deels");
    await page.getByRole("button", { name: "Bekijk de uitslag" }).click();
    const saved = join(dir, "resumed.yaml");
    await downloadTo(page, page.getByRole("button", { name: "Download antwoordbestand" }).first(), saved);
    await context.close();

    // "Opnieuw beginnen" asks first; "Nee" keeps everything, "Ja" clears the browser's copy.
    context = await launchPersistent(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(formUrl);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Opnieuw beginnen" }).click();
    expect(await page.locator(".zf-confirm").isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Nee, ga terug" }).click();
    expect(await page.locator(".zf-confirm").isVisible()).toBe(false);
    await page.getByRole("button", { name: "Opnieuw beginnen" }).click();
    await page.getByRole("button", { name: "Ja, wis de antwoorden en begin opnieuw" }).click();
    expect(await h1(page)).toBe("Over de zelftest");
    expect(await page.getByRole("textbox", { name: "Gemeente", exact: true }).inputValue()).toBe("");
    await page.reload();
    expect(await page.getByRole("button", { name: "Beginnen" }).count()).toBe(1);
    await context.close();

    const r = cli(["compare", join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"), saved, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Rijssen-Holten");
  }, 120000);

  it("opens an answer file from the command line, and downloads it again with the same scores", async () => {
    const { context, page } = await freshPage();
    const original = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");
    await openFile(page, original);
    await expect
      .poll(() => page.locator(".zf-status").innerText())
      .toContain("gemeente-rijssen-holten-2015.yaml geopend");
    const saved = join(dir, "roundtrip.yaml");
    const name = await downloadTo(page, page.getByRole("button", { name: "Download antwoordbestand" }).first(), saved);
    expect(name).toBe("zelftest-rijssen-holten-gemeente-team-wmo-2015-09-01.yaml");
    const score = (file: string) => JSON.parse(cli(["score", file, "--json"]).stdout) as Record<string, unknown>;
    const { answersVersion: _a, ...before } = score(original);
    const { answersVersion: _b, ...after } = score(saved);
    expect(after).toEqual(before);
    // Opening the download and downloading again gives the same file.
    await openFile(page, saved);
    const again = join(dir, "roundtrip-again.yaml");
    await downloadTo(page, page.getByRole("button", { name: "Download antwoordbestand" }).first(), again);
    expect(readFileSync(again, "utf8")).toBe(readFileSync(saved, "utf8"));
    // The optional research fields of a file (gemeentecode, meta) go out as they came in, also after a reload.
    await openFile(page, fixture("answers", "valid", "gemeentecode-meta.yaml"));
    await page.reload();
    await page.getByRole("button", { name: "Verder gaan" }).click();
    const research = join(dir, "research.yaml");
    await downloadTo(page, page.getByRole("button", { name: "Download antwoordbestand" }).first(), research);
    expect(cli(["validate", research]).code).toBe(0);
    const text = readFileSync(research, "utf8");
    expect(text).toContain("gemeentecode: GM1742");
    expect(text).toMatch(/meta:\n {2}wave: 2016\n {2}respondent_id: R-0042\n {2}weighted: true\n {2}opmerking: null\n/);
    await context.close();
  }, 60000);

  it("asks before an opened file replaces answers that were not downloaded; offers to download first", async () => {
    const { context, page } = await freshPage();
    await page.getByRole("button", { name: "Beginnen" }).click();
    await fillDetails(page, "Teststad", 0, "01-02-2026");
    await answerByKeyboard(page, "nee", "Mijn eigen toelichting");
    const chooserOpened: string[] = [];
    page.on("filechooser", () => chooserOpened.push("chooser"));
    const openButton = page.getByRole("button", { name: "Open antwoordbestand" });
    const confirm = page.locator("#zf-open-confirm");
    await openButton.click();
    expect(await confirm.isVisible()).toBe(true);
    expect(await confirm.innerText()).toContain("U hebt 1 gewijzigd antwoord dat u nog niet hebt gedownload");
    expect(await axeViolations(page)).toEqual([]);
    // "Nee" keeps everything and opens nothing.
    await page.getByRole("button", { name: "Nee, ga terug" }).click();
    expect(await confirm.isVisible()).toBe(false);
    expect(await isFocused(openButton)).toBe(true);
    await page.waitForTimeout(200);
    expect(chooserOpened).toEqual([]);
    await toOverview(page);
    expect((await overviewAnswers(page))[0]).toBe("Nee | Toelichting: Mijn eigen toelichting");
    // "Eerst downloaden" saves the answers, then opens the file chooser.
    await openButton.click();
    const download = page.waitForEvent("download");
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Eerst downloaden, dan openen" }).click();
    const firstCopy = join(dir, "before-open.yaml");
    await (await download).saveAs(firstCopy);
    expect(readFileSync(firstCopy, "utf8")).toContain("Mijn eigen toelichting");
    await (await chooser).setFiles(join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"));
    await expect
      .poll(() => page.locator(".zf-status").innerText())
      .toContain("gemeente-rijssen-holten-2015.yaml geopend");
    // Downloaded and unchanged: opening another file asks nothing.
    await openFile(page, join(ROOT, "examples", "gemeente-half-ingevuld.json"));
    await expect.poll(() => page.locator(".zf-status").innerText()).toContain("gemeente-half-ingevuld.json geopend");
    // After a change it asks again; "Ja, vervang mijn antwoorden" opens the file.
    await toOverview(page);
    await page.getByRole("button", { name: "Wijzig antwoord op vraag 1", exact: true }).click();
    await answerByKeyboard(page, "weet-niet");
    await openButton.click();
    expect(await confirm.isVisible()).toBe(true);
    const chooser2 = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Ja, vervang mijn antwoorden" }).click();
    await (await chooser2).setFiles(firstCopy);
    await expect.poll(() => page.locator(".zf-status").innerText()).toContain("before-open.yaml geopend");
    await toOverview(page);
    expect((await overviewAnswers(page))[0]).toBe("Nee | Toelichting: Mijn eigen toelichting");
    await context.close();
  }, 60000);

  it("refuses an invalid file at the place zelftest validate names, in plain words, and changes nothing", async () => {
    const { context, page } = await freshPage();
    await openFile(page, join(ROOT, "examples", "gemeente-half-ingevuld.json"));
    await toOverview(page);
    const before = await overviewAnswers(page);
    const bad = fixture("answers", "invalid", "unknown-item.yaml");
    await openFile(page, bad);
    const summary = page.locator(".zf-error-summary");
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await page.title()).toMatch(/^Fout: /);
    const validate = cli(["validate", bad]);
    expect(validate.code).toBe(2);
    const [, line, column] = /unknown-item\.yaml:(\d+):(\d+)/.exec(validate.stderr)!;
    const text = await summary.innerText();
    expect(text).toContain("Het bestand unknown-item.yaml is niet geopend: er staan 2 fouten in.");
    expect(text).toContain(
      `Regel ${line}, kolom ${column}: Het bestand geeft een antwoord op een vraag die deze vragenlijst niet heeft ("onafhankelijkheid.scheding-toewijzing").`,
    );
    expect(text).toContain('Wat u kunt doen: Bedoelde u "onafhankelijkheid.scheiding-toewijzing"?');
    expect(text).toContain("Wat u kunt doen: Haal dit antwoord weg, of controleer of dit het goede formulier is.");
    // The code and the words of `zelftest validate` only under "Technische details".
    expect(text).not.toContain("UNKNOWN_ITEM");
    const lines = validate.stderr.split("\n");
    const message = lines[lines.findIndex((l) => l.includes("UNKNOWN_ITEM")) + 1]!.trim();
    await summary.getByText("Technische details").first().click();
    expect(await summary.innerText()).toContain(`UNKNOWN_ITEM (unknown-item.yaml:${line}:${column}): ${message}`);
    expect(await axeViolations(page)).toEqual([]);
    await toOverview(page);
    expect(await overviewAnswers(page)).toEqual(before);
    await context.close();
  }, 60000);

  it("says what is wrong with a broken YAML file in plain words (Dutch and English), code and place only under Technische details", async () => {
    const { context, page } = await freshPage();
    await openFile(page, fixture("answers", "invalid", "yaml-syntax.yaml"));
    const summary = page.locator(".zf-error-summary");
    await expect.poll(() => isFocused(summary)).toBe(true);
    let text = await summary.innerText();
    // Two parser errors at one place are one problem for the reader.
    expect(await summary.locator(".zf-problems > li").count()).toBe(1);
    expect(text).toContain("er staat een fout in. Uw antwoorden in dit formulier zijn niet veranderd.");
    expect(text).toContain(
      "Regel 8, kolom 28: Hier staat een dubbele punt op een plek waar die niet kan, of de regel eronder springt niet goed in.",
    );
    expect(text).toContain("Zo staat het in het bestand:");
    expect(text).toContain("8 |   toegankelijkheid.gratis: ja");
    expect(text).toContain(
      "Wat u kunt doen: Staat hier tekst met een dubbele punt, zoals Let op: …? Zet die tekst dan",
    );
    for (const technical of ["YAML_SYNTAX", "YAML", "Nested mappings", "›", "README", "examples/"]) {
      expect(text).not.toContain(technical);
    }
    // By keyboard: Tab to "Technische details", Enter opens it.
    await tabTo(page, summary.locator("summary"));
    await page.keyboard.press("Enter");
    text = await summary.innerText();
    // The code and place, worded as `zelftest validate` words them (in Dutch: never the parser's English).
    expect(text).toContain(
      "YAML_SYNTAX (yaml-syntax.yaml:8:28): De YAML klopt hier niet: na de waarde volgt nog een dubbele punt",
    );
    expect(text).toContain("een sleutel loopt door over meer regels");
    expect(text).not.toContain("Nested mappings");
    expect(await axeViolations(page)).toEqual([]);
    // A missing field: named where it is missing, without the path and without the README.
    await openFile(page, fixture("answers", "invalid", "entry-without-answer.yaml"));
    text = await summary.innerText();
    expect(text).toContain('Het verplichte veld "answer" ontbreekt (bij toegankelijkheid.gratis).');
    expect(text).toContain('Wat u kunt doen: Voeg "answer" op deze plek toe.');
    expect(text).not.toContain("README");
    expect(text).not.toContain("›");
    await context.close();

    const en = await browser.newContext();
    const enPage = await en.newPage();
    await enPage.goto(`file://${englishFile}`);
    const chooser = enPage.waitForEvent("filechooser");
    await enPage.getByRole("button", { name: "Open answer file" }).click();
    await (await chooser).setFiles(fixture("answers", "invalid", "unclosed-quote.yaml"));
    const enSummary = enPage.locator(".zf-error-summary");
    await expect.poll(() => isFocused(enSummary)).toBe(true);
    const enText = await enSummary.innerText();
    expect(enText).toContain("The file unclosed-quote.yaml was not opened: it has a mistake in it.");
    expect(enText).toContain("Line 10, column 11: A quote or bracket is opened but not closed.");
    expect(enText).toContain("What you can do: On this line or the lines above");
    expect(enText).not.toContain("YAML_SYNTAX");
    expect(enText).not.toContain("Missing closing");
    expect(await axeViolations(enPage)).toEqual([]);
    await en.close();
  }, 60000);

  it("draws the caret under the place also after an emoji, as zelftest validate counts the column", async () => {
    const { context, page } = await freshPage();
    const file = fixture("answers", "invalid", "emoji-before-error.yaml");
    await openFile(page, file);
    const summary = page.locator(".zf-error-summary");
    await expect.poll(() => isFocused(summary)).toBe(true);
    // The same column as the command line (characters: an emoji is one).
    const validate = cli(["validate", file]);
    expect(validate.stderr).toContain("emoji-before-error.yaml:8:60:");
    expect(await summary.innerText()).toContain("Regel 8, kolom 60:");
    // Where "bron" stands in the line, and where the caret stands under it, in pixels.
    const [word, caret] = await page.evaluate(() => {
      interface Box {
        left: number;
        width: number;
      }
      interface Node {
        data: string;
      }
      const doc = (
        globalThis as unknown as {
          document: {
            querySelector(s: string): { firstChild: Node; querySelector(s: string): { getBoundingClientRect(): Box } };
            createRange(): {
              setStart(n: Node, i: number): void;
              setEnd(n: Node, i: number): void;
              getBoundingClientRect(): Box;
            };
          };
        }
      ).document;
      const pre = doc.querySelector(".zf-excerpt");
      const text = pre.firstChild;
      const range = doc.createRange();
      const i = text.data.indexOf("bron");
      range.setStart(text, i);
      range.setEnd(text, i + 4);
      const at = range.getBoundingClientRect();
      const mark = pre.querySelector(".zf-caret").getBoundingClientRect();
      return [
        { left: at.left, width: at.width },
        { left: mark.left, width: mark.width },
      ];
    });
    expect(Math.abs(caret!.left - word!.left)).toBeLessThan(1);
    expect(Math.abs(caret!.width - word!.width)).toBeLessThan(1);
    // The caret line is not read aloud; the place is given in words.
    expect(await page.locator(".zf-excerpt [aria-hidden=true] .zf-caret").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 60000);

  it("keeps hostile text from an opened file inert: no dialog, no request, shown as text", async () => {
    const { context, page } = await freshPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    const problems: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on("console", (m) => problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    await openFile(page, fixture("answers", "valid", "hostile.yaml"));
    await toOverview(page);
    const overview = await page.locator("main").innerText();
    expect(overview).toContain('<iframe src="https://evil.example/"></iframe>');
    await toReport(page);
    expect(await h1(page)).toContain("<script>alert('gemeente')</script>");
    await page.hover("main");
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    // Only the page's own: the data, the first part, and the second part (its data block, and the
    // script that ran it, with the very same text: src/form/load-later.ts).
    const scripts = await page.$$eval("script", (els) =>
      els.map((e) => ({ type: e.getAttribute("type") ?? "", id: e.id, text: e.textContent ?? "" })),
    );
    expect(scripts.map((x) => `${x.type}#${x.id}`).sort()).toEqual(
      ["#", "#", "application/json#zelftest-data", "text/plain#zelftest-later"].sort(),
    );
    const later = scripts.find((x) => x.id === "zelftest-later")!.text;
    expect(scripts.filter((x) => x.type === "" && x.text === later)).toHaveLength(1);
    expect(await page.$$eval("iframe, img, object, embed", (els) => els.length)).toBe(0);
    await context.close();
  }, 60000);

  it("prints a blank paper questionnaire before anything is answered", async () => {
    const { context, page } = await freshPage();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#zf-paper").isVisible()).toBe(true);
    expect(await page.locator("main").isVisible()).toBe(false);
    const paper = await page.locator("#zf-paper").innerText();
    expect(paper).toContain(`Vraag 1 van ${LEGAL}`);
    expect(paper).toContain(`Vraag ${LEGAL} van ${LEGAL}`);
    expect(paper).toContain("☐ Ja");
    expect(paper).toContain("CBS-gemeentecode (niet verplicht):");
    // Room to write a note by hand: three ruled lines of about 9 mm under every question.
    const noteRoom = await page.locator("#zf-paper .zf-paper-item .zf-note-box").evaluateAll((boxes) =>
      boxes.map((b) =>
        Array.from((b as unknown as { querySelectorAll(s: string): ArrayLike<unknown> }).querySelectorAll(".zf-line"))
          .map((l) => (l as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height)
          .reduce((x, y) => x + y, 0),
      ),
    );
    expect(noteRoom).toHaveLength(LEGAL);
    for (const height of noteRoom) expect(height).toBeGreaterThanOrEqual(96);
    const pdf = join(dir, "blank.pdf");
    await page.pdf({ path: pdf, format: "A4" });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(6);
    expect(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })).toContain("Gemeente");
    // The blank questionnaire with good practice too, from the welcome page.
    await page.emulateMedia({ media: "screen" });
    await page
      .getByRole("button", { name: /^Lege vragenlijst afdrukken: de wet, de VNG-zelftest én goede praktijk/ })
      .click();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#zf-paper").innerText()).toMatch(/Vraag 1 van (\d+)[\s\S]*Goede praktijk/);
    await context.close();
  }, 60000);

  it.each([
    ["360 px wide", { width: 360, height: 740 }],
    ["200% zoom (1280 px at 2x)", { width: 640, height: 400 }],
  ])(
    "fits at %s without scrolling sideways",
    async (_, viewport) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(formUrl);
      const overflow = () =>
        page.evaluate(() => {
          const root = (
            globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
          ).document.documentElement;
          return root.scrollWidth - root.clientWidth;
        });
      expect(await overflow()).toBeLessThanOrEqual(0);
      await openFile(page, join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"));
      expect(await overflow()).toBeLessThanOrEqual(0);
      await toOverview(page);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.getByRole("button", { name: "Bekijk de uitslag" }).click();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.getByRole("button", { name: "Bekijk het volledige rapport" }).click();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await context.close();
    },
    60000,
  );
  it("at 360 px: the theme table instead of an unreadable chart, words wrap only where they must, the print links line up with their bullets", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(formUrl);
    // The bullet of a wrapped link sits at its first line: the button is aligned to the top of the line.
    const bulletGap = await page
      .locator(".zf-print-choices li")
      .first()
      .evaluate((li) => {
        const el = li as unknown as {
          getBoundingClientRect(): { top: number };
          querySelector(s: string): { getBoundingClientRect(): { top: number } };
        };
        return Math.abs(el.querySelector("button").getBoundingClientRect().top - el.getBoundingClientRect().top);
      });
    expect(bulletGap).toBeLessThanOrEqual(1);
    // A button is inline-block, and its baseline is its last line: the bullet would sit at the
    // wrapped link's last line unless the button is aligned to the top.
    expect(
      await page
        .locator(".zf-print-choices button")
        .first()
        .evaluate(
          (b) =>
            (globalThis as unknown as { getComputedStyle(e: unknown): { verticalAlign: string } }).getComputedStyle(b)
              .verticalAlign,
        ),
    ).toBe("top");
    await openFile(page, join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"));
    await toOverview(page);
    await toReport(page);
    expect(await page.locator("main .zf-report table.themes").isVisible()).toBe(true);
    expect(await page.locator("main .zf-report .chart-figure").isVisible()).toBe(false);
    // No element of the page may break a word that fits ("Sc/ore", "voortgangsgesprekke/n").
    const anywhere = await page.evaluate(() => {
      const doc = (
        globalThis as unknown as {
          document: { querySelectorAll(s: string): ArrayLike<{ tagName: string; className: unknown }> };
        }
      ).document;
      const style = (el: unknown) =>
        (
          globalThis as unknown as { getComputedStyle(e: unknown): { overflowWrap: string; wordBreak: string } }
        ).getComputedStyle(el);
      return Array.from(doc.querySelectorAll("main *"))
        .filter(
          (el) => style(el).overflowWrap === "anywhere" || ["break-all", "break-word"].includes(style(el).wordBreak),
        )
        .map((el) => `${el.tagName}.${String(el.className)}`);
    });
    expect(anywhere).toEqual([]);
    const scoreHeader = page.locator("main .zf-report table.themes thead th").nth(2);
    const lines = await scoreHeader.evaluate((th) => {
      // The distinct line tops of the header's text.
      const doc = (
        globalThis as unknown as {
          document: {
            createRange(): { selectNodeContents(n: unknown): void; getClientRects(): ArrayLike<{ top: number }> };
          };
        }
      ).document;
      const range = doc.createRange();
      range.selectNodeContents(th);
      return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    await context.close();
    // At full width the chart is there.
    const wide = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const widePage = await wide.newPage();
    await widePage.goto(formUrl);
    await openFile(widePage, join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"));
    await toOverview(widePage);
    await toReport(widePage);
    expect(await widePage.locator("main .zf-report .chart-figure").isVisible()).toBe(true);
    await wide.close();
  }, 60000);

  it("prints the answers with the result once something is answered", async () => {
    const { context, page } = await freshPage();
    await openFile(page, join(ROOT, "examples", "gemeente-half-ingevuld.json"));
    await expect.poll(() => page.locator(".zf-status").innerText()).toContain("geopend");
    await page.emulateMedia({ media: "print" });
    // The printed part is filled when the browser switches to print (an event, so wait for it).
    await expect.poll(() => page.locator("#zf-printed").innerText()).toContain("Uw antwoorden");
    expect(await page.locator("#zf-paper").isVisible()).toBe(false);
    const printed = await page.locator("#zf-printed").innerText();
    expect(printed).toContain("Voorbeeldstad");
    expect(printed).toContain("Samenvatting");
    expect(printed).toContain("Uw antwoorden");
    expect(printed).toContain("Gratis en levensbreed staan er nog niet in.");
    const pdf = join(dir, "filled.pdf");
    await page.pdf({ path: pdf, format: "A4" });
    expect(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })).toContain(
      "Werkproces toegang 2025, paragraaf 3",
    );
    await context.close();
  }, 60000);

  it("numbers questions as the shared flow does: a condition opens or skips a question, the numbers stay", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`file://${miniFile}`);
    await page.getByRole("button", { name: "Beginnen" }).click();
    await page.getByRole("textbox", { name: "Gemeente", exact: true }).fill("Teststad");
    await page.getByRole("radio").first().check();
    await page.getByRole("radio", { name: /goede praktijk \(7 vragen\)/ }).check();
    await submit(page).click();
    for (let i = 1; i <= 4; i += 1) {
      expect(await h1(page)).toBe(`Vraag ${i} van 7`);
      await page.getByRole("radio", { name: "Ja", exact: true }).check();
      expect(await page.locator(".zf-progress").innerText()).toBe(`${i} van de 7 vragen beantwoord`);
      await submit(page).click();
    }
    expect(await h1(page)).toBe("Vraag 5 van 7");
    await page.getByRole("radio", { name: "Nee", exact: true }).check();
    await submit(page).click();
    // Question 6 only applies after ja or deels on question 5: skipped, and counted apart (issue 21).
    expect(await h1(page)).toBe("Vraag 7 van 7");
    expect(await page.locator(".zf-progress").innerText()).toBe(
      "5 van de 7 vragen beantwoord, 1 vraag niet van toepassing",
    );
    await page.getByRole("button", { name: "Vorige" }).click();
    expect(await h1(page)).toBe("Vraag 5 van 7");
    await page.getByRole("radio", { name: "Deels", exact: true }).check();
    await submit(page).click();
    expect(await h1(page)).toBe("Vraag 6 van 7");
    expect(await page.locator(".zf-progress").innerText()).toBe("5 van de 7 vragen beantwoord");
    await context.close();
  }, 60000);

  it("says so when the browser keeps nothing, and warns before the page is left", async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(globalThis, "localStorage", {
        get() {
          throw new Error("SecurityError: access denied by policy");
        },
      });
    });
    const page = await context.newPage();
    await page.goto(formUrl);
    expect(await page.locator("main").innerText()).toContain("deze browser bewaart uw antwoorden niet");
    await page.getByRole("button", { name: "Beginnen" }).click();
    await fillDetails(page, "Teststad", 0, "01-02-2026");
    await answerByKeyboard(page, "ja");
    expect(await page.locator(".zf-storage").innerText()).toBe(
      "Niet bewaard in deze browser. 1 gewijzigd antwoord sinds de laatste download. Download het antwoordbestand om het veilig te bewaren.",
    );
    // One answer chosen with the arrow keys (Ja → Deels → Nee) and a note: one changed answer, one instruction.
    await answerByKeyboard(page, "nee", "Een toelichting");
    expect(await page.locator(".zf-storage").innerText()).toBe(
      "Niet bewaard in deze browser. 2 gewijzigde antwoorden sinds de laatste download. Download het antwoordbestand om ze veilig te bewaren.",
    );
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.type());
      await d.accept();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(["beforeunload"]);
    await context.close();
  }, 60000);

  it("treats what storage holds as untrusted: unknown ids and values are dropped, text stays text", async () => {
    const { context, page } = await freshPage();
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.getByRole("button", { name: "Beginnen" }).click();
    await fillDetails(page, "Teststad", 0, "01-02-2026");
    await page.evaluate(() => {
      const storage = (
        globalThis as unknown as {
          localStorage: {
            key(i: number): string | null;
            getItem(k: string): string | null;
            setItem(k: string, v: string): void;
          };
        }
      ).localStorage;
      const key = storage.key(0)!;
      const saved = JSON.parse(storage.getItem(key)!) as { draft: Record<string, unknown> };
      saved.draft.municipality = "<img src=x onerror=alert(1)>";
      saved.draft.answers = {
        "beleidsplan.inrichting": { answer: "ja", note: "<script>alert(2)</script>" },
        "beleidsplan.wettelijke-eisen": { answer: "misschien" },
        "bestaat.niet": { answer: "ja" },
        __proto__: { answer: "ja" },
      };
      saved.draft.role = "koning";
      storage.setItem(key, JSON.stringify(saved));
    });
    await page.reload();
    expect(await page.locator("main").innerText()).toContain(
      `(<img src=x onerror=alert(1)>): 1 van de ${LEGAL} vragen beantwoord`,
    );
    await page.getByRole("button", { name: "Verder gaan" }).click();
    await toOverview(page);
    const answers = await overviewAnswers(page);
    expect(answers[0]).toBe("Ja | Toelichting: <script>alert(2)</script>");
    expect(answers[1]).toBe("Nog niet beantwoord");
    expect(dialogs).toEqual([]);
    await context.close();
  }, 60000);

  it("where the browser has a save-as dialog (Chromium, Edge; also from disk): asked once, then saved into that same file; cancelled saves nothing; blocked downloads", async () => {
    type Saved = { name: string; text: string };
    type Win = { __asked: string[]; __saves: Saved[] };
    const start = async (page: Page) => {
      await page.goto(formUrl);
      await page.getByRole("button", { name: "Beginnen" }).click();
      await fillDetails(page, "Teststad", 0, "01-02-2026");
      await answerByKeyboard(page, "ja");
    };
    const status = (page: Page) => page.locator(".zf-status").innerText();
    // The real function of headless Chromium, on this page from disk: it cancels as a person would.
    const context = await browser.newContext({ acceptDownloads: true });
    let page = await context.newPage();
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    await start(page);
    expect(await page.evaluate(() => typeof (globalThis as { showSaveFilePicker?: unknown }).showSaveFilePicker)).toBe(
      "function",
    );
    await page.getByRole("button", { name: "Download antwoordbestand" }).click();
    await expect.poll(() => status(page)).toBe("Niet opgeslagen: het opslaan is afgebroken.");
    expect(downloads).toEqual([]);
    await context.close();

    // The dialog itself cannot be driven headless (web-platform-tests issue 34665): a stand-in
    // for it gives the page a file, named by the person, and records what the page wrote there.
    const chosen = await browser.newContext();
    await chosen.addInitScript(() => {
      const w = globalThis as unknown as Win & { showSaveFilePicker: unknown };
      w.__asked = [];
      w.__saves = [];
      w.showSaveFilePicker = async (o: { suggestedName: string }) => {
        w.__asked.push(o.suggestedName);
        const name = "mijn antwoorden.yaml";
        return {
          name,
          createWritable: async () => {
            let text = "";
            return {
              write: async (t: string) => {
                text += t;
              },
              close: async () => {
                w.__saves.push({ name, text });
              },
            };
          },
        };
      };
    });
    page = await chosen.newPage();
    await start(page);
    const record = () =>
      page.evaluate(() => {
        const w = globalThis as unknown as Win;
        return [w.__asked, w.__saves] as const;
      });
    await page.getByRole("button", { name: "Download antwoordbestand" }).click();
    await expect
      .poll(() => status(page))
      .toBe(
        'Uw antwoorden zijn opgeslagen in mijn antwoorden.yaml. Kiest u later weer "Download antwoordbestand", dan komen uw nieuwe antwoorden in hetzelfde bestand.',
      );
    expect(await page.locator(".zf-storage").innerText()).toBe("Bewaard in deze browser.");
    await answerByKeyboard(page, "nee");
    await page.getByRole("button", { name: "Download antwoordbestand" }).click();
    await expect.poll(async () => (await record())[1].length).toBe(2);
    const [asked, saves] = await record();
    // Asked once, for the usual name; the second save went into the same file, with the new answer.
    expect(asked).toEqual(["zelftest-teststad-gemeente-2026-02-01.yaml"]);
    const file = join(dir, "picked.yaml");
    writeFileSync(file, saves[1]!.text);
    expect(cli(["validate", file]).code).toBe(0);
    expect(saves[1]!.text).toContain("# Met het programma zelftest: zelftest report mijn antwoorden.yaml");
    expect(saves[0]!.text).not.toContain(": nee");
    expect(saves[1]!.text).toContain(": nee");
    await chosen.close();

    // Blocked by a policy of the organisation: a download instead.
    const blocked = await browser.newContext({ acceptDownloads: true });
    await blocked.addInitScript(() => {
      (globalThis as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async () => {
        throw new DOMException("Blocked by policy", "SecurityError");
      };
    });
    page = await blocked.newPage();
    await start(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download antwoordbestand" }).click();
    expect((await download).suggestedFilename()).toBe("zelftest-teststad-gemeente-2026-02-01.yaml");
    await blocked.close();
  }, 60000);

  it("in English (--lang en): the accessible names of docs/form.md in English, and axe finds nothing", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`file://${englishFile}`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByRole("button", { name: "Open answer file" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Download answer file" }).count()).toBe(0);
    expect(await page.locator(".zf-storage").innerText()).toBe("You have not filled in anything yet.");
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("textbox", { name: "Municipality", exact: true }).fill("Testtown");
    await page.getByRole("radio").first().check();
    await submit(page).click();
    expect(await h1(page)).toBe(`Question 1 of ${LEGAL}`);
    expect(await page.title()).toBe(
      `Question 1 of ${LEGAL} – Self-assessment of independent client support (Wmo 2015) – Testtown`,
    );
    expect(await page.getByRole("button", { name: "Download answer file" }).count()).toBe(1);
    for (const name of ["Yes", "Partly", "No", "Don't know"])
      expect(await page.getByRole("radio", { name, exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 60000);
  it("the date: typed as dd-mm-jjjj or picked in the calendar; an empty or wrong date says what to type; Download shows once there is a file to save", async () => {
    const { context, page } = await freshPage();
    // Nothing filled in: nothing is said to be kept, and there is nothing to download yet.
    const storage = page.locator(".zf-storage");
    const downloadButton = page.getByRole("button", { name: "Download antwoordbestand" });
    expect(await storage.innerText()).toBe("U hebt nog niets ingevuld.");
    expect(await downloadButton.count()).toBe(0);
    await page.getByRole("button", { name: "Beginnen" }).click();
    expect(await h1(page)).toBe("Over de zelftest");
    await page.getByRole("textbox", { name: "Gemeente", exact: true }).fill("Teststad");
    const dateField = page.getByRole("textbox", { name: "Datum van de zelftest" });
    await dateField.fill("");
    await submit(page).click();
    const summary = page.locator(".zf-error-summary");
    expect(await isFocused(summary)).toBe(true);
    expect(await summary.innerText()).toContain("Kies wie de zelftest invult.");
    expect(await summary.innerText()).toContain(
      "Vul de datum van de zelftest in als dag-maand-jaar (dd-mm-jjjj), bijvoorbeeld 01-09-2025.",
    );
    // Something is kept now, but an answer file needs who answers and the date first.
    expect(await storage.innerText()).toBe(
      "Bewaard in deze browser. Het antwoordbestand kunt u downloaden zodra de gemeente, wie u bent en de datum zijn ingevuld.",
    );
    expect(await downloadButton.count()).toBe(0);
    await page.getByRole("radio").first().check();
    // The CBS code is optional; what is typed must be a code, as `zelftest validate` checks it.
    const code = page.getByRole("textbox", { name: "CBS-gemeentecode (niet verplicht)" });
    await code.fill("GM17");
    await submit(page).click();
    expect(await summary.innerText()).toContain(
      "Een gemeentecode is GM met vier cijfers, zoals GM0177, of alleen het getal, zoals 177.",
    );
    expect(await code.getAttribute("aria-invalid")).toBe("true");
    await code.fill("177");
    await page.getByLabel("Of kies de datum in de kalender").fill("2025-10-15");
    expect(await dateField.inputValue()).toBe("15-10-2025");
    await dateField.fill("31-02-2025");
    await submit(page).click();
    expect(await summary.innerText()).toContain(
      "Deze datum klopt niet. Schrijf de datum als dag-maand-jaar (dd-mm-jjjj), bijvoorbeeld 01-09-2025.",
    );
    expect(await page.getByRole("textbox", { name: "Datum van de zelftest" }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    await summary.getByRole("link").click();
    expect(await isFocused(page.getByRole("textbox", { name: "Datum van de zelftest" }))).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("1-9-2025");
    await submit(page).click();
    expect(await h1(page)).toBe(`Vraag 1 van ${LEGAL}`);
    expect(await storage.innerText()).toBe("Bewaard in deze browser.");
    const saved = join(dir, "dates.yaml");
    expect(await downloadTo(page, page.getByRole("button", { name: "Download antwoordbestand" }), saved)).toBe(
      "zelftest-teststad-gemeente-2025-09-01.yaml",
    );
    expect(readFileSync(saved, "utf8")).toContain('date: "2025-09-01"');
    expect(readFileSync(saved, "utf8")).toContain("gemeentecode: GM0177\n");
    expect(cli(["validate", saved]).code).toBe(0);
    // Back on the details, the code reads as written in the file; emptied, it leaves the file.
    await page.getByRole("button", { name: "Vorige" }).click();
    expect(await code.inputValue()).toBe("GM0177");
    await code.fill("");
    await submit(page).click();
    const without = join(dir, "dates-without-code.yaml");
    await downloadTo(page, page.getByRole("button", { name: "Download antwoordbestand" }), without);
    expect(readFileSync(without, "utf8")).not.toContain("gemeentecode");
    await context.close();
  }, 60000);
});
