import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { frequencies, HAS_PSPP, pspp, table } from "../helpers/pspp.js";
import { runCli } from "../helpers/run-cli.js";

const rowsOf = (text: string, delimiter = ",") =>
  parse(text.replace(/^\uFEFF/, ""), { columns: true, delimiter }) as Record<string, string>[];

const q = loadQuestionnaire("clientondersteuning-wmo2015");
const LEGAL = q.items.filter((i) => i.level === "wettelijk").map((i) => i.id);
const ANSWERS = ["ja", "deels", "nee", "weet-niet"];
const ROLES = ["gemeente", "adviesraad"];
// Three municipalities; some of their files carry the code and some do not (they join the code
// group by name), one without any code; names in other case and spaces too.
const PLACES = [
  { name: "Groningen", code: "GM0014" },
  { name: "Utrecht", code: "GM0344" },
  { name: "Wijdemeren", code: undefined },
];

/** 240 answer files (enough for worker threads), several per municipality × year × role. */
function makeFiles(dir: string): void {
  let x = 7;
  const rnd = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.floor((x / 2147483648) * n);
  };
  for (let i = 0; i < 240; i += 1) {
    const place = PLACES[rnd(PLACES.length)]!;
    const withCode = place.code !== undefined && rnd(3) > 0;
    const name = rnd(5) === 0 ? ` ${place.name.toUpperCase()} ` : place.name;
    const lines = [
      "questionnaire: clientondersteuning-wmo2015",
      "version: 1.2.0",
      `municipality: '${name}'`,
      ...(withCode ? [`gemeentecode: ${place.code}`] : []),
      "respondent:",
      `  role: ${ROLES[rnd(ROLES.length)]}`,
      "  name: Naam Van Invuller",
      `date: ${2015 + rnd(2)}-03-1${rnd(9)}`,
      "meta:",
      "  contact: iemand@example.nl",
      "answers:",
      ...LEGAL.filter(() => rnd(8) > 0).map((id) =>
        rnd(6) === 0
          ? `  ${id}:\n    answer: ${ANSWERS[rnd(4)]}\n    note: "Geheim ${i}"`
          : `  ${id}: ${ANSWERS[rnd(4)]}`,
      ),
    ];
    writeFileSync(join(dir, `persoon-${String(i).padStart(3, "0")}.yaml`), `${lines.join("\n")}\n`);
  }
}

