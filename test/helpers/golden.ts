// Golden files (test/golden/): the output must equal the file byte for byte. After an intended
// change, regenerate with UPDATE_GOLDEN=1 npm test and read the diff before committing it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { ROOT } from "./fixtures.js";

export function expectGolden(name: string, actual: string): void {
  const file = join(ROOT, "test", "golden", name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npm test and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
