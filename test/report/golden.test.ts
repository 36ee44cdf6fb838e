// Golden files: the reports for the examples, both formats, both languages, full and --kort
// (the Word report's goldens are in docx.test.ts). After an intended
// change, regenerate with UPDATE_GOLDEN=1 npm test and read the diff.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";
import { reportOfFile } from "../helpers/reports.js";

const cases = [
  ["gemeente-rijssen-holten-2015.yaml", "nl", false],
  ["adviesraad-rijssen-holten-2015.yaml", "nl", false],
  ["gemeente-half-ingevuld.json", "en", false],
  ["gemeente-rijssen-holten-2015.yaml", "nl", true],
  ["adviesraad-rijssen-holten-2015.yaml", "nl", true],
] as const;

describe("golden reports", () => {
  for (const [example, lang, short] of cases) {
    for (const format of ["md", "html"] as const) {
      it(`${example} as ${format} (${lang}${short ? ", kort" : ""})`, () => {
        const actual = reportOfFile(join(ROOT, "examples", example), format, lang, { short });
        const golden = join(
          ROOT,
          "test",
          "golden",
          `${example.replace(/\.(ya?ml|json)$/, "")}.${lang}${short ? ".kort" : ""}.${format}`,
        );
        if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
        expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm test and review it`).toBe(true);
        expect(actual).toBe(readFileSync(golden, "utf8"));
      });
    }
  }
});
