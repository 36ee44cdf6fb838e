// Templates are logic-free, and the only unescaped values ({{{…}}}) are the ones the renderer
// made safe itself: rich text rendered by the hardened renderer (.safe), our CSS and our chart.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";

describe("report templates", () => {
  for (const name of ["report.md.mustache", "report.html.mustache"]) {
    it(`${name} writes raw only what was made safe`, () => {
      const text = readFileSync(join(ROOT, "templates", name), "utf8");
      const raw = [...text.matchAll(/\{\{\{\s*([^}]+?)\s*\}\}\}|\{\{&\s*([^}]+?)\s*\}\}/g)].map((m) => m[1] ?? m[2]!);
      expect(raw.length).toBeGreaterThan(0);
      for (const key of raw) expect(key, key).toMatch(/(\.safe|^cssSafe|^chartSafe)$/);
      expect(text).not.toMatch(/\{\{=/); // no delimiter changes
    });
  }
});
