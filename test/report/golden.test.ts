// Golden files: the reports for the examples, both formats, both languages. After an intended
// change, regenerate with UPDATE_GOLDEN=1 npm test and read the diff.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";
import { reportOfFile } from "../helpers/reports.js";

const cases = [
  ["gemeente-rijssen-holten-2015.yaml", "nl"],
  ["adviesraad-rijssen-holten-2015.yaml", "nl"],
  ["gemeente-half-ingevuld.json", "en"],
] as const;

describe("golden reports", () => {
  for (const [example, lang] of cases) {
    for (const format of ["md", "html"] as const) {
      it(`${example} as ${format} (${lang})`, () => {
        const actual = reportOfFile(join(ROOT, "examples", example), format, lang);
        const golden = join(ROOT, "test", "golden", `${example.replace(/\.(ya?ml|json)$/, "")}.${lang}.${format}`);
        if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
        expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm test and review it`).toBe(true);
        expect(actual).toBe(readFileSync(golden, "utf8"));
      });
    }
  }
});
