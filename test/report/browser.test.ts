// The HTML report in a real browser: axe-core finds no WCAG 2.1 AA violations; the Content-
// Security-Policy lets our own inline style through and nothing else; hostile text runs nothing
// and loads nothing.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { axeViolations as axeViolationsOn, haveChromium, launch, mustRunBrowserTests } from "../helpers/browser.js";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { ROLES } from "../../src/model/vocabulary.js";
import { renderReport } from "../../src/report/render-report.js";
import { modelOf, reportOfFile, templates } from "../helpers/reports.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "zelftest-browser-"));
const pages = {
  gemeente: reportOfFile(join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"), "html"),
  adviesraad: reportOfFile(join(ROOT, "examples", "adviesraad-rijssen-holten-2015.yaml"), "html"),
  english: reportOfFile(join(ROOT, "examples", "gemeente-half-ingevuld.json"), "html", "en"),
  kort: reportOfFile(join(ROOT, "examples", "adviesraad-rijssen-holten-2015.yaml"), "html", "nl", { short: true }),
  hostile: reportOfFile(fixture("answers", "valid", "hostile.yaml"), "html"),
  hostileEvidence: reportOfFile(fixture("answers", "valid", "hostile-evidence.yaml"), "html"),
};
const fileOf = (name: keyof typeof pages) => {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, pages[name]);
  return `file://${file}`;
};

describe.skipIf(!haveChromium && !mustRunBrowserTests)("the HTML report in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 30000);
  afterAll(async () => {
    await browser?.close();
  });

  async function axeViolations(url: string): Promise<string[]> {
    const page = await browser.newPage();
    await page.goto(url);
    const violations = await axeViolationsOn(page);
    await page.close();
    return violations;
  }

  it("axe does find violations on a page that has them (the check works)", async () => {
    const bad = join(dir, "bad.html");
    writeFileSync(
      bad,
      '<!DOCTYPE html><html><head><title>x</title></head><body><p style="color:#bbb">grijs</p><table><tr><td>a</td></tr></table><h3>kop</h3></body></html>',
    );
    const ids = (await axeViolations(`file://${bad}`)).map((v) => v.split(":")[0]);
    expect(ids).toContain("html-has-lang");
    expect(ids).toContain("color-contrast");
  }, 30000);

  it.each(Object.keys(pages) as (keyof typeof pages)[])(
    "%s: axe finds no WCAG 2.1 AA violations",
    async (name) => {
      expect(await axeViolations(fileOf(name))).toEqual([]);
    },
    30000,
  );

  it("the batch research summary: axe finds no WCAG 2.1 AA violations", async () => {
    const r = await runCli([
      "batch",
      join(ROOT, "examples"),
      fixture("answers", "valid", "hostile.yaml"),
      fixture("answers", "invalid", "unknown-item.yaml"),
      "--format",
      "html",
    ]);
    expect(r.code).toBe(3);
    const file = join(dir, "batch.html");
    writeFileSync(file, r.stdout);
    expect(await axeViolations(`file://${file}`)).toEqual([]);
  }, 30000);

  it.each([
    ["perspectives", ["examples/gemeente-rijssen-holten-2015.yaml", "examples/adviesraad-rijssen-holten-2015.yaml"]],
    ["trend", ["examples/gemeente-rijssen-holten-2015.yaml", "examples/gemeente-rijssen-holten-2016.yaml"]],
  ])(
    "the %s comparison: axe finds no WCAG 2.1 AA violations",
    async (name, files) => {
      const r = await runCli(["compare", ...files, "--format", "html"], { cwd: ROOT });
      expect(r.code).toBe(0);
      const file = join(dir, `compare-${name}.html`);
      writeFileSync(file, r.stdout);
      expect(await axeViolations(`file://${file}`)).toEqual([]);
    },
    30000,
  );

  /** Prints a page to A4 PDF as Chromium's print does, and counts its pages. */
  async function printedPages(html: string, name: string): Promise<number> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    await page.close();
    return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }

  it("prints the full report of the example municipality on at most 20 A4 pages, the first page alone on one", async () => {
    const full = await printedPages(pages.gemeente, "print-full");
    expect(full).toBeGreaterThan(5);
    expect(full).toBeLessThanOrEqual(20);
    for (const example of ["gemeente-rijssen-holten-2015.yaml", "adviesraad-rijssen-holten-2015.yaml"]) {
      const short = reportOfFile(join(ROOT, "examples", example), "html", "nl", { short: true });
      expect(await printedPages(short, `print-kort-${example}`), example).toBe(1);
    }
    // The summary section ends the first page of the full report too.
    expect(pages.gemeente).toContain('<section id="samenvatting"');
  }, 60000);

  it("the first page alone fits one A4 for every role, in both languages (role-aware wording)", async () => {
    // Both examples: the council's has more findings and unknowns, the municipality's more answers.
    for (const example of ["adviesraad-rijssen-holten-2015.yaml", "gemeente-rijssen-holten-2015.yaml"]) {
      const { answers, questionnaire } = loadAnswerFile(join(ROOT, "examples", example));
      for (const lang of ["nl", "en"] as const)
        for (const role of ROLES) {
          const model = modelOf({ ...answers, respondent: { role, name: "Wmo-adviesraad" } }, questionnaire, lang, {
            short: true,
          });
          const html = renderReport(model, "html", templates);
          expect(await printedPages(html, `print-kort-${role}-${lang}`), `${example} ${role} ${lang}`).toBe(1);
        }
    }
  }, 180000);

  it("the full report of the fullest example stays within 20 A4 pages for every role, in both languages", async () => {
    const { answers, questionnaire } = loadAnswerFile(join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"));
    for (const lang of ["nl", "en"] as const)
      for (const role of ROLES) {
        const model = modelOf({ ...answers, respondent: { role, name: "Team Wmo" } }, questionnaire, lang);
        const html = renderReport(model, "html", templates);
        const printed = await printedPages(html, `print-full-${role}-${lang}`);
        expect(printed, `${role} ${lang}`).toBeGreaterThan(5);
        expect(printed, `${role} ${lang}`).toBeLessThanOrEqual(20);
      }
  }, 240000);

  it("on a phone the plan scrolls sideways in a focusable region instead of squeezing its eight columns", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(fileOf("gemeente"));
    const m = await page.$eval("#plan .wide", (el) => {
      const table = el.querySelector("table")!;
      return {
        scrolls: el.scrollWidth > el.clientWidth,
        focusable: el.getAttribute("tabindex") === "0",
        tableWidth: table.getBoundingClientRect().width,
      };
    });
    await page.close();
    expect(m).toEqual({ scrolls: true, focusable: true, tableWidth: expect.any(Number) });
    expect(m.tableWidth).toBeGreaterThan(700);
  }, 30000);

  it("prints the plan van aanpak on landscape pages, the rest portrait", async () => {
    const file = join(dir, "print-plan.html");
    writeFileSync(file, pages.gemeente);
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
    await page.close();
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) =>
      Number(m[1]) > Number(m[2]) ? "landscape" : "portrait",
    );
    expect(boxes[0]).toBe("portrait");
    expect(boxes.at(-1)).toBe("portrait");
    expect(boxes).toContain("landscape");
    // One run of landscape pages: the plan, nothing else.
    expect(boxes.join(" ").match(/(landscape ?)+/g)).toHaveLength(1);
  }, 30000);

  it("hostile text runs no script, opens no dialog, loads nothing, and the CSP allows our style", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    const consoleMessages: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on("console", (m) => consoleMessages.push(m.text()));
    const url = fileOf("hostile");
    await page.goto(url);
    await page.hover("body");
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    expect(consoleMessages.filter((m) => /Content Security Policy|Refused/i.test(m))).toEqual([]);
    // Our inline style is allowed by its hash: the heading has the accent colour.
    expect(
      await page.$eval(
        "h1",
        (h) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(h).color,
      ),
    ).toBe("rgb(21, 66, 115)");
    expect(await page.$$eval("script, iframe, img", (els) => els.length)).toBe(0);
    expect(await page.textContent("h1")).toContain("<script>alert('gemeente')</script>");
    await page.close();
  }, 30000);
});

