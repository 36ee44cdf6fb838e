// `zelftest samenvoegen` (alias merge): four council members' files become one group answer; every
// reason to refuse has a fixture, exits 2 and writes nothing.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnswerFile } from "../../src/load/load-files.js";
import { fixture } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const council = (name: string) => fixture("answers", "council", name);
const MEMBERS = ["lid-a.yaml", "lid-b.yaml", "lid-c.yaml", "lid-d.yaml"];

/** A fresh folder with the council's files in it; commands run there. */
function folder(extra: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-merge-"));
  for (const f of [...MEMBERS, ...extra]) copyFileSync(council(f), join(dir, f));
  return dir;
}
const merge = (dir: string, args: string[]) => runCli(["samenvoegen", ...args, "--date", "2026-12-10"], { cwd: dir });

describe("zelftest samenvoegen", () => {
  it("writes the group answer of four members under the usual name, and says what it did", async () => {
    const dir = folder();
    const r = await merge(dir, MEMBERS);
    expect(r.stderr).toBe(
      [
        join(dir, "zelftest-rijssen-holten-adviesraad-groep-2026-12-10.yaml"),
        "4 antwoordbestanden samengevoegd volgens regel meerderheid: 15 vragen beantwoord; bij 10 vragen verschillen de leden van mening.",
        `Bespreek de verschillen in de vergadering: zelftest report ${join(dir, "zelftest-rijssen-holten-adviesraad-groep-2026-12-10.yaml")} toont onder elke vraag wie wat antwoordde.`,
        "",
      ].join("\n"),
    );
    expect(r.code).toBe(0);
    const { answers: g } = loadAnswerFile(join(dir, "zelftest-rijssen-holten-adviesraad-groep-2026-12-10.yaml"));
    expect(g).toMatchObject({
      municipality: "Rijssen-Holten",
      gemeentecode: "GM1742",
      respondent: { role: "adviesraad" },
      date: "2026-12-10",
    });
    expect(g.group!.rule).toBe("meerderheid");
    expect(g.group!.members.map((m) => [m.name, m.date])).toEqual([
      ["A. de Vries", "2026-12-03"],
      ["B. Bakker", "2026-12-03"],
      ["C. Çelik", "2026-12-03"],
      ["D. Jansen", "2026-12-07"],
    ]);
    expect(g.group!.members[0]!.sha256).toBe(loadAnswerFile(council("lid-a.yaml")).answers.contentHash);
    // 2 × ja, 1 × deels, 1 × weet-niet: ja, with A's and B's words in the note and C and D in dissent.
    expect(g.answers.get("toegankelijkheid.gratis")).toEqual({
      answer: "ja",
      note: "A. de Vries, B. Bakker: Staat in de verordening.",
      evidence: "A. de Vries: Verordening maatschappelijke ondersteuning, art. 5",
      votes: { ja: 2, deels: 1, "weet-niet": 1 },
      dissent: [
        { member: 3, name: "C. Çelik", answer: "deels" },
        { member: 4, name: "D. Jansen", answer: "weet-niet", note: "Nooit van gehoord dat het gratis is." },
      ],
    });
    // C left kwaliteit.eisen open: three votes. A tie of deels and nee gives the more cautious nee.
    expect(g.answers.get("kwaliteit.eisen")).toMatchObject({ answer: "weet-niet", votes: { ja: 1, "weet-niet": 2 } });
    expect(g.answers.get("levensbreed.samenhang")).toMatchObject({ answer: "nee", votes: { deels: 2, nee: 2 } });
    // The file says how to continue it.
    expect(readFileSync(join(dir, "zelftest-rijssen-holten-adviesraad-groep-2026-12-10.yaml"), "utf8")).toMatch(
      /^# Groepsantwoord van 4 leden, gemaakt op 10 december 2026 met zelftest samenvoegen \(regel meerderheid\)\.\n/,
    );
  });

  it("--out, --name and --role; merge is the English alias; a second run never overwrites the first", async () => {
    const dir = folder();
    const named = await runCli(
      ["merge", ...MEMBERS, "--out", "raad.json", "--name", "Wmo-adviesraad Rijssen-Holten", "--lang", "en"],
      { cwd: dir },
    );
    expect(named.code).toBe(0);
    expect(named.stderr).toContain("4 answer files merged by rule meerderheid (majority)");
    const json = JSON.parse(readFileSync(join(dir, "raad.json"), "utf8"));
    expect(json.respondent).toEqual({ role: "adviesraad", name: "Wmo-adviesraad Rijssen-Holten" });
    await merge(dir, MEMBERS);
    await merge(dir, MEMBERS);
    expect(
      readdirSync(dir)
        .filter((f) => f.startsWith("zelftest-"))
        .sort(),
    ).toEqual([
      "zelftest-rijssen-holten-adviesraad-groep-2026-12-10-2.yaml",
      "zelftest-rijssen-holten-adviesraad-groep-2026-12-10.yaml",
    ]);
  });

  it("--role takes the role as a person types it ('Advies Raad' is adviesraad)", async () => {
    const dir = folder();
    const r = await merge(dir, [...MEMBERS, "--out", "groep.json", "--role", "Advies Raad"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "groep.json"), "utf8")).respondent.role).toBe("adviesraad");
  });

  it("the group file validates, scores and can be continued: validate accepts it", async () => {
    const dir = folder();
    await merge(dir, [...MEMBERS, "--out", "groep.yaml"]);
    const v = await runCli(["validate", "groep.yaml"], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stdout).toContain("geldig antwoordbestand (15 van");
  });

  it("warns, without refusing, when two files have the same respondent name", async () => {
    const dir = folder(["lid-b-nogmaals.yaml"]);
    const r = await merge(dir, [...MEMBERS, "lid-b-nogmaals.yaml", "--out", "groep.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'Let op (MERGE_SAME_NAME): Twee bestanden hebben dezelfde naam van de invuller, "b. bakker": lid-b.yaml en lid-b-nogmaals.yaml.',
    );
  });

  it("never refuses for the length of what members wrote: agreeing notes too long together are each kept apart, whole (issue 19)", async () => {
    const dir = folder();
    // A. de Vries and B. Bakker both answer ja on toegankelijkheid.gratis; each pastes a long text.
    const long = (who: string) => `${who} schrijft: ${"Het staat in de verordening, artikel 5. ".repeat(300)}😟`.trim();
    for (const [file, who] of [
      ["lid-a.yaml", "A"],
      ["lid-b.yaml", "B"],
    ] as const) {
      const path = join(dir, file);
      const text = readFileSync(path, "utf8").replace('note: "Staat in de verordening."', `note: "${long(who)}"`);
      expect(text).toContain(long(who));
      writeFileSync(path, text);
    }
    const r = await merge(dir, [...MEMBERS, "--out", "groep.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Let op (MERGE_TEXT_APART): Bij vraag");
    expect(r.stderr).toContain("er is niets ingekort");
    const v = await runCli(["validate", "groep.yaml"], { cwd: dir });
    expect(v.code).toBe(0);
    const { answers: g } = loadAnswerFile(join(dir, "groep.yaml"));
    const a = g.answers.get("toegankelijkheid.gratis")!;
    expect(a.answer).toBe("ja");
    expect(a.note).toBeUndefined();
    expect(a.evidence).toBe("A. de Vries: Verordening maatschappelijke ondersteuning, art. 5");
    expect(a.dissent).toEqual([
      { member: 1, name: "A. de Vries", answer: "ja", note: long("A") },
      { member: 2, name: "B. Bakker", answer: "ja", note: long("B") },
      { member: 3, name: "C. Çelik", answer: "deels" },
      { member: 4, name: "D. Jansen", answer: "weet-niet", note: "Nooit van gehoord dat het gratis is." },
    ]);
    // The report says whose words they are and that they gave the group's answer, under their own
    // label: a member who agrees is never listed under "Anders geantwoord".
    const report = await runCli(["report", "groep.yaml", "--format", "md"], { cwd: dir });
    expect(report.code).toBe(0);
    expect(report.stdout).toContain("  - Eigen woorden (zelfde antwoord als de groep): A. de Vries: Ja – A schrijft:");
    expect(report.stdout).toContain("  - Eigen woorden (zelfde antwoord als de groep): B. Bakker: Ja – B schrijft:");
    expect(report.stdout).toContain("  - Anders geantwoord: C. Çelik: Deels");
    expect(report.stdout).not.toMatch(/Anders geantwoord:(\*\*)? [AB]\. [^:]+: Ja – [AB] schrijft/);
    // Counts read as counts: "12.345 tekens", not "12345 tekens".
    expect(r.stderr).toMatch(/samen \d{1,2}\.\d{3} tekens; één toelichting houdt er \d{1,2}\.\d{3}\./);
  });
});

