// Runs once around the whole test run (vitest globalSetup): every temporary folder the tests make,
// through os.tmpdir() in the tests or in the programs they start, goes into one folder of this
// run, which is removed at the end, pass or fail. Nothing is left behind in /tmp. With the two
// projects of vitest.config.ts (unit, browser) vitest calls this once per project: the second call
// keeps the first folder, so that no temporary folder sits inside another one (tests that run the
// CLI as an unprivileged user must be able to pass through every folder above their files).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  if (process.env.ZELFTEST_TESTS_TMPDIR) return () => {};
  const dir = mkdtempSync(join(tmpdir(), "zelftest-tests-"));
  process.env.ZELFTEST_TESTS_TMPDIR = dir;
  process.env.TMPDIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.ZELFTEST_TESTS_TMPDIR;
  };
}
