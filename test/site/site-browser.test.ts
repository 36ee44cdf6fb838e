// The static site (`npm run site`, scripts/build-site.mjs), built into a temporary folder and served
// on localhost as a web host would: every page axe-clean and without sideways scrolling at 360 px
// and 1280 px in Chromium, no request leaving the site, every link inside it resolving, and the
// form behaving over http as from disk (the same storage key; continue after a reload; the same
// answer file downloaded).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, haveChromium, launch, mustRunBrowserTests } from "../helpers/browser.js";
import { ROOT } from "../helpers/fixtures.js";

const site = join(mkdtempSync(join(tmpdir(), "zelftest-site-")), "site");
const PAGES = ["index.html", "vragenlijst-papier.html", "questionnaire-paper.html", "handleiding.html"];
const FORMS = ["zelftest-formulier.html", "self-assessment.html"];

let server: Server;
let origin = "";

beforeAll(async () => {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "build-site.mjs"), site], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^\/+/, "");
    const file = join(site, path || "index.html");
    if (!file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": extname(file) === ".html" ? "text/html; charset=utf-8" : "application/octet-stream",
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}, 120_000);

afterAll(async () => {
  await new Promise((done) => server?.close(done));
});

describe("the site as built", () => {
  it("has the landing page, both forms, the paper questionnaires and the handleiding", () => {
    for (const page of [...PAGES, ...FORMS]) expect(existsSync(join(site, page)), page).toBe(true);
    const index = readFileSync(join(site, "index.html"), "utf8");
    expect(index).toContain('lang="nl"');
    expect(index).toContain("Open het formulier");
    expect(index).toContain('download="zelftest-formulier.html"');
  });

  it("every page has a Content-Security-Policy that blocks every request, and loads nothing", () => {
    for (const page of readdirSync(site).filter((p) => p.endsWith(".html"))) {
      const html = readFileSync(join(site, page), "utf8");
      expect(html, page).toMatch(
        /http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;|default-src 'none'/,
      );
      // The forms' own script (tested in test/form/) holds markup in its strings; the other pages have no script.
      if (!FORMS.includes(page)) expect(html, page).not.toMatch(/<(script|iframe|link|object|embed)\b/i);
      // Images only from the site itself (the handleiding's screenshots in img/).
      if (!FORMS.includes(page))
        for (const [, src] of html.matchAll(/<img\b[^>]*\bsrc="([^"]*)"/g))
          expect(existsSync(join(site, src!)), `${page}: ${src}`).toBe(true);
    }
  });

  it("every link inside the site leads to a page of the site (and anchors to a heading there)", () => {
    for (const page of readdirSync(site).filter((p) => p.endsWith(".html") && !FORMS.includes(p))) {
      const html = readFileSync(join(site, page), "utf8");
      for (const [, href] of html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        const [file, anchor] = href!.split("#");
        const target = file ? join(site, file) : join(site, page);
        expect(existsSync(target), `${page} → ${href}`).toBe(true);
        if (anchor) expect(readFileSync(target, "utf8"), `${page} → ${href}`).toContain(`id="${anchor}"`);
      }
    }
  });
});

describe.skipIf(!haveChromium && !mustRunBrowserTests)("the site in Chromium, served on localhost", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** A page at a width, with every request that does not go to the site itself recorded. */
  async function open(path: string, width: number): Promise<{ page: Page; outside: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true });
    // Chromium offers the save-as dialog on localhost; the download is what the test checks.
    await context.addInitScript(() =>
      Object.defineProperty(globalThis, "showSaveFilePicker", { value: undefined, configurable: true }),
    );
    const page = await context.newPage();
    const outside: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(origin)) outside.push(r.url());
    });
    await page.goto(`${origin}/${path}`);
    return { page, outside };
  }

  const sideways = (page: Page) =>
    page.evaluate(() => {
      const d = (
        globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
      ).document.documentElement;
      return d.scrollWidth - d.clientWidth;
    });

  for (const width of [360, 1280]) {
    it.each([...PAGES, ...FORMS])(
      `%s at ${width} px: axe finds nothing, no sideways scrolling, no request out`,
      async (path) => {
        const { page, outside } = await open(path, width);
        expect(await axeViolations(page)).toEqual([]);
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        expect(outside).toEqual([]);
        await page.context().close();
      },
      60_000,
    );
  }

  it("the landing page leads to the form, and the form over http keeps the answers as from disk", async () => {
    const { page, outside } = await open("index.html", 360);
    await page.getByRole("link", { name: "Open het formulier" }).click();
    await page.getByRole("button", { name: "Beginnen" }).click();
    await page.getByRole("textbox", { name: "Gemeente", exact: true }).fill("Rijssen-Holten");
    await page.getByRole("radio").first().check();
    await page.getByRole("textbox", { name: "Datum van de zelftest" }).fill("15-10-2025");
    await page.locator("main form button[type=submit]").click();
    await page.getByRole("radio", { name: "Ja", exact: true }).check();
    await page.locator("main form button[type=submit]").click();

    // The same storage key as the form opened from disk: one key per questionnaire, not per address.
    const keys = (p: Page) =>
      p.evaluate(() =>
        Object.keys((globalThis as unknown as { localStorage: Record<string, string> }).localStorage).filter((k) =>
          k.startsWith("zelftest-formulier:"),
        ),
      );
    const overHttp = await keys(page);
    expect(overHttp).toHaveLength(1);
    const disk = await browser.newPage();
    await disk.goto(pathToFileURL(join(site, "zelftest-formulier.html")).href);
    await disk.getByRole("button", { name: "Beginnen" }).click();
    await disk.getByRole("textbox", { name: "Gemeente", exact: true }).fill("Rijssen-Holten");
    expect(await keys(disk)).toEqual(overHttp);
    await disk.close();

    // Come back later: the answers are there.
    await page.reload();
    expect(await page.locator("main").innerText()).toMatch(/1 van de \d+ vragen beantwoord/);
    await page.getByRole("button", { name: "Verder gaan" }).click();

    // Save: the answer file, named as from disk.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download antwoordbestand" }).first().click();
    expect((await download).suggestedFilename()).toMatch(/^zelftest-rijssen-holten.*2025-10-15\.yaml$/);
    expect(outside).toEqual([]);
    await page.context().close();
  }, 120_000);
});
