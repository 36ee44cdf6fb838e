// The form's data-loss and confusion defects of issue 21 (../shared/reviews/2026-12-07/adversary.md
// and users-browsers.md), each as its user met it, in Chromium: what a person typed must survive a
// note typed first, a long text, a second tab, a full storage and a print; counts must agree; a
// wrong file is named as such; a second download says which file to send.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { ANSWER_LIMITS } from "../../src/model/answer-limits.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { haveChromium, launch, mustRunBrowserTests } from "../helpers/browser.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "zelftest-form-loss-"));
const formFile = join(dir, "zelftest-formulier.html");
/** The legal questions of the built-in questionnaire (the scope the form starts with). */
const LEGAL = loadQuestionnaire("clientondersteuning-wmo2015").items.filter((i) => i.level === "wettelijk").length;
const miniFile = join(dir, "mini.html");
const noPicker = () =>
  Object.defineProperty(globalThis, "showSaveFilePicker", { value: undefined, configurable: true });

type Storage = {
  key(i: number): string | null;
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
};

/** The form's draft in the browser's storage. */
async function storedDraft(page: Page): Promise<{ answers: Record<string, { answer: string; note?: string }> }> {
  return page.evaluate(() => {
    const s = (globalThis as unknown as { localStorage: Storage }).localStorage;
    for (let i = 0; ; i += 1) {
      const k = s.key(i);
      if (k === null) throw new Error("no draft stored");
      if (k.startsWith("zelftest-formulier:") && !k.endsWith(":probe")) return JSON.parse(s.getItem(k)!).draft;
    }
  });
}

async function details(page: Page, municipality = "Teststad"): Promise<void> {
  await page.getByRole("textbox", { name: "Gemeente", exact: true }).fill(municipality);
  await page.getByRole("radio", { name: /^Ik werk bij de gemeente/ }).check();
  await page.getByRole("textbox", { name: "Datum van de zelftest" }).fill("01-02-2026");
  await page.getByRole("button", { name: "Volgende" }).click();
}

const note = (page: Page) => page.getByRole("textbox", { name: "Toelichting (niet verplicht)" });
const source = (page: Page) => page.getByRole("textbox", { name: /^Bron/ });
const h1 = (page: Page) => page.locator("main h1").first().innerText();

