// Paths on the command line are resolved once, against the injected working folder (io.cwd), for
// every command; built-in questionnaire ids are looked up before the file system, so a folder or
// file named like one (clientondersteuning-wmo2015, a natural name for a researcher's data) does
// not get in the way.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pathList, questionnaireArgument, resolvePath } from "../../src/cli/paths.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { builtBin } from "../helpers/built-cli.js";
import { runCli } from "../helpers/run-cli.js";

const example = (name: string) => join(ROOT, "examples", name);
const ID = "clientondersteuning-wmo2015";

/** A working folder that is not the process's own, with two answer files and the mini questionnaire. */
function workingFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-paths-"));
  copyFileSync(example("gemeente-rijssen-holten-2015.yaml"), join(dir, "a.yaml"));
  copyFileSync(example("gemeente-rijssen-holten-2016.yaml"), join(dir, "b.yaml"));
  copyFileSync(fixture("questionnaires", "mini.yaml"), join(dir, "mini.yaml"));
  writeFileSync(
    join(dir, "m.yaml"),
    "questionnaire: mini\nversion: 2.0.0\nmunicipality: X\nrespondent: {role: anders}\ndate: 2025-01-01\nanswers: {alpha.een: ja}\n",
  );
  return dir;
}

describe("relative paths are read in the injected working folder", () => {
  const dir = workingFolder();
  const inDir = { cwd: dir };

  it("score, report, validate and compare read their files there", async () => {
    expect(existsSync(join(process.cwd(), "a.yaml"))).toBe(false);
    const score = await runCli(["score", "a.yaml", "--json"], inDir);
    expect(score.code, score.stderr).toBe(0);
    expect(JSON.parse(score.stdout).municipality).toBe("Rijssen-Holten");
    const report = await runCli(["report", "a.yaml", "--format", "md"], inDir);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/^# /);
    const validate = await runCli(["validate", "a.yaml", "b.yaml"], inDir);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toContain(join(dir, "a.yaml"));
    const compare = await runCli(["compare", "a.yaml", "b.yaml", "--format", "json"], inDir);
    expect(compare.code, compare.stderr).toBe(0);
  });

  it("--questionnaire FILE and --out FILE are there too", async () => {
    const r = await runCli(["score", "m.yaml", "--json", "--questionnaire", "mini.yaml"], inDir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).questionnaire.id).toBe("mini");
    const out = await runCli(["report", "a.yaml", "--out", "r.html"], inDir);
    expect(out.code, out.stderr).toBe(0);
    expect(readFileSync(join(dir, "r.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("a missing file is named by its full path in the working folder", async () => {
    const r = await runCli(["score", "weg.yaml"], inDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(dir, "weg.yaml"));
  });
});

describe("built-in questionnaire ids come before the file system", () => {
  // A researcher's data folder with the questionnaire's name, in the working folder.
  const dir = workingFolder();
  mkdirSync(join(dir, ID));
  copyFileSync(join(dir, "a.yaml"), join(dir, ID, "a.yaml"));

  it("resolves the option: an id stays an id, a path becomes absolute, an unknown word stays as typed", () => {
    expect(questionnaireArgument(ID, dir)).toBe(ID);
    expect(questionnaireArgument("mini.yaml", dir)).toBe(join(dir, "mini.yaml"));
    expect(questionnaireArgument("sub/q", dir)).toBe(join(dir, "sub", "q"));
    expect(questionnaireArgument("onbekend", dir)).toBe("onbekend");
    expect(resolvePath("/abs/x.yaml", dir)).toBe("/abs/x.yaml");
    expect(["a", "b"].reduce<string[] | undefined>((prev, v) => pathList(dir)(v, prev), undefined)).toEqual([
      join(dir, "a"),
      join(dir, "b"),
    ]);
  });

  it("a folder named like the built-in id does not break --questionnaire ID (injected working folder)", async () => {
    const r = await runCli(["score", "a.yaml", "--json", "--questionnaire", ID], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).questionnaire.id).toBe(ID);
  });

  it("nor any command of the real program started in that folder (the answer file names the id)", () => {
    const bin = builtBin();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
    const score = run("score", "a.yaml", "--json");
    expect(score.status, score.stderr).toBe(0);
    expect(JSON.parse(score.stdout).score).toBe(66.7);
    expect(run("score", "a.yaml", "--questionnaire", ID).status).toBe(0);
    expect(run("validate", "a.yaml").status).toBe(0);
    expect(run("report", "a.yaml", "--format", "md").status).toBe(0);
    expect(run("compare", "a.yaml", "b.yaml", "--format", "json").status).toBe(0);
    const batch = run("batch", ID, "--format", "csv", "--include-paths");
    expect(batch.status, batch.stderr).toBe(0);
    expect(batch.stdout).toContain(`${ID}/a.yaml,valid`);
  });
});
