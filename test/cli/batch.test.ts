import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";
import { BATCH_FORMATS, FORMATS_FOR } from "../../src/cli/batch-formats.js";
import { makeAnswerFiles } from "../helpers/synthetic.js";

const examples = join(ROOT, "examples");
const invalidFile = fixture("answers", "invalid", "unknown-item.yaml");

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-batch-"));
  makeAnswerFiles(join(dir), 12, 3);
  writeFileSync(
    join(dir, "hostile.yaml"),
    'questionnaire: clientondersteuning-wmo2015\nversion: 1.0.0\nmunicipality: "=HYPERLINK(\\"http://evil\\",\\"klik\\") <script>alert(1)</script>"\nrespondent: {role: gemeente, name: "Geheime Naam"}\ndate: 2025-01-01\nanswers: {toegankelijkheid.gratis: ja}\n',
  );
  writeFileSync(
    join(dir, "kapot.yaml"),
    "questionnaire: clientondersteuning-wmo2015\nversion: 1.0.0\n  municipality: x\n",
  );
  return dir;
}

describe("zelftest batch", () => {
  it("CSV: BOM, one row per file sorted by path, RFC 4180 quoting, formulas escaped, exit 3 with an invalid file", async () => {
    const dir = setup();
    const r = await runCli(["batch", ".", "--include-paths", "--jobs", "0"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stdout.startsWith("\uFEFFfile,status,municipality,respondent_role,date,")).toBe(true);
    expect(r.stdout).toContain("\r\n");
    const rows = parse(r.stdout.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x.file)).toEqual([...rows.map((x) => x.file)].sort());
    expect(rows).toHaveLength(14);
    const hostile = rows.find((x) => x.file === "hostile.yaml")!;
    expect(hostile.municipality!.startsWith("'=HYPERLINK")).toBe(true); // escaped formula
    expect(hostile).not.toHaveProperty("respondent_name");
    expect(r.stdout).not.toContain("Geheime Naam");
    const broken = rows.find((x) => x.file === "kapot.yaml")!;
    expect(broken.status).toBe("invalid");
    expect(broken.error).toMatch(/^YAML_SYNTAX:2:10 /);
    expect(r.stderr).toContain("kapot.yaml:2:10: YAML_SYNTAX");
    expect(r.stderr).toContain("13 van 14 bestanden gescoord, 1 ongeldig.");
  });

  it("CSV with ';' for Dutch Excel uses a decimal comma; --include-names adds the name", async () => {
    const r = await runCli([
      "batch",
      join(examples, "gemeente-rijssen-holten-2015.yaml"),
      "--delimiter",
      ";",
      "--include-names",
    ]);
    expect(r.code).toBe(0);
    const [head, row] = r.stdout.slice(1).split("\r\n");
    // Optional columns come last, so that they never shift the fixed ones.
    expect(head!.endsWith(";respondent_name")).toBe(true);
    expect(row!.endsWith(";Team Wmo")).toBe(true);
    expect(row).toContain(";66,7;");
  });

  it("JSON: every file's assessment plus the aggregate, names left out", async () => {
    const dir = setup();
    const r = await runCli(["batch", ".", "--include-paths", "--format", "json", "--jobs", "0"], { cwd: dir });
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.questionnaire.id).toBe("clientondersteuning-wmo2015");
    expect(doc.files).toHaveLength(14);
    const valid = doc.files.filter((f: { valid: boolean }) => f.valid);
    expect(valid[0].assessment).toMatchObject({
      questionnaire: { id: "clientondersteuning-wmo2015" },
      themes: expect.any(Array),
    });
    const broken = doc.files.find((f: { file: string }) => f.file === "kapot.yaml");
    expect(broken.valid).toBe(false);
    expect(broken.errors[0]).toMatchObject({
      code: "YAML_SYNTAX",
      line: 2,
      column: 10,
      message: expect.stringContaining("YAML"),
    });
    expect(doc.aggregate.files).toEqual({ total: 14, valid: 13, invalid: 1 });
    expect(r.stdout).not.toContain("Geheime Naam");
  });

  it("the same inputs give byte-identical output, in workers or not, in every format", async () => {
    const dir = setup();
    for (const format of ["csv", "json", "md", "html"]) {
      const a = await runCli(["batch", ".", "--format", format, "--jobs", "0"], { cwd: dir });
      const b = await runCli(["batch", ".", "--format", format, "--jobs", "2"], { cwd: dir });
      expect(b.stdout, format).toBe(a.stdout);
    }
  }, 60000);

  it("its worker threads run the script the CLI is given (so these tests run workers built from src/)", async () => {
    const dir = setup();
    writeFileSync(join(dir, "worker.mjs"), 'throw new Error("the injected worker ran");\n');
    const r = await runCli(["batch", ".", "--jobs", "2"], { cwd: dir, batchWorker: join(dir, "worker.mjs") });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the injected worker ran");
  });

  it("Markdown summary: counts per role and year, per theme and item shares, the municipality matrix, invalid files", async () => {
    const dir = setup();
    const r = await runCli(["batch", ".", "--include-paths", "--format", "md"], { cwd: dir });
    for (const heading of [
      "## Bestanden",
      "### Geldige bestanden per rol en jaar",
      "## Werkwijze",
      "## Oordeel over de VNG-zelftest",
      "## Per eis uit de wet en de VNG-zelftest",
      "## Per thema",
      "## Per vraag",
      "## Gemeenten en thema's",
      "## Ongeldige bestanden",
      "## Herhaalbaarheid",
    ]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain("| kapot.yaml | – | YAML\\_SYNTAX: ");
    expect(r.stdout).not.toContain("Geheime Naam");
    const html = new Marked({ gfm: true }).parse(r.stdout) as string;
    expect(html).not.toMatch(/<script|<a /);
  });

  it("HTML summary is self-contained and keeps hostile text inert", async () => {
    const dir = setup();
    const r = await runCli(["batch", ".", "--format", "html"], { cwd: dir });
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(r.stdout).toContain("Content-Security-Policy");
    expect(r.stdout).not.toMatch(/<script|<img|<iframe|\ssrc=/);
    expect(r.stdout).toContain("&lt;script&gt;");
  });

  it("--out writes atomically (format from the extension) and leaves no temporary file", async () => {
    const dir = setup();
    const out = join(dir, "uitkomst.json");
    const r = await runCli(["batch", ".", "--out", out], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).aggregate.files.total).toBe(14);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("globs, a missing path listed as invalid, and exit 0 when all inputs are valid", async () => {
    const ok = await runCli(["batch", join(examples, "*.yaml"), "--jobs", "0"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split("\r\n").filter(Boolean)).toHaveLength(4); // header + 3 examples
    const some = await runCli([
      "batch",
      "--include-paths",
      join(examples, "*.yaml"),
      "bestaat-niet.yaml",
      invalidFile,
      "--format",
      "json",
    ]);
    expect(some.code).toBe(3);
    const doc = JSON.parse(some.stdout);
    // Sorted by the path as shown (relative to the working folder): the missing name, the two examples, the fixture.
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([
      "bestaat-niet.yaml",
      "examples/adviesraad-rijssen-holten-2015.yaml",
      "examples/gemeente-rijssen-holten-2015.yaml",
      "examples/gemeente-rijssen-holten-2016.yaml",
      "test/fixtures/answers/invalid/unknown-item.yaml",
    ]);
    expect(
      doc.files.map((f: { valid: boolean; errors?: { code: string }[] }) => f.valid || f.errors![0]!.code),
    ).toEqual(["FILE_NOT_FOUND", true, true, true, "UNKNOWN_ITEM"]);
  });

  it("shows a progress bar on a terminal's stderr, and the output is the same", async () => {
    const { Writable } = await import("node:stream");
    let bar = "";
    const write = (c: Buffer, _e: BufferEncoding, cb: () => void) => {
      bar += c.toString();
      cb();
    };
    const errorOutput = Object.assign(new Writable({ write }), {
      isTTY: true,
      columns: 80,
    });
    const dir = setup();
    const plain = await runCli(["batch", ".", "--jobs", "0"], { cwd: dir });
    const withBar = await runCli(["batch", ".", "--jobs", "0"], { cwd: dir, stderrIsTTY: true, errorOutput });
    expect(withBar.code).toBe(3);
    expect(withBar.stdout).toBe(plain.stdout);
    expect(bar).toMatch(/\d+\/14/);
  });

  it("usage errors exit 2 and write nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-batch-empty-"));
    const out = join(dir, "x.csv");
    expect((await runCli(["batch", "geen/*.yaml", "--out", out], { cwd: dir })).code).toBe(2);
    expect((await runCli(["batch", dir, "--out", out])).code).toBe(2); // no answer files at all
    expect((await runCli(["batch", examples, "--delimiter", "ab"])).code).toBe(2);
    expect((await runCli(["batch", examples, "--jobs", "-1"])).code).toBe(2);
    expect((await runCli(["batch", examples, "--format", "xlsx"])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("an option given with a format it does not work with is refused, naming the formats it works with", async () => {
    const option: Record<keyof typeof FORMATS_FOR, string[]> = {
      "--by": ["--by", "role"],
      "--items": ["--items"],
      "--pairs": ["--pairs", "gemeente,adviesraad"],
      "--codebook": ["--codebook", "cb.md"],
      "--codebook FILE.sps": ["--codebook", "cb.sps"],
    };
    const dir = mkdtempSync(join(tmpdir(), "zelftest-batch-formats-"));
    for (const [name, formats] of Object.entries(FORMATS_FOR) as [keyof typeof FORMATS_FOR, readonly string[]][]) {
      for (const format of BATCH_FORMATS.filter((f) => !formats.includes(f))) {
        // --codebook FILE.sps with a format no codebook works with is the codebook's refusal.
        if (name === "--codebook FILE.sps" && !FORMATS_FOR["--codebook"].includes(format as never)) continue;
        const r = await runCli(["batch", examples, "--format", format, "--out", "x", ...option[name]], { cwd: dir });
        expect(r.code, `${name} ${format}`).toBe(2);
        expect(r.stderr, `${name} ${format}`).toContain(`OPTION_REQUIRES: ${name} werkt alleen samen met`);
        for (const f of formats) expect(r.stderr, `${name} ${format}`).toContain(`--format ${f}`);
      }
    }
    // SPSS syntax reads the panel too: the refusal of Parquet said only csv and csv-long.
    const sps = await runCli(["batch", examples, "--format", "parquet", "--out", "x.parquet", "--codebook", "x.sps"], {
      cwd: dir,
    });
    expect(sps.stderr).toContain(
      "--codebook FILE.sps werkt alleen samen met --format csv, --format csv-long of --format panel",
    );
    expect(sps.stderr).toContain(
      "Oplossing: Gebruik --format csv, --format csv-long of --format panel, of laat --codebook FILE.sps weg.",
    );
    // The other --format is to be replaced, not added to.
    const by = await runCli(["batch", examples, "--format", "csv", "--by", "role", "--lang", "en"], { cwd: dir });
    expect(by.stderr).toContain("Fix: Use --format md or --format html, or leave out --by.");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("an option that takes any value of a form says how to write it, not a choice of its examples", async () => {
    // Was "Kies uit: wave of wave,respondent_id." and "Kies uit: 0 … 64.": examples and a range offered as the only choices.
    const meta = await runCli(["batch", examples, "--meta", "wave,wave"]);
    expect(meta.code).toBe(2);
    expect(meta.stderr).toContain(
      "Oplossing: Geef de namen van sleutels uit het blok meta, met komma's ertussen en elke één keer, zoals wave of wave,respondent_id.",
    );
    const jobs = await runCli(["batch", examples, "--jobs", "65", "--lang", "en"]);
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toContain("Fix: Give a whole number from 0 to 64: the number of worker threads");
    const pairs = await runCli(["batch", examples, "--format", "md", "--pairs", "gemeente"]);
    expect(pairs.code).toBe(2);
    expect(pairs.stderr).toContain("Oplossing: Geef twee verschillende rollen met een komma ertussen");
    for (const r of [meta, jobs, pairs]) expect(r.stderr).not.toMatch(/Kies uit|Choose from/);
  });
});
