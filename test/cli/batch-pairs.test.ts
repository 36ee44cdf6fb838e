// `batch --pairs ROLE,ROLE` (issue 24): any two different roles side by side, repeatable, with
// Cohen's kappa and the linearly weighted kappa per question; gemeente × adviesraad by default;
// a wrong role, the same role twice or the same pair twice refused with exit 2 and a message.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const BATCH = fixture("batch");

describe("--pairs", () => {
  // Three municipalities with a gemeente, an adviesraad and a cliëntorganisatie file; the
  // cliëntorganisatie answers every question as the gemeente did, except one (levensbreed.levensgebieden)
  // that it always answers `weet-niet`.
  const dir = mkdtempSync(join(tmpdir(), "zelftest-pairs-"));
  for (const code of ["GM0014", "GM0344", "GM0363"]) {
    const gemeente = readFileSync(join(BATCH, `paar-${code}-gemeente.yaml`), "utf8");
    writeFileSync(join(dir, `${code}-g.yaml`), gemeente);
    writeFileSync(join(dir, `${code}-a.yaml`), readFileSync(join(BATCH, `paar-${code}-adviesraad.yaml`), "utf8"));
    writeFileSync(
      join(dir, `${code}-c.yaml`),
      gemeente
        .replace(/role: gemeente/, "role: clientorganisatie")
        .replace(/(levensbreed\.levensgebieden): \S+/, "$1: weet-niet"),
    );
  }

  it("sets two roles side by side in the order asked, with both kappas per question", async () => {
    const r = await runCli(
      ["batch", ".", "--format", "json", "--pairs", "clientorganisatie,gemeente", "--pairs", "gemeente,adviesraad"],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const pairs = JSON.parse(r.stdout).aggregate.pairs as {
      roles: string[];
      count: number;
      items: {
        id: string;
        n: number;
        observed: number | null;
        kappa: number | null;
        weighted: { n: number; kappa: number | null };
      }[];
    }[];
    expect(pairs.map((p) => [p.roles, p.count])).toEqual([
      [["clientorganisatie", "gemeente"], 3],
      [["gemeente", "adviesraad"], 3],
    ]);
    const byId = new Map(pairs[0]!.items.map((i) => [i.id, i]));
    // Same answers everywhere else: every pair agrees.
    const inrichting = byId.get("beleidsplan.inrichting")!;
    expect(inrichting.observed).toBe(1);
    // weet-niet against the gemeente's answer: a disagreement for Cohen's kappa, left out of the weighted one.
    const levens = byId.get("levensbreed.levensgebieden")!;
    expect(levens.n).toBe(3);
    const gemeenteGave = ["GM0014", "GM0344", "GM0363"].filter((code) =>
      /levensbreed\.levensgebieden: (ja|deels|nee)\b/.test(readFileSync(join(dir, `${code}-g.yaml`), "utf8")),
    ).length;
    // Where the gemeente gave ja, deels or nee the two differ; where it said weet-niet too, they agree.
    expect(gemeenteGave).toBeGreaterThan(0);
    expect(levens.observed).toBeCloseTo(1 - gemeenteGave / 3, 12);
    // weet-niet is not on the ordinal scale: no pair is left for the weighted kappa.
    expect(levens.weighted).toEqual({ n: 0, kappa: null });
  });

  it("without --pairs gives gemeente × adviesraad, as --pairs gemeente,adviesraad does", async () => {
    const plain = await runCli(["batch", ".", "--format", "md"], { cwd: dir });
    const asked = await runCli(["batch", ".", "--format", "md", "--pairs", "gemeente,adviesraad"], { cwd: dir });
    expect(asked.stdout).toBe(plain.stdout);
    expect(plain.stdout).toContain("## Gemeente en adviesraad naast elkaar");
    expect(plain.stdout).toContain("| Gewogen kappa (lineair) |");
    const en = await runCli(
      ["--lang", "en", "batch", ".", "--format", "html", "--pairs", "clientorganisatie,aanbieder"],
      {
        cwd: dir,
      },
    );
    expect(en.stdout).toContain('<section id="paren-clientorganisatie-aanbieder"');
    expect(en.stdout).toContain("There are no pairs: no municipality has, in the same year, a file with the role");
  });

  it.each([
    [["--pairs", "gemeente,wmo-raad"], '"gemeente,wmo-raad"'],
    [["--pairs", "gemeente,gemeente"], '"gemeente,gemeente"'],
    [["--pairs", "gemeente"], '"gemeente"'],
    [["--pairs", "gemeente,adviesraad,aanbieder"], '"gemeente,adviesraad,aanbieder"'],
    [["--pairs", "gemeente,adviesraad", "--pairs", "adviesraad,gemeente"], '"adviesraad,gemeente"'],
  ])("%j is refused with exit 2 and says which roles there are", async (args, value) => {
    for (const lang of ["nl", "en"] as const) {
      const r = await runCli(["--lang", lang, "batch", ".", "--format", "md", ...args], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(value);
      expect(r.stderr).toContain("--pairs");
      expect(r.stderr).toContain("gemeente, adviesraad, clientorganisatie, aanbieder, onderzoeker, anders");
      expect(r.stderr).toContain(lang === "nl" ? "twee verschillende rollen" : "two different roles");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("takes a role as a person types it (cliëntorganisatie, capitals, spaces) as the role; the same role twice is still refused", async () => {
    const typed = await runCli(["batch", ".", "--format", "json", "--pairs", " Cliëntorganisatie , gemeente"], {
      cwd: dir,
    });
    const plain = await runCli(["batch", ".", "--format", "json", "--pairs", "clientorganisatie,gemeente"], {
      cwd: dir,
    });
    expect(typed.code, typed.stderr).toBe(0);
    expect(JSON.parse(typed.stdout).aggregate.pairs).toEqual(JSON.parse(plain.stdout).aggregate.pairs);
    expect(JSON.parse(typed.stdout).aggregate.pairs[0].roles).toEqual(["clientorganisatie", "gemeente"]);
    for (const wrong of ["Gemeente,gemeente", "gemeente,wmo-raad", "gemeente,cliënt", "gemeente,"]) {
      const r = await runCli(["batch", ".", "--format", "md", "--pairs", wrong], { cwd: dir });
      expect(r.code, wrong).toBe(2);
      expect(r.stderr, wrong).toContain("INVALID_OPTION");
      expect(r.stderr, wrong).toContain("clientorganisatie");
    }
  });

  it("is refused with the CSVs, which have no pairs", async () => {
    const r = await runCli(["batch", ".", "--pairs", "gemeente,adviesraad"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--pairs");
    expect(r.stderr).toContain("--format md");
  });
});

describe("--pairs count", () => {
  it("says '1 paar' and '1 pair' for one pair, '2 paren' for two", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-one-pair-"));
    for (const code of ["GM0014", "GM0344"])
      for (const role of ["gemeente", "adviesraad"])
        writeFileSync(
          join(dir, `${code}-${role}.yaml`),
          readFileSync(join(BATCH, `paar-${code}-${role}.yaml`), "utf8"),
        );
    const two = await runCli(["batch", ".", "--format", "md"], { cwd: dir });
    expect(two.stdout).toContain("(2 paren;");
    writeFileSync(join(dir, "GM0344-adviesraad.yaml"), readFileSync(join(BATCH, "paar-GM0344-gemeente.yaml"), "utf8"));
    const nl = await runCli(["batch", ".", "--format", "md"], { cwd: dir });
    expect(nl.stdout).toContain("(1 paar;");
    const en = await runCli(["--lang", "en", "batch", ".", "--format", "md"], { cwd: dir });
    expect(en.stdout).toContain("(1 pair;");
  });
});
