// A Prompter that answers from a script, for testing the interview flow without a terminal. Each
// step says what kind of prompt it expects; a select answer must be one of the offered choices and
// an input answer must pass the prompt's validation, so a test cannot answer what a user could not.
import { InterruptedError } from "../../src/errors.js";
import type { Choice, Prompter } from "../../src/interview/prompter.js";

export type Step =
  | { select: unknown; expect?: RegExp }
  | { input: string; expect?: RegExp }
  | { interrupt: true; typed?: string };

export class ScriptedPrompter implements Prompter {
  readonly printed: string[] = [];
  readonly asked: string[] = [];
  /** The choices each select prompt offered, in order. */
  readonly offered: (readonly Choice<unknown>[])[] = [];
  /** The defaults the input prompts offered (what a person would see pre-filled). */
  readonly defaults: string[] = [];
  constructor(private readonly steps: Step[]) {}

  private next(kind: "select" | "input", message: string): Step {
    this.asked.push(message);
    const step = this.steps.shift();
    if (!step) throw new Error(`script ran out at ${kind} "${message}"`);
    if ("interrupt" in step)
      throw new InterruptedError(undefined, kind === "input" && step.typed ? { typed: step.typed } : {});
    if (!(kind in step)) throw new Error(`script expected ${Object.keys(step)[0]}, but got ${kind} "${message}"`);
    if (step.expect && !step.expect.test(message)) throw new Error(`"${message}" does not match ${step.expect}`);
    return step;
  }

  async select<T>(message: string, choices: readonly Choice<T>[]): Promise<T> {
    const step = this.next("select", message) as { select: T };
    this.offered.push(choices);
    // Choices are compared by value, so a script can name a list choice such as ["html", "md"].
    const chosen = choices.find((c) => JSON.stringify(c.value) === JSON.stringify(step.select));
    if (!chosen) {
      throw new Error(
        `${JSON.stringify(step.select)} is not offered at "${message}": ${choices.map((c) => JSON.stringify(c.value)).join(", ")}`,
      );
    }
    return chosen.value;
  }

  async input(
    message: string,
    options: { default?: string; validate?: (v: string) => string | true } = {},
  ): Promise<string> {
    const step = this.next("input", message) as { input: string };
    if (options.default !== undefined) this.defaults.push(options.default);
    const value = step.input === "" && options.default !== undefined ? options.default : step.input;
    const valid = options.validate ? options.validate(value) : true;
    if (valid !== true) throw new Error(`input "${value}" refused at "${message}": ${valid}`);
    return value;
  }

  print(text: string): void {
    this.printed.push(text);
  }

  get remaining(): number {
    return this.steps.length;
  }
}

/** Steps to answer one question: the answer alone (the note and source step is optional). */
export const answer = (value: string): Step[] => [{ select: value, expect: /antwoord|answer/i }];

/** Steps to answer an open question with a note and a source, in the one optional step for both. */
export const answerWithDetails = (value: string, note: string, evidence = ""): Step[] => [
  { select: "details", expect: /antwoord|answer/i },
  { select: value, expect: /antwoord|answer/i },
  { input: note, expect: /Toelichting|Explanation/ },
  { input: evidence, expect: /Bron|Source/ },
];
