// Only regular files are read (src/load/read-file.ts): a FIFO, a device or a folder given as input
// is refused with FILE_UNREADABLE at once — never a hang waiting for a writer — for every command
// and for --questionnaire; in a batch it is listed like an invalid file, and so is a subfolder
// that cannot be read. These run the real executable with a time bound: a hang fails, not stalls.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diagnosticsOf, places, ROOT } from "../helpers/fixtures.js";
import { builtBin } from "../helpers/built-cli.js";
import { readFileBytes } from "../../src/load/read-file.js";

const bin = builtBin();
const example = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) {
    chmodRecursive(d);
    rmSync(d, { recursive: true, force: true });
  }
});
function chmodRecursive(dir: string): void {
  try {
    chmodSync(dir, 0o755);
    for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) chmodRecursive(join(dir, e.name));
  } catch {
    // gone already
  }
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-read-"));
  dirs.push(dir);
  chmodSync(dir, 0o755);
  copyFileSync(example, join(dir, "a.yaml"));
  execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
  return dir;
}

const run = (args: string[], cwd: string, uid?: number) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 15_000,
    env: { ...process.env, NO_COLOR: "1" },
    ...(uid !== undefined ? { uid, gid: uid } : {}),
  });

describe("readFileBytes", () => {
  it("refuses a FIFO, a device and a folder with the kind named, without reading", () => {
    const dir = workspace();
    const reason = (path: string) => diagnosticsOf(() => readFileBytes(path, 1024))[0]!.params.reason;
    expect(reason(join(dir, "pipe.yaml"))).toBe("fifo");
    expect(reason("/dev/zero")).toBe("device");
    expect(reason(dir)).toBe("folder");
    expect(places(diagnosticsOf(() => readFileBytes(join(dir, "pipe.yaml"), 1024)))).toEqual(["FILE_UNREADABLE -:-"]);
  });
});

describe("every command refuses what is not a regular file, at once (exit 2)", () => {
  const cases: [string, (dir: string) => string[]][] = [
    ["score", () => ["score", "pipe.yaml"]],
    ["validate", () => ["validate", "pipe.yaml"]],
    ["report", () => ["report", "pipe.yaml"]],
    ["compare", () => ["compare", "a.yaml", "pipe.yaml"]],
    ["score --questionnaire FIFO", () => ["score", "a.yaml", "--questionnaire", "pipe.yaml"]],
    ["batch --questionnaire FIFO", () => ["batch", "a.yaml", "--questionnaire", "pipe.yaml"]],
    ["score a device", () => ["score", "/dev/zero"]],
    ["report a folder", (dir) => ["report", dir]],
  ];
  for (const [name, args] of cases) {
    it(name, () => {
      const dir = workspace();
      const r = run(args(dir), dir);
      expect(r.error, "it hung").toBeUndefined();
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("FILE_UNREADABLE");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe("batch", () => {
  it("a FIFO among the answer files is listed as invalid; the batch ends, with every thread count, and leaves no temp file", () => {
    const dir = workspace();
    mkdirSync(join(dir, "in"));
    for (let i = 0; i < 5; i += 1) copyFileSync(example, join(dir, "in", `f${i}.yaml`));
    execFileSync("mkfifo", [join(dir, "in", "f2b.yaml")]);
    for (const jobs of ["0", "2"]) {
      const r = run(["batch", "in", "--jobs", jobs, "--out", "out.csv"], dir);
      expect(r.error, "it hung").toBeUndefined();
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/^in\/f2b\.yaml: FILE_UNREADABLE: /m);
      expect(readdirSync(dir).sort()).toEqual(["a.yaml", "in", "out.csv", "pipe.yaml"]);
    }
  });

  it("a subfolder that cannot be read is listed like an invalid file (exit 3), not skipped", () => {
    const dir = workspace();
    mkdirSync(join(dir, "in", "locked"), { recursive: true });
    copyFileSync(example, join(dir, "in", "ok.yaml"));
    copyFileSync(example, join(dir, "in", "locked", "hidden.yaml"));
    chmodSync(join(dir, "in", "locked"), 0o000);
    // Root reads any folder: run as an ordinary user then (spawn's uid), as a user would meet it;
    // that user must be able to pass through this test run's temp folder.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(tmpdir(), 0o711);
    const r = run(["batch", "in", "--jobs", "0"], dir, asRoot ? 65534 : undefined);
    expect(r.status, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/^in\/locked: FILE_UNREADABLE: .*EACCES/m);
    expect(r.stderr).toContain("1 van 2 bestanden gescoord, 1 ongeldig.");
  });
});
