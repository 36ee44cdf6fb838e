// The project's own documentation: every page in docs/ is in the index (docs/README.md), and every
// file a page or CONTRIBUTING.md links to exists, so a newcomer never follows a dead link; the counts
// the pages state about the built-in questionnaire (questions, rows, columns) are the real ones.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../src/load/load-files.js";
import { fixture, ROOT } from "./helpers/fixtures.js";
import { runCli } from "./helpers/run-cli.js";

const docs = join(ROOT, "docs");
const pages = readdirSync(docs).filter((f) => f.endsWith(".md"));
const links = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
    .map((m) => m[1]!)
    .filter((l) => !/^[a-z]+:/.test(l));

describe("docs/", () => {
  it("lists every page in its index", () => {
    const index = readFileSync(join(docs, "README.md"), "utf8");
    for (const page of pages.filter((p) => p !== "README.md")) expect(index, page).toContain(`](${page})`);
  });

  it.each([...pages.map((p) => join("docs", p)), "CONTRIBUTING.md", "README.md"])(
    "%s links only to files that exist",
    (page) => {
      const file = join(ROOT, page);
      for (const link of links(file)) expect(existsSync(resolve(dirname(file), link)), `${page} → ${link}`).toBe(true);
    },
  );
});

/** Every match of `pattern` in a page, as its captured groups (the numbers a page states). */
const claims = (page: string, pattern: RegExp) =>
  [...readFileSync(join(ROOT, page), "utf8").replace(/\s+/g, " ").matchAll(new RegExp(pattern.source, "g"))].map((m) =>
    m.slice(1),
  );

describe("counts the docs state about the built-in questionnaire", () => {
  it("match the questionnaire and the csv-long it gives (questions, legal and good practice, rows and columns)", async () => {
    const q = loadQuestionnaire();
    const all = q.items.length;
    const legal = q.items.filter((i) => i.level === "wettelijk").length;
    const practice = all - legal;
    const dir = mkdtempSync(join(tmpdir(), "zelftest-docs-"));
    const out = join(dir, "long.csv");
    const run = await runCli([
      "batch",
      fixture("batch", "paar-GM0014-gemeente.yaml"),
      "--format",
      "csv-long",
      "--out",
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const [head, ...rows] = readFileSync(out, "utf8")
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split(/\r?\n/);
    const columns = head!.split(",").length;
    expect(rows.length).toBe(all);
    const checked: string[] = [];
    const expectClaims = (page: string, pattern: RegExp, want: (m: string[]) => unknown[]) => {
      const found = claims(page, pattern);
      expect(found.length, `${page}: ${pattern}`).toBeGreaterThan(0);
      for (const m of found) {
        checked.push(m.join(" "));
        // A count stated for the current version must be the current count.
        expect(m, `${page}: ${pattern}`).toEqual(want(m).map(String));
      }
    };
    const v = q.version;
    expectClaims(
      "README.md",
      /1-(\d+) for the legal requirements, 1-(\d+) with good practice in questionnaire ([\d.]+)\)/,
      () => [legal, all, v],
    );
    expectClaims("README.md", /Good practice \((\d+) questions in ([\d.]+)/, () => [practice, v]);
    expectClaims("README.md", /the law and the VNG zelftest only \((\d+) questions/, () => [legal]);
    expectClaims("README.md", /also good practice \((\d+) questions\)/, () => [all]);
    expectClaims("README.md", /not for each of the (\d+) rows/, () => [all]);
    expectClaims("README.md", /(\d+) × (\d+) with questionnaire ([\d.]+)/, () => [columns, all, v]);
    expectClaims("README.md", /questionnaire [\d.]+ has (\d+) legal questions/, () => [legal]);
    expectClaims("docs/research-outputs.md", /\d+ of the (\d+) of questionnaire ([\d.]+)/, () => [all, v]);
    expectClaims("docs/research-outputs.md", /on each of (\d+) rows per file with questionnaire ([\d.]+)/, () => [
      all,
      v,
    ]);
    expectClaims("docs/research-outputs.md", /for the (\d+) columns of the default csv-long/, () => [columns]);
    expectClaims("docs/research-outputs.md", /row groups of 32,768 rows \(about (\d+) files of (\d+) rows/, () => [
      Math.round(32_768 / all / 50) * 50,
      all,
    ]);
    expectClaims("docs/research-outputs.md", /built-in questionnaire [\d.]+ there are (\d+) legal questions/, () => [
      legal,
    ]);
    expectClaims("docs/question-flow.md", /\((\d+) in the built-in questionnaire ([\d.]+)\)/, () => [legal, v]);
    expectClaims("docs/question-flow.md", /\((\d+) in version ([\d.]+)\)/, () => [all, v]);
    expectClaims("docs/question-flow.md", /"Vraag \d+ van (\d+)"/, () => [all]);
    expect(checked.length).toBeGreaterThanOrEqual(15);
  });
});
