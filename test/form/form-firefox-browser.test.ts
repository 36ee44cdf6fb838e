// The form's focused walk in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi, no geckodriver), beside the full Chromium suite: details, a note typed before the answer
// (issue 21 defect 3, seen in all three engines), Vorige, a reload with "Verder gaan", and a
// download (Firefox has no save-as dialog for pages) that the command line reads. Skipped locally
// without Firefox; in CI (.ci/run installs firefox-esr) it must run.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import puppeteer from "puppeteer-core";
import type { Browser, Page } from "puppeteer-core";
import { fixture } from "../helpers/fixtures.js";
import { mustRunBrowserTests } from "../helpers/browser.js";
import { runCli } from "../helpers/run-cli.js";

const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const haveFirefox = existsSync(FIREFOX);
if (!haveFirefox && !mustRunBrowserTests) console.warn(`Firefox form walk skipped: no Firefox at ${FIREFOX}`);

const dir = mkdtempSync(join(tmpdir(), "zelftest-form-firefox-"));
const miniFile = join(dir, "mini.html");
const downloads = join(dir, "downloads");

describe.skipIf(!haveFirefox && !mustRunBrowserTests)("the form in Firefox (WebDriver BiDi)", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    expect(
      (await runCli(["formulier", "--out", miniFile, "--questionnaire", fixture("questionnaires", "mini.yaml")])).code,
    ).toBe(0);
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        "browser.download.folderList": 2,
        "browser.download.dir": downloads,
        "browser.download.useDownloadDir": true,
        "browser.download.always_ask_before_handling_new_types": false,
      },
    });
    page = await browser.newPage();
  }, 90000);
  afterAll(async () => {
    await browser?.close();
  });

  const h1 = () => page.$eval("main h1", (el) => el.textContent);
  const value = (css: string) => page.$eval(css, (el) => (el as unknown as { value: string }).value);

  it("details, a note typed before the answer, Vorige, a reload and Verder gaan: nothing typed is lost; the download is read by the CLI", async () => {
    await page.goto(`file://${miniFile}`);
    await page.click("main .zf-buttons .zf-button");
    expect(await h1()).toBe("Over de zelftest");
    await page.type("#zf-municipality", "Teststad");
    await page.click("#zf-role-gemeente");
    await page.$eval("#zf-date", (el) => {
      (el as unknown as { value: string }).value = "";
    });
    await page.type("#zf-date", "01-02-2026");
    await page.click("main form button[type=submit]");
    await page.waitForFunction("document.querySelector('main h1')?.textContent === 'Vraag 1 van 3'");
    await page.type("#zf-q-1-note", "Eerst uitleggen 👍🏽, dan kiezen.");
    await page.click("#zf-q-1-deels");
    await page.click("main form button[type=submit]");
    expect(await h1()).toBe("Vraag 2 van 3");
    await page.click("main form .zf-buttons .zf-secondary");
    expect(await value("#zf-q-1-note")).toBe("Eerst uitleggen 👍🏽, dan kiezen.");
    expect(await page.$eval(".zf-progress span", (el) => el.textContent)).toBe("1 van de 3 vragen beantwoord");
    await page.reload();
    await page.click("main .zf-buttons .zf-button");
    expect(await h1()).toBe("Vraag 1 van 3");
    expect(await page.$eval("#zf-q-1-deels", (el) => (el as unknown as { checked: boolean }).checked)).toBe(true);
    expect(await value("#zf-q-1-note")).toBe("Eerst uitleggen 👍🏽, dan kiezen.");
    // Firefox has no save-as dialog: Download antwoordbestand downloads, and the CLI reads the file.
    expect(await page.evaluate(() => typeof (globalThis as { showSaveFilePicker?: unknown }).showSaveFilePicker)).toBe(
      "undefined",
    );
    await page.click(".zf-tools .zf-button:not([hidden]):last-child");
    const file = await new Promise<string>((resolve, reject) => {
      const started = Date.now();
      const look = () => {
        const done = existsSync(downloads) ? readdirSync(downloads).filter((f) => f.endsWith(".yaml")) : [];
        if (done.length > 0) resolve(join(downloads, done[0]!));
        else if (Date.now() - started > 20000) reject(new Error("no download"));
        else setTimeout(look, 100);
      };
      look();
    });
    await page.waitForFunction("document.querySelector('.zf-status')?.textContent?.includes('is gedownload')");
    expect(readFileSync(file, "utf8")).toContain("Eerst uitleggen 👍🏽, dan kiezen.");
    const validate = await runCli(["validate", file, "--questionnaire", fixture("questionnaires", "mini.yaml")]);
    expect(validate.stderr).toBe("");
    expect(validate.code).toBe(0);
  }, 90000);
});
