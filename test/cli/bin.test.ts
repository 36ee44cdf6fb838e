// The real executable, as a user runs it (needs a build of the current sources: helpers/built-cli.ts).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";
import { builtBin } from "../helpers/built-cli.js";

const bin = builtBin();
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

describe("bin/zelftest.js", () => {
  it("--version prints the package version", () => {
    const r = run("--version");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });

  it("scores an example and exits 0", () => {
    const r = run("score", join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml"), "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).score).toBe(66.7);
  });

  it("exits 2 on invalid input, with no stack trace", () => {
    const r = run("score", join(ROOT, "test", "fixtures", "answers", "invalid", "alias-bomb.yaml"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("ALIAS_LIMIT");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
