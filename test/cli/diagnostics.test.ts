// Misleading diagnostics and an exit 1 from the environment (issue 21 defects 15 and 18): each
// says what is wrong with what the person gave, and exits 2.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const example = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("SOURCE_DATE_EPOCH (defect 15)", () => {
  it("defect 15: beyond the last date (8640000000001) is INVALID_OPTION, exit 2, for Markdown and Word alike (was exit 1, RangeError)", async () => {
    for (const args of [
      ["report", example],
      ["report", example, "--out", join(tmpdir(), "never-written.docx")],
    ]) {
      const r = await runCli(args, { env: { SOURCE_DATE_EPOCH: "8640000000001" } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("INVALID_OPTION");
      expect(r.stderr).toContain("SOURCE_DATE_EPOCH");
      expect(r.stderr).not.toContain("zelftest zelf");
    }
  });

  it("a value that is not whole seconds is refused as well; the last date itself and an empty value work", async () => {
    expect((await runCli(["report", example], { env: { SOURCE_DATE_EPOCH: "abc" } })).code).toBe(2);
    expect((await runCli(["report", example], { env: { SOURCE_DATE_EPOCH: "-1" } })).code).toBe(2);
    const last = await runCli(["report", example], { env: { SOURCE_DATE_EPOCH: "8640000000000" } });
    expect(last.code).toBe(0);
    expect(last.stdout).toContain("+275760-09-13T00:00:00Z");
    expect((await runCli(["report", example], { env: { SOURCE_DATE_EPOCH: "" } })).code).toBe(0);
  });
});

describe("misleading diagnostics (defect 18)", () => {
  it("defect 18: --delimiter takes only , and ; as its message says (a, =, . and - were accepted)", async () => {
    for (const d of ["a", "=", ".", "-", "\t", ",,"]) {
      const r = await runCli(["batch", example, "--delimiter", d, "--jobs", "0"]);
      expect(r.code, d).toBe(2);
      expect(r.stderr).toContain("INVALID_OPTION");
    }
    expect((await runCli(["batch", example, "--delimiter", ";", "--jobs", "0"])).code).toBe(0);
  });

  it("defect 18: a --municipalities list over the limit gets advice about municipality lists, not about answer files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-diag-"));
    dirs.push(dir);
    writeFileSync(join(dir, "gemeenten.csv"), `code,naam\n${"GM0001,Aa\n".repeat(500_000)}`);
    const r = await runCli(["batch", example, "--municipalities", "gemeenten.csv", "--jobs", "0"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("FILE_TOO_LARGE");
    expect(r.stderr).toContain("gemeentelijst");
    expect(r.stderr).not.toContain("antwoordbestand");
  });
});

describe("weights (defect 19)", () => {
  it("defect 19: a weight of 5e-324 is refused (NUMBER_OUT_OF_RANGE); the smallest allowed, 0.001, scores Deels as half", async () => {
    const { readFileSync: read } = await import("node:fs");
    const { scoreAnswers } = await import("../../src/score/score-answers.js");
    const { questionnaireFromFile, answerSet } = await import("../helpers/fixtures.js");
    const dir = mkdtempSync(join(tmpdir(), "zelftest-weight-"));
    dirs.push(dir);
    const mini = read(join(ROOT, "test", "fixtures", "questionnaires", "mini.yaml"), "utf8");
    const withWeight = (w: string) =>
      mini.replace(/weight: 2\b/, `weight: ${w}`).replace(/(level: \w+\n)(?!\s+weight)/g, `$1        weight: ${w}\n`);
    writeFileSync(join(dir, "tiny.yaml"), withWeight("5e-324"));
    const r = await runCli(["validate", join(dir, "tiny.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("NUMBER_OUT_OF_RANGE");
    writeFileSync(join(dir, "small.yaml"), withWeight("0.001"));
    const small = questionnaireFromFile(join(dir, "small.yaml"));
    const ids = small.items.filter((i) => i.level === "wettelijk" && !i.when).map((i) => i.id);
    const answers = answerSet(Object.fromEntries(ids.map((id) => [id, "deels" as const])), {
      questionnaire: small.id,
      version: small.version,
    });
    expect(scoreAnswers(small, answers).score).toBe(50);
  });
});
