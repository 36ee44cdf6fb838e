// The project's own documentation: every page in docs/ is in the index (docs/README.md), and every
// file a page or CONTRIBUTING.md links to exists, so a newcomer never follows a dead link.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.js";

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
