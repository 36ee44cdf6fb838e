// Closes the class of defects 8, 9 and 10 (issue 21): every user-derived text field of an answer
// file (municipality, respondent name, note, source, research meta, the file's name) fed with
// every character that has shaped an output before — LF, CR LF, a lone CR, C0 and C1 controls,
// ESC sequences (screen reset, colours, a window title), bidirectional controls and the XML
// non-characters U+FFFE/U+FFFF and a lone surrogate — through every output format: Markdown
// (report, compare, batch), HTML, Word, CSV (wide and long) and the terminal. Each format's escape
// must hold: Markdown has the same block structure as for plain text; nothing reaches a terminal
// that steers it; the Word file is well-formed XML; CSV rows keep their columns and no cell is a
// formula; HTML shows the text as text.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { Marked } from "marked";
import type { Token } from "marked";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeEntities } from "../../src/report/render-terminal.js";
import { docxParts, docxXml } from "../helpers/docx-text.js";
import { runCli } from "../helpers/run-cli.js";

/** The characters under test, with some Markdown and HTML for good measure. */
const HOSTILE = [
  "Zie\r- lijst\r\r# Kop\r===\r***",
  "a\r\nb\nc",
  "\u0000\u0001\u0007\u0008\u000b\u000c\u007f",
  "\u001bc\u001b[2J\u001b[31mrood\u001b]0;TITEL\u0007\u001b7\u001b8",
  "\u0085\u009b31m\u009d0;t\u009c",
  "\u202eedcba\u202c\u2066x\u2069\u200f\u2028\u2029",
  "\ufffe\uffff\ud800",
  "| cel | <b>vet</b> =1+1",
].join(" ");

const ITEMS = ["beleidsplan.inrichting", "beleidsplan.wettelijke-eisen", "onafhankelijkheid.professionele-autonomie"];

