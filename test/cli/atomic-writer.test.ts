// The one atomic writer (src/cli/output.ts, issue 21 defect 1 and issue 23): every byte or an
// error, the old file left exactly as it was on any failure, only its own temporary file removed,
// and nothing else beside the target ever taken for a temporary file. A file system that fails
// in every way a disk can (short writes, writes of nothing, ENOSPC, EACCES, EIO, at any call) is
// injected; the real executable is run against a real file-size limit.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/cli/output.js";
import type { AtomicFs } from "../../src/cli/output.js";
import { UsageError } from "../../src/errors.js";
import { builtBin } from "../helpers/built-cli.js";
import { ROOT } from "../helpers/fixtures.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-atomic-"));
  dirs.push(dir);
  return dir;
}

const realFs: AtomicFs = {
  openSync: (p, f, m) => fs.openSync(p, f, m),
  writeSync: (fd, b, o, l) => fs.writeSync(fd, b, o, l),
  fsyncSync: fs.fsyncSync,
  fchmodSync: fs.fchmodSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
  statSync: (p) => fs.statSync(p),
  realpathSync: (p) => fs.realpathSync(p),
};

type Fault = "ok" | "short" | "nothing" | "ENOSPC" | "EACCES" | "EIO" | "EDQUOT";
const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/**
 * The real file system with a fault per call: `faults[i]` decides the i-th call (beyond the list:
 * ok). "short" writes a part of what was asked (a write that ran into a full disk), "nothing"
 * writes no byte and says so; the errors throw as node:fs does.
 */
function faultyFs(faults: readonly Fault[], short: readonly number[]): AtomicFs {
  let call = 0;
  const next = () => faults[call++] ?? "ok";
  const wrap =
    <A extends unknown[], R>(f: (...a: A) => R) =>
    (...a: A): R => {
      const fault = next();
      if (fault === "ok" || fault === "short" || fault === "nothing") return f(...a);
      throw errno(fault);
    };
  return {
    ...realFs,
    openSync: wrap(realFs.openSync),
    fchmodSync: wrap(realFs.fchmodSync),
    fsyncSync: wrap(realFs.fsyncSync),
    closeSync: wrap(realFs.closeSync),
    renameSync: wrap(realFs.renameSync),
    writeSync: (fd, b, o, l) => {
      const fault = next();
      if (fault === "nothing") return 0;
      if (fault === "short") {
        const part = Math.max(1, Math.min(l - 1, Math.floor(l * (short[call % short.length] ?? 0.5))));
        return fs.writeSync(fd, b, o, l > 1 ? part : l);
      }
      if (fault !== "ok") throw errno(fault);
      return fs.writeSync(fd, b, o, l);
    },
  };
}

