// Output paths of every command that writes (src/cli/output.ts): never over an input, a bad
// --out is OUTPUT_FAILED (exit 2) with nothing left behind, a device, FIFO or a person's answer file
// or questionnaire is never replaced,
// a failing stdout or a full disk in a threaded batch is a clean exit 2.
import { execFileSync, spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";
import { builtBin } from "../helpers/built-cli.js";
import { runCli } from "../helpers/run-cli.js";
import { parse } from "yaml";
import { mayHoldPersonalKeys, removeIfUnchanged } from "../../src/cli/output.js";

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

describe("output targets (issue 21)", () => {
  it("defect 2: --out onto a FIFO is refused with OUTPUT_NOT_A_FILE, exit 2, and the FIFO stays a FIFO", async () => {
    const dir = workspace();
    execFileSync("mkfifo", [join(dir, "pipe")]);
    for (const c of commands) {
      const r = await runCli([...c.args("a.yaml"), "--out", "pipe"], { cwd: dir });
      expect(r.code, c.name).toBe(2);
      expect(r.stderr).toContain("OUTPUT_NOT_A_FILE");
      expect(r.stderr).toContain("pijp");
      expect(lstatSync(join(dir, "pipe")).isFIFO()).toBe(true);
    }
    const f = await runCli(["formulier", "--out", "pipe"], { cwd: dir });
    expect(f.code).toBe(2);
    expect(lstatSync(join(dir, "pipe")).isFIFO()).toBe(true);
  });

  it("defect 2: --out onto a character device (a symbolic link to /dev/null) is refused; /dev/null stays a device", async () => {
    const dir = workspace();
    symlinkSync("/dev/null", join(dir, "null"));
    const r = await runCli(["report", "a.yaml", "--out", "null"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("OUTPUT_NOT_A_FILE");
    expect(r.stderr).toContain("apparaat");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(lstatSync(join(dir, "null")).isSymbolicLink()).toBe(true);
  });

  it("defect 18: --out /dev/stdout into a pipe says it is not a regular file and to leave out --out, not 'the folder does not exist'", () => {
    const dir = workspace();
    const r = spawnSync(process.execPath, [bin, "report", "a.yaml", "--out", "/dev/stdout"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("OUTPUT_NOT_A_FILE");
    expect(r.stderr).toContain("Laat --out dan weg");
    expect(r.stderr).not.toContain("bestaat niet");
  });

  it("defect 6: formulier --questionnaire Q --out Q is OUTPUT_IS_INPUT; the questionnaire is untouched", async () => {
    const dir = workspace();
    const q = join(ROOT, "questionnaires", "clientondersteuning-wmo2015.yaml");
    copyFileSync(q, join(dir, "eigen.yaml"));
    const r = await runCli(["formulier", "--questionnaire", "eigen.yaml", "--out", "eigen.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("OUTPUT_IS_INPUT");
    expect(readFileSync(join(dir, "eigen.yaml"), "utf8")).toBe(readFileSync(q, "utf8"));
  });

  it("defect 17: batch --codebook equal to --out is OUTPUT_TWICE, and so is report --plan-csv equal to --out; nothing written", async () => {
    const dir = workspace();
    const b = await runCli(["batch", "a.yaml", "--out", "x.csv", "--codebook", "./x.csv"], { cwd: dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("OUTPUT_TWICE");
    expect(b.stderr).toContain("--codebook");
    const r = await runCli(["report", "a.yaml", "--out", "p.csv", "--plan-csv", "p.csv"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("OUTPUT_TWICE");
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml", "c.yaml", "file.txt", "loop"]);
  });

  it("batch --format csv --out x.parquet and --format parquet --out x.csv are OUTPUT_FORMAT_MISMATCH, exit 2, nothing written (issue 24)", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "old.csv"), "kept\n");
    const csv = await runCli(["batch", "a.yaml", "--format", "csv", "--out", "x.parquet"], { cwd: dir });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("OUTPUT_FORMAT_MISMATCH");
    expect(csv.stderr).toMatch(/--format csv schrijft een \.csv-bestand, maar .*x\.parquet" eindigt op \.parquet/);
    const parquet = await runCli(["--lang", "en", "batch", "a.yaml", "--format", "parquet", "--out", "old.csv"], {
      cwd: dir,
    });
    expect(parquet.code).toBe(2);
    expect(parquet.stderr).toMatch(/--format parquet writes a \.parquet file, but .*old\.csv" ends in \.csv/);
    expect(parquet.stderr).toContain("leave out --format");
    expect(parquet.stderr).not.toMatch(/ at .*\.js:\d+/);
    // Each of the other formats' extensions, also on report and compare.
    for (const args of [
      ["batch", "a.yaml", "--format", "json", "--out", "x.md"],
      ["batch", "a.yaml", "--format", "csv-long", "--out", "x.json"],
      ["batch", "a.yaml", "--format", "html", "--out", "x.csv"],
      ["report", "a.yaml", "--format", "docx", "--out", "x.html"],
      ["compare", "a.yaml", "c.yaml", "--format", "md", "--out", "x.json"],
    ]) {
      const r = await runCli(args, { cwd: dir });
      expect([r.code, r.stderr.includes("OUTPUT_FORMAT_MISMATCH")], args.join(" ")).toEqual([2, true]);
    }
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml", "c.yaml", "file.txt", "loop", "old.csv"]);
    expect(readFileSync(join(dir, "old.csv"), "utf8")).toBe("kept\n");
    // Every CSV format writes .csv; an extension no format has takes any format.
    for (const [format, out] of [
      ["csv-long", "long.csv"],
      ["panel", "panel.csv"],
      ["csv", "wide.txt"],
      ["parquet", "long.dat"],
      ["html", "s.htm"],
    ] as const) {
      const r = await runCli(["batch", "a.yaml", "--format", format, "--out", out], { cwd: dir });
      expect([r.code, existsSync(join(dir, out))], `${format} ${out}`).toEqual([0, true]);
    }
  });

  it("defect 17: a report, a compare, a batch output or a form is not written over an answer file or a questionnaire (OUTPUT_WOULD_REPLACE); over its own kind it is", async () => {
    const dir = workspace();
    copyFileSync(join(ROOT, "questionnaires", "clientondersteuning-wmo2015.yaml"), join(dir, "q.yaml"));
    const answers = readFileSync(join(dir, "c.yaml"), "utf8");
    const questionnaire = readFileSync(join(dir, "q.yaml"), "utf8");
    const runs = [
      ["report", "a.yaml", "--out", "c.yaml"],
      ["report", "a.yaml", "--format", "html", "--out", "q.yaml"],
      ["compare", "a.yaml", "a.yaml", "--out", "c.yaml"],
      ["batch", "a.yaml", "--out", "c.yaml"],
      ["formulier", "--out", "c.yaml"],
    ];
    for (const args of runs) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("OUTPUT_WOULD_REPLACE");
    }
    expect(readFileSync(join(dir, "c.yaml"), "utf8")).toBe(answers);
    expect(readFileSync(join(dir, "q.yaml"), "utf8")).toBe(questionnaire);
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml", "c.yaml", "file.txt", "loop", "q.yaml"]);
    // A report over a report, a form over a form: replaced.
    expect((await runCli(["report", "a.yaml", "--out", "r.md"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["report", "c.yaml", "--out", "r.md"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["formulier", "--out", "f.html"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["formulier", "--out", "f.html"], { cwd: dir })).code).toBe(0);
  });

  it("an answer file written in any YAML or JSON way is still found before it is replaced: keys quoted, explicit, escaped, or JSON on one line", async () => {
    const dir = workspace();
    const original = readFileSync(example, "utf8");
    const variants: Record<string, string> = {
      "quoted.yaml": original.replace(/^questionnaire:/m, "'questionnaire' :"),
      "explicit.yaml": original.replace(/^questionnaire:/m, "? questionnaire # de vragenlijst\n# nog een regel\n:"),
      "escaped.yaml": original.replace(/^questionnaire:/m, '"q\\x75estionnaire":'),
      "flow.json": JSON.stringify(parse(original)),
    };
    for (const [name, text] of Object.entries(variants)) {
      writeFileSync(join(dir, name), text);
      const r = await runCli(["report", "a.yaml", "--out", name], { cwd: dir });
      expect([r.code, r.stderr.includes("OUTPUT_WOULD_REPLACE")], name).toEqual([2, true]);
      expect(readFileSync(join(dir, name), "utf8"), name).toBe(text);
    }
  });

  it("issue 24: the tool's own CSV, written again with --out, is not parsed as YAML to see whether it is an answer file (0.7 s for 4 MB)", async () => {
    const dir = workspace();
    const r = await runCli(["batch", "a.yaml", "c.yaml", "--jobs", "0", "--out", "out.csv"], { cwd: dir });
    expect(r.code).toBe(0);
    const csv = readFileSync(join(dir, "out.csv"));
    expect(csv.includes("questionnaire")).toBe(true);
    expect(mayHoldPersonalKeys(csv)).toBe(false);
    expect(mayHoldPersonalKeys(readFileSync(example))).toBe(true);
    expect((await runCli(["batch", "a.yaml", "c.yaml", "--jobs", "0", "--out", "out.csv"], { cwd: dir })).code).toBe(0);
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
        // Without Node's compile cache, whose own write at exit would pass the limit too (see atomic-writer.test.ts).
        { cwd: dir, encoding: "utf8", timeout: 30_000, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" } },
      );
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain("OUTPUT_FAILED");
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir)).toEqual(["in"]);
    }
  });
});

describe("removeIfUnchanged (the interview's unfinished file, once all of it is in the answer file)", () => {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-remove-"));
  dirs.push(dir);
  const text = "municipality: Ede\n";

  it("removes the file when it is still as read, and says so", () => {
    const file = join(dir, "same.yaml");
    writeFileSync(file, text);
    expect(removeIfUnchanged(file, text)).toEqual({ outcome: "removed" });
    expect(existsSync(file)).toBe(false);
  });

  it("leaves a changed file, and says it changed", () => {
    const file = join(dir, "changed.yaml");
    writeFileSync(file, `${text}# erbij\n`);
    expect(removeIfUnchanged(file, text)).toEqual({ outcome: "changed" });
    expect(readFileSync(file, "utf8")).toBe(`${text}# erbij\n`);
  });

  it("says a file that is no longer there is gone, also when it goes between the check and the removal", () => {
    expect(removeIfUnchanged(join(dir, "nooit.yaml"), text)).toEqual({ outcome: "gone" });
    const file = join(dir, "vanishing.yaml");
    writeFileSync(file, text);
    const enoent = Object.assign(new Error("gone"), { code: "ENOENT" });
    expect(
      removeIfUnchanged(file, text, {
        unlinkSync: () => {
          throw enoent;
        },
      }),
    ).toEqual({ outcome: "gone" });
  });

  it("gives the reason when the file cannot be read or removed, and leaves it", () => {
    const folder = join(dir, "een-map.yaml");
    mkdirSync(folder);
    expect(removeIfUnchanged(folder, text)).toEqual({ outcome: "failed", reason: "folder" });
    const file = join(dir, "locked.yaml");
    writeFileSync(file, text);
    const eacces = Object.assign(new Error("permission denied"), { code: "EACCES" });
    expect(
      removeIfUnchanged(file, text, {
        unlinkSync: () => {
          throw eacces;
        },
      }),
    ).toEqual({ outcome: "failed", reason: "EACCES" });
    expect(existsSync(file)).toBe(true);
  });
});