describe.skipIf(!haveChromium && !mustRunBrowserTests)(
  "the form loses nothing and says what is true (issue 21)",
  () => {
    let browser: Browser;
    beforeAll(async () => {
      for (const argv of [
        ["--out", formFile],
        ["--out", miniFile, "--questionnaire", fixture("questionnaires", "mini.yaml")],
      ]) {
        expect((await runCli(["formulier", ...argv])).code).toBe(0);
      }
      browser = await launch();
    }, 60000);
    afterAll(async () => {
      await browser?.close();
    });

    async function started(file = formFile): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({ acceptDownloads: true });
      await context.addInitScript(noPicker);
      const page = await context.newPage();
      await page.goto(`file://${file}`);
      await page.getByRole("button", { name: "Beginnen" }).click();
      await details(page);
      return { context, page };
    }

    it("defect 3: a note and a source typed before the answer are kept, with the answer and in the file", async () => {
      const { context, page } = await started();
      await note(page).fill("Het beleidsplan 2024 noemt dit in hoofdstuk 3.");
      await source(page).fill("Beleidsplan Wmo 2024, H3");
      // Until an answer is chosen the page says where the text stays.
      expect(await page.locator(".zf-pending").isVisible()).toBe(true);
      await page.getByRole("radio", { name: "Deels", exact: true }).check();
      expect(await page.locator(".zf-pending").isVisible()).toBe(false);
      await page.getByRole("button", { name: "Volgende" }).click();
      // Typed on question 2 and left without an answer: still there when the person comes back.
      await note(page).fill("Eerst overleggen.");
      await page.getByRole("button", { name: "Vorige" }).click();
      expect(await note(page).inputValue()).toBe("Het beleidsplan 2024 noemt dit in hoofdstuk 3.");
      expect(await source(page).inputValue()).toBe("Beleidsplan Wmo 2024, H3");
      await page.getByRole("button", { name: "Volgende" }).click();
      expect(await note(page).inputValue()).toBe("Eerst overleggen.");
      await page.reload();
      await page.getByRole("button", { name: "Verder gaan" }).click();
      expect(await note(page).inputValue()).toBe("Eerst overleggen.");
      await page.getByRole("radio", { name: "Ja", exact: true }).check();
      const draft = await storedDraft(page);
      expect(draft.answers["beleidsplan.inrichting"]).toEqual({
        answer: "deels",
        note: "Het beleidsplan 2024 noemt dit in hoofdstuk 3.",
        evidence: "Beleidsplan Wmo 2024, H3",
      });
      expect(Object.values(draft.answers)[1]).toEqual({ answer: "ja", note: "Eerst overleggen." });
      await context.close();
    }, 60000);

    it("defect 4: name, note and source take no more than an answer file allows; a longer text blocks the download, not the reading back", async () => {
      const { context, page } = await started();
      expect(await note(page).getAttribute("maxlength")).toBe(String(ANSWER_LIMITS.note));
      expect(await source(page).getAttribute("maxlength")).toBe(String(ANSWER_LIMITS.evidence));
      // Pasting more than fits: the field keeps the limit and says so.
      await source(page).fill("b".repeat(ANSWER_LIMITS.evidence + 1000));
      expect((await source(page).inputValue()).length).toBe(ANSWER_LIMITS.evidence);
      expect(await page.locator(`#${await source(page).getAttribute("id")}-limit`).innerText()).toContain(
        "maximum van 5.000 tekens",
      );
      await note(page).fill("n".repeat(ANSWER_LIMITS.note));
      await page.getByRole("radio", { name: "Ja", exact: true }).check();
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download antwoordbestand" }).click();
      const file = join(dir, "limit.yaml");
      await (await download).saveAs(file);
      // What the form wrote, the command line reads.
      expect((await runCli(["validate", file])).code).toBe(0);
      // A draft from an older page with a longer note: shown whole, marked, and no file the CLI would refuse.
      await page.evaluate((limit) => {
        const s = (globalThis as unknown as { localStorage: Storage }).localStorage;
        for (let i = 0; s.key(i) !== null; i += 1) {
          const k = s.key(i)!;
          if (!k.startsWith("zelftest-formulier:")) continue;
          const saved = JSON.parse(s.getItem(k)!);
          saved.draft.answers["beleidsplan.inrichting"].note = "x".repeat(limit + 5);
          s.setItem(k, JSON.stringify(saved));
        }
      }, ANSWER_LIMITS.note);
      await page.reload();
      await page.getByRole("button", { name: "Verder gaan" }).click();
      expect((await note(page).inputValue()).length).toBe(ANSWER_LIMITS.note + 5);
      expect(await note(page).getAttribute("aria-invalid")).toBe("true");
      let downloaded = false;
      page.on("download", () => {
        downloaded = true;
      });
      await page.getByRole("button", { name: "Download antwoordbestand" }).click();
      const summary = page.locator(".zf-error-summary");
      expect(await summary.innerText()).toContain(
        `De toelichting bij vraag 1 van ${LEGAL}: 20.005 tekens, hoogstens 20.000.`,
      );
      expect(downloaded).toBe(false);
      // The name: the field takes 200 characters.
      await page.locator(".zf-themes").getByRole("button", { name: "Naar het overzicht" }).click();
      await context.close();
    }, 90000);

    it("defect 4: the details take a name of at most 200 characters", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`file://${formFile}`);
      await page.getByRole("button", { name: "Beginnen" }).click();
      const name = page.getByRole("textbox", { name: /^Uw naam/ });
      expect(await name.getAttribute("maxlength")).toBe(String(ANSWER_LIMITS.name));
      expect(await page.getByRole("textbox", { name: "Gemeente", exact: true }).getAttribute("maxlength")).toBe(
        String(ANSWER_LIMITS.municipality),
      );
      await context.close();
    }, 60000);

    it("defect 7: two tabs of the same form keep each other's answers and say so", async () => {
      const { context, page: tab1 } = await started(miniFile);
      await tab1.getByRole("radio", { name: "Ja", exact: true }).check();
      await note(tab1).fill("TAB1-Q1");
      await tab1.getByRole("button", { name: "Volgende" }).click();
      expect(await h1(tab1)).toBe("Vraag 2 van 3");
      const tab2 = await context.newPage();
      await tab2.goto(`file://${miniFile}`);
      await tab2.getByRole("button", { name: "Verder gaan" }).click();
      await tab2.getByRole("radio", { name: "Deels", exact: true }).check();
      await note(tab2).fill("TAB2-Q2");
      await tab2.getByRole("button", { name: "Volgende" }).click();
      await tab2.getByRole("radio", { name: "Nee", exact: true }).check();
      await note(tab2).fill("TAB2-Q3");
      // Tab 1 still shows question 2; it hears of the other tab and shows its words.
      await expect.poll(() => tab1.locator("#zf-tab-notice").innerText()).toContain("ook open in een ander tabblad");
      expect(await note(tab1).inputValue()).toBe("TAB2-Q2");
      // Answering question 2 again in tab 1 keeps tab 2's question 3.
      await tab1.getByRole("radio", { name: "Ja", exact: true }).check();
      await note(tab1).fill("TAB2-Q2 en TAB1-Q2");
      const answers = (await storedDraft(tab1)).answers;
      expect(Object.values(answers).map((a) => [a.answer, a.note])).toEqual([
        ["ja", "TAB1-Q1"],
        ["ja", "TAB2-Q2 en TAB1-Q2"],
        ["nee", "TAB2-Q3"],
      ]);
      await context.close();
    }, 90000);

    it("defect 14: storage that fills up while the form is open still gets the warning before the page is left", async () => {
      const context = await browser.newContext();
      // Storage works at the start (the probe passes); every write of the draft after 3 fails, as on a full disk.
      await context.addInitScript(() => {
        const proto = Object.getPrototypeOf((globalThis as unknown as { localStorage: object }).localStorage) as {
          setItem(k: string, v: string): void;
        };
        const setItem = proto.setItem;
        let writes = 0;
        proto.setItem = function (this: unknown, k: string, v: string) {
          if (!k.endsWith(":probe") && ++writes > 3) throw new DOMException("quota", "QuotaExceededError");
          setItem.call(this, k, v);
        };
      });
      const page = await context.newPage();
      await page.goto(`file://${miniFile}`);
      await page.getByRole("button", { name: "Beginnen" }).click();
      await details(page);
      await page.getByRole("radio", { name: "Ja", exact: true }).check();
      await note(page).fill("Deze woorden passen niet meer in de opslag.");
      expect(await page.locator(".zf-storage").first().innerText()).toContain("Niet bewaard in deze browser");
      const dialogs: string[] = [];
      page.on("dialog", async (d) => {
        dialogs.push(d.type());
        await d.accept();
      });
      await page.close({ runBeforeUnload: true });
      await expect.poll(() => dialogs).toEqual(["beforeunload"]);
      await context.close();
    }, 60000);

    it("print: the answered form is built before printing, not while printing, so every print has every answer", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`file://${formFile}`);
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Open antwoordbestand" }).click();
      await (await chooser).setFiles(join(ROOT, "examples", "gemeente-half-ingevuld.json"));
      await expect.poll(() => page.locator(".zf-status").innerText()).toContain("geopend");
      // Ready without any print event (a PDF made by the browser itself fires none).
      await expect.poll(() => page.locator("#zf-printed").textContent()).toContain("Uw antwoorden");
      await page
        .locator("#zf-printed > *")
        .first()
        .evaluate((el) => {
          (el as unknown as { id: string }).id = "built-once";
        });
      const pages: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const pdf = join(dir, `answered-${i}.pdf`);
        await page.pdf({ path: pdf, format: "A4" });
        pages.push(Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]));
        // To the screen and back to print, as a print dialog does (page.pdf() uses screen media once that is set).
        await page.emulateMedia({ media: "screen" });
        await page.emulateMedia({ media: "print" });
      }
      expect(new Set(pages).size).toBe(1);
      expect(pages[0]).toBeGreaterThan(3);
      expect(execFileSync("pdftotext", [join(dir, "answered-0.pdf"), "-"], { encoding: "utf8" })).toContain(
        "Werkproces toegang 2025, paragraaf 3",
      );
      // Printing switched the media back and forth: the printed part was not built again.
      expect(await page.locator("#built-once").count()).toBe(1);
      await context.close();
    }, 90000);

    it("counts agree: answered and not applicable apart, and never more changes than questions", async () => {
      const { context, page } = await started(miniFile);
      await page.getByRole("button", { name: "Vorige" }).click();
      await page.getByRole("radio", { name: /én goede praktijk/ }).check();
      await page.getByRole("button", { name: "Volgende" }).click();
      // Answer every question; "Nee" on the gate question closes the follow-up.
      for (let i = 0; i < 10 && (await h1(page)).startsWith("Vraag"); i += 1) {
        const legend = await page.locator("main legend").innerText();
        await page.getByRole("radio", { name: /beta\.informeel\?/.test(legend) ? "Nee" : "Ja", exact: true }).check();
        await page.locator("main form button[type=submit]").click();
      }
      expect(await h1(page)).toBe("Overzicht van uw antwoorden");
      expect(await page.locator(".zf-progress").innerText()).toBe(
        "6 van de 7 vragen beantwoord, 1 vraag niet van toepassing",
      );
      // A count stored by an older page that counted a question twice is capped at the questions there are.
      await page.evaluate(() => {
        const s = (globalThis as unknown as { localStorage: Storage }).localStorage;
        for (let i = 0; s.key(i) !== null; i += 1) {
          const k = s.key(i)!;
          if (!k.startsWith("zelftest-formulier:")) continue;
          const saved = JSON.parse(s.getItem(k)!);
          delete saved.changedIds;
          saved.changesSinceDownload = 88;
          s.setItem(k, JSON.stringify(saved));
        }
      });
      await page.reload();
      await page.getByRole("button", { name: "Verder gaan" }).click();
      await page.getByRole("button", { name: "Open antwoordbestand" }).click();
      expect(await page.locator("#zf-open-confirm-text").innerText()).toContain("U hebt 7 gewijzigde antwoorden");
      await context.close();
    }, 90000);

    it("a wrong file (the form itself, a Word file) is named as no answer file, not as 98 YAML problems; no claim that it was changed", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`file://${formFile}`);
      const docx = join(dir, "verslag.docx");
      // A Word file is a zip: its bytes start with PK and hold NUL bytes.
      writeFileSync(docx, Buffer.concat([Buffer.from("PK\u0003\u0004\u0014\u0000\u0006\u0000"), Buffer.alloc(64, 1)]));
      for (const file of [formFile, docx]) {
        const chooser = page.waitForEvent("filechooser");
        await page.getByRole("button", { name: "Open antwoordbestand" }).click();
        await (await chooser).setFiles(file);
        const summary = page.locator(".zf-error-summary");
        await expect.poll(() => summary.innerText()).toContain("is geen antwoordbestand van de zelftest");
        const text = await summary.innerText();
        expect(text).not.toMatch(/fouten|Regel \d/);
        expect(text).not.toContain("Dan is het daarna veranderd");
      }
      // A real answer file with one mistake no longer claims that it was changed after the download.
      const broken = join(dir, "kapot.yaml");
      writeFileSync(
        broken,
        readFileSync(join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"), "utf8").replace(
          "answer: ja",
          "answer: Nee",
        ),
      );
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Open antwoordbestand" }).click();
      await (await chooser).setFiles(broken);
      await expect.poll(() => page.locator(".zf-error-summary").innerText()).toContain("kapot.yaml is niet geopend");
      expect(await page.locator(".zf-error-summary").innerText()).not.toContain("Dan is het daarna veranderd");
      await context.close();
    }, 60000);

    it("a second download in one session says when, and to send the newest file (Firefox names it …(1).yaml)", async () => {
      const { context, page } = await started(miniFile);
      await page.getByRole("radio", { name: "Ja", exact: true }).check();
      const button = page.getByRole("button", { name: "Download antwoordbestand" });
      for (const expected of [/is gedownload/, /om \d\d:\d\d opnieuw gedownload.*stuur dan het nieuwste bestand/]) {
        const download = page.waitForEvent("download");
        await button.click();
        await download;
        await expect.poll(() => page.locator(".zf-status").innerText()).toMatch(expected);
      }
      await context.close();
    }, 60000);
  },
);
