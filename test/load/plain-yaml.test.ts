// The plain-YAML reader against the full parser: wherever the reader gives a value, it is the value
// the yaml library gives (key order and types included) and the full parser finds no problem; and
// SourceDocument.parse (reader first) gives the same values and the same diagnostics, positions
// included, as SourceDocument.parseFully on every fixture and on random texts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { readPlainJson } from "../../src/load/plain-json.js";
import { readPlainYaml } from "../../src/load/plain-yaml.js";
import { SourceDocument } from "../../src/load/source-document.js";
import { ROOT } from "../helpers/fixtures.js";
import { makeAnswerFiles } from "../helpers/synthetic.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";

/** What parsing gives: the value (with its key order) or the diagnostics. */
function outcome(parse: () => SourceDocument): unknown {
  try {
    const source = parse();
    return { value: source.value, order: JSON.stringify(source.value) };
  } catch (err) {
    if (err instanceof InputError) return { diagnostics: err.diagnostics };
    throw err;
  }
}

/** The reader, checked against the full parser; true when the reader took the text. */
function agrees(text: string): boolean {
  const plain = readPlainYaml(text);
  if (plain === undefined) return false;
  const full = SourceDocument.parseFully(text, "x.yaml").value;
  expect(plain).toStrictEqual(full);
  expect(JSON.stringify(plain)).toBe(JSON.stringify(full));
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.(ya?ml|json)$/.test(name) ? [path] : [];
  });
}

