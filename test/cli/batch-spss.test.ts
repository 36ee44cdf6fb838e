import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { frequencies, HAS_PSPP, pspp, table } from "../helpers/pspp.js";
import { runCli } from "../helpers/run-cli.js";

const FIXTURES = fixture();
const PATHS = ["batch", "spss"];

describe.skipIf(!HAS_PSPP)(
  HAS_PSPP ? "SPSS syntax in GNU PSPP" : "SPSS syntax in GNU PSPP (skipped: pspp is not installed)",
  () => {
    it("wide CSV with ';': codes, missing values, the filter on valid files; frequencies equal the summary", async () => {
      const dir = mkdtempSync(join(tmpdir(), "zelftest-spss-wide-"));
      const args = ["batch", ...PATHS, "--items", "--meta", "wave,bron", "--delimiter", ";"];
      const r = await runCli([...args, "--out", join(dir, "wide.csv"), "--codebook", join(dir, "wide.sps")], {
        cwd: FIXTURES,
      });
      expect(r.code).toBe(3);
      const md = (await runCli(["batch", ...PATHS, "--format", "md"], { cwd: FIXTURES })).stdout;
      const json = JSON.parse((await runCli(["batch", ...PATHS, "--format", "json"], { cwd: FIXTURES })).stdout);
      const syntax = readFileSync(join(dir, "wide.sps"), "utf8");
      expect(syntax).toMatch(/^MISSING VALUES$/m);
      expect(syntax).toMatch(/^ {4}meta_wave F8\.1$/m); // 2016, 2024, 2024.5: a number
      expect(syntax).toMatch(/^ {4}meta_bron A\d+$/m); // 12 and "enquête, ronde 2": text

      const t = pspp(
        dir,
        `SET TNUMBERS=VALUES TVARS=NAMES.\nINSERT FILE='wide.sps'.\nFREQUENCIES status.\nFILTER BY status.\nFREQUENCIES verdict respondent_role beleidsplan_inrichting beleidsplan_wettelijke_eisen.\nDESCRIPTIVES score meta_wave.\n`,
      );
      // Two invalid files: status 0, and no verdict (system-missing), not a category of their own.
      expect(frequencies(table(t, "status"))).toEqual(
        new Map([
          ["0", 2],
          ["1", 31],
        ]),
      );
      const cells = json.aggregate.cells as {
        role: string;
        n: number;
        verdicts: Record<string, number>;
        score: { tenths: number; n: number };
      }[];
      const sum = (f: (c: (typeof cells)[number]) => number) => cells.reduce((s, c) => s + f(c), 0);
      const verdicts = frequencies(table(t, "verdict"));
      const codes = { voldoet: "1", deels: "2", onbekend: "3", "voldoet-niet": "4" } as const;
      for (const [v, code] of Object.entries(codes)) {
        const n = sum((c) => c.verdicts[v]!);
        expect(verdicts.get(code) ?? 0, v).toBe(n);
      }
      // The summary's verdict table of the VNG zelftest (the column verdict; the law's comes first):
      // "93,5% (29)" for voldoet niet, the same as PSPP's percent of the valid files.
      const verdictRows = table(t, "verdict").filter((row) => row[1] === "4");
      const vngSection = md.slice(md.indexOf("### Oordeel over de VNG-zelftest"));
      const line = vngSection.split("\n").find((l) => l.includes("voldoet niet |"))!;
      expect(line).toContain(`${verdictRows[0]![3]} (${verdicts.get("4")})`);
      // Roles: valid files per role as in the summary's table.
      const roles = frequencies(table(t, "respondent_role"));
      for (const [k, role] of ["gemeente", "adviesraad", "clientorganisatie", "aanbieder"].entries())
        expect(roles.get(String(k + 1)) ?? 0, role).toBe(sum((c) => (c.role === role ? c.n : 0)));
      // An answer column: the summary's share "ja" of the valid files is PSPP's percent of code 1.
      for (const item of ["beleidsplan.inrichting", "beleidsplan.wettelijke-eisen"]) {
        const rows = table(t, item.replace(/[^A-Za-z0-9_]/g, "_"));
        const ja = rows.find((row) => row[1] === "1")!;
        const share = md.split("\n").find((l) => l.includes(`(\`${item}\`) |`))!;
        expect(share, item).toContain(`| ${ja[3]} |`);
        // weet niet (8) and not answered (9) are declared missing.
        expect(rows.filter((row) => row[1] === "8" || row[1] === "9").every((row) => row[4] === "")).toBe(true);
      }
      const descriptives = table(t, "Descriptive Statistics");
      const score = descriptives.find((row) => row[0] === "score")!;
      const tenths = sum((c) => c.score.tenths);
      expect(score[1]).toBe("31");
      expect(score[2]).toBe((tenths / 31 / 10).toFixed(2).replace(".", ","));
      expect(descriptives.find((row) => row[0] === "meta_wave")![1]).toBe("12");
    });

    it("date is an SPSS date (SDATE10) that sorts and computes; an empty or invalid date is system-missing, without a warning", async () => {
      const dir = mkdtempSync(join(tmpdir(), "zelftest-spss-date-"));
      const r = await runCli(["batch", ...PATHS, "--out", join(dir, "wide.csv"), "--codebook", join(dir, "wide.sps")], {
        cwd: FIXTURES,
      });
      expect(r.code).toBe(3);
      const syntax = readFileSync(join(dir, "wide.sps"), "utf8");
      expect(syntax).toMatch(/^FORMATS date \(SDATE10\)\.$/m);
      const csv = readFileSync(join(dir, "wide.csv"), "utf8");
      const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
      expect(rows.some((row) => row.date === "")).toBe(true); // an invalid file without a readable date
      const days = (iso: string) =>
        iso === "" ? "." : String((Date.parse(iso) - Date.parse("2000-01-01")) / 86_400_000);
      const run = () =>
        table(
          pspp(
            dir,
            `SET TNUMBERS=VALUES TVARS=NAMES.\nINSERT FILE='wide.sps'.\nCOMPUTE days = CTIME.DAYS(date - DATE.DMY(1, 1, 2000)).\nFORMATS days (F8.0).\nLIST file_id date days.\n`,
          ),
          "Data List",
        );
      const listed = run();
      expect(listed[0]).toEqual(["file_id", "date", "days"]);
      expect(listed.slice(1).map((row) => [row[1], row[2]])).toEqual(
        rows.map((row) => [row.date === "" ? "." : row.date!.replaceAll("-", "/"), days(row.date!)]),
      );

      // A CSV changed by hand: whatever is not an existing day yyyy-mm-dd becomes system-missing.
      const wrong = [
        "2026-02-30",
        "abc",
        "2026-01-15x",
        "15-01-2026",
        "2026-13-01",
        "2025-02-29",
        " 2026-01-1",
        "1582-10-14",
      ];
      const header = csv.slice(0, csv.indexOf("\r\n") + 2);
      const body = csv
        .slice(header.length)
        .split("\r\n")
        .filter((l) => l !== "");
      const dateAt = Object.keys(rows[0]!).indexOf("date");
      const edited = body.map((line, k) => {
        if (k >= wrong.length) return line;
        const cells = parse(line, { relax_quotes: true })[0] as string[];
        cells[dateAt] = wrong[k]!;
        return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
      });
      writeFileSync(join(dir, "wide.csv"), `${header}${edited.join("\r\n")}\r\n`);
      const after = run();
      expect(after.slice(1, 1 + wrong.length).map((row) => row[1])).toEqual(wrong.map(() => "."));
      expect(after.slice(1 + wrong.length).map((row) => row[1])).toEqual(
        listed.slice(1 + wrong.length).map((row) => row[1]),
      );
    });

    it("a meta column whose every value is a date yyyy-mm-dd is a date too; one with another value stays text", async () => {
      const dir = mkdtempSync(join(tmpdir(), "zelftest-spss-meta-date-"));
      const dates = ["2015-09-01", "2016-02-29", "2015-10-12"];
      const names = [
        "adviesraad-rijssen-holten-2015.yaml",
        "gemeente-rijssen-holten-2015.yaml",
        "gemeente-rijssen-holten-2016.yaml",
      ];
      for (const [k, f] of names.entries()) {
        // Unquoted and quoted dates; the third file's ronde is a word, so that column stays text.
        // oud: a day before 1583, which SPSS dates cannot hold: that column stays text too.
        const meta = `meta:\n  afgenomen: ${k === 1 ? `"${dates[k]}"` : dates[k]}\n  ronde: ${k === 2 ? "later" : dates[k]}\n  oud: ${k === 0 ? "1500-05-01" : dates[k]}\n`;
        writeFileSync(join(dir, f), `${readFileSync(join(ROOT, "examples", f), "utf8")}${meta}`);
      }
      const r = await runCli(
        ["batch", ".", "--meta", "afgenomen,ronde,oud", "--out", "wide.csv", "--codebook", "wide.sps"],
        {
          cwd: dir,
        },
      );
      expect(r.code, r.stderr).toBe(0);
      const syntax = readFileSync(join(dir, "wide.sps"), "utf8");
      expect(syntax).toMatch(/^FORMATS date meta_afgenomen \(SDATE10\)\.$/m);
      expect(syntax).toMatch(/^ {4}meta_ronde A\d+$/m);
      expect(syntax).toMatch(/^ {4}meta_oud A\d+$/m);
      const rows = parse(readFileSync(join(dir, "wide.csv"), "utf8").replace(/^\uFEFF/, ""), {
        columns: true,
      }) as Record<string, string>[];
      const t = pspp(
        dir,
        `SET TNUMBERS=VALUES TVARS=NAMES.\nINSERT FILE='wide.sps'.\nCOMPUTE days = CTIME.DAYS(meta_afgenomen - date).\nFORMATS days (F8.0).\nLIST file_id meta_afgenomen days meta_ronde.\n`,
      );
      const listed = table(t, "Data List").slice(1);
      expect(listed.map((row) => row[1])).toEqual(rows.map((row) => row.meta_afgenomen!.replaceAll("-", "/")));
      expect(listed.map((row) => Number(row[2]))).toEqual(
        rows.map((row) => (Date.parse(row.meta_afgenomen!) - Date.parse(row.date!)) / 86_400_000),
      );
      expect(listed.map((row) => row[3])).toEqual(rows.map((row) => row.meta_ronde));
      // The codebook says what the column is.
      const md = await runCli(["batch", ".", "--meta", "afgenomen", "--out", "w2.csv", "--codebook", "w2.md"], {
        cwd: dir,
      });
      expect(md.code).toBe(0);
      expect(readFileSync(join(dir, "w2.md"), "utf8")).toMatch(/`meta_afgenomen` \|.*\| datum JJJJ-MM-DD \|/);
    });

    it("every value label within 120 bytes and every variable label within 256, in both languages; a shortened one ends after a whole word, not inside a character", async () => {
      const q = loadQuestionnaire("clientondersteuning-wmo2015");
      for (const lang of ["nl", "en"] as const) {
        const dir = mkdtempSync(join(tmpdir(), `zelftest-spss-labels-${lang}-`));
        const args = ["batch", ...PATHS, "--format", "csv-long", "--lang", lang];
        const r = await runCli([...args, "--out", join(dir, "long.csv"), "--codebook", join(dir, "long.sps")], {
          cwd: FIXTURES,
        });
        expect(r.code).toBe(3);
        // Saved by PSPP as a .sav and read back: what SPSS would get from the file.
        const t = pspp(
          dir,
          "INSERT FILE='long.sps'.\nSAVE OUTFILE='long.sav'.\nGET FILE='long.sav'.\nDISPLAY DICTIONARY.\n",
        );
        const valueLabels = table(t, "Value Labels")
          .slice(1)
          .filter((row) => row.length >= 3); // not the footnote on user-missing values
        const byValue = new Map(valueLabels.map((row) => [row[1]!, row[2]!]));
        expect(valueLabels.length).toBeGreaterThan(q.items.length);
        for (const row of valueLabels) {
          expect(Buffer.byteLength(row[2]!), row[2]).toBeLessThanOrEqual(120);
          expect(row[2]).not.toContain("\uFFFD");
        }
        // Every question is its item's label: whole, or its first words and "…" (more than one is longer than 120 bytes).
        let shortened = 0;
        for (const item of q.items) {
          const full = item.question[lang] ?? item.question.nl!;
          const got = byValue.get(item.id)!;
          if (got === full) continue;
          shortened += 1;
          expect(got.endsWith("…"), item.id).toBe(true);
          const kept = got.slice(0, -1);
          expect(full.startsWith(kept), item.id).toBe(true);
          expect(full[kept.length] === " " || /^[,;:.]? /.test(full.slice(kept.length)), item.id).toBe(true);
        }
        expect(shortened).toBeGreaterThan(1);
        const syntax = readFileSync(join(dir, "long.sps"), "utf8");
        expect(syntax).toContain(
          lang === "nl"
            ? `* ${shortened} labels zijn langer dan SPSS toestaat`
            : `* ${shortened} labels are longer than SPSS allows`,
        );
        for (const row of table(t, "Variables")
          .slice(1)
          .filter((r) => r.length >= 3))
          expect(Buffer.byteLength(row[2]!), row[2]).toBeLessThanOrEqual(256);
      }
    });

    it("long CSV with notes: every row read (line breaks, quotes, 900-byte note); answers per item equal the aggregate", async () => {
      const dir = mkdtempSync(join(tmpdir(), "zelftest-spss-long-"));
      const args = ["batch", ...PATHS, "--format", "csv-long", "--include-notes", "--meta", "wave"];
      const r = await runCli([...args, "--out", join(dir, "long.csv"), "--codebook", join(dir, "long.sps")], {
        cwd: FIXTURES,
      });
      expect(r.code).toBe(3);
      const csv = readFileSync(join(dir, "long.csv"), "utf8");
      const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
      // One line per row: the line breaks of the note are marked, the rest of the text kept.
      expect(csv.split("\r\n").length - 2).toBe(rows.length);
      expect(rows.some((row) => row.note === "Regel 1\u23CERegel 2\u23CERegel 3")).toBe(true);
      const longest = Math.max(...rows.map((row) => Buffer.byteLength(row.note!)));
      expect(longest).toBeGreaterThan(500);
      expect(readFileSync(join(dir, "long.sps"), "utf8")).toMatch(new RegExp(`^ {4}note A${longest}$`, "m"));

      const t = pspp(
        dir,
        `SET TNUMBERS=VALUES TVARS=NAMES.\nINSERT FILE='long.sps'.\nCOMPUTE note_bytes = LENGTH(RTRIM(note)).\nCOMPUTE evidence_bytes = LENGTH(RTRIM(evidence)).\nDESCRIPTIVES note_bytes evidence_bytes.\nTEMPORARY.\nSELECT IF (has_evidence = 1).\nLIST evidence.\nSELECT IF (level = 1).\nAGGREGATE OUTFILE=* /BREAK=item answer /n=N.\nLIST.\n`,
      );
      const descriptives = table(t, "Descriptive Statistics");
      expect(descriptives.find((row) => row[0] === "note_bytes")![1]).toBe(String(rows.length));
      expect(Number(descriptives.find((row) => row[0] === "note_bytes")![5])).toBe(
        Math.max(...rows.map((row) => Buffer.byteLength(row.note!.trimEnd()))),
      );
      // The formula-like evidence arrives as written in the CSV: with its ' (the codebook says so).
      expect(table(t, "Data List").length).toBeGreaterThan(0);
      const evidence = [...t].find(([k, v]) => k.startsWith("Data List#") && v[0]?.[0] === "evidence")![1];
      expect(evidence.slice(1).map((row) => row[0])).toContain("'=Geen informatie ontvangen");

      // Answers of legal items per item: PSPP's counts equal the aggregate's (over all valid files).
      const json = JSON.parse((await runCli(["batch", ...PATHS, "--format", "json"], { cwd: FIXTURES })).stdout);
      const q = loadQuestionnaire("clientondersteuning-wmo2015");
      const counted = new Map<string, number>();
      const listed = [...t].filter(([k]) => k.startsWith("Data List#")).pop()![1];
      for (const [item, answer, n] of listed.slice(1)) counted.set(`${item}|${answer}`, Number(n));
      const codes = { ja: "1", deels: "2", nee: "3", "weet-niet": "8" } as const;
      let compared = 0;
      q.items.forEach((item, k) => {
        if (item.level !== "wettelijk") return;
        for (const [answer, code] of Object.entries(codes)) {
          const n = (json.aggregate.cells as { items: Record<string, number>[] }[]).reduce(
            (s, c) => s + c.items[k]![answer]!,
            0,
          );
          expect(counted.get(`${item.id}|${code}`) ?? 0, `${item.id} ${answer}`).toBe(n);
          compared += n;
        }
      });
      expect(compared).toBeGreaterThan(300);
    });

    it("long CSV: an empty answer to a question that did not apply is 'not asked' (7), not 'not answered' (9); both declared missing", async () => {
      // A researcher's user test (issue 24): PSPP counted 9,840 rows of niet-van-toepassing as item non-response.
      const dir = mkdtempSync(join(tmpdir(), "zelftest-spss-not-asked-"));
      const examples = join(ROOT, "examples");
      const r = await runCli(
        ["batch", ".", "--format", "csv-long", "--out", join(dir, "long.csv"), "--codebook", join(dir, "long.sps")],
        { cwd: examples },
      );
      expect(r.code).toBe(0);
      const rows = parse(readFileSync(join(dir, "long.csv"), "utf8").replace(/^\uFEFF/, ""), {
        columns: true,
      }) as Record<string, string>[];
      const notApplicable = rows.filter((row) => row.status === "niet-van-toepassing").length;
      expect(notApplicable).toBeGreaterThan(0);
      expect(rows.filter((row) => row.status === "niet-van-toepassing" && row.answer !== "")).toEqual([]);
      const t = pspp(
        dir,
        `SET TNUMBERS=VALUES TVARS=NAMES.\nINSERT FILE='long.sps'.\nAGGREGATE OUTFILE=* /BREAK=status answer /n=N.\nLIST.\n`,
      );
      const listed = [...t].filter(([k]) => k.startsWith("Data List")).pop()![1];
      const counts = new Map(listed.slice(1).map(([status, answer, n]) => [`${status}|${answer}`, Number(n)]));
      expect(counts.get("9|7")).toBe(notApplicable);
      expect([...counts.keys()].filter((k) => k.endsWith("|7") && k !== "9|7")).toEqual([]);
      expect(counts.get("9|9")).toBeUndefined();
      expect(counts.get("3|9")).toBe(rows.filter((row) => row.answer === "" && row.status === "onbekend").length);
      expect(readFileSync(join(dir, "long.sps"), "utf8")).toMatch(/^ {2}\/?answer \(7, 8, 9\)$/m);
    });

    it("group answers: group_size, the votes per item and n_dissent are numbers; PSPP's sums equal the CSV's", async () => {
      const dir = mkdtempSync(join(tmpdir(), "zelftest-spss-group-"));
      const council = ["answers/council"];
      const r = await runCli(
        [
          "batch",
          ...council,
          "--format",
          "csv-long",
          "--include-notes",
          "--delimiter",
          ";",
          "--out",
          join(dir, "long.csv"),
          "--codebook",
          join(dir, "long.sps"),
        ],
        { cwd: FIXTURES },
      );
      expect(r.code).toBe(3); // andere-versie.yaml is for questionnaire 2.0.0
      const syntax = readFileSync(join(dir, "long.sps"), "utf8");
      for (const v of ["group_size", "votes_ja", "votes_deels", "votes_nee", "votes_weet_niet", "n_dissent"])
        expect(syntax, v).toMatch(new RegExp(`^ {4}${v} F8\\.0$`, "m"));
      const rows = parse(readFileSync(join(dir, "long.csv"), "utf8").replace(/^\uFEFF/, ""), {
        columns: true,
        delimiter: ";",
      }) as Record<string, string>[];
      const group = rows.filter((row) => row.group_size !== "");
      expect(group.length).toBeGreaterThan(50);
      const sum = (c: string) => group.reduce((n, row) => n + Number(row[c]), 0);
      const t = pspp(
        dir,
        `SET TNUMBERS=VALUES TVARS=NAMES.\nINSERT FILE='long.sps'.\nDESCRIPTIVES group_size.\nSELECT IF NOT MISSING(group_size).\nAGGREGATE OUTFILE=* /BREAK=group_size /ja=SUM(votes_ja) /deels=SUM(votes_deels) /nee=SUM(votes_nee) /wn=SUM(votes_weet_niet) /dissent=SUM(n_dissent) /n=N.\nLIST.\n`,
      );
      const descriptives = table(t, "Descriptive Statistics");
      // Only the group file's rows have a group_size; the members' rows are system-missing.
      expect(descriptives.find((row) => row[0] === "group_size")!.slice(1, 2)).toEqual([String(group.length)]);
      const listed = table(t, "Data List");
      expect(listed[0]).toEqual(["group_size", "ja", "deels", "nee", "wn", "dissent", "n"]);
      expect(listed.slice(1).map((row) => row.map((x) => Number(x.replace(",", "."))))).toEqual([
        [
          4,
          sum("votes_ja"),
          sum("votes_deels"),
          sum("votes_nee"),
          sum("votes_weet_niet"),
          sum("n_dissent"),
          group.length,
        ],
      ]);
      expect(sum("n_dissent")).toBeGreaterThan(10);
    });

    it("every CSV shape batch writes (wide and long, ',' and ';', every option that adds a column) reads without a warning: one case per row, unknown_code and n_newer_items as numbers", async () => {
      const dir = mkdtempSync(join(tmpdir(), "zelftest-spss-all-"));
      writeFileSync(join(dir, "list.csv"), "GemeentecodeGM;Gemeentenaam\nGM0014;Groningen\nGM0344;Utrecht\n");
      const paths = [...PATHS, "answers/council"];
      const all = ["--include-notes", "--include-names", "--include-paths", "--meta", "wave,bron"];
      for (const [format, delimiter] of [
        ["csv", ","],
        ["csv", ";"],
        ["csv-long", ","],
        ["csv-long", ";"],
      ] as const) {
        const name = `${format}-${delimiter === ";" ? "semi" : "comma"}`;
        const extra = format === "csv" ? ["--items"] : [];
        const out = ["--out", join(dir, `${name}.csv`), "--codebook", join(dir, `${name}.sps`)];
        const list = ["--municipalities", join(dir, "list.csv")];
        const r = await runCli(
          ["batch", ...paths, "--format", format, "--delimiter", delimiter, ...all, ...extra, ...list, ...out],
          { cwd: FIXTURES },
        );
        expect(r.code, r.stderr).toBe(3);
        const rows = parse(readFileSync(join(dir, `${name}.csv`), "utf8").replace(/^\uFEFF/, ""), {
          columns: true,
          delimiter,
        }) as Record<string, string>[];
        const numbers =
          format === "csv" ? ["unknown_code", "n_newer_items", "group_size"] : ["unknown_code", "group_size"];
        const t = pspp(
          dir,
          `SET TNUMBERS=VALUES TVARS=NAMES.\nINSERT FILE='${name}.sps'.\nDESCRIPTIVES ${numbers.join(" ")} /STATISTICS=MEAN.\n`,
        );
        const descriptives = table(t, "Descriptive Statistics");
        const valid = (c: string) => rows.filter((row) => row[c] !== "");
        for (const c of numbers) {
          const line = descriptives.find((row) => row[0] === c)!;
          expect(Number(line[1]), `${name} ${c}: N`).toBe(valid(c).length);
          const mean = valid(c).reduce((n, row) => n + Number(row[c]), 0) / valid(c).length;
          expect(Number(line[2]!.replace(",", ".")), `${name} ${c}: mean`).toBeCloseTo(mean, 2);
        }
        // Every row of the CSV is a case (valid N of file_id, never empty).
        expect(valid("unknown_code").length, name).toBe(rows.length);
        expect(rows.some((row) => row.unknown_code === "1")).toBe(true);
        if (format === "csv") expect(rows.some((row) => Number(row.n_newer_items) > 0)).toBe(true);
      }
    });

    it("control characters in a note (NUL, ESC, BEL from escapes) reach SPSS as visible pictures, tab as it is; the codebook says so", async () => {
      const dir = mkdtempSync(join(tmpdir(), "zelftest-spss-control-"));
      const source = readFileSync(fixture("spss", "notities-regeleinden.yaml"), "utf8").replace(
        'note: "Regel 1\\nRegel 2\\r\\nRegel 3"',
        'note: "Nul\\u0000Esc\\u001bBel\\u0007Del\\u007fTab\\tEinde\\nRegel 2"',
      );
      expect(source).toContain("Nul\\u0000");
      writeFileSync(join(dir, "a.yaml"), source);
      expect((await runCli(["validate", "a.yaml"], { cwd: dir })).code).toBe(0);
      const marked = "Nul\u2400Esc\u241bBel\u2407Del\u2421Tab\tEinde\u23ceRegel 2";
      for (const [codebook, note] of [
        ["long.sps", marked],
        ["long.md", "Nul\u0000Esc\u001bBel\u0007Del\u007fTab\tEinde\nRegel 2"],
      ] as const) {
        const r = await runCli(
          ["batch", "a.yaml", "--format", "csv-long", "--include-notes", "--out", "long.csv", "--codebook", codebook],
          { cwd: dir },
        );
        expect(r.code, r.stderr).toBe(0);
        const rows = parse(readFileSync(join(dir, "long.csv"), "utf8").replace(/^\uFEFF/, ""), {
          columns: true,
        }) as Record<string, string>[];
        expect(rows.map((row) => row.note)).toContain(note);
      }
      const md = readFileSync(join(dir, "long.md"), "utf8");
      expect(md).toContain("Een tekstveld kan regeleinden bevatten");
      // The .sps run's data again, and its syntax in PSPP: the note arrives whole, with its pictures.
      await runCli(
        ["batch", "a.yaml", "--format", "csv-long", "--include-notes", "--out", "long.csv", "--codebook", "long.sps"],
        { cwd: dir },
      );
      const syntax = readFileSync(join(dir, "long.sps"), "utf8");
      expect(syntax).toContain("NUL als ␀ U+2400");
      expect(syntax).toContain("bevat, is daarvan");
      const t = pspp(dir, "INSERT FILE='long.sps'.\nSELECT IF (has_note = 1).\nLIST note.\n");
      const listed = [...t].find(([k]) => k.startsWith("Data List"))![1];
      expect(listed.slice(1).map((row) => row[0]!.trimEnd())).toContain(marked);
    });
  },
);
