// `report` and `compare` on a terminal print readable text (src/report/render-terminal.ts); piped,
// with --out or with --format md exactly the Markdown. Through the injected io, with and without a TTY.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/report/render-terminal.js";
import { ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const example = (name: string) => join(ROOT, "examples", name);
const ESCAPES = /\\[~+\-:.#*_|[\]@]|&(lt|gt|amp|quot|#\d+);/;
const ESC = "\u001b";
const env = { SOURCE_DATE_EPOCH: "1767225600", NO_COLOR: "1" };
const tty = { stdoutIsTTY: true, env };
const widest = (text: string) => Math.max(...text.split("\n").map(displayWidth));

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** An answer file whose note and name hold the characters Markdown escapes. */
function awkwardFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "zelftest-readable-"));
  dirs.push(dir);
  const file = join(dir, "gemeente.json");
  writeFileSync(
    file,
    JSON.stringify({
      questionnaire: "clientondersteuning-wmo2015",
      version: "1.2.0",
      municipality: "Súdwest-Fryslân",
      respondent: { role: "gemeente", name: "Team *Wmo* & <zorg>" },
      date: "2025-01-01",
      answers: {
        "toegankelijkheid.gratis": "ja",
        "onafhankelijkheid.andere-ondersteuner": {
          answer: "nee",
          note: '~ deels; zie https://www.example.nl en <a href="x">dit</a> -25 +26,7',
        },
      },
    }),
  );
  return file;
}

describe("report on a terminal", () => {
  const commands: [string, string[]][] = [
    ["report", [example("adviesraad-rijssen-holten-2015.yaml")]],
    ["report --kort", [example("gemeente-rijssen-holten-2015.yaml"), "--kort"]],
    ["compare", [example("gemeente-rijssen-holten-2015.yaml"), example("adviesraad-rijssen-holten-2015.yaml")]],
    ["compare (trend)", [example("gemeente-rijssen-holten-2015.yaml"), example("gemeente-rijssen-holten-2016.yaml")]],
  ];
  for (const [name, args] of commands) {
    const command = name.split(" ")[0]!;
    it(`${name}: readable text on a TTY, the Markdown piped and with --format md`, async () => {
      const onTty = await runCli([command, ...args], tty);
      const piped = await runCli([command, ...args], { env });
      const asked = await runCli([command, ...args, "--format", "md"], tty);
      expect(onTty.code).toBe(0);
      expect(piped.stdout).toMatch(/^# /);
      expect(piped.stdout).toMatch(/\n\|---/);
      expect(asked.stdout).toBe(piped.stdout);
      expect(onTty.stdout).not.toBe(piped.stdout);
      expect(onTty.stdout).not.toMatch(ESCAPES);
      expect(onTty.stdout).not.toMatch(/^#+ |\*\*|\|---/m);
      expect(widest(onTty.stdout)).toBeLessThanOrEqual(80);
    });
  }

  it("text that Markdown must escape reads as typed on a terminal, and stays escaped in the Markdown", async () => {
    const file = awkwardFile();
    const onTty = await runCli(["report", file], tty);
    const piped = await runCli(["report", file], { env });
    expect(onTty.code).toBe(0);
    expect(onTty.stdout).toContain("Team *Wmo* & <zorg>");
    expect(onTty.stdout.replace(/\s+/g, " ")).toContain(
      '~ deels; zie https://www.example.nl en <a href="x">dit</a> -25 +26,7',
    );
    expect(piped.stdout).toContain("\\~ deels; zie https\\://www\\.example.nl en &lt;a href");
  });

  it("fits a narrow terminal and wraps at 80 on a wide one", async () => {
    const args = ["report", example("adviesraad-rijssen-holten-2015.yaml")];
    expect(widest((await runCli(args, { ...tty, columns: 60 })).stdout)).toBeLessThanOrEqual(60);
    expect(widest((await runCli(args, { ...tty, columns: 200 })).stdout)).toBeLessThanOrEqual(80);
  });

  it("uses colour on a terminal unless NO_COLOR, and only colour codes", async () => {
    const args = ["report", example("adviesraad-rijssen-holten-2015.yaml"), "--kort"];
    const coloured = await runCli(args, { stdoutIsTTY: true, env: { SOURCE_DATE_EPOCH: "1767225600" } });
    expect(coloured.stdout).toContain(ESC);
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, "")).not.toContain(ESC);
    expect((await runCli(args, tty)).stdout).not.toContain(ESC);
  });

  it("--out writes the Markdown also from a terminal", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-readable-"));
    dirs.push(dir);
    const args = ["report", example("adviesraad-rijssen-holten-2015.yaml")];
    const r = await runCli([...args, "--out", "rapport.md"], { ...tty, cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "rapport.md"), "utf8")).toBe((await runCli(args, { env })).stdout);
  });
});
