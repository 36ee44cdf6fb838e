// Output paths of every command that writes (src/cli/output.ts): never over an input, a bad
// --out is OUTPUT_FAILED (exit 2) with nothing left behind, stale temporary files are removed,
// a failing stdout or a full disk in a threaded batch is a clean exit 2.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";
import { builtBin } from "../helpers/built-cli.js";
import { runCli } from "../helpers/run-cli.js";

const example = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");
const bin = builtBin();
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A fresh folder with two answer files a.yaml and b.yaml (b a symbolic link to a) and a plain file. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-output-"));
  dirs.push(dir);
  copyFileSync(example, join(dir, "a.yaml"));
  copyFileSync(example, join(dir, "c.yaml"));
  symlinkSync("a.yaml", join(dir, "b.yaml"));
  writeFileSync(join(dir, "file.txt"), "not a folder\n");
  symlinkSync("loop", join(dir, "loop"));
  return dir;
}

const commands = [
  { name: "report", args: (f: string) => ["report", f] },
  { name: "compare", args: (f: string) => ["compare", f, "c.yaml"] },
  { name: "batch", args: (f: string) => ["batch", f, "c.yaml", "--jobs", "0"] },
] as const;

describe("--out never overwrites an input", () => {
  for (const c of commands) {
    it(`${c.name}: --out equal to an input file (by name or through a link) is OUTPUT_IS_INPUT, exit 2, input unchanged`, async () => {
      const dir = workspace();
      const before = readFileSync(join(dir, "a.yaml"), "utf8");
      for (const out of ["a.yaml", "./a.yaml", join(dir, "a.yaml"), "b.yaml"]) {
        const r = await runCli([...c.args("a.yaml"), "--out", out], { cwd: dir });
        expect(r.code, out).toBe(2);
        expect(r.stderr).toContain("OUTPUT_IS_INPUT");
        expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe(before);
      }
      expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml", "c.yaml", "file.txt", "loop"]);
    });
  }

  it("report: an input named through a symbolic link is refused too", async () => {
    const dir = workspace();
    const r = await runCli(["report", "b.yaml", "--out", "a.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("OUTPUT_IS_INPUT");
  });
});

describe("a bad --out path is OUTPUT_FAILED (exit 2), no stack, nothing left behind", () => {
  const bad = ["file.txt/x.md", "loop", "loop/x.md", `${"x".repeat(300)}.md`, "missing/x.md"];
  for (const c of commands) {
    for (const out of bad) {
      it(`${c.name} --out ${out.length > 40 ? "<300 characters>" : out}`, async () => {
        const dir = workspace();
        const r = await runCli([...c.args("a.yaml"), "--out", out], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("OUTPUT_FAILED");
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml", "c.yaml", "file.txt", "loop"]);
      });
    }
  }
});

describe("temporary files", () => {
  it("stale temporary files of a stopped earlier run are removed; those of a running process stay", async () => {
    const dir = workspace();
    // A pid far above any pid_max in use, and this test's own parent (alive).
    const stale = [".out.csv.2147483646.k3j4.tmp", ".out.csv.2147483645.tmp"];
    const alive = `.out.csv.${process.ppid}.abcd.tmp`;
    for (const f of [...stale, alive]) writeFileSync(join(dir, f), "half");
    const r = await runCli(["batch", "a.yaml", "--out", "out.csv"], { cwd: dir });
    expect(r.code).toBe(0);
    for (const f of stale) expect(existsSync(join(dir, f)), f).toBe(false);
    expect(existsSync(join(dir, alive))).toBe(true);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toContain("Rijssen-Holten");
  });

  it("write-file-atomic's own temporary files (<name>.<N>) older than a minute are removed; fresh ones, people's copies and other names stay", async () => {
    const dir = workspace();
    const old = new Date(Date.now() - 2 * 60_000);
    // The temp of a write killed with kill -9 (N: an unsigned 32-bit number, up to 10 digits).
    const stale = ["r.md.3735928559", "r.md.1000007"];
    // A write in progress elsewhere (fresh), and names that are not such a temp: people's own
    // copies (a number, a year, a date), too many digits, above 2^32 − 1, not digits, another
    // file's, a folder.
    const fresh = "r.md.123456789";
    const other = [
      "r.md.2",
      "r.md.2025",
      "r.md.20250115",
      "r.md.12345678901",
      "r.md.4294967296",
      "r.md.12a",
      "r.md.backup",
      "a.yaml.3735928559",
    ];
    for (const f of [...stale, fresh, ...other]) writeFileSync(join(dir, f), "half");
    mkdirSync(join(dir, "r.md.42"));
    for (const f of [...stale, ...other, "r.md.42"]) utimesSync(join(dir, f), old, old);
    const r = await runCli(["report", "a.yaml", "--out", "r.md"], { cwd: dir });
    expect(r.code).toBe(0);
    for (const f of stale) expect(existsSync(join(dir, f)), f).toBe(false);
    for (const f of [fresh, ...other, "r.md.42"]) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(readFileSync(join(dir, "r.md"), "utf8")).toContain("Rijssen-Holten");
  });

  it("a report written with --out leaves only the report", async () => {
    const dir = workspace();
    const r = await runCli(["report", "a.yaml", "--out", "r.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml", "c.yaml", "file.txt", "loop", "r.md"]);
  });
});

describe("the real executable when writing fails", () => {
  it("stdout on a full device (> /dev/full): STDOUT_FAILED, exit 2, no stack", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [bin, "score", example], {
        stdio: ["ignore", full, "pipe"],
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("STDOUT_FAILED");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      closeSync(full);
    }
  });

  it("batch with worker threads on a disk that runs out (a file-size limit): OUTPUT_FAILED, exit 2, no temp file", () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-output-"));
    dirs.push(dir);
    mkdirSync(join(dir, "in"));
    for (let i = 0; i < 250; i += 1) copyFileSync(example, join(dir, "in", `f${String(i).padStart(3, "0")}.yaml`));
    for (const jobs of ["2", "0"]) {
      // `ulimit -f` (in 512-byte blocks) makes the writes fail with EFBIG, as a full disk fails them with ENOSPC.
      const r = spawnSync(
        "sh",
        ["-c", `ulimit -f 40; exec "${process.execPath}" "${bin}" batch in --jobs ${jobs} --out out.csv`],
        { cwd: dir, encoding: "utf8", timeout: 30_000 },
      );
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain("OUTPUT_FAILED");
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir)).toEqual(["in"]);
    }
  });
});
