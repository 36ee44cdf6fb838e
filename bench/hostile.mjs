// Hostile files up to the size limit (issue #14): each must be answered — refused with its code,
// exit 2 — within a few seconds, by `validate` and `score`. Generates the files in a temp folder,
// runs the built CLI on each and prints the time. Exit 1 when any takes longer than LIMIT_S.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LIMIT_S = 5;
const MiB = 1024 * 1024;
const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "zelftest.js");
const HEADER =
  "questionnaire: clientondersteuning-wmo2015\nversion: 1.2.0\nmunicipality: X\nrespondent:\n  role: gemeente\ndate: 2025-01-01\n";

/** Repeats `line(i)` until the text would pass the size limit. */
function fill(head, line, tail = "", limit = MiB - 64) {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i += 1) {
    const l = line(i);
    if (size + l.length > limit) break;
    parts.push(l);
    size += l.length;
  }
  parts.push(tail);
  return parts.join("");
}

const files = {
  // The floor: valid YAML as large and with as many lines as the hostile files (only its note is too long).
  "floor-note-70k-lines.yaml": fill(
    `${HEADER}answers:\n  beleidsplan.inrichting:\n    answer: ja\n    note: |\n`,
    (i) => `      regel ${i}\n`,
  ),
  "unknown-ids-100k.yaml": fill(`${HEADER}answers:\n`, (i) => `  t.x${i}: ja\n`),
  "unknown-ids-under-key-cap.yaml": fill(`${HEADER}answers:\n`, (i) =>
    i < 9_999 ? `  onbekend.vraag-${i}: { answer: ja, note: "${"x".repeat(80)}" }\n` : "",
  ),
  "flow-map-124k-keys.yaml": fill(`${HEADER}answers: {`, (i) => `k${i}: 1, `, "z: 1}\n"),
  "block-map-keys.yaml": fill(`${HEADER}answers:\n`, (i) => `  k${i}: 1\n`),
  "duplicate-keys.yaml": fill(`${HEADER}answers:\n`, (i) => `  k${i % 9_000}: 1\n`),
  "block-nesting-1000.yaml": `${HEADER}answers:\n${Array.from({ length: 1000 }, (_, k) => `${" ".repeat(k + 1)}a${k}:\n`).join("")}${" ".repeat(1001)}x\n`,
  "seq-nesting-100k.yaml": `${HEADER}answers:\n  ${"- ".repeat(200_000)}x\n`,
  "flow-nesting-500k.yaml": `${HEADER}answers: ${"[".repeat(500_000)}\n`,
  "aliases.yaml": fill(`${HEADER}a: &a [x, x, x, x, x, x, x, x, x, x]\nanswers:\n`, (i) => `  k${i}: *a\n`),
  "long-line-syntax-error.yaml": `${HEADER}answers: "${"x".repeat(MiB - 300)}\n`,
  "json-9999-unknown.json": JSON.stringify({
    questionnaire: "clientondersteuning-wmo2015",
    version: "1.2.0",
    municipality: "X",
    respondent: { role: "gemeente" },
    date: "2025-01-01",
    answers: Object.fromEntries(
      Array.from({ length: 9_999 }, (_, i) => [`onbekend.v${i}`, { answer: "ja", note: "y".repeat(70) }]),
    ),
  }),
  "json-syntax-at-end.json": `{"answers": {${Array.from({ length: 40_000 }, (_, i) => `"k${i}": "ja"`).join(", ")}, }}`,
  "many-syntax-errors.yaml": fill(`${HEADER}answers:\n`, () => "  a: [\n"),
};

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
