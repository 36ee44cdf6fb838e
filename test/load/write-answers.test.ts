// The writer beside the reader: whatever serializeAnswers writes (YAML or JSON, plain or group
// answers, any text in names and notes), parseAnswers reads back as the same answer set; and the
// file name of docs/form.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { parseAnswers } from "../../src/load/parse-answers.js";
import { SourceDocument } from "../../src/load/source-document.js";
import {
  answerFileFormat,
  answerFileName,
  serializeAnswers,
  serializeUnfinished,
  slug,
} from "../../src/load/write-answers.js";
import { ANSWER_LIMITS } from "../../src/model/answer-limits.js";
import type { Answer, AnswerSet, Dissent } from "../../src/model/answers.js";
import { ANSWER_VALUES, ROLES } from "../../src/model/vocabulary.js";
import { ROOT } from "../helpers/fixtures.js";

const q = loadQuestionnaire();
const ids = q.items.map((i) => i.id);

// Texts as people type them, and as hostile files hold them: any unicode, YAML and JSON syntax,
// leading and trailing spaces, line ends of every kind.
const text = (max: number) =>
  fc.oneof(
    fc.string({ unit: "grapheme", maxLength: Math.min(max, 80) }),
    fc.constantFrom("ja", "- nee", "key: value", "#", "'", '"', "&a *a", "\r\n", "  x  ", "null", "2015-09-01", "~"),
  );
const someText = (max: number) => text(max).filter((s) => s.trim() !== "");
const value = fc.constantFrom(...ANSWER_VALUES);
const date = fc
  .date({ min: new Date("1990-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const hash = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString("hex"));
const role = fc.constantFrom(...ROLES);

const memberCount = fc.integer({ min: 1, max: 6 });
const answerSet = memberCount.chain((n) =>
  fc.record(
    {
      municipality: someText(200),
      gemeentecode: fc.option(
        fc.integer({ min: 0, max: 9999 }).map((c) => `GM${String(c).padStart(4, "0")}`),
        {
          nil: undefined,
        },
      ),
      role,
      name: fc.option(someText(200), { nil: undefined }),
      date,
      group: fc.option(
        fc.array(fc.record({ name: fc.option(someText(200), { nil: undefined }), role, date, sha256: hash }), {
          minLength: n,
          maxLength: n,
        }),
        { nil: undefined },
      ),
      meta: fc.option(fc.dictionary(fc.constantFrom("wave", "id", "x_1"), fc.oneof(fc.integer(), fc.boolean())), {
        nil: undefined,
      }),
      answers: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom(...ids),
          answer: value,
          note: fc.option(text(ANSWER_LIMITS.note), { nil: undefined }),
          evidence: fc.option(text(ANSWER_LIMITS.evidence), { nil: undefined }),
          votes: fc.array(value, { maxLength: n }),
          dissent: fc.array(
            fc.record({
              member: fc.integer({ min: 1, max: n }),
              name: fc.option(someText(200), { nil: undefined }),
              answer: value,
              note: fc.option(text(200), { nil: undefined }),
              evidence: fc.option(text(200), { nil: undefined }),
            }),
            { maxLength: n },
          ),
        }),
        { selector: (a) => a.id, maxLength: 12 },
      ),
    },
    { requiredKeys: ["municipality", "role", "date", "answers"] },
  ),
);

