// Defect 5 (issue 21): brackets and braces in text are characters, not nesting. The first look
// at the text before the parser (checkNestingInText) counted every `[` and `{` in the whole file,
// so 101 of them across notes refused a valid file, and files the interview and the form wrote
// could not be read back. Real nesting is still refused at its place; and whatever the interview's
// writer writes, the reader reads (a round-trip property over notes full of YAML's own characters).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serializeAnswers } from "../../src/load/write-answers.js";
import { loadQuestionnaire, sourceFromBytes } from "../../src/load/load-files.js";
import { parseAnswers } from "../../src/load/parse-answers.js";
import { SourceDocument } from "../../src/load/source-document.js";
import type { Answer } from "../../src/model/answers.js";
import { answerSet, diagnosticsOf, places } from "../helpers/fixtures.js";

const q = loadQuestionnaire("clientondersteuning-wmo2015");
const HEADER =
  "questionnaire: clientondersteuning-wmo2015\nversion: 1.2.0\nmunicipality: X\nrespondent: {role: gemeente}\ndate: 2025-01-01\nanswers:\n";
const IDS = ["beleidsplan.inrichting", "beleidsplan.wettelijke-eisen", "onafhankelijkheid.professionele-autonomie"];
const read = (text: string, file = "f.yaml") => parseAnswers(sourceFromBytes(new TextEncoder().encode(text), file), q);

