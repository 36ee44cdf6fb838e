// The session alone: where the answers go and how they are saved (nothing lost), without the
// questions around it.
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { interviewContext } from "../../src/interview/context.js";
import type { Draft } from "../../src/interview/context.js";
import { freeNameBeside, Session } from "../../src/interview/session.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { PLAIN } from "../../src/report/render-summary.js";
import { MemoryFiles } from "../helpers/memory-files.js";
import { ScriptedPrompter } from "../helpers/scripted-prompter.js";
import type { Step } from "../helpers/scripted-prompter.js";

const q = loadQuestionnaire("clientondersteuning-wmo2015");
const options = { questionnaire: q, lang: "nl" as const, today: "2026-01-15", style: PLAIN, width: 80 };
const draft = (): Draft => ({
  municipality: "Utrecht",
  role: "gemeente",
  date: "2026-01-15",
  answers: new Map([["beleidsplan.inrichting", { answer: "ja" }]]),
  scope: "legal",
});
const session = (files: MemoryFiles, steps: Step[] = []) => {
  const prompter = new ScriptedPrompter(steps);
  return { prompter, s: new Session(interviewContext(prompter, files, options)) };
};

describe("the interview's session", () => {
  it("saves the draft in the file's format, readable by the loader, and knows what it wrote", async () => {
    const files = new MemoryFiles();
    const { s } = session(files);
    s.file = "/work/a.json";
    s.format = "json";
    await s.save(draft(), "de kop");
    expect(files.saved.get("/work/a.json")?.trimStart().startsWith("{")).toBe(true);
    expect(files.parsed("/work/a.json").answers.get("beleidsplan.inrichting")).toEqual({ answer: "ja" });
    expect(s.savedTo).toBe("/work/a.json");
  });

  it("a file changed by someone else since is kept: the answers go beside it, and the person is told", async () => {
    const files = new MemoryFiles();
    const { s, prompter } = session(files);
    s.file = "/work/a.yaml";
    await s.save(draft(), "vraag 1");
    files.saved.set("/work/a.yaml", "iemand anders\n");
    await s.save(draft(), "vraag 2");
    expect(files.saved.get("/work/a.yaml")).toBe("iemand anders\n");
    expect(s.file).toBe("/work/a-2.yaml");
    expect(files.parsed("/work/a-2.yaml").municipality).toBe("Utrecht");
    expect(prompter.printed.join("")).toContain("/work/a-2.yaml");
  });

  it("a refused save says what was not saved; 'stop' ends with OUTPUT_FAILED and remembers it", async () => {
    const files = new MemoryFiles();
    files.save = (p) => {
      throw new UsageError("OUTPUT_FAILED", { file: p, reason: "ENOSPC" });
    };
    const { s, prompter } = session(files, [{ select: "stop", expect: /Wat wilt u doen/ }]);
    s.file = "/work/a.yaml";
    await expect(s.save(draft(), "Vraag 3 van 15")).rejects.toMatchObject({ code: "OUTPUT_FAILED" });
    expect(s.unsaved).toBe("Vraag 3 van 15");
    expect(s.savedTo).toBeUndefined();
    expect(prompter.printed.join("").replace(/\s+/g, " ")).toContain("Niet bewaard: Vraag 3 van 15");
  });

  it("continues a file with its answers, fields it does not ask, and its scope", () => {
    const files = new MemoryFiles();
    files.saved.set(
      "/work/b.yaml",
      "questionnaire: clientondersteuning-wmo2015\nversion: 1.0.0\nmunicipality: Ede\ngemeentecode: GM0228\nrespondent: {role: gemeente}\ndate: 2026-01-02\nmeta: {studie: A1}\nanswers:\n  beleidsplan.inrichting: nee\n",
    );
    const { s } = session(files);
    const d = s.continueFrom("/work/b.yaml", "/work/b.yaml");
    expect(d).toMatchObject({ municipality: "Ede", gemeentecode: "GM0228", carried: { meta: { studie: "A1" } } });
    expect(d.scope).toBe("legal");
    expect(s.known).toBe(files.saved.get("/work/b.yaml"));
  });

  it("free names beside a file", () => {
    const taken = new Set(["/a/s-2.yaml"]);
    expect(freeNameBeside("/a/s.yaml", (p) => taken.has(p))).toBe("/a/s-3.yaml");
    expect(freeNameBeside("/a.b/antwoorden", () => false)).toBe("/a.b/antwoorden-2");
  });
});