/** An answer set as the reader gives it back: trimmed names, no empty texts, votes counted. */
function toAnswerSet(x: Generated): AnswerSet {
  const keep = (s: string | undefined) => (s !== undefined && s.trim() !== "" ? s : undefined);
  const answers = new Map<string, Answer>();
  for (const a of x.answers) {
    const votes: Record<string, number> = {};
    for (const v of a.votes) votes[v] = (votes[v] ?? 0) + 1;
    const dissent: Dissent[] = a.dissent.map((d) => ({
      member: d.member,
      ...(d.name ? { name: d.name.trim() } : {}),
      answer: d.answer,
      ...(keep(d.note) ? { note: d.note! } : {}),
      ...(keep(d.evidence) ? { evidence: d.evidence! } : {}),
    }));
    answers.set(a.id, {
      answer: a.answer,
      ...(keep(a.note) ? { note: a.note! } : {}),
      ...(keep(a.evidence) ? { evidence: a.evidence! } : {}),
      ...(x.group && Object.keys(votes).length > 0
        ? { votes: Object.fromEntries(ANSWER_VALUES.filter((v) => votes[v]).map((v) => [v, votes[v]!])) }
        : {}),
      ...(x.group && dissent.length > 0 ? { dissent } : {}),
    });
  }
  return {
    questionnaire: q.id,
    version: q.version,
    municipality: x.municipality.trim(),
    ...(x.gemeentecode ? { gemeentecode: x.gemeentecode } : {}),
    respondent: x.name ? { role: x.role, name: x.name.trim() } : { role: x.role },
    date: x.date,
    ...(x.group
      ? {
          group: {
            rule: "meerderheid" as const,
            members: x.group.map((m) => ({
              ...(m.name ? { name: m.name.trim() } : {}),
              role: m.role,
              date: m.date,
              sha256: m.sha256,
            })),
          },
        }
      : {}),
    ...(x.meta ? { meta: x.meta } : {}),
    answers,
    contentHash: "",
    origin: "",
  };
}
type Generated = typeof answerSet extends fc.Arbitrary<infer T> ? T : never;

/** The answer set without where it came from; answers sorted (the writer puts them in questionnaire order). */
const strip = ({ contentHash: _h, origin: _o, ...rest }: AnswerSet) => ({
  ...rest,
  answers: [...rest.answers].sort(([a], [b]) => a.localeCompare(b)),
});

describe("the answer-file writer", () => {
  it("whatever it writes, the reader accepts and gives back the same answers (YAML and JSON, group answers too)", () => {
    fc.assert(
      fc.property(answerSet, fc.constantFrom("yaml" as const, "json" as const), (x, format) => {
        const a = toAnswerSet(x);
        const written = serializeAnswers(a, q, ["een kop", "# met: tekens"], format);
        const read = parseAnswers(SourceDocument.parse(written, `a.${format}`, { json: format === "json" }), q);
        expect(strip(read)).toEqual(strip(a));
      }),
      { numRuns: 150 },
    );
  });

  it("writes the group block after the date, with quoted dates, and votes and dissent under each answer", () => {
    const a: AnswerSet = {
      questionnaire: q.id,
      version: q.version,
      municipality: "Rijssen-Holten",
      respondent: { role: "adviesraad" },
      date: "2026-12-07",
      group: {
        rule: "meerderheid",
        members: [{ name: "A", role: "adviesraad", date: "2026-12-03", sha256: "a".repeat(64) }],
      },
      answers: new Map([["toegankelijkheid.gratis", { answer: "ja", votes: { ja: 1 } }]]),
      contentHash: "",
      origin: "",
    };
    expect(serializeAnswers(a, q)).toContain(
      `date: "2026-12-07"\ngroup:\n  rule: meerderheid\n  members:\n    - name: A\n      role: adviesraad\n      date: "2026-12-03"\n`,
    );
    expect(serializeAnswers(a, q)).toContain("toegankelijkheid.gratis:\n    answer: ja\n    votes:\n      ja: 1\n");
  });

  it("writes an unfinished file with every detail given exactly as the answer file without answers, and one without role and date as that file less those fields", () => {
    const header = ["een kop"];
    for (const format of ["yaml", "json"] as const) {
      for (const [name, gemeentecode] of [
        ["", undefined],
        ["A. de Vries", "GM0177"],
      ] as const) {
        const h = {
          municipality: "Rijssen-Holten",
          role: "adviesraad" as const,
          name,
          date: "2026-12-07",
          gemeentecode,
        };
        const a: AnswerSet = {
          questionnaire: q.id,
          version: q.version,
          municipality: h.municipality,
          ...(gemeentecode ? { gemeentecode } : {}),
          respondent: name ? { role: h.role, name } : { role: h.role },
          date: h.date,
          answers: new Map(),
          contentHash: "",
          origin: "",
        };
        expect(serializeUnfinished(h, q, header, format)).toBe(serializeAnswers(a, q, header, format));
      }
      const unfinished = serializeUnfinished({ municipality: "Ede" }, q, header, format);
      const expected =
        format === "json"
          ? `${JSON.stringify({ questionnaire: q.id, version: q.version, municipality: "Ede", answers: {} }, null, 2)}\n`
          : `# een kop\n\nquestionnaire: ${q.id}\nversion: ${q.version}\nmunicipality: Ede\nanswers: {}\n`;
      expect(unfinished).toBe(expected);
    }
  });

  it("keeps the note limits of the schema (ANSWER_LIMITS)", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "answers.schema.json"), "utf8"));
    const entry = schema.$defs.entry.else.properties;
    expect(entry.note.maxLength).toBe(ANSWER_LIMITS.note);
    expect(entry.evidence.maxLength).toBe(ANSWER_LIMITS.evidence);
    const dissent = schema.$defs.dissent.items.properties;
    expect(dissent.note.maxLength).toBe(ANSWER_LIMITS.note);
    expect(dissent.evidence.maxLength).toBe(ANSWER_LIMITS.evidence);
  });

  it("picks the format from the name, else from the text it continues", () => {
    expect(answerFileFormat("a.JSON", undefined)).toBe("json");
    expect(answerFileFormat("a.yml", "{")).toBe("yaml");
    expect(answerFileFormat("a", '\uFEFF {"x":1}')).toBe("json");
    expect(answerFileFormat("a", undefined)).toBe("yaml");
  });
});