describe.skipIf(!haveChromium && !mustRunBrowserTests)(
  "a long word in the header (issue 12: the page must not grow wider)",
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    }, 30000);
    afterAll(async () => {
      await browser?.close();
    });

    const longWord = `Rijssen${"x".repeat(90)}`;
    const withLongWords = (example: string) => {
      const text = readFileSync(join(ROOT, "examples", example), "utf8")
        .replace(/^municipality: .*$/m, `municipality: ${longWord}`)
        .replace(/^ {2}name: .*$/m, `  name: ${longWord}`);
      const file = join(dir, `long-${example}`);
      writeFileSync(file, text);
      return file;
    };

    async function widthOf(html: string, name: string): Promise<{ scroll: number; client: number }> {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, html);
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      await page.goto(`file://${file}`);
      const width = await page.evaluate(() => {
        const d = (
          globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
        ).document.documentElement;
        return { scroll: d.scrollWidth, client: d.clientWidth };
      });
      await page.close();
      return width;
    }

    it("the report's title and header wrap the long word", async () => {
      const html = reportOfFile(withLongWords("gemeente-rijssen-holten-2015.yaml"), "html");
      expect(html).toContain(longWord);
      const { scroll, client } = await widthOf(html, "long-report");
      expect(scroll).toBeLessThanOrEqual(client);
    }, 30000);

    it("the comparison's title and file table wrap the long word", async () => {
      const r = await runCli(
        [
          "compare",
          withLongWords("gemeente-rijssen-holten-2015.yaml"),
          withLongWords("adviesraad-rijssen-holten-2015.yaml"),
          "--format",
          "html",
        ],
        { cwd: ROOT },
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(longWord);
      const { scroll, client } = await widthOf(r.stdout, "long-compare");
      expect(scroll).toBeLessThanOrEqual(client);
    }, 30000);
  },
);