describe("defect 5: brackets in text are not nesting", () => {
  it("defect 5: 120 `[` across three quoted notes is a valid file (was NESTING_TOO_DEEP at 15:36)", () => {
    const text = HEADER + IDS.map((id) => `  ${id}:\n    answer: ja\n    note: "zie ${"[".repeat(40)}"\n`).join("");
    expect(read(text).answers.get(IDS[0]!)?.note).toBe(`zie ${"[".repeat(40)}`);
  });

  const many = `${"[".repeat(60)}${"{".repeat(60)}`;
  const shapes: Record<string, string> = {
    "double-quoted": `  ${IDS[0]}:\n    answer: ja\n    note: "${many}"\n`,
    "single-quoted": `  ${IDS[0]}:\n    answer: ja\n    note: '${many} it''s'\n`,
    plain: `  ${IDS[0]}:\n    answer: ja\n    note: zie ${many}\n`,
    "plain, continued on the next line": `  ${IDS[0]}:\n    answer: ja\n    note: zie\n      ${many}\n`,
    "literal block": `  ${IDS[0]}:\n    answer: ja\n    note: |\n      ${many}\n      ${many}\n\n      ${many}\n`,
    "folded block, after a comment": `  ${IDS[0]}:\n    # ${many}\n    answer: ja\n    note: >-\n      ${many}\n`,
    "quoted over lines": `  ${IDS[0]}:\n    answer: ja\n    note: "een\n      ${many}\n      twee \\" ${many}"\n`,
    "CR LF line ends": `  ${IDS[0]}:\r\n    answer: ja\r\n    note: zie ${many}\r\n`.replace(/\n(?!$)/g, "\n"),
  };
  for (const [shape, body] of Object.entries(shapes)) {
    it(`defect 5: one note of 120 brackets, ${shape}, reads back`, () => {
      const note = read(HEADER + body).answers.get(IDS[0]!)?.note ?? "";
      expect(note).toContain(many);
    });
  }

  it("defect 5: in a JSON file, and in the municipality", () => {
    const json = JSON.stringify({
      questionnaire: "clientondersteuning-wmo2015",
      version: "1.2.0",
      municipality: `X ${"[".repeat(101)}`,
      respondent: { role: "gemeente" },
      date: "2025-01-01",
      answers: { [IDS[0]!]: { answer: "ja", note: "{".repeat(150) } },
    });
    expect(read(json, "f.json").municipality).toBe(`X ${"[".repeat(101)}`);
    const yaml = HEADER.replace("municipality: X", `municipality: X ${"[".repeat(101)}`);
    expect(read(yaml).municipality).toBe(`X ${"[".repeat(101)}`);
  });

  it("defect 5: an ANSI sequence in the notes of all items (each `\\e[2J\\e[H`) reads back", () => {
    const text = HEADER + q.items.map((i) => `  ${i.id}:\n    answer: nee\n    note: "\\e[2J\\e[H"\n`).join("");
    expect(read(text).answers.size).toBe(q.items.length);
  });

  it("real nesting is still refused at its place: flow, dashes, and flow after a key or a dash", () => {
    const deep = (s: string) => places(diagnosticsOf(() => SourceDocument.parse(s, "d.yaml")));
    // The 101st bracket is where it becomes too deep.
    expect(deep(`${HEADER}  x: ${"[".repeat(150)}`)).toEqual([`NESTING_TOO_DEEP 7:${5 + 101}`]);
    expect(deep(`${HEADER}  - ${"- ".repeat(150)}ja\n`)).toEqual(["NESTING_TOO_DEEP 7:203"]);
    expect(deep(`${HEADER}  x:\n    - ${"{a: ".repeat(150)}`)).toEqual(["NESTING_TOO_DEEP 8:407"]);
    expect(deep(`${HEADER}  x: "ok ["\n  y: [${'"]",'.repeat(20)}${"[".repeat(150)}`)).toEqual([
      "NESTING_TOO_DEEP 8:186",
    ]);
  });

  it("round trip: whatever notes, sources and names the interview's writer is given, the reader reads the same answers back (YAML and JSON)", () => {
    const piece = fc.constantFrom(
      "[",
      "]",
      "{",
      "}",
      '"',
      "'",
      "#",
      ": ",
      "- ",
      "|",
      ">",
      "&a",
      "*a",
      "!t",
      "\n",
      "\r\n",
      "  ",
      "\t",
      "zie ",
      "x",
      "é",
      "\\",
      ",",
      "?",
      "%",
      "@",
      "`",
    );
    const text = fc
      .array(piece, { minLength: 1, maxLength: 200 })
      .map((p) => p.join("").trim())
      .filter((t) => t.length > 0);
    fc.assert(
      fc.property(
        fc.array(fc.record({ note: text, evidence: text }), { minLength: 1, maxLength: 3 }),
        text,
        fc.constantFrom("yaml" as const, "json" as const),
        (entries, name, format) => {
          const answers: Record<string, Answer> = {};
          entries.forEach((e, k) => {
            answers[IDS[k]!] = { answer: "deels", note: e.note, evidence: e.evidence };
          });
          const a = answerSet(answers, {
            questionnaire: q.id,
            version: q.version,
            municipality: name.slice(0, 200),
            respondent: { role: "gemeente", name: name.slice(0, 200) },
          });
          const written = serializeAnswers(a, q, ["kop"], format);
          const back = read(written, `f.${format}`);
          expect(back.municipality).toBe(a.municipality);
          expect(back.respondent.name).toBe(name.slice(0, 200));
          for (const [id, ans] of Object.entries(answers)) expect(back.answers.get(id)).toEqual(ans);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("defect 18: a flat syntax error is not reported as nesting", () => {
  it("defect 18: 101 lines of `a: b: c` are YAML_SYNTAX at the first one, with the advice to quote, not NESTING_TOO_DEEP at line 105", () => {
    const text = HEADER + Array.from({ length: 101 }, (_, i) => `  a${i}: b: c\n`).join("");
    const ds = diagnosticsOf(() => SourceDocument.parse(text, "f.yaml"));
    expect(places(ds)).toEqual(["YAML_SYNTAX 7:7"]);
    expect(ds[0]?.params.yamlCode).toBe("BLOCK_AS_IMPLICIT_KEY");
  });

  it("real deep nesting by indentation, and `- a: b` lists (valid compact mappings), are unchanged", () => {
    const deep = HEADER + Array.from({ length: 150 }, (_, i) => `${" ".repeat(i + 1)}a${i}:\n`).join("");
    expect(places(diagnosticsOf(() => SourceDocument.parse(deep, "d.yaml")))[0]).toMatch(/^NESTING_TOO_DEEP /);
    const list = `${HEADER.replace("answers:\n", "")}meta:\n  x: 1\nanswers:\n  beleidsplan.inrichting: ja\n`;
    expect(() => SourceDocument.parse(list, "l.yaml")).not.toThrow();
  });

  it("defect 18: ALIAS_LIMIT names a place: where an alias to a node that uses aliases is, or the alias beyond the limit", () => {
    const bomb = `${HEADER}x: &a [l, l, l, l, l, l, l, l, l]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nw: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
    expect(places(diagnosticsOf(() => SourceDocument.parse(bomb, "b.yaml")))).toEqual(["ALIAS_LIMIT 9:8"]);
    const flat = `${HEADER}x: &a [l, l]\n${Array.from({ length: 150 }, (_, i) => `k${i}: *a\n`).join("")}`;
    const ds = diagnosticsOf(() => SourceDocument.parse(flat, "f.yaml"));
    expect(places(ds)).toEqual([`ALIAS_LIMIT ${7 + 101}:7`]);
    expect(ds[0]?.sourceLine).toBe("k100: *a");
  });
});
