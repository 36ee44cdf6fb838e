// Every catalogue in src/messages/ has the same texts in Dutch and English: a text that exists in
// one language only fails here (besides being a type error where the catalogue has an interface).
// The catalogues are found by reading the folder, so a new one is checked without being listed.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";

const folder = join(ROOT, "src", "messages");
const files = readdirSync(folder).filter((f) => f.endsWith(".ts"));

/** Every path to a text below `value`, with the kind of thing found there ("string", "function", …). */
function shape(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) {
    out.set(path, "array");
    // Lists (such as the report's method rules) may differ in length between languages; their items are texts.
    for (const v of value) shape(v, `${path}[]`, out);
  } else if (value !== null && typeof value === "object") {
    out.set(path, "object");
    for (const [k, v] of Object.entries(value)) shape(v, `${path}.${k}`, out);
  } else out.set(path, typeof value);
  return out;
}

/** The texts that are empty or only spaces. */
function emptyTexts(value: unknown, path: string): string[] {
  if (typeof value === "string") return value.trim() === "" ? [path] : [];
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => emptyTexts(v, `${path}.${k}`));
  return [];
}

/** Exports shaped { nl: …, en: … }: the catalogues by language. */
async function catalogues(): Promise<{ name: string; nl: unknown; en: unknown }[]> {
  const found: { name: string; nl: unknown; en: unknown }[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(folder, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (value === null || typeof value !== "object") continue;
      const keys = Object.keys(value).sort();
      if (keys.length === 2 && keys[0] === "en" && keys[1] === "nl") {
        const v = value as { nl: unknown; en: unknown };
        found.push({ name: `${file} ${name}`, nl: v.nl, en: v.en });
      }
    }
  }
  return found;
}

describe("the message catalogues", () => {
  it("are found (the check below is not empty)", async () => {
    const found = await catalogues();
    expect(found.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "ui.ts UI",
        "interview.ts INTERVIEW_TEXT",
        "form.ts FORM_TEXT",
        "answering.ts ANSWERING_TEXT",
        "report.ts REPORT_TEXT",
      ]),
    );
  });

  it("have every text in both languages, of the same kind (text, function, list)", async () => {
    for (const c of await catalogues()) {
      const nl = shape(c.nl, "", new Map());
      const en = shape(c.en, "", new Map());
      const onlyNl = [...nl.keys()].filter((k) => !en.has(k));
      const onlyEn = [...en.keys()].filter((k) => !nl.has(k));
      expect({ catalogue: c.name, onlyNl, onlyEn }).toEqual({ catalogue: c.name, onlyNl: [], onlyEn: [] });
      const differ = [...nl].filter(([k, kind]) => en.get(k) !== kind).map(([k]) => k);
      expect({ catalogue: c.name, differ }).toEqual({ catalogue: c.name, differ: [] });
    }
  });

  it("have no empty texts", async () => {
    for (const c of await catalogues())
      expect({ catalogue: c.name, empty: [...emptyTexts(c.nl, "nl"), ...emptyTexts(c.en, "en")] }).toEqual({
        catalogue: c.name,
        empty: [],
      });
  });

  it("a text in one language only is caught (the check itself can fail)", () => {
    const nl = shape({ a: "x", b: { c: "y" } }, "", new Map());
    const en = shape({ a: "x", b: {} }, "", new Map());
    expect([...nl.keys()].filter((k) => !en.has(k))).toEqual([".b.c"]);
  });
});
