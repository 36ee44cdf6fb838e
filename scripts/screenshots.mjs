// `npm run screenshots`: the pictures in the handleiding (docs/img/), taken from the real pages
// in Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH), so that they always show what the
// current build shows. Builds the site into a temporary folder first (scripts/build-site.mjs).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "zelftest-screenshots-"));
const site = join(work, "site");
const img = join(root, "docs", "img");
rmSync(img, { recursive: true, force: true });
const built = spawnSync(process.execPath, [join(root, "scripts", "build-site.mjs"), site], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);
mkdirSync(img, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const url = (page) => pathToFileURL(join(site, page)).href;
async function shot(name, page, width = 1000, height = 700) {
  await page.setViewportSize({ width, height });
  await page.screenshot({ path: join(img, name) });
  console.log(join("docs", "img", name));
}
try {
  const page = await browser.newPage();
  await page.goto(url("index.html"));
  await shot("startpagina.png", page);

  await page.goto(url("zelftest-formulier.html"));
  await shot("formulier-welkom.png", page);
  await page.getByRole("button", { name: "Beginnen" }).click();
  await page.getByRole("textbox", { name: "Gemeente", exact: true }).fill("Rijssen-Holten");
  await page.getByRole("radio").first().check();
  await page.getByRole("textbox", { name: "Datum van de zelftest" }).fill("15-01-2026");
  await page.locator("main form button[type=submit]").click();
  await shot("formulier-vraag.png", page, 1000, 900);

  await page.goto(url("vragenlijst-papier.html"));
  await shot("vragenlijst-papier.png", page);
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
