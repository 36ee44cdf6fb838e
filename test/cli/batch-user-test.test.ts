// Findings of the researcher's user test of the batch outputs (issue 13): a repeated --by, the
// practice scores of themes without answered good practice, invalid files' own questionnaire id,
// and the municipality list's own names.
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const BATCH = fixture("batch");

describe("--by repeated", () => {
  it("--by role --by year gives the same summary as --by role,year", async () => {
    const repeated = await runCli(["batch", ".", "--format", "md", "--by", "role", "--by", "year"], { cwd: BATCH });
    const listed = await runCli(["batch", ".", "--format", "md", "--by", "role,year"], { cwd: BATCH });
    const last = await runCli(["batch", ".", "--format", "md", "--by", "year"], { cwd: BATCH });
    expect(repeated.code).toBe(listed.code);
    expect(repeated.stdout).toBe(listed.stdout);
    expect(repeated.stdout).not.toBe(last.stdout);
  });

  it.each([
    [["--by", "role", "--by", "gemeente"]],
    [["--by", "role", "--by", "role"]],
    [["--by", "role,year", "--by", "year"]],
  ])("%j is refused with exit 2", async (args) => {
    const r = await runCli(["batch", ".", "--format", "md", ...args], { cwd: BATCH });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});
