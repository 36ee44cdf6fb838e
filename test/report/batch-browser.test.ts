// The batch research summary in a real browser: axe-core finds no WCAG 2.1 AA violations, the
// charts have text alternatives and draw every label inside their box, and printed on A4 the municipality matrix gets a landscape page
// and fits its width (nothing cut off).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { barChartSvg } from "../../src/report/bar-chart-svg.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { axeViolations, haveChromium, launch, mustRunBrowserTests } from "../helpers/browser.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "zelftest-batch-browser-"));

async function summary(args: string[]): Promise<string> {
  const r = await runCli(["batch", ".", "--format", "html", ...args], { cwd: fixture("batch") });
  const file = join(dir, `${args.join("_").replace(/[^a-z0-9_]/gi, "") || "plain"}.html`);
  writeFileSync(file, r.stdout);
  return `file://${file}`;
}

/** The chart texts drawn outside their chart's own box (cut off at the left or right). */
function textsOutside(page: Page): Promise<string[]> {
  return page.$$eval("svg.chart text", (texts) =>
    texts
      .filter((t) => {
        const box = (t as unknown as { getBBox(): { x: number; width: number } }).getBBox();
        const svg = t.closest("svg") as unknown as { viewBox: { baseVal: { width: number } } };
        return box.x < 0 || box.x + box.width > svg.viewBox.baseVal.width;
      })
      .map((t) => t.textContent ?? ""),
  );
}

describe.skipIf(!haveChromium && !mustRunBrowserTests)("the batch summary in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 30000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each([[["--by", "role,year"]], [["--by", "role", "--lang", "en"]], [[]]])(
    "%j: axe finds no WCAG 2.1 AA violations; charts have a title and description",
    async (args) => {
      const page = await browser.newPage();
      await page.goto(await summary(args));
      expect(await axeViolations(page)).toEqual([]);
      const charts = await page.$$eval("svg[role=img]", (svgs) =>
        svgs.map((s) => ({
          title: s.querySelector("title")?.textContent ?? "",
          desc: s.querySelector("desc")?.textContent ?? "",
        })),
      );
      expect(await textsOutside(page)).toEqual([]);
      expect(charts).toHaveLength(2);
      for (const c of charts) {
        expect(c.title).not.toBe("");
        expect(c.desc).toMatch(/\d+(,|\.)?\d*%/);
      }
      await page.close();
    },
    30000,
  );

  it("a chart draws its longest labels (cut at 44 characters) and values inside its box, on screen and printed", async () => {
    const labels = [
      "Contractering, financiering en verantwoording",
      "informatieplicht.andere-levensgebieden",
      "onafhankelijkheid.professionele-autonomie",
      "Onafhankelijke cliëntondersteuning voor iedereen die erom vraagt",
    ];
    const svg = barChartSvg({
      id: "c",
      title: "t",
      desc: (list) => list,
      bars: labels.map((label) => ({ label, value: 100, text: "100,0%", tone: "voldoet" as const })),
    });
    const css = readFileSync(join(ROOT, "templates", "report.css"), "utf8");
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html lang="nl"><style>${css}</style><body><figure>${svg}</figure></body></html>`,
    );
    expect(await textsOutside(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await textsOutside(page)).toEqual([]);
    await page.close();
  }, 30000);

  it("printed on A4 portrait, a one-word theme name in a group table stays on one line (not 'Onafhankelijkh/eid')", async () => {
    const page = await browser.newPage();
    await page.goto(await summary(["--by", "role,year"]));
    await page.emulateMedia({ media: "print" });
    // A4 portrait (210 mm) less the margins, at 96 px per inch.
    await page.setViewportSize({ width: Math.floor(((210 - 30) / 25.4) * 96), height: 700 });
    const broken = await page.$$eval("table.groups th", (ths) =>
      ths
        .filter((th) => /^\S+$/.test((th.textContent ?? "").trim()))
        .filter((th) => {
          const doc = (
            globalThis as unknown as {
              document: {
                createRange(): { selectNodeContents(n: unknown): void; getClientRects(): { length: number } };
              };
            }
          ).document;
          const range = doc.createRange();
          range.selectNodeContents(th);
          return range.getClientRects().length > 1;
        })
        .map((th) => th.textContent),
    );
    expect(broken).toEqual([]);
    await page.close();
  }, 60000);

  it("printed on A4, the municipality matrix is on a landscape page and fits its width", async () => {
    const page = await browser.newPage();
    await page.goto(await summary(["--by", "role,year"]));
    await page.emulateMedia({ media: "print" });
    // A4 landscape (297 mm) less 2 × 12 mm margins, at 96 px per inch.
    await page.setViewportSize({ width: Math.floor(((297 - 24) / 25.4) * 96), height: 700 });
    const widths = await page.$$eval("table.matrix", (tables) =>
      tables.map((t) => ({
        table: t.scrollWidth,
        room: (t.parentElement as unknown as { clientWidth: number }).clientWidth,
      })),
    );
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(w.table).toBeLessThanOrEqual(w.room);
    // A one-word theme name in the matrix header stays whole too (it broke as 'Onafhankelijkh/eid').
    const broken = await page.$$eval("table.matrix thead th", (ths) =>
      ths
        .filter((th) => /^\S+$/.test((th.textContent ?? "").trim()))
        .filter((th) => {
          const doc = (
            globalThis as unknown as {
              document: {
                createRange(): { selectNodeContents(n: unknown): void; getClientRects(): { length: number } };
              };
            }
          ).document;
          const range = doc.createRange();
          range.selectNodeContents(th);
          return range.getClientRects().length > 1;
        })
        .map((th) => th.textContent),
    );
    expect(broken).toEqual([]);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // Page sizes in the PDF: A4 portrait (595 × 842 pt) and, for the matrix, landscape (842 × 595).
    const sizes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) =>
      Number(m[1]) > Number(m[2]) ? "landscape" : "portrait",
    );
    expect(sizes).toContain("landscape");
    expect(sizes).toContain("portrait");
    await page.close();
  }, 60000);
});