describe("zelftest samenvoegen refuses, exit 2, nothing written", () => {
  const refusals: [string, string[], RegExp][] = [
    [
      "another municipality",
      ["lid-a.yaml", "lid-b.yaml", "andere-gemeente.yaml"],
      /andere-gemeente\.yaml: fout MERGE_MUNICIPALITY\n {2}"andere-gemeente\.yaml" gaat over Hellendoorn \(GM0163\), "lid-a\.yaml" over Rijssen-Holten \(GM1742\): dat zijn verschillende gemeenten\./,
    ],
    [
      "the same file twice",
      ["lid-a.yaml", "lid-b.yaml", "lid-a.yaml"],
      /lid-a\.yaml: fout MERGE_SAME_FILE\n {2}"lid-a\.yaml" is hetzelfde bestand als "lid-a\.yaml"/,
    ],
    ["a copy of a file under another name", ["lid-a.yaml", "kopie.yaml"], /kopie\.yaml: fout MERGE_SAME_FILE/],
    [
      "members of different roles",
      ["lid-a.yaml", "gemeente.yaml"],
      /gemeente\.yaml: fout MERGE_ROLES\n.*gemeente en adviesraad|adviesraad en gemeente/,
    ],
    ["another major version", ["lid-a.yaml", "andere-versie.yaml"], /andere-versie\.yaml:3:10: fout VERSION_MISMATCH/],
    [
      "a group answer as input",
      ["lid-a.yaml", "groep.yaml"],
      /groep\.yaml: fout MERGE_GROUP_INPUT\n {2}"groep\.yaml" is al een groepsantwoord \(van 4 leden\)\./,
    ],
    ["one file only", ["lid-a.yaml"], /MISSING_ARGUMENT/],
    ["a file that is not valid", ["lid-a.yaml", "kapot.yaml"], /kapot\.yaml:1:1: fout/],
    [
      "a date that does not exist",
      ["lid-a.yaml", "lid-b.yaml", "--date", "2026-02-30"],
      /fout INVALID_OPTION: "2026-02-30" is geen geldige waarde voor --date\.\n {2}Oplossing: Schrijf de datum als jaar-maand-dag/,
    ],
    ["a role that does not exist", ["lid-a.yaml", "lid-b.yaml", "--role", "raad"], /INVALID_OPTION/],
    ["a --name of 201 characters", ["lid-a.yaml", "lid-b.yaml", "--name", "🏛".repeat(201)], /INVALID_OPTION/],
  ];
  it.each(refusals)("%s", async (_what, args, message) => {
    const dir = folder(["andere-gemeente.yaml", "gemeente.yaml", "andere-versie.yaml"]);
    copyFileSync(join(dir, "lid-a.yaml"), join(dir, "kopie.yaml"));
    writeFileSync(join(dir, "kapot.yaml"), "- geen antwoordbestand\n");
    await merge(dir, [...MEMBERS, "--out", "groep.yaml"]);
    const before = readdirSync(dir).sort();
    const r = await runCli(["samenvoegen", ...args, ...(args.includes("--date") ? [] : ["--date", "2026-12-10"])], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(join(dir, "zelftest-rijssen-holten-adviesraad-groep-2026-12-10.yaml"))).toBe(false);
  });

  it("--name is counted as the schema counts it: 200 emoji (400 UTF-16 units) are 200 characters, and the group file reads back", async () => {
    const dir = folder();
    const name = "🏛".repeat(200);
    const r = await merge(dir, [...MEMBERS, "--name", `  ${name} `]);
    expect(r.code).toBe(0);
    const { answers: g } = loadAnswerFile(join(dir, "zelftest-rijssen-holten-adviesraad-groep-2026-12-10.yaml"));
    expect(g.respondent.name).toBe(name);
  });

  it("names every problem of every file at once", async () => {
    const dir = folder(["andere-gemeente.yaml", "gemeente.yaml"]);
    const r = await merge(dir, ["lid-a.yaml", "andere-gemeente.yaml", "gemeente.yaml", "lid-a.yaml"]);
    expect(r.code).toBe(2);
    expect([...r.stderr.matchAll(/fout (MERGE_[A-Z_]+)/g)].map((m) => m[1])).toEqual([
      "MERGE_MUNICIPALITY",
      "MERGE_SAME_FILE",
      "MERGE_ROLES",
    ]);
  });
});
