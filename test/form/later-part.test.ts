// The form's second part (src/form/later.ts) is reached by name (src/form/load-later.ts,
// fromLater<typeof x>("x")): every name asked for is one it exports, under the same name as the
// module that defines the type the caller names.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";

const FORM = join(ROOT, "src", "form");
const files = (readdirSync(FORM, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));

describe("the form's second part", () => {
  it("exports every name the first part asks for, and the type it is asked with is its own", () => {
    const later = readFileSync(join(FORM, "later.ts"), "utf8");
    const exported = new Set(
      [...later.matchAll(/export \{([^}]*)\} from/g)].flatMap((m) => m[1]!.split(",").map((x) => x.trim())),
    );
    const asked: string[] = [];
    for (const f of files.filter((x) => x !== "load-later.ts")) {
      for (const m of readFileSync(join(FORM, f), "utf8").matchAll(/fromLater<typeof (\w+)>\("(\w+)"\)/g)) {
        expect(m[1], `${f}: fromLater<typeof ${m[1]}>("${m[2]}")`).toBe(m[2]);
        asked.push(m[2]!);
      }
    }
    expect(asked.length).toBeGreaterThan(8);
    for (const name of asked) expect(exported.has(name), name).toBe(true);
    // Nothing is exported that nobody asks for.
    expect([...exported].sort()).toEqual([...new Set(asked)].sort());
  });

  it("no module of the first part calls fromLater in another way (the names must be checkable)", () => {
    for (const f of files) {
      if (f === "load-later.ts") continue;
      const text = readFileSync(join(FORM, f), "utf8");
      const calls = text.match(/fromLater\b(?!<typeof \w+>\("\w+"\))/g) ?? [];
      // The import line itself is the one other mention allowed.
      expect(calls.length, f).toBeLessThanOrEqual(text.includes("import { fromLater }") ? 1 : 0);
    }
  });
});
