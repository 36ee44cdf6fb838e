// The offline form (`zelftest formulier`): the size of the HTML file (budget 750 KB) and, in
// headless Chromium (Debian's /usr/bin/chromium or CHROMIUM_PATH), the time from opening the file
// to the first question on screen (budget 500 ms). The person's reading and clicking is left out:
// the time is the page's own work, measured in the page with performance marks:
//   open → welcome ready: navigation start to the mark `zelftest:ready` (HTML, script and
//   questionnaire parsed, first screen built);
//   "Verder gaan" → question: from the click to the mark `zelftest:question` (the question page
//   built), with a saved draft in the browser so that the click goes straight to a question.
// Median of BENCH_RUNS (default 15) fresh page loads.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const SIZE_BUDGET = 750 * 1000;
const TIME_BUDGET = 500;
const runs = Number(process.env.BENCH_RUNS ?? 15);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(join(tmpdir(), "zelftest-bench-form-"));
const file = join(dir, "zelftest-formulier.html");

const made = spawnSync(process.execPath, [join(root, "bin", "zelftest.js"), "formulier", "--out", file], {
  encoding: "utf8",
});
if (made.status !== 0) throw new Error(`zelftest formulier exited ${made.status}: ${made.stderr}`);
const size = statSync(file).size;
let ok = size <= SIZE_BUDGET;
console.log(`offline form (zelftest formulier, built-in questionnaire, node ${process.version})`);
console.log(
  `  HTML file size ${(size / 1000).toFixed(0).padStart(18)} KB   ${ok ? "ok" : "OVER"} (budget ${SIZE_BUDGET / 1000} KB)`,
);
// The budget holds in each language (the English form carries the English texts).
const fileEn = join(dir, "zelftest-formulier-en.html");
const madeEn = spawnSync(
  process.execPath,
  [join(root, "bin", "zelftest.js"), "formulier", "--lang", "en", "--out", fileEn],
  { encoding: "utf8" },
);
if (madeEn.status !== 0) throw new Error(`zelftest formulier --lang en exited ${madeEn.status}: ${madeEn.stderr}`);
const sizeEn = statSync(fileEn).size;
ok = ok && sizeEn <= SIZE_BUDGET;
console.log(
  `  HTML file size, English ${(sizeEn / 1000).toFixed(0).padStart(9)} KB   ${sizeEn <= SIZE_BUDGET ? "ok" : "OVER"} (budget ${SIZE_BUDGET / 1000} KB)`,
);

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.log(`  time to first question: skipped, no Chromium at ${executablePath}`);
} else {
  const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const context = await browser.newContext();
  const url = `file://${file}`;
  // A saved draft (details filled in), as after a first visit.
  const first = await context.newPage();
  await first.goto(url);
  await first.getByRole("button", { name: "Beginnen" }).click();
  await first.getByRole("textbox", { name: "Gemeente", exact: true }).fill("Benchmarkstad");
  await first.getByRole("radio").first().check();
  await first.locator("main form button[type=submit]").click();
  await first.close();

  const ready = [];
  const question = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("zelftest:ready").length > 0);
    const t = await page.evaluate(() => {
      const readyAt = performance.getEntriesByName("zelftest:ready")[0].startTime;
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Verder gaan");
      const start = performance.now();
      button.click();
      const mark = performance.getEntriesByName("zelftest:question").at(-1);
      return {
        readyAt,
        question: mark ? mark.startTime - start : NaN,
        h1: document.querySelector("main h1")?.textContent,
      };
    });
    if (!/^Vraag 1 van/.test(t.h1 ?? "")) throw new Error(`expected the first question, got ${t.h1}`);
    if (i >= 2) {
      ready.push(t.readyAt);
      question.push(t.question);
    }
    await page.close();
  }
  await browser.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const total = median(ready.map((r, i) => r + question[i]));
  const timeOk = total <= TIME_BUDGET;
  ok &&= timeOk;
  console.log(`  open → welcome ready ${median(ready).toFixed(0).padStart(13)} ms   (median of ${runs})`);
  console.log(`  Verder gaan → question ${median(question).toFixed(0).padStart(11)} ms`);
  console.log(
    `  open → first question ${total.toFixed(0).padStart(12)} ms   ${timeOk ? "ok" : "OVER"} (budget ${TIME_BUDGET} ms)`,
  );
}
process.exitCode = ok ? 0 : 1;
