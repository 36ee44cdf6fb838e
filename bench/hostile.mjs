// Hostile files up to the size limit (issue #14): each must be answered — refused with its code,
// exit 2 — within a few seconds, by `validate` and `score`. Generates the files in a temp folder,
// runs the built CLI on each and prints the time. Exit 1 when any takes longer than LIMIT_S.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { hostileFiles } from "./hostile-files.mjs";

const LIMIT_S = 5;
const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "zelftest.js");
const files = hostileFiles();

const dir = mkdtempSync(join(tmpdir(), "zelftest-bench-hostile-"));
let slow = 0;
try {
  console.log(`file                                size   command   exit  seconds`);
  for (const [name, text] of Object.entries(files)) {
    const file = join(dir, name);
    writeFileSync(file, text);
    const kib = Math.round(statSync(file).size / 1024);
    for (const command of ["validate", "score"]) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [bin, command, file], { encoding: "utf8", timeout: 120_000 });
      const s = Number(process.hrtime.bigint() - start) / 1e9;
      const code = /fout ([A-Z_]+)/.exec(r.stderr)?.[1] ?? "";
      if (s > LIMIT_S || r.status !== 2) slow += 1;
      console.log(
        `${name.padEnd(34)} ${String(kib).padStart(5)}K  ${command.padEnd(9)} ${String(r.status).padStart(4)}  ${s.toFixed(2).padStart(7)}  ${code}${s > LIMIT_S ? `  SLOWER THAN ${LIMIT_S} s` : ""}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (slow > 0) console.log(`\n${slow} run(s) slower than ${LIMIT_S} s or not refused with exit 2.`);
process.exitCode = slow > 0 ? 1 : 0;
