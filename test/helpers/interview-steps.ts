// The shared set-up of the step tests: a context over the built-in questionnaire, a scripted
// prompter and files in memory.
import { interviewContext } from "../../src/interview/context.js";
import type { Draft, InterviewOptions } from "../../src/interview/context.js";
import { Session } from "../../src/interview/session.js";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import type { Answer } from "../../src/model/answers.js";
import { PLAIN } from "../../src/report/render-summary.js";
import { MemoryFiles } from "./memory-files.js";
import { ScriptedPrompter } from "./scripted-prompter.js";
import type { Step } from "./scripted-prompter.js";

export const builtin = loadQuestionnaire("clientondersteuning-wmo2015");
export const legalItems = builtin.items.filter((i) => i.level === "wettelijk");

export function stepSetUp(steps: Step[], extra: Partial<InterviewOptions> = {}, files = new MemoryFiles()) {
  const prompter = new ScriptedPrompter(steps);
  const c = interviewContext(prompter, files, {
    questionnaire: builtin,
    lang: "nl",
    today: "2026-01-15",
    style: PLAIN,
    width: 80,
    ...extra,
  });
  const s = new Session(c);
  return { prompter, files, c, s };
}

export const draftWith = (answers: Record<string, Answer> = {}, scope: Draft["scope"] = "legal"): Draft => ({
  municipality: "Utrecht",
  role: "gemeente",
  date: "2026-01-15",
  answers: new Map(Object.entries(answers)),
  scope,
});
