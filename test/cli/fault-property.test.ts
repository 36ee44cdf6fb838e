// Property: whatever the file system does — an unreadable file, a file that vanished, a FIFO in
// place of a file, a full disk, an output over an input or through a file — the real executable
// never exits 1, never prints a stack trace, never changes an input and never hangs (every run has
// a time bound). fast-check picks the command, the fault and the options; few runs, so CI stays fast.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";
import { builtBin } from "../helpers/built-cli.js";

const bin = builtBin();
const example = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

const FAULTS = [
  "none",
  "unreadable",
  "vanished",
  "fifo",
  "folder",
  "device",
  "full-disk",
  "out-is-input",
  "out-through-file",
] as const;
type Fault = (typeof FAULTS)[number];
const COMMANDS = ["score", "validate", "report", "compare", "batch"] as const;

let base: string;
/** A small tmpfs (root with a working `mount`): writes there fail with ENOSPC. Else undefined, and why. */
let fullDisk: string | undefined;
let fullDiskSkipped = "";

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "zelftest-faults-"));
  chmodSync(tmpdir(), 0o711);
  chmodSync(base, 0o755);
  if (!asRoot) fullDiskSkipped = "not root: no tmpfs can be mounted, so the full-disk case is skipped";
  else {
    const mnt = join(base, "full");
    mkdirSync(mnt);
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=16k,mode=1777", "tmpfs", mnt], { stdio: "ignore" });
      writeFileSync(join(mnt, "filler"), Buffer.alloc(12 * 1024));
      fullDisk = mnt;
    } catch {
      fullDiskSkipped = "mount -t tmpfs failed (no privilege in this container), so the full-disk case is skipped";
    }
  }
});

afterAll(() => {
  if (fullDisk) spawnSync("umount", [fullDisk]);
  if (base) {
    for (const d of readdirSync(base)) spawnSync("chmod", ["-R", "u+rwx", join(base, d)]);
    rmSync(base, { recursive: true, force: true });
  }
});

const hashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [
        e.name,
        createHash("sha256")
          .update(readFileSync(join(dir, e.name)))
          .digest("hex"),
      ]),
  );

let case_ = 0;
function runCase(command: (typeof COMMANDS)[number], fault: Fault, jobs: "0" | "2", format: "md" | "json") {
  case_ += 1;
  const dir = join(base, `case-${case_}`);
  mkdirSync(join(dir, "in"), { recursive: true });
  chmodSync(dir, 0o777);
  for (const f of ["a.yaml", "b.yaml"]) copyFileSync(example, join(dir, "in", f));
  writeFileSync(join(dir, "plain.txt"), "a file, not a folder\n");
  const target = join(dir, "in", "b.yaml");
  // What the inputs must still be afterwards: the same bytes (a fault that removes b.yaml removes only it).
  const before = hashes(join(dir, "in"));
  if (["vanished", "fifo", "folder"].includes(fault)) delete before["b.yaml"];
  if (fault === "full-disk")
    for (const f of readdirSync(fullDisk!)) if (f !== "filler") rmSync(join(fullDisk!, f), { force: true });
  let uid: number | undefined;
  switch (fault) {
    case "unreadable":
      chmodSync(target, 0o000);
      if (asRoot) uid = NOBODY; // root reads anything: run as an ordinary user
      break;
    case "vanished":
      rmSync(target);
      break;
    case "fifo":
      rmSync(target);
      execFileSync("mkfifo", [target]);
      break;
    case "folder":
      rmSync(target);
      mkdirSync(target);
      break;
    default:
      break;
  }
  const input = fault === "device" ? "/dev/zero" : target;
  const inputs =
    command === "compare"
      ? [join(dir, "in", "a.yaml"), input]
      : command === "batch"
        ? [join(dir, "in"), ...(fault === "device" ? [input] : [])]
        : [input];
  const outName = format === "json" ? "out.json" : "out.md";
  const out =
    fault === "full-disk"
      ? join(fullDisk!, outName)
      : fault === "out-is-input"
        ? target
        : fault === "out-through-file"
          ? join(dir, "plain.txt", outName)
          : join(dir, outName);
  const args = [command, ...inputs];
  if (command === "report" || command === "compare" || command === "batch")
    args.push("--out", out, "--format", command === "report" ? "md" : format);
  if (command === "batch") args.push("--jobs", jobs);
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: "1" },
    ...(uid !== undefined ? { uid, gid: uid } : {}),
  });
  const what = `${args.join(" ")} [${fault}]\n${r.stderr}`;
  expect(r.error, `no hang: ${what}`).toBeUndefined();
  expect([0, 2, 3], what).toContain(r.status);
  expect(r.stderr, what).not.toMatch(/\n\s+at |Error: /);
  if (fault === "unreadable") chmodSync(target, 0o644);
  expect(hashes(join(dir, "in")), what).toEqual(before);
  // Nothing half-written: no temporary file beside the output, and an output only on success.
  const outDir = fault === "full-disk" ? fullDisk! : dir;
  expect(
    readdirSync(outDir).filter((f) => f.endsWith(".tmp") || /^out\.(md|json)\.\d+$/.test(f)),
    what,
  ).toEqual([]);
  if (r.status === 2 && fault !== "none") expect(existsSync(out) && out !== target, what).toBe(false);
  return r;
}

describe("the CLI under file-system faults (property)", () => {
  it("never exits 1, never shows a stack, never changes an input, never hangs", () => {
    if (fullDiskSkipped) console.info(`fault-property: ${fullDiskSkipped}`);
    const faults = FAULTS.filter((f) => f !== "full-disk" || fullDisk !== undefined);
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMANDS),
        fc.constantFrom(...faults),
        fc.constantFrom("0" as const, "2" as const),
        fc.constantFrom("md" as const, "json" as const),
        (command, fault, jobs, format) => {
          runCase(command, fault, jobs, format);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it.skipIf(!asRoot)(
    "a full disk (a 16 KiB tmpfs) under a batch with worker threads is OUTPUT_FAILED, exit 2, nothing left",
    () => {
      if (!fullDisk) {
        console.info(`fault-property: ${fullDiskSkipped}`);
        return;
      }
      const r = runCase("batch", "full-disk", "2", "md");
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("OUTPUT_FAILED");
      expect(r.stderr).toContain("ENOSPC");
    },
  );
});
