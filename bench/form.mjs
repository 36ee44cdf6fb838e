// The offline form (`zelftest formulier`): the size of the HTML file in each language (budget
// 750 KB) and, in the real headless browsers, the time from opening the file to the first
// question on screen: budget 300 ms in Chromium (Debian's /usr/bin/chromium or CHROMIUM_PATH,
// driven by playwright-core) and 500 ms in Firefox (/usr/bin/firefox-esr or FIREFOX_PATH, over
// WebDriver BiDi with puppeteer-core). The person's reading and clicking is left out: the time is
// the page's own work, measured in the page the same way in both browsers:
//   open → welcome ready: navigation start to the mark `zelftest:ready` (HTML, script and
//   questionnaire parsed, first screen built);
//   "Verder gaan" → question on screen: from the click to the next frame after the question page
//   is built (the mark `zelftest:question`, then a frame, so style, layout and paint are in it),
//   with a saved draft in the browser so that the click goes straight to a question.
// A blank page is opened between the form's loads and measured the same way (open → its mark): the
// floor of opening any local file in that browser on this machine, for reading the figures on a
// loaded machine. Median of BENCH_RUNS (default 15) fresh page loads, after 2 warm-up loads.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import puppeteer from "puppeteer-core";

const SIZE_BUDGET = 750 * 1000;
const runs = Number(process.env.BENCH_RUNS ?? 15);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(join(tmpdir(), "zelftest-bench-form-"));

let ok = true;
console.log(`offline form (zelftest formulier, built-in questionnaire, node ${process.version})`);
const files = {};
for (const lang of ["nl", "en"]) {
  const file = join(dir, `zelftest-formulier-${lang}.html`);
  const made = spawnSync(
    process.execPath,
    [join(root, "bin", "zelftest.js"), "formulier", "--lang", lang, "--out", file],
    { encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(`zelftest formulier --lang ${lang} exited ${made.status}: ${made.stderr}`);
  const size = statSync(file).size;
  const within = size <= SIZE_BUDGET;
  ok &&= within;
  files[lang] = file;
  console.log(
    `  HTML file size (${lang}) ${(size / 1000).toFixed(0).padStart(15)} KB   ${within ? "ok" : "OVER"} (budget ${SIZE_BUDGET / 1000} KB)`,
  );
}

const blank = join(dir, "blank.html");
writeFileSync(
  blank,
  '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>leeg</title></head>' +
    '<body><main><h1>Leeg</h1></main><script>performance.mark("zelftest:ready")</script></body></html>',
);

/** In the page (both browsers): when the welcome screen was ready, and the click on Verder gaan until the question is on screen. */
async function inPage() {
  const readyAt = performance.getEntriesByName("zelftest:ready")[0].startTime;
  const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Verder gaan");
  if (!button) return { readyAt };
  const start = performance.now();
  button.click();
  const built = performance.getEntriesByName("zelftest:question").at(-1);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return {
    readyAt,
    built: built ? built.startTime - start : Number.NaN,
    shown: performance.now() - start,
    h1: document.querySelector("main h1")?.textContent,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * One browser: a first visit leaves a draft (details filled in), then fresh pages open the form
 * (and the blank page) again. `driver` hides the difference between playwright and puppeteer.
 */
async function measure(name, budget, driver) {
  const url = `file://${files.nl}`;
  const first = await driver.page();
  await first.goto(url);
  await first.click("main .zf-buttons .zf-button");
  await first.type("#zf-municipality", "Benchmarkstad");
  await first.click("main input[type=radio]");
  await first.click("main form button[type=submit]");
  await first.close();

  const ready = [];
  const shown = [];
  const built = [];
  const floor = [];
  for (let i = 0; i < runs + 2; i += 1) {
    for (const target of [url, `file://${blank}`]) {
      const page = await driver.page();
      await page.goto(target);
      await page.waitForFunction(() => performance.getEntriesByName("zelftest:ready").length > 0);
      const t = await page.evaluate(inPage);
      await page.close();
      if (i < 2) continue;
      if (target !== url) {
        floor.push(t.readyAt);
        continue;
      }
      if (!/^Vraag 1 van/.test(t.h1 ?? "")) throw new Error(`${name}: expected the first question, got ${t.h1}`);
      ready.push(t.readyAt);
      built.push(t.built);
      shown.push(t.shown);
    }
  }
  const total = median(ready.map((r, i) => r + shown[i]));
  const within = total <= budget;
  ok &&= within;
  console.log(`  ${name}`);
  console.log(`    open → welcome ready ${median(ready).toFixed(0).padStart(13)} ms   (median of ${runs})`);
  console.log(`    Verder gaan → question built ${median(built).toFixed(0).padStart(5)} ms`);
  console.log(`    Verder gaan → question shown ${median(shown).toFixed(0).padStart(5)} ms`);
  console.log(
    `    open → first question ${total.toFixed(0).padStart(12)} ms   ${within ? "ok" : "OVER"} (budget ${budget} ms)`,
  );
  console.log(
    `    floor: open → a blank page ${median(floor).toFixed(0).padStart(7)} ms   (range ${Math.min(...ready.map((r, i) => r + shown[i])).toFixed(0)}–${Math.max(...ready.map((r, i) => r + shown[i])).toFixed(0)} ms for the form)`,
  );
}

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) console.log(`  Chromium: skipped, none at ${chromiumPath}`);
else {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const context = await browser.newContext();
  try {
    await measure("Chromium", 300, {
      page: async () => {
        const page = await context.newPage();
        return {
          goto: (u) => page.goto(u),
          click: (css) => page.locator(css).first().click(),
          type: (css, text) => page.locator(css).fill(text),
          waitForFunction: (f) => page.waitForFunction(f),
          evaluate: (f) => page.evaluate(f),
          close: () => page.close(),
        };
      },
    });
  } finally {
    await browser.close();
  }
}

const firefoxPath = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
if (!existsSync(firefoxPath)) console.log(`  Firefox: skipped, none at ${firefoxPath}`);
else {
  const browser = await puppeteer.launch({ browser: "firefox", executablePath: firefoxPath, headless: true });
  try {
    await measure("Firefox", 500, {
      page: async () => {
        const page = await browser.newPage();
        return {
          goto: (u) => page.goto(u),
          click: (css) => page.click(css),
          type: (css, text) => page.type(css, text),
          waitForFunction: (f) => page.waitForFunction(f),
          evaluate: (f) => page.evaluate(f),
          close: () => page.close(),
        };
      },
    });
  } finally {
    await browser.close();
  }
}
process.exitCode = ok ? 0 : 1;