describe("--format panel", () => {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-panel-"));
  makeFiles(dir);

  it("has one row per municipality × year × role whose counts and exact means are those of the files", async () => {
    const r = await runCli(["batch", ".", "--format", "panel", "--jobs", "0"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const panel = rowsOf(r.stdout);
    const long = rowsOf((await runCli(["batch", ".", "--format", "csv-long", "--jobs", "0"], { cwd: dir })).stdout);
    const wide = rowsOf((await runCli(["batch", ".", "--jobs", "0"], { cwd: dir })).stdout);

    // Each file's unrounded score (VNG lens, overall and per theme) from the long CSV alone (in_score).
    const exact = new Map<string, { earned: number; total: number }>();
    const add = (key: string, row: Record<string, string>) => {
      const s = exact.get(key) ?? { earned: 0, total: 0 };
      s.earned += Number(row.weight) * Number(row.points);
      s.total += Number(row.weight);
      exact.set(key, s);
    };
    for (const row of long) {
      if (row.in_score !== "1" || row.points === "") continue;
      add(row.file_id!, row);
      add(`${row.file_id}|${row.theme}`, row);
    }
    const score = (key: string) => {
      const s = exact.get(key);
      return s && s.total > 0 ? (100 * s.earned) / s.total : undefined;
    };
    // The municipality as the panel groups it: by name (case and spaces aside), as every file here has one name per place.
    const group = (w: Record<string, string>) =>
      `${PLACES.find((p) => p.name.toLowerCase() === w.municipality!.trim().toLowerCase())!.name}|${w.year}|${w.respondent_role}`;
    const groups = new Map<string, Record<string, string>[]>();
    for (const w of wide) groups.set(group(w), [...(groups.get(group(w)) ?? []), w]);

    expect(panel.length).toBe(groups.size);
    expect(panel.length).toBeGreaterThan(6);
    // The name of a group is the first of its names in code-point order (as in the summary's matrix).
    const place = (name: string) => PLACES.find((p) => p.name.toLowerCase() === name.toLowerCase())!;
    for (const row of panel) {
      expect(row.municipality).toBe(
        [
          ...new Set(
            wide
              .filter((w) => place(w.municipality!.trim()) === place(row.municipality!))
              .map((w) => w.municipality!.trim()),
          ),
        ].sort()[0],
      );
      const files = groups.get(`${place(row.municipality!).name}|${row.year}|${row.role}`)!;
      expect(files, `${row.municipality} ${row.year} ${row.role}`).toBeDefined();
      expect(Number(row.n_files)).toBe(files.length);
      // A code where any file of the group has one.
      expect(row.gemeentecode).toBe(place(row.municipality!).code ?? "");
      for (const v of ["voldoet", "deels", "onbekend", "voldoet-niet"])
        expect(Number(row[`n_${v.replace("-", "_")}`]), v).toBe(files.filter((f) => f.verdict === v).length);
      const scores = files.map((f) => score(f.file_id!)!);
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      expect(Number(row.mean_score)).toBeCloseTo(mean, 4);
      for (const theme of ["beleidsplan", "toegankelijkheid"]) {
        const themeScores = files.map((f) => score(`${f.file_id}|${theme}`)).filter((s) => s !== undefined);
        const themeMean = themeScores.reduce((a, b) => a + b, 0) / themeScores.length;
        expect(Number(row[`${theme}_mean_score`]), theme).toBeCloseTo(themeMean, 4);
      }
    }
    // Sorted by municipality, year, role (roles in their fixed order).
    const order = panel.map((row) => `${place(row.municipality!).name}|${row.year}|${ROLES.indexOf(row.role!)}`);
    expect(order).toEqual([...order].sort());
  });

  it("writes the same bytes for every --jobs, and nothing of a path, a name, a note or meta even when asked", async () => {
    const one = await runCli(["batch", ".", "--format", "panel", "--jobs", "0"], { cwd: dir });
    const two = await runCli(["batch", ".", "--format", "panel", "--jobs", "2"], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
    const asked = await runCli(
      ["batch", ".", "--format", "panel", "--include-paths", "--include-names", "--include-notes", "--meta", "contact"],
      { cwd: dir },
    );
    expect(asked.stdout).toBe(one.stdout);
    expect(one.stdout).not.toMatch(/persoon-|Naam Van Invuller|Geheim|example\.nl/);
  });

  it("with ';' has decimal commas; the codebook (csv) lists the data's columns in order", async () => {
    const out = mkdtempSync(join(tmpdir(), "zelftest-panel-out-"));
    const r = await runCli(
      [
        "batch",
        ".",
        "--format",
        "panel",
        "--delimiter",
        ";",
        "--out",
        join(out, "panel.csv"),
        "--codebook",
        join(out, "panel-codebook.csv"),
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const data = readFileSync(join(out, "panel.csv"), "utf8");
    const header = data
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]!
      .split(";");
    const codebook = rowsOf(readFileSync(join(out, "panel-codebook.csv"), "utf8"), ";");
    expect(codebook.map((c) => c.variable)).toEqual(header);
    expect(codebook.every((c) => c.data_format === "panel")).toBe(true);
    expect(codebook.find((c) => c.variable === "mean_score")!.type).toBe("number");
    expect(rowsOf(data, ";").some((row) => /^\d+,\d+$/.test(row.mean_score!))).toBe(true);
  });

  it("is refused where the codebook or an option needs another format", async () => {
    const r = await runCli(["batch", ".", "--format", "panel", "--items"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  it.skipIf(!HAS_PSPP)(
    HAS_PSPP ? "is read by GNU PSPP with its syntax" : "is read by GNU PSPP (skipped: pspp is not installed)",
    async () => {
      const out = mkdtempSync(join(tmpdir(), "zelftest-panel-spss-"));
      const r = await runCli(
        ["batch", ".", "--format", "panel", "--out", join(out, "panel.csv"), "--codebook", join(out, "panel.sps")],
        { cwd: dir },
      );
      expect(r.code, r.stderr).toBe(0);
      const panel = rowsOf(readFileSync(join(out, "panel.csv"), "utf8"));
      // The means are read and shown with their four decimals.
      expect(readFileSync(join(out, "panel.sps"), "utf8")).toMatch(/^ {4}mean_score F12\.4$/m);
      const t = pspp(
        out,
        "SET TNUMBERS=VALUES TVARS=NAMES.\nINSERT FILE='panel.sps'.\nDESCRIPTIVES n_files mean_score.\nFREQUENCIES role.\n",
      );
      const lines = table(t, "Descriptive Statistics");
      const meanScore = lines.find((l) => l[0] === "mean_score")!;
      expect(meanScore[1]).toBe(String(panel.length));
      const mean = panel.reduce((a, row) => a + Number(row.mean_score), 0) / panel.length;
      expect(Number(meanScore[2])).toBeCloseTo(mean, 2);
      const files = lines.find((l) => l[0] === "n_files")!;
      expect(Number(files[2]) * panel.length).toBeCloseTo(240, 6);
      // Roles read as their codes: 1 gemeente, 2 adviesraad.
      const roles = frequencies(table(t, "role"));
      expect(roles.get("1")).toBe(panel.filter((row) => row.role === "gemeente").length);
      expect(roles.get("2")).toBe(panel.filter((row) => row.role === "adviesraad").length);
    },
  );
});
