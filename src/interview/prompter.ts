// What the interview needs from a terminal: three kinds of question and a way to print. The real
// one is inquirer (inquirer-prompter.ts); tests script one. Ctrl-C surfaces as InterruptedError; at an input,
// with the text that was typed but not yet confirmed (`extra.typed`), so that it is not lost.

export interface Choice<T> {
  readonly value: T;
  readonly name: string;
  readonly description?: string;
  /** What the answered prompt shows instead of `name` (for long choices). */
  readonly short?: string;
  /** Draw a line above this choice, to set it apart from the ones before (e.g. actions after answers). */
  readonly separated?: boolean;
}

export interface Prompter {
  select<T>(message: string, choices: readonly Choice<T>[], defaultValue?: T): Promise<T>;
  /** Free text; `validate` returns an error message or true. */
  input(message: string, options?: { default?: string; validate?: (value: string) => string | true }): Promise<string>;
  print(text: string): void;
}