describe("the answer file's name: zelftest-<gemeente>-<rol>[-<naam>]-<datum>.yaml", () => {
  const who = (role: (typeof ROLES)[number], name?: string) => (name ? { role, name } : { role });
  it("carries municipality, role, name and date, lower case ASCII with hyphens", () => {
    expect(
      answerFileName({
        municipality: "Rijssen-Holten",
        respondent: who("adviesraad", "A. de Vries"),
        date: "2026-12-03",
      }),
    ).toBe("zelftest-rijssen-holten-adviesraad-a-de-vries-2026-12-03.yaml");
    expect(answerFileName({ municipality: "Súdwest-Fryslân", respondent: who("gemeente"), date: "2026-12-03" })).toBe(
      "zelftest-sudwest-fryslan-gemeente-2026-12-03.yaml",
    );
    expect(
      answerFileName(
        { municipality: "'s-Hertogenbosch", respondent: who("anders", "Zoë O'Brien"), date: "2026-01-02" },
        "json",
      ),
    ).toBe("zelftest-s-hertogenbosch-anders-zoe-o-brien-2026-01-02.json");
  });

  it("four members of one council on one day get four names", () => {
    const names = ["A. de Vries", "B. Bakker", "C. Çelik", "D. Jansen"].map((n) =>
      answerFileName({ municipality: "Rijssen-Holten", respondent: who("adviesraad", n), date: "2026-12-03" }),
    );
    expect(new Set(names).size).toBe(4);
  });

  it("a group answer without a name says groep; names that give no letters are left out; long names are cut", () => {
    expect(answerFileName({ municipality: "Ede", respondent: who("adviesraad"), date: "2026-12-07", group: {} })).toBe(
      "zelftest-ede-adviesraad-groep-2026-12-07.yaml",
    );
    expect(answerFileName({ municipality: "!!!", respondent: who("gemeente", "—"), date: "2026-12-07" })).toBe(
      "zelftest-gemeente-gemeente-2026-12-07.yaml",
    );
    const long = answerFileName({
      municipality: "Ede",
      respondent: who("gemeente", "x ".repeat(100)),
      date: "2026-12-07",
    });
    expect(long).toMatch(/^zelftest-ede-gemeente-(x-){19}x-2026-12-07\.yaml$/);
  });

  it("every name is safe on every system", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), role, (m, n, r) => {
        const name = answerFileName({ municipality: m, respondent: who(r, n), date: "2026-12-07" });
        expect(name).toMatch(/^zelftest(-[a-z0-9]+)+-2026-12-07\.yaml$/);
        expect(name.length).toBeLessThanOrEqual(150);
      }),
    );
    expect(slug("Súdwest-Fryslân")).toBe("sudwest-fryslan");
  });
});