function answerFile(text: string): string {
  return JSON.stringify({
    questionnaire: "clientondersteuning-wmo2015",
    version: "1.2.0",
    municipality: `Gemeente ${text}`.slice(0, 200),
    respondent: { role: "gemeente", name: `Team ${text}`.slice(0, 200) },
    date: "2025-01-01",
    meta: { ref: `r ${text}` },
    answers: Object.fromEntries(
      ITEMS.map((id, i) => [
        id,
        { answer: ["ja", "deels", "nee"][i], note: `Toelichting ${text}`, evidence: `Bron ${text}` },
      ]),
    ),
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zelftest-escape-"));
  for (const [sub, text] of [
    ["hostile", HOSTILE],
    ["plain", "X"],
  ] as const) {
    mkdirSync(join(dir, sub));
    writeFileSync(join(dir, sub, "a.json"), answerFile(text));
    copyFileSync(join(dir, sub, "a.json"), join(dir, sub, "b.json"));
  }
  // A file name with what a file name can hold (no NUL, no slash).
  copyFileSync(join(dir, "hostile", "a.json"), join(dir, "hostile", "n\r\u001bc\u202e=1.json"));
  copyFileSync(join(dir, "plain", "a.json"), join(dir, "plain", "nXXXX.json"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command on the hostile and the plain files alike. */
async function both(args: (sub: string) => string[], tty = false, env: Record<string, string> = {}) {
  const run = (sub: string) => runCli(args(join(dir, sub)), { cwd: join(dir, sub), stdoutIsTTY: tty, env });
  const [hostile, plain] = [await run("hostile"), await run("plain")];
  expect(hostile.code, hostile.stderr).toBe(0);
  expect(plain.code, plain.stderr).toBe(0);
  return { hostile: hostile.stdout, plain: plain.stdout };
}

/** The block structure of Markdown as GFM reads it: token types, table sizes, heading levels, list lengths. */
function blocks(md: string): string[] {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.type === "space") continue;
      if (t.type === "table") out.push(`table ${t.header.length}x${t.rows.length}`);
      else if (t.type === "heading") out.push(`h${t.depth}`);
      else if (t.type === "list") out.push(`list ${t.items.length}`);
      else out.push(t.type);
      // Only block containers are entered: inline tokens (text, emphasis, <br>) are not structure.
      if (t.type === "blockquote") walk(t.tokens ?? []);
      if (t.type === "list") for (const item of t.items) walk(item.tokens);
    }
  };
  walk(new Marked({ gfm: true }).lexer(md));
  return out;
}

/** What may not stand in a text shown on a terminal: every control but LF, tab and CR LF. */
const STEERS_TERMINAL =
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u2028\u2029]/;
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

describe("every user-derived text through every output format (issue 21 defects 8, 9, 10)", () => {
  const markdown = [
    { name: "report", args: (d: string) => ["report", join(d, "a.json")] },
    { name: "report --kort", args: (d: string) => ["report", join(d, "a.json"), "--kort"] },
    { name: "compare", args: (d: string) => ["compare", join(d, "a.json"), join(d, "b.json")] },
    {
      name: "batch --format md",
      args: (d: string) => ["batch", d, "--format", "md", "--include-names", "--jobs", "0"],
    },
  ];
  for (const c of markdown) {
    it(`defect 8: ${c.name} Markdown has the same headings, lists, rules and tables as for plain text, and no raw control character`, async () => {
      const { hostile, plain } = await both(c.args);
      const [h, p] = [blocks(hostile), blocks(plain)];
      // The first difference, with a little context, says what broke out.
      const first = h.findIndex((b, i) => b !== p[i]);
      expect(h.slice(Math.max(0, first - 3), first + 3)).toEqual(p.slice(Math.max(0, first - 3), first + 3));
      expect(h).toEqual(p);
      expect(hostile).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(hostile).not.toContain("<b>");
    });
  }

  const terminal = [
    ...markdown,
    { name: "report --format html", args: (d: string) => ["report", join(d, "a.json"), "--format", "html"] },
    { name: "batch (CSV)", args: (d: string) => ["batch", d, "--include-names", "--jobs", "0"] },
    {
      name: "batch --format csv-long",
      args: (d: string) => ["batch", d, "--format", "csv-long", "--include-names", "--jobs", "0"],
    },
    { name: "batch --format json", args: (d: string) => ["batch", d, "--format", "json", "--jobs", "0"] },
  ];
  for (const c of terminal) {
    it(`defect 9: ${c.name} printed on a terminal holds no character that steers it (with and without colour)`, async () => {
      for (const env of [{ NO_COLOR: "1" }, { FORCE_COLOR: "1" }] as Record<string, string>[]) {
        const { hostile } = await both(c.args, true, env);
        // Our own styles (colour, bold, underline: SGR sequences) are the only escapes allowed.
        const shown = hostile.replace(/\u001b\[[0-9;]*m/g, "");
        const at = STEERS_TERMINAL.exec(shown);
        expect(at && JSON.stringify(shown.slice(Math.max(0, at.index - 20), at.index + 20))).toBeNull();
      }
    });
  }

  it("defect 10: the Word report is well-formed XML in every part, whatever the text holds", async () => {
    for (const sub of ["hostile", "plain"]) {
      const r = await runCli(["report", "a.json", "--out", "r.docx"], { cwd: join(dir, sub) });
      expect(r.code, r.stderr).toBe(0);
      const bytes = readFileSync(join(dir, sub, "r.docx"));
      for (const part of docxParts(bytes).filter((p) => p.endsWith(".xml"))) {
        const xml = docxXml(bytes, part);
        const bad = XML_INVALID.exec(xml);
        expect(bad && `${part}: ${JSON.stringify(xml.slice(Math.max(0, bad.index - 20), bad.index + 20))}`).toBeNull();
      }
    }
    const xml = docxXml(readFileSync(join(dir, "hostile", "r.docx")));
    expect(xml).toContain("&lt;b&gt;vet&lt;/b&gt;");
  });

  it("CSV (wide and long): every row has the header's columns, no cell is a formula, the text is kept", async () => {
    for (const format of ["csv", "csv-long"]) {
      const { hostile, plain } = await both((d) => ["batch", d, "--format", format, "--include-names", "--jobs", "0"]);
      const rows = parseCsv(hostile, { relax_column_count: true }) as string[][];
      const plainRows = parseCsv(plain, { relax_column_count: true }) as string[][];
      expect(rows.length).toBe(plainRows.length);
      for (const row of rows) expect(row.length).toBe(rows[0]!.length);
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(hostile).toContain("Gemeente Zie");
    }
  });

  it("HTML (report and compare) shows the text as text: no tag from it, the characters as they are or escaped", async () => {
    for (const args of [
      (d: string) => ["report", join(d, "a.json"), "--format", "html"],
      (d: string) => ["compare", join(d, "a.json"), join(d, "b.json"), "--format", "html"],
    ]) {
      const { hostile } = await both(args);
      expect(hostile).not.toContain("<b>");
      expect(hostile).toContain("&lt;b&gt;vet&lt;&#47;b&gt;");
    }
  });

  it("defect 9: a character reference to a control character (&#27; is ESC) is not decoded for the terminal", () => {
    expect(decodeEntities("&#27;c &#x1b;[2J &#8238;x &#x202E; &lt;b&gt; &#233;")).toBe(
      "&#27;c &#x1b;[2J &#8238;x &#x202E; <b> é",
    );
  });

  it("SPSS syntax (--codebook x.sps): a questionnaire's texts stay inside their string literals, whatever they hold", async () => {
    const { ROOT } = await import("../helpers/fixtures.js");
    const sub = join(dir, "spss");
    mkdirSync(sub, { recursive: true });
    // A text of 249 characters and a quote: shortening after doubling it cut the doubled quote in half.
    // Quotes across the cut, for either parity of whatever the label puts before the text.
    const evil = (lead: string) => `${lead}${"'".repeat(300)} . DATASET CLOSE ALL . * \u001b[2J\r\nEXECUTE \u2028`;
    const mini = readFileSync(join(ROOT, "test", "fixtures", "questionnaires", "mini.yaml"), "utf8")
      .replace("question: Vraag alpha.een?", `question: ${JSON.stringify(evil("x"))}`)
      .replace("question: Vraag alpha.twee?", `question: ${JSON.stringify(evil("xy"))}`)
      .replace("title: Alpha", `title: ${JSON.stringify(evil("x"))}`);
    writeFileSync(join(sub, "q.yaml"), mini);
    writeFileSync(
      join(sub, "a.yaml"),
      "questionnaire: mini\nversion: 2.1.0\nmunicipality: X\nrespondent: {role: gemeente}\ndate: 2025-01-01\nanswers:\n  alpha.een: ja\n",
    );
    const r = await runCli(
      ["batch", "a.yaml", "--questionnaire", "q.yaml", "--out", "d.csv", "--codebook", "c.sps", "--jobs", "0"],
      { cwd: sub },
    );
    expect(r.code, r.stderr).toBe(0);
    const sps = readFileSync(join(sub, "c.sps"), "utf8");
    expect(sps).toContain("");
    expect(sps).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/);
    // Outside string literals, the syntax holds only our own commands: no DATASET or EXECUTE from the text.
    const outside = sps.replace(/'(?:[^'\n]|'')*'/g, "STR");
    expect(outside).not.toContain("DATASET CLOSE");
    // Every quote belongs to a literal (comment lines, `* …`, are SPSS's own and hold ours only).
    for (const line of outside.split("\n").filter((l) => !l.startsWith("*"))) expect(line).not.toContain("'");
  });
});
