import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const ex = (name: string) => join("examples", name);
const pairs = {
  perspectives: [ex("gemeente-rijssen-holten-2015.yaml"), ex("adviesraad-rijssen-holten-2015.yaml")],
  trend: [ex("gemeente-rijssen-holten-2016.yaml"), ex("gemeente-rijssen-holten-2015.yaml")],
};

describe("zelftest compare: golden outputs", () => {
  for (const [name, files] of Object.entries(pairs)) {
    for (const format of ["md", "html", "json"]) {
      it(`${name} as ${format}`, async () => {
        const r = await runCli(["compare", ...files, "--format", format], { cwd: ROOT });
        expect(r.code).toBe(0);
        const golden = join(ROOT, "test", "golden", `compare-${name}.${format}`);
        if (process.env.UPDATE_GOLDEN) writeFileSync(golden, r.stdout);
        expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm test and review it`).toBe(true);
        expect(r.stdout).toBe(readFileSync(golden, "utf8"));
      });
    }
  }
});

describe("zelftest compare", () => {
  it("names questions by their text; --verbose adds the ids", async () => {
    for (const format of ["md", "html"]) {
      const plain = await runCli(["compare", ...pairs.perspectives, "--format", format], { cwd: ROOT });
      expect(plain.stdout, format).not.toContain("onafhankelijkheid.andere-ondersteuner");
      const verbose = await runCli(["compare", ...pairs.perspectives, "--format", format, "--verbose"], { cwd: ROOT });
      expect(verbose.code).toBe(0);
      expect(verbose.stdout, format).toContain(
        format === "md"
          ? "`onafhankelijkheid.andere-ondersteuner`"
          : "<code>onafhankelijkheid.andere-ondersteuner</code>",
      );
    }
  });

  it("JSON lists every differing item with every file's answer, most important first", async () => {
    const r = await runCli(["compare", ...pairs.perspectives, "--format", "json"], { cwd: ROOT });
    const c = JSON.parse(r.stdout);
    expect(c.kind).toBe("perspectives");
    expect(c.files.map((f: { role: string }) => f.role)).toEqual(["gemeente", "adviesraad"]);
    expect(c.differences[0]).toMatchObject({
      id: "beleidsplan.wettelijke-eisen",
      answers: ["ja", "weet-niet"],
      priority: 1,
    });
    expect(c.differences.length + c.agreeing.length).toBe(15);
    expect(c.agreement).toEqual({ items: 15, agreeing: 5, rate: 33.3 });
  });

  it("opens the conversation in three blocks: agreed missing, difference of opinion (legal first, farthest apart first), information to share", async () => {
    const r = await runCli(["compare", ...pairs.perspectives, "--format", "json"], { cwd: ROOT });
    const c = JSON.parse(r.stdout);
    // Nee/Deels on both sides: agreed that it is missing.
    expect(c.blocks.agreeMissing).toEqual([
      "onafhankelijkheid.andere-ondersteuner",
      "levensbreed.samenhang",
      "informatieplicht.voorafgaand-onderzoek",
    ]);
    // Ja against Deels: a difference of opinion, one step apart.
    expect(c.blocks.disagree).toEqual(["inspraak.clientondersteuning"]);
    // Ja against Weet niet on the policy plan: closed by sharing one document, not a dispute.
    expect(c.blocks.share[0]).toBe("beleidsplan.wettelijke-eisen");
    expect(c.blocks.share).not.toContain("inspraak.clientondersteuning");
    // Every item where someone answered and not everyone said the same is in exactly one block.
    const all = [...c.blocks.agreeMissing, ...c.blocks.disagree, ...c.blocks.share];
    expect(new Set(all).size).toBe(all.length);
    for (const id of c.agenda) expect(all).toContain(id);
    const md = (await runCli(["compare", ...pairs.perspectives], { cwd: ROOT })).stdout;
    const h2 = md.split("\n").filter((l) => l.startsWith("## "));
    expect(
      h2.slice(h2.indexOf("## 1. Samen eens: dit ontbreekt"), h2.indexOf("## 1. Samen eens: dit ontbreekt") + 3),
    ).toEqual(["## 1. Samen eens: dit ontbreekt", "## 2. Verschil van mening", "## 3. Informatie delen"]);
    // Both notes side by side.
    expect(md).toContain(
      "| **Toelichting** | Staat in het visiedocument; het werkproces van de toegang moet nog worden aangepast. | Leden die een keukentafelgesprek hadden, hoorden niets over cliëntondersteuning. |",
    );
  });

  it("ranks a difference of opinion legal first, then by how far apart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-compare-"));
    const file = (name: string, role: string, answers: Record<string, string>) => {
      const path = join(dir, name);
      writeFileSync(
        path,
        `${[
          `questionnaire: clientondersteuning-wmo2015`,
          `version: 1.2.0`,
          `municipality: X`,
          `respondent: {role: ${role}}`,
          `date: 2025-01-01`,
          `answers:`,
          ...Object.entries(answers).map(([k, v]) => `  ${k}: ${v}`),
        ].join("\n")}\n`,
      );
      return path;
    };
    const a = file("a.yaml", "gemeente", {
      "beleidsplan.inrichting": "ja",
      "kwaliteit.eisen": "ja",
      "onafhankelijkheid.niet-in-dienst-gemeente": "ja",
    });
    const b = file("b.yaml", "adviesraad", {
      "beleidsplan.inrichting": "deels",
      "kwaliteit.eisen": "nee",
      "onafhankelijkheid.niet-in-dienst-gemeente": "nee",
    });
    const c = JSON.parse((await runCli(["compare", a, b, "--format", "json"])).stdout);
    expect(c.blocks.disagree).toEqual([
      "kwaliteit.eisen",
      "beleidsplan.inrichting",
      "onafhankelijkheid.niet-in-dienst-gemeente",
    ]);
  });

  it("trend: per theme and per item better, worse or the same, and no agreement percentage", async () => {
    const md = (await runCli(["compare", ...pairs.trend], { cwd: ROOT })).stdout;
    expect(md).not.toContain("Overeenstemming");
    expect(md).not.toMatch(/\d%/);
    expect(md).toContain("| Onafhankelijkheid | ✗ voldoet niet · 50 | ✓ voldoet · 100 | +50 | beter |");
    expect(md).toContain("| Beleidsplan | ✓ voldoet · 100 | ✓ voldoet · 100 | 0 | gelijk |");
    // Every column names the respondent and the date, also in a trend.
    expect(md).toContain(
      "| Vraag | gemeente (Team Wmo), 1 september 2015 | gemeente (Team Wmo), 15 september 2016 | Beter of slechter? |",
    );
    const c = JSON.parse((await runCli(["compare", ...pairs.trend, "--format", "json"], { cwd: ROOT })).stdout);
    expect(c.blocks).toBeNull();
    expect(c.trend.themes.find((t: { id: string }) => t.id === "onafhankelijkheid").direction).toBe("beter");
  });

  it("refuses files for different municipalities or questionnaires, unless --allow-mixed", async () => {
    const other = join(ROOT, "examples", "gemeente-half-ingevuld.json");
    const refused = await runCli(["compare", join(ROOT, pairs.perspectives[0]!), other]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("COMPARE_MIXED");
    expect(refused.stderr).toContain("Rijssen-Holten en Voorbeeldstad");
    const allowed = await runCli(["compare", join(ROOT, pairs.perspectives[0]!), other, "--allow-mixed"]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain("verschillende gemeenten of vragenlijsten");

    const dir = mkdtempSync(join(tmpdir(), "zelftest-compare-"));
    const miniAnswers = join(dir, "mini.yaml");
    writeFileSync(
      miniAnswers,
      "questionnaire: mini\nversion: 2.1.0\nmunicipality: Rijssen-Holten\nrespondent: {role: gemeente}\ndate: 2025-01-01\n",
    );
    const mixedQ = await runCli([
      "compare",
      join(ROOT, pairs.perspectives[0]!),
      miniAnswers,
      "--questionnaire",
      fixture("questionnaires", "mini.yaml"),
    ]);
    expect(mixedQ.code).toBe(2);
    expect(mixedQ.stderr).toContain("QUESTIONNAIRE_MISMATCH");
  });

  it("reports every invalid file at once (exit 2) and needs two files", async () => {
    const r = await runCli([
      "compare",
      fixture("answers", "invalid", "unknown-item.yaml"),
      fixture("answers", "invalid", "invalid-role.yaml"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("UNKNOWN_ITEM");
    expect(r.stderr).toContain("INVALID_VALUE");
    expect((await runCli(["compare", join(ROOT, pairs.perspectives[0]!)])).code).toBe(2);
  });

  it("--out writes atomically; English with --lang en", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-compare-"));
    const out = join(dir, "vergelijking.html");
    const r = await runCli(["--lang", "en", "compare", ...pairs.trend, "--out", out], { cwd: ROOT });
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Development from 1 September 2015 to 15 September 2016.");
  });

  it("keeps hostile notes inert in Markdown and HTML", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-compare-"));
    const hostile = join(dir, "raad.yaml");
    writeFileSync(
      hostile,
      `${[
        "questionnaire: clientondersteuning-wmo2015",
        "version: 1.0.0",
        "municipality: Rijssen-Holten",
        'respondent: {role: clientorganisatie, name: "<img src=x onerror=alert(1)>"}',
        "date: 2015-11-01",
        "answers:",
        "  beleidsplan.inrichting:",
        "    answer: nee",
        '    note: "<script>alert(1)</script> [klik](javascript:alert(2)) | kolom | # kop\\n---"',
        '    evidence: "<iframe src=https://evil.example></iframe>"',
      ].join("\n")}\n`,
    );
    const md = await runCli(["compare", join(ROOT, pairs.perspectives[0]!), hostile]);
    expect(md.code).toBe(0);
    // Tags only: the hostile text itself may (and should) appear, escaped, as text.
    const tags = (html: string) =>
      [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].map((m) => `${m[1]!.toLowerCase()}${m[2]}`);
    const rendered = new Marked({ gfm: true }).parse(md.stdout) as string;
    expect(tags(rendered).filter((t) => /^(script|img|iframe|a)\b|\bon[a-z]+=/i.test(t))).toEqual([]);
    const html = await runCli(["compare", join(ROOT, pairs.perspectives[0]!), hostile, "--format", "html"]);
    expect(tags(html.stdout).filter((t) => /^(script|img|iframe|a\b(?! href="#))|\bon[a-z]+=|\bsrc=/i.test(t))).toEqual(
      [],
    );
    expect(html.stdout).toContain("&lt;script&gt;");
  });
});

describe("zelftest compare with a council: who is who, one voice for the group, a lone Weet niet", () => {
  const council = (name: string) => fixture("answers", "council", name);
  const members = ["lid-a.yaml", "lid-b.yaml", "lid-c.yaml", "lid-d.yaml"].map(council);
  const gemeente = join(ROOT, "examples", "gemeente-rijssen-holten-2015.yaml");

  it("four members on different dates are perspectives, not a trend, and it says why; --trend asks for a trend", async () => {
    const r = await runCli(["compare", ...members, "--format", "json"]);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect([c.kind, c.kindReason]).toEqual(["perspectives", "respondents-differ"]);
    const md = (await runCli(["compare", ...members])).stdout;
    expect(md).toContain(
      "*Perspectieven naast elkaar, omdat de bestanden van verschillende invullers zijn (andere namen, of een groep naast een persoon), ook al zijn ze op verschillende data ingevuld. Wilt u de ontwikkeling door de tijd zien? Geef --trend.*",
    );
    // Every column names the member and the date.
    expect(md).toContain(
      "| Vraag | adviesraad (A. de Vries), 3 december 2026 | adviesraad (B. Bakker), 3 december 2026 | adviesraad (C. Çelik), 3 december 2026 | adviesraad (D. Jansen), 7 december 2026 | Gelijk? |",
    );
    const trend = JSON.parse((await runCli(["compare", ...members, "--trend", "--format", "json"])).stdout);
    expect([trend.kind, trend.kindReason]).toEqual(["trend", "asked"]);
    const asked = (await runCli(["compare", ...members, "--perspectives"])).stdout;
    expect(asked).not.toContain("omdat de bestanden");
  });

  it("one respondent on two dates is still chosen as a trend, and --perspectives puts them side by side", async () => {
    const c = JSON.parse((await runCli(["compare", ...pairs.trend, "--format", "json"], { cwd: ROOT })).stdout);
    expect([c.kind, c.kindReason]).toEqual(["trend", "one-respondent-over-time"]);
    const p = JSON.parse(
      (await runCli(["compare", ...pairs.trend, "--perspectives", "--format", "json"], { cwd: ROOT })).stdout,
    );
    expect([p.kind, p.kindReason]).toEqual(["perspectives", "asked"]);
  });

  it("--perspectives and --trend together are refused", async () => {
    const r = await runCli(["compare", ...members, "--perspectives", "--trend"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("OPTIONS_EXCLUSIVE");
    expect(r.stderr).toContain("--perspectives en --trend gaan niet samen.");
  });

  it("the same gemeentecode is the same municipality, however the name is written", async () => {
    // lid-d.yaml says "Gemeente Rijssen Holten", the others "Rijssen-Holten"; all say GM1742.
    const r = await runCli(["compare", council("lid-a.yaml"), council("lid-d.yaml")]);
    expect(r.stderr).not.toContain("COMPARE_MIXED");
    expect(r.code).toBe(0);
    const other = await runCli(["compare", council("lid-a.yaml"), council("andere-gemeente.yaml")]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("Rijssen-Holten (GM1742) en Hellendoorn (GM0163)");
  });

  it("a lone Weet niet beside three answers does not move an item to Informatie delen, and the item says how it was decided", async () => {
    const three = members.slice(0, 3);
    const c = JSON.parse((await runCli(["compare", gemeente, ...three, "--format", "json"])).stdout);
    // onafhankelijkheid.professionele-autonomie: the municipality, A and B say Deels, C Weet niet: agreed missing.
    expect(c.blocks.agreeMissing).toContain("onafhankelijkheid.professionele-autonomie");
    // informatieplicht.onafhankelijk-gratis: Deels and Ja against two Weet niet: half do not know, so share.
    expect(c.blocks.share).toContain("informatieplicht.onafhankelijk-gratis");
    expect(c.blocks.share).not.toContain("onafhankelijkheid.professionele-autonomie");
    const md = (await runCli(["compare", gemeente, ...three])).stdout;
    expect(md).toContain(
      "*1 van de 4 zei Weet niet of liet de vraag open; beslist door de 3 invullers die het wisten.*",
    );
  });

  it("a group answer is one voice; its votes and dissent are shown under the item", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-compare-group-"));
    const group = join(dir, "groep.yaml");
    expect(
      (await runCli(["samenvoegen", ...members, "--out", group, "--date", "2026-12-10", "--name", "Wmo-adviesraad"]))
        .code,
    ).toBe(0);
    const c = JSON.parse((await runCli(["compare", gemeente, group, "--format", "json"])).stdout);
    expect(c.files.map((f: { role: string; groupSize?: number }) => [f.role, f.groupSize])).toEqual([
      ["gemeente", undefined],
      ["adviesraad", 4],
    ]);
    expect(c.kindReason).toBe("roles-differ");
    const md = (await runCli(["compare", gemeente, group])).stdout;
    expect(md).toContain(
      "Perspectieven naast elkaar: gemeente (Team Wmo) en adviesraad (Wmo-adviesraad, groep van 4).",
    );
    // onafhankelijkheid.scheiding-toewijzing: the municipality Ja, the council Nee (2 × Nee, 1 × Ja, 1 × Weet niet).
    expect(md).toContain("| **Stemmen** |  | 1 × Ja, 2 × Nee, 1 × Weet niet |");
    expect(md).toContain(
      "| **Anders geantwoord** |  | B. Bakker: Weet niet; D. Jansen: Ja – MEE is een eigen stichting, los van de gemeente. |",
    );
    const html = (await runCli(["compare", gemeente, group, "--format", "html"])).stdout;
    expect(html).toContain('<th scope="row">Anders geantwoord</th>');
  });
});
