// The hostile files of bench/hostile.mjs (issue #14, issue 21 defect 11): shapes that cost a
// reader the most per byte, each up to the answer-file size limit. Shared with the budget test
// (test/load/hostile-budget.test.ts), which measures their work by size and count, not time.
export const MiB = 1024 * 1024;
export const HEADER =
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

/** Name → text of every hostile file. */
export function hostileFiles() {
  return {
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
    // Defect 11: entries full of unknown fields, each mapping under the key limit (~176,000 problems).
    "unknown-fields-per-entry.json": fill(
      '{"questionnaire":"clientondersteuning-wmo2015","version":"1.2.0","municipality":"X","respondent":{"role":"gemeente"},"date":"2020-01-01","answers":{',
      (i) =>
        `${i === 0 ? "" : ","}"b.${i}":{${"abcdefghijklmnopqrstuvwxyz"
          .split("")
          .map((c) => `"${c}":0`)
          .join(",")}}`,
      "}}",
    ),
    "unknown-fields-per-entry.yaml": fill(
      `${HEADER}answers:\n`,
      (i) =>
        `  b.${i}: {${"abcdefghijklmnopqrstuvwxyz"
          .split("")
          .map((c) => `${c}: 0`)
          .join(", ")}}\n`,
    ),
  };
}
