// Commander's complaints about the command line (its error codes, caught through exitOverride) as
// coded UsageErrors, worded in messages/ in the user's language. The details come from the
// command's parse state (its `args`, its registered arguments and options), never from
// commander's English message.
import type { Command, CommanderError } from "commander";
import { UsageError } from "../errors.js";
import { closest } from "../load/suggest.js";

/** The names commander gives its errors (CommanderError.code), as far as this command line can cause them. */
type CommanderCode =
  | "commander.unknownOption"
  | "commander.missingArgument"
  | "commander.optionMissingArgument"
  | "commander.excessArguments"
  | "commander.unknownCommand"
  | "commander.help";

/** The command and the commands above it, nearest first. */
function lineage(cmd: Command): Command[] {
  const all: Command[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) all.push(c);
  return all;
}

/** The name to use in "zelftest NAME --help": empty for the program itself. */
const commandName = (cmd: Command) => (cmd.parent ? cmd.name() : "");

function unknownCommand(name: string, program: Command): UsageError {
  const known = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
  const suggestion = closest(name, known);
  return new UsageError("UNKNOWN_COMMAND", {
    command: name,
    known: program.commands.map((c) => c.name()),
    ...(suggestion ? { suggestion } : {}),
  });
}

/**
 * The coded error for commander's complaint `err` about `cmd`. `implicit` says that `cmd` is the
 * default command reached without its name being typed, so a stray word is an unknown command.
 * Help and version, and codes this command line cannot cause, go through unchanged.
 */
export function commandLineError(err: CommanderError, cmd: Command, argv: readonly string[], implicit: boolean): Error {
  const code = err.code as CommanderCode;
  const command = commandName(cmd);
  const options = lineage(cmd).flatMap((c) => c.options);
  switch (code) {
    case "commander.unknownOption": {
      // Commander stops at the first unknown option: everything from there on is in `args`.
      const option = cmd.args.find((a) => a.length > 1 && a.startsWith("-")) ?? "";
      const longs = options.flatMap((o) => (o.long ? [o.long] : []));
      const suggestion = option.startsWith("--") ? closest(option.split("=")[0] ?? option, longs) : undefined;
      return new UsageError("UNKNOWN_OPTION", { option, command, ...(suggestion ? { suggestion } : {}) });
    }
    case "commander.missingArgument": {
      const missing = cmd.registeredArguments.find((a, i) => a.required && cmd.args[i] === undefined);
      return new UsageError("MISSING_ARGUMENT", {
        command,
        ...(missing ? { argument: `<${missing.name()}>`, description: missing.description } : {}),
      });
    }
    case "commander.optionMissingArgument": {
      // An option's value can only be missing at the very end of the command line.
      const last = argv[argv.length - 1] ?? "";
      const option = options.find((o) => o.long === last || o.short === last);
      return new UsageError("MISSING_ARGUMENT", { option: option?.long ?? last, command });
    }
    case "commander.excessArguments": {
      if (implicit && cmd.parent) return unknownCommand(String(cmd.args[0]), cmd.parent);
      return new UsageError("TOO_MANY_ARGUMENTS", { command, extra: cmd.args.slice(cmd.registeredArguments.length) });
    }
    case "commander.unknownCommand":
      return unknownCommand(String(cmd.args[0] ?? ""), cmd);
    case "commander.help":
      // `zelftest help NAME` for a NAME that is no command shows the help as an error.
      return err.exitCode !== 0 && cmd.args[0] === "help" ? unknownCommand(String(cmd.args[1] ?? ""), cmd) : err;
    default:
      return err;
  }
}