describe("the plain-YAML reader", () => {
  const fixtures = [
    ...yamlFiles(join(ROOT, "test", "fixtures")),
    ...yamlFiles(join(ROOT, "examples")),
    ...yamlFiles(join(ROOT, "questionnaires")),
  ];

  it("reads the examples and the synthetic files, and gives the full parser's value for every fixture it takes", () => {
    let taken = 0;
    for (const file of fixtures) {
      const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
      if (agrees(text)) taken += 1;
    }
    for (const file of yamlFiles(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")))
      expect(readPlainYaml(readFileSync(file, "utf8")), file).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), "zelftest-plain-"));
    try {
      for (const file of makeAnswerFiles(dir, 50, 3)) expect(agrees(readFileSync(file, "utf8")), file).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(taken).toBeGreaterThan(20);
  });

  it("gives the same values and diagnostics as the full parser on every fixture", () => {
    for (const file of fixtures) {
      const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
      const json = file.endsWith(".json");
      expect(
        outcome(() => SourceDocument.parse(text, file, { json })),
        file,
      ).toStrictEqual(outcome(() => SourceDocument.parseFully(text, file, { json })));
    }
  });

  it("gives the full parser's places when a value's place is asked for", () => {
    const text = "questionnaire: x\nanswers:\n  a.b: ja\n  c.d:\n    answer: 'nee'\n    note: \"n\\u00e9\" # c\n";
    const fast = SourceDocument.parse(text, "f.yaml");
    const full = SourceDocument.parseFully(text, "f.yaml");
    for (const path of [["answers", "c.d", "note"], ["answers", "a.b"], ["answers", "x"], ["questionnaire"], []])
      for (const which of ["key", "value"] as const)
        expect(fast.place(path, which), `${path.join(".")} ${which}`).toEqual(full.place(path, which));
  });

  it("leaves everything beyond plain mappings to the full parser", () => {
    for (const text of [
      "a: [1, 2]\n",
      "a:\n- - x\n",
      "a:\n-\n",
      "a:\n- # c\n",
      "a:\n  - x\n - y\n",
      "a:\n- x\nb: 1\n  - y\n",
      "- x\n",
      "a: [x]\n",
      "a: |\n  x\n",
      "a: &x y\nb: *x\n",
      "a: !!str 1\n",
      "---\na: 1\n",
      "a: 1\n---\nb: 2\n",
      "%YAML 1.2\n---\na: 1\n",
      "a: 1\na: 2\n",
      "constructor: 1\n",
      "a:\n  prototype: 1\n",
      "a: b: c\n",
      "a: 'x\ny'\n",
      "a: b\nc\n",
      "a: b\n  - c\n",
      "a: b\n  # c\n  d\n",
      'a: "x\\\n\n  y"\n',
      "a: {b: [1]}\n",
      "a: {b: 1,}\n",
      "a: {b:1}\n",
      "a: {b: c: d}\n",
      "a: {b: 1} x\n",
      "a: {b: 1\n}\n",
      "a: {b: 1, b: 2}\n",
      "a: {'b': 1}\n",
      '"a": 1\n',
      "a:\tb\n",
      "a: b\rc: d\n",
      "a: \u00a0b\n",
      "# only a comment\n",
      "  a: 1\n",
      "a:\n    b: 1\n  c: 2\n",
      "null: 1\n",
      "a: - 1\n",
      "a: -\n",
      'a: "\\q"\n',
      'a: "\\ud800"\n',
    ])
      expect(readPlainYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it("resolves plain scalars as YAML 1.2's core schema does", () => {
    const text = [
      "a: 12",
      "b: 007",
      "c: 0o17",
      "d: 0x1F",
      "e: 1.50",
      "f: 1e3",
      "g: 2.5E-2",
      "h: 2015-09-01",
      "i: 1.2.0",
      "j: null",
      "k: Null",
      "l: TRUE",
      "m: False",
      "n: x~",
      "o: yes",
      "p: 12 maart",
      "q: 'it''s'",
      'r: "tab\\there \\x41\\u00e9\\U0001F600 \\"q\\" \\\\ \\/"',
      "s: a#b",
      "t: a # comment",
      "u: x:y",
      "v:",
      "w: é",
      "x: 99999999999999999999",
      "y: 0x",
      "z: 1_000",
      "a1: -1",
      "a2: +12",
      "a3: .5",
      "a4: -.inf",
      "a5: .NaN",
      "a6: -0",
      "a7: ~",
      "a8: =SOM(A1)",
      "a9: -1 punt; +2",
      "b1: (zie bijlage)",
      "b2: 1e",
    ].join("\r\n");
    expect(agrees(text)).toBe(true);
  });

  it("gives the full parser's value or diagnostics for random texts made of answer-file pieces", () => {
    // Mostly what the reader takes, with a few pieces that send a text to the full parser.
    const good = <T>(common: readonly T[], rare: readonly T[]) =>
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...common) },
        { weight: 1, arbitrary: fc.constantFrom(...rare) },
      );
    const key = good(
      ["questionnaire", "answers", "note", "a", "b", "a.b-c_d", "Ab9", "x"],
      ["null", "true", "constructor", "__proto__", "x y", "é", "-a", '"q"'],
    );
    const scalar = good(
      [
        "",
        "",
        "ja",
        "weet-niet",
        "12",
        "0o7",
        "0x1f",
        "1.0",
        "1e5",
        "null",
        "True",
        "2015-01-01",
        "1.2.0",
        "a:b",
        "a #c",
        "a#c",
        "# c",
        "'s''q'",
        '"d\\"q"',
        '"\\u00e9"',
        "é ü",
        "😀",
        "a  ",
        "x~",
      ],
      [
        "-3",
        ".inf",
        "~",
        "a: b",
        "x:",
        "'open",
        '"\\x4"',
        '"open',
        "[a]",
        "{a: 1}",
        "- x",
        "|",
        ">-",
        "&a x",
        "*a",
        "!t x",
        "@x",
        "`x",
        "%x",
        "\u00a0x",
        "x\ty",
        "\u2028",
      ],
    );
    const line = fc.oneof(
      {
        weight: 8,
        arbitrary: fc
          .record({ indent: good([0, 0, 2, 2, 4], [1, 3, 6]), key, scalar })
          .map(({ indent, key, scalar }) => `${" ".repeat(indent)}${key}:${scalar === "" ? "" : ` ${scalar}`}`),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "",
          "# comment",
          "  # indented comment",
          "---",
          "...",
          "  - x",
          "- x",
          "- a: b",
          "  - {a: b}",
          "   ",
          "  more",
          "%YAML 1.2",
          "a:b",
          "a:1",
        ),
      },
    );
    const lines = fc.array(line, { minLength: 1, maxLength: 10 });
    // Well-formed nested mappings (unique keys, two spaces per level), with the same scalars.
    type Tree = { [key: string]: string | Tree };
    const { tree } = fc.letrec<{ tree: Tree; node: string | Tree }>((tie) => ({
      tree: fc.dictionary(key, tie("node"), { minKeys: 1, maxKeys: 4 }),
      node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("tree")),
    }));
    const render = (t: Tree, indent = 0): string[] =>
      Object.entries(t).flatMap(([k, v]) =>
        typeof v === "string"
          ? [`${" ".repeat(indent)}${k}:${v === "" ? "" : ` ${v}`}`]
          : [`${" ".repeat(indent)}${k}:`, ...render(v, indent + 2)],
      );
    const text = fc
      .tuple(
        fc.oneof(
          lines,
          tree.map((t) => render(t)),
        ),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
      )
      .map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ""));
    let taken = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (agrees(t)) taken += 1;
        expect(outcome(() => SourceDocument.parse(t, "r.yaml"))).toStrictEqual(
          outcome(() => SourceDocument.parseFully(t, "r.yaml")),
        );
      }),
      { numRuns: 1500 },
    );
    // The generator reaches the reader's side too, not only the full parser's.
    expect(taken).toBeGreaterThan(100);
  }, 120_000); // 1,500 runs: seconds on a quiet machine, more on a busy one

  it("takes every shape other tools write (test/fixtures/shapes): PyYAML's dumps, its flow style, group answers, JSON, CRLF, BOM", () => {
    const dir = join(ROOT, "test", "fixtures", "shapes");
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThanOrEqual(13);
    for (const name of files) {
      const text = readFileSync(join(dir, name), "utf8").replace(/^\uFEFF/, "");
      const json = name.endsWith(".json");
      const fast = json ? readPlainJson(text) : readPlainYaml(text);
      expect(fast, name).toBeDefined();
      const full = SourceDocument.parseFully(text, name, { json }).value;
      expect(fast, name).toStrictEqual(full);
      expect(JSON.stringify(fast), name).toBe(JSON.stringify(full));
    }
  });

  it("gives the full parser's value or diagnostics for values folded over lines as PyYAML writes them, and flow mappings", () => {
    // Values of characters that matter to YAML, written plain, 'single-' or "double-quoted", folded
    // at random spaces onto lines indented as PyYAML does (or, now and then, wrongly), as block
    // values or inside a flow mapping.
    const text = fc.stringMatching(/^[a-z é‘’'"\\#:,{}[\]=@-]{0,40}$/);
    const newlines = fc.array(fc.constantFrom("", "\n", "\n\n"), { minLength: 0, maxLength: 3 });
    const value = fc.tuple(text, newlines, text).map(([a, n, b]) => a + n.join("") + b);
    const escapeDouble = (v: string) =>
      v
        .replace(/[\\"]/g, (c) => `\\${c}`)
        .replace(/[^\x20-\x7e]/g, (c) => {
          const code = c.codePointAt(0)!;
          return code === 10
            ? "\\n"
            : code < 0x100
              ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
              : `\\u${code.toString(16).padStart(4, "0")}`;
        });
    /** A scalar in one style, its spaces folded (random) onto lines indented `indent`. */
    const scalar = (v: string, style: number, folds: readonly boolean[], indent: string): string => {
      let k = 0;
      const foldAt = () => folds[k++ % folds.length];
      if (style === 0) return v.replace(/\n/g, `\n\n${indent}`).replace(/ /g, (sp) => (foldAt() ? `\n${indent}` : sp));
      if (style === 1)
        return `'${v
          .replace(/'/g, "''")
          .replace(/\n/g, `\n\n${indent}`)
          .replace(/ /g, (sp) => (foldAt() ? `\n${indent}` : sp))}'`;
      const escaped = escapeDouble(v);
      // PyYAML: a `\` before the break and the space escaped at the start of the next line; or a plain break.
      return `"${escaped.replace(/ /g, (sp) => (foldAt() ? (k % 2 ? `\\\n${indent}\\ ` : `\n${indent}`) : sp))}"`;
    };
    const entry = fc.record({
      key: fc.constantFrom("note", "evidence", "a.b-c", "x"),
      value,
      style: fc.constantFrom(0, 1, 2, 2),
      folds: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
      indent: fc.constantFrom(2, 2, 4, 4, 6, 0, 1),
      flow: fc.boolean(),
    });
    const docs = fc.tuple(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.constantFrom("\n", "\r\n"));
    let taken = 0;
    fc.assert(
      fc.property(docs, ([entries, eol]) => {
        const lines = ["questionnaire: x", "answers:"];
        entries.forEach((e, i) => {
          const key = `${e.key}${i}`;
          const more = " ".repeat(e.indent);
          if (e.flow) lines.push(`  ${key}: {answer: ja, ${e.key}: ${scalar(e.value, e.style, e.folds, `  ${more}`)}}`);
          else lines.push(`  ${key}: ${scalar(e.value, e.style, e.folds, `  ${more}`)}`);
        });
        const t = `${lines.join("\n")}\n`.replace(/\n/g, eol);
        if (agrees(t)) taken += 1;
        expect(outcome(() => SourceDocument.parse(t, "f.yaml"))).toStrictEqual(
          outcome(() => SourceDocument.parseFully(t, "f.yaml")),
        );
      }),
      { numRuns: 1500 },
    );
    expect(taken).toBeGreaterThan(300);
  }, 120_000);

  it("JSON: gives the full parser's value or diagnostics, also with duplicate and forbidden keys", () => {
    const key = fc.oneof(
      { weight: 8, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "a", "a", "é", ":", '"') },
    );
    const member = fc.tuple(key, fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(undefined, 0, 2, 4));
    const docs = fc.tuple(fc.array(member, { maxLength: 6 }), fc.constantFrom("\n", "\r\n", " "));
    let taken = 0;
    fc.assert(
      fc.property(docs, ([members, eol]) => {
        const t = `{${members.map(([k, v, indent]) => `${JSON.stringify(k)}: ${JSON.stringify(v, null, indent)}`).join(`,${eol}`)}}`;
        const fast = readPlainJson(t);
        if (fast !== undefined) {
          taken += 1;
          const full = SourceDocument.parseFully(t, "f.json", { json: true }).value;
          expect(fast).toStrictEqual(full);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
        }
        expect(outcome(() => SourceDocument.parse(t, "f.json", { json: true }))).toStrictEqual(
          outcome(() => SourceDocument.parseFully(t, "f.json", { json: true })),
        );
      }),
      { numRuns: 1000 },
    );
    // The fast reader takes about a third of these random documents (338–385 of 1,000 in five runs,
    // and once exactly 300, which failed a bound of 300): the bound is far below, so it cannot flake.
    expect(taken).toBeGreaterThan(200);
    for (const t of ['{"a": 1, "a": 2}', '{"__proto__": {}}', '{"a": {"b": 1, "b": 1}}', "[1]", '{"a":\t1}', "{"])
      expect(readPlainJson(t), t).toBeUndefined();
  }, 120_000);
});
