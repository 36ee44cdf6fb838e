// Answer files in memory, for the interview and its steps: what InterviewFiles does on disk, with
// the saved texts to inspect. Presets are written as the interview would write them.
import type { InterviewFiles, Removal } from "../../src/interview/context.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { parseAnswers } from "../../src/load/parse-answers.js";
import { SourceDocument } from "../../src/load/source-document.js";
import { serializeAnswers } from "../../src/load/write-answers.js";
import type { AnswerSet } from "../../src/model/answers.js";
import type { Questionnaire } from "../../src/model/questionnaire.js";

const builtin = loadQuestionnaire("clientondersteuning-wmo2015");

export class MemoryFiles implements InterviewFiles {
  readonly saved = new Map<string, string>();
  saves = 0;
  constructor(preset: Record<string, AnswerSet | string> = {}, q: Questionnaire = builtin) {
    for (const [p, a] of Object.entries(preset))
      this.saved.set(p, typeof a === "string" ? a : serializeAnswers(a, q, [], /\.json$/.test(p) ? "json" : "yaml"));
  }
  exists = (p: string) => this.saved.has(p);
  read = (p: string) => this.saved.get(p);
  save = (p: string, text: string) => {
    this.saves += 1;
    this.saved.set(p, text);
  };
  load = (p: string) => this.parsed(p);
  /** As on disk: removed only when still as read (through `read`, which a test may replace). */
  removeIfUnchanged = (p: string, text: string): Removal => {
    const now = this.read(p);
    if (now === undefined) return { outcome: "gone" };
    if (now !== text) return { outcome: "changed" };
    this.saved.delete(p);
    return { outcome: "removed" };
  };
  resolve = (name: string) => `/work/${name}`;
  parsed(p: string, q: Questionnaire = builtin): AnswerSet {
    const text = this.saved.get(p);
    if (text === undefined) throw new Error(`nothing saved at ${p}`);
    return parseAnswers(SourceDocument.parse(text, p), q);
  }
}
