// The Prompter over inquirer's own prompt functions (@inquirer/prompts), on the given streams.
// Loaded only by the interview, so other commands never pay its start-up cost.
import { emitKeypressEvents } from "node:readline";
import { styleText } from "node:util";
import { Writable } from "node:stream";
import type { Readable } from "node:stream";
import { input, select, Separator } from "@inquirer/prompts";
import { InterruptedError } from "../errors.js";
import type { Choice, Prompter } from "./prompter.js";

export interface PromptStreams {
  readonly input: Readable;
  readonly output: Writable;
  /** Words for the key hints under a list ("navigate", "select"), in the user's language. */
  readonly keyWords: Readonly<Record<string, string>>;
}

function isExit(err: unknown): boolean {
  return err instanceof Error && (err.name === "ExitPromptError" || err.name === "AbortPromptError");
}

/**
 * inquirer pipes into the output it is given and ends it when a prompt is done. The terminal's
 * stdout ignores that; any other stream would be closed after the first question. So each prompt
 * gets its own forwarder that passes writes on, reports the terminal's size, and ends alone.
 */
function forwarder(target: Writable): Writable {
  const w = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      target.write(chunk, callback);
    },
  });
  for (const key of ["columns", "rows", "isTTY"] as const) {
    Object.defineProperty(w, key, { get: () => (target as unknown as Record<string, unknown>)[key] });
  }
  return w;
}

export function inquirerPrompter(streams: PromptStreams): Prompter {
  // Ctrl-C typed right after Enter (in the same burst of input) reaches the input after the prompt
  // that Enter answered has closed, and no prompt sees it (issue 21 defect 16). Every Ctrl-C is
  // noted here; one that no prompt turned into an exit stops the interview at the next prompt,
  // after the answer given with that Enter was saved.
  let pendingInterrupt = false;
  emitKeypressEvents(streams.input);
  streams.input.on("keypress", (_: unknown, key: { ctrl?: boolean; name?: string } | undefined) => {
    if (key?.ctrl && key.name === "c") pendingInterrupt = true;
  });
  const context = () => {
    if (pendingInterrupt) {
      pendingInterrupt = false;
      throw new InterruptedError();
    }
    return { input: streams.input, output: forwarder(streams.output) };
  };
  const keysHelpTip = (keys: [string, string][]) =>
    keys.map(([key, action]) => `${streams.keyWords[key] ?? key} ${streams.keyWords[action] ?? action}`).join(" • ");
  // What is in an input line as it is typed, so that Ctrl-C before Enter does not lose it.
  let typed: string | undefined;
  const guard = async <T>(p: Promise<T>): Promise<T> => {
    try {
      return await p;
    } catch (err) {
      if (isExit(err)) throw new InterruptedError(undefined, typed ? { typed } : {});
      throw err;
    } finally {
      typed = undefined;
    }
  };
  return {
    select<T>(message: string, choices: readonly Choice<T>[], defaultValue?: T): Promise<T> {
      return guard(
        select<T>(
          {
            message,
            choices: choices.flatMap((c) => [
              ...(c.separated ? [new Separator(" ")] : []),
              {
                value: c.value,
                name: c.name,
                ...(c.description ? { description: c.description } : {}),
                ...(c.short ? { short: c.short } : {}),
              },
            ]),
            ...(defaultValue !== undefined ? { default: defaultValue } : {}),
            pageSize: 12,
            loop: false,
            theme: { style: { keysHelpTip } },
          },
          context(),
        ),
      );
    },
    input(message, options = {}) {
      const prompt = input(
        {
          message,
          ...(options.default !== undefined ? { default: options.default } : {}),
          ...(options.validate ? { validate: options.validate } : {}),
          // Called at every keystroke with the line as it is: noted for Ctrl-C, shown as inquirer shows it.
          transformer: (value: string, { isFinal }: { isFinal: boolean }) => {
            typed = value;
            return isFinal ? styleText("cyan", value) : value;
          },
        },
        context(),
      );
      return guard(prompt);
    },
    print(text: string) {
      streams.output.write(text);
    },
  };
}