describe("the atomic writer", () => {
  it("defect 1: a short write is continued until every byte is written (the whole-file writer ignored it: a report cut mid-section, exit 0)", () => {
    const dir = folder();
    const file = join(dir, "r.html");
    const text = `<!DOCTYPE html>${"é".repeat(50_000)}</html>\n`;
    writeFileAtomic(file, text, faultyFs(["ok", "ok", "short", "short", "short", "short"], [0.1, 0.3, 0.7]));
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(readdirSync(dir)).toEqual(["r.html"]);
  });

  it("defect 1: a write of nothing is a full disk: OUTPUT_FAILED naming the file, the old file intact, no temporary file", () => {
    const dir = folder();
    const file = join(dir, "r.html");
    writeFileSync(file, "old report\n");
    let thrown: unknown;
    try {
      writeFileAtomic(file, "new report\n".repeat(1000), faultyFs(["ok", "ok", "short", "nothing"], [0.5]));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect(thrown).toMatchObject({ code: "OUTPUT_FAILED", params: { file, reason: "ENOSPC" } });
    expect(readFileSync(file, "utf8")).toBe("old report\n");
    expect(readdirSync(dir)).toEqual(["r.html"]);
  });

  it("property: whatever call fails and however, the target holds either the old text or the whole new one, and no temporary file is left", () => {
    const dir = folder();
    const file = join(dir, "a.yaml");
    const fault = fc.constantFrom<Fault>(
      "ok",
      "ok",
      "ok",
      "short",
      "short",
      "nothing",
      "ENOSPC",
      "EACCES",
      "EIO",
      "EDQUOT",
    );
    fc.assert(
      fc.property(
        fc.array(fault, { maxLength: 12 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 3000 }),
        fc.boolean(),
        (faults, short, text, existed) => {
          rmSync(file, { force: true });
          const old = "questionnaire: clientondersteuning-wmo2015\n# oud\n";
          if (existed) writeFileSync(file, old);
          let failed: UsageError | undefined;
          try {
            writeFileAtomic(file, text, faultyFs(faults, short));
          } catch (err) {
            if (!(err instanceof UsageError)) throw err;
            failed = err;
          }
          const now = fs.existsSync(file) ? readFileSync(file, "utf8") : undefined;
          if (failed) {
            expect(failed.code).toBe("OUTPUT_FAILED");
            expect(failed.params.file).toBe(file);
            expect(now).toBe(existed ? old : undefined);
          } else expect(now).toBe(text);
          // Only a failing close may keep the data: then the rename has not happened and the temp is removed.
          expect(readdirSync(dir).filter((f) => f !== "a.yaml")).toEqual([]);
          const onlyShortWrites = faults.every((f) => f === "ok" || f === "short");
          if (onlyShortWrites) expect(failed).toBeUndefined();
        },
      ),
      { numRuns: 150 },
    );
  });

  it("issue 23: nothing beside the target is ever removed because of its name (a person's copy a.yaml.20251231, r.md.3735928559, an old temp-like name)", () => {
    const dir = folder();
    const file = join(dir, "r.md");
    const others = ["r.md.20251231", "r.md.3735928559", "r.md.1000007", ".r.md.2147483646.k3j4.tmp", ".r.md.1.tmp"];
    const old = new Date(Date.now() - 10 * 60_000);
    for (const f of others) {
      writeFileSync(join(dir, f), "mine");
      fs.utimesSync(join(dir, f), old, old);
    }
    writeFileAtomic(file, "# Rapport\n");
    expect(readdirSync(dir).sort()).toEqual([...others, "r.md"].sort());
  });

  it("keeps the mode of the file it replaces and writes through a symbolic link to the file it names", () => {
    const dir = folder();
    const file = join(dir, "r.md");
    writeFileSync(file, "old\n");
    fs.chmodSync(file, 0o640);
    fs.symlinkSync("r.md", join(dir, "link.md"));
    writeFileAtomic(join(dir, "link.md"), "new\n");
    expect(fs.lstatSync(join(dir, "link.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
  });
});

describe("the real executable on a disk that runs out (a file-size limit: the write is cut short, then fails)", () => {
  const bin = builtBin();
  const example = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");
  const cases = [
    { what: "report --format html", args: ["report", example, "--out", "r.html"], out: "r.html" },
    { what: "formulier", args: ["formulier", "--out", "f.html"], out: "f.html" },
    { what: "batch --codebook (md)", args: ["batch", example, "--out", "b.csv", "--codebook", "c.md"], out: "c.md" },
  ];
  for (const c of cases) {
    it(`defect 1: ${c.what} bigger than the room left: OUTPUT_FAILED, exit 2, the old file unchanged, no temporary file`, () => {
      const dir = folder();
      writeFileSync(join(dir, c.out), "old\n");
      // `ulimit -f 8`: at most 4 KiB per file; the first write is short, the next fails with EFBIG.
      const r = spawnSync("sh", ["-c", `ulimit -f 8; exec "${process.execPath}" "${bin}" "$@"`, "sh", ...c.args], {
        cwd: dir,
        encoding: "utf8",
        timeout: 60_000,
        // Node 22+ writes its compile cache at exit; under `ulimit -f` that file passes the limit too
        // and Node 24 dies of SIGXFSZ after our message. The limit stands in for a full disk, where
        // the cache's write just fails quietly: test our writer, not the cache's.
        env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" },
      });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain("OUTPUT_FAILED");
      expect(r.stderr).toContain(c.out);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(join(dir, c.out), "utf8")).toBe("old\n");
      expect(readdirSync(dir).filter((f) => f.startsWith("."))).toEqual([]);
    });
  }
});
