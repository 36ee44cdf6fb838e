// Runs once around the whole test run (vitest globalSetup): every temporary folder the tests make,
// through os.tmpdir() in the tests or in the programs they start, goes into one folder of this
// run, which is removed at the end, pass or fail. Nothing is left behind in /tmp.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-tests-"));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
