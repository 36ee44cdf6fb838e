// Every error code has words in both languages (src/messages/error-messages.ts), for the code
// list in src/errors.ts: a new code without a message, or a message that shows "undefined" or
// English in the Dutch UI, fails here. docs/exit-codes.md and the README list every code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_CODES, EXIT, InputError } from "../../src/errors.js";
import { SourceDocument } from "../../src/load/source-document.js";
import type { Params } from "../../src/errors.js";
import { wording } from "../../src/messages/error-messages.js";
import { ROOT } from "../helpers/fixtures.js";

/** A value for every parameter any message uses, each recognisable in the text. */
const PARAMS: Params = {
  actual: "string",
  allowed: ["ja", "nee"],
  argument: "FILE",
  code: "X",
  command: "score",
  comparison: ">=",
  declared: ["nl", "en"],
  description: "het antwoordbestand",
  detail: "DETAIL",
  encoding: "UTF-16",
  expected: "value",
  extra: ["extra.yaml"],
  field: "municipality",
  file: "antwoorden.yaml",
  found: "x",
  id: "thema.vraag",
  key: "__proto__",
  known: ["clientondersteuning-wmo2015"],
  language: "de",
  languages: ["en"],
  limit: 100,
  list: ["a"],
  missing: ["data/*.yaml"],
  option: "--format",
  package: "pakket",
  questionnaire: "clientondersteuning-wmo2015",
  reason: "ENOSPC",
  requires: ["--format md", "--format html"],
  size: 2_000_000,
  source: "bron",
  suggestion: "thema.vraag2",
  tag: "!!python/object",
  target: "thema.andere",
  term: "term",
  theme: "thema",
  value: "waarde",
  values: ["Enschede", "Hengelo"],
  version: "1.1",
  what: "municipality",
  where: "answers › x",
};

/** A placeholder that was never filled in: ${x}, {x}, {{x}}, %s or %d. */
const LEFTOVER = /\$\{|\{\{|\{[A-Za-z_]+\}|%[sd]\b/;

describe("the message of every error code", () => {
  it.each(ALL_CODES)("%s has a message and a hint in Dutch and in English", (code) => {
    const nl = wording(code, PARAMS, "nl");
    const en = wording(code, PARAMS, "en");
    for (const w of [nl, en]) {
      expect(w.message.trim().length, code).toBeGreaterThan(5);
      expect(w.hint.trim().length, code).toBeGreaterThan(5);
      expect(`${w.message} ${w.hint}`, code).not.toMatch(/undefined|\[object|NaN/);
      expect(`${w.message} ${w.hint}`, code).not.toMatch(/[\r\n]/);
    }
    expect(nl.message, code).not.toBe(en.message);
    expect(nl.hint, code).not.toBe(en.hint);
  });

  it.each(ALL_CODES)("%s has no leftover placeholder, in either language", (code) => {
    for (const lang of ["nl", "en"] as const) {
      const { message, hint } = wording(code, PARAMS, lang);
      expect(`${message} ${hint}`, `${code} ${lang}`).not.toMatch(LEFTOVER);
    }
  });

  it.each(ALL_CODES)("%s renders without parameters too: no crash, no 'undefined', nothing empty", (code) => {
    for (const lang of ["nl", "en"] as const) {
      const { message, hint } = wording(code, {}, lang);
      expect(message.trim(), `${code} ${lang}`).not.toBe("");
      expect(hint.trim(), `${code} ${lang}`).not.toBe("");
      expect(`${message} ${hint}`, `${code} ${lang}`).not.toMatch(/undefined|\[object|NaN/);
      expect(`${message} ${hint}`, `${code} ${lang}`).not.toMatch(LEFTOVER);
    }
  });

  it("the placeholder check can fail", () => {
    for (const leftover of [`Bestand \${file} ontbreekt`, "Bestand {file} ontbreekt", "Bestand %s", "{{file}}"])
      expect(leftover).toMatch(LEFTOVER);
    expect('Noem de vraag "thema.<naam>"; JSON: { of [').not.toMatch(LEFTOVER);
  });

  it("every code is listed in docs/exit-codes.md and in the README", () => {
    const docs = readFileSync(join(ROOT, "docs", "exit-codes.md"), "utf8");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const code of ALL_CODES) {
      expect(docs, code).toContain(`\`${code}\``);
      expect(readme, code).toContain(`\`${code}\``);
    }
  });

  it("every exit code is described in docs/exit-codes.md", () => {
    const docs = readFileSync(join(ROOT, "docs", "exit-codes.md"), "utf8");
    for (const exit of Object.values(EXIT)) expect(docs).toMatch(new RegExp(`^\\| ${exit} \\|`, "m"));
  });
});

describe("YAML syntax errors", () => {
  const broken = [
    'a: "x\n',
    "a: b\n c: d\n",
    "a:\n\t- b\n",
    "a: [1, 2\nb: 3\n",
    "a: b: c\n",
    'a: "\\q"\n',
    "a: @b\n",
    "a: {b: 1\n",
    "a: b\n---\nc: d\n",
  ];

  it.each(broken)("are worded in Dutch without the yaml library's English: %j", (text) => {
    let error: unknown;
    try {
      SourceDocument.parse(text, "x.yaml");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    for (const d of (error as InputError).diagnostics) {
      expect(d.code).toBe("YAML_SYNTAX");
      const nl = wording(d.code, d.params, "nl").message;
      expect(nl).not.toContain(String(d.params.detail));
      expect(nl).not.toMatch(/\b(the|are|not|allowed|missing|must|cannot)\b/i);
      expect(nl).not.toMatch(/klopt hier niet: de tekst kan hier niet gelezen worden/);
    }
  });
});
