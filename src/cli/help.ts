// The help in the user's language. Commander lays the help out itself (its Help.formatHelp: usage
// line, description, arguments, options, commands, wrapping and padding); these hooks only give it
// the words it would otherwise write in English: the headings, "[options]" and "[command]", and the
// default value after an option. The words are in messages/cli.ts.
import type { Argument, Command, HelpConfiguration, Option } from "commander";
import type { CliTexts } from "../messages/cli.js";

type HelpTexts = CliTexts["help"];

/** `<bestand>`, `<bestanden...>`, `[opdracht]`: an argument as the usage line shows it. */
const argumentName = (a: Argument) => {
  const name = `${a.name()}${a.variadic ? "..." : ""}`;
  return a.required ? `<${name}>` : `[${name}]`;
};

const nameWithAlias = (cmd: Command) => {
  const alias = cmd.aliases()[0];
  return alias ? `${cmd.name()}|${alias}` : cmd.name();
};

/**
 * The hooks for `configureHelp`: commander's formatHelp calls them for each piece. Subcommands
 * made with `.command()` inherit them.
 */
export function helpConfiguration(t: HelpTexts): HelpConfiguration {
  // The headings commander's formatHelp writes, as it writes them.
  const headings: Readonly<Record<string, string>> = {
    "Usage:": t.usage,
    "Arguments:": t.arguments,
    "Options:": t.options,
    "Commands:": t.commands,
  };
  return {
    styleTitle: (title: string) => headings[title] ?? title,
    subcommandTerm: (cmd: Command) =>
      [
        nameWithAlias(cmd),
        ...(cmd.options.length > 0 ? [t.optionsWord] : []),
        ...cmd.registeredArguments.map(argumentName),
      ].join(" "),
    // The choices are in each description already; the default is said in the user's language.
    optionDescription: (option: Option) =>
      option.defaultValue === undefined
        ? option.description
        : `${option.description} (${t.defaultValue(option.defaultValueDescription ?? String(option.defaultValue))})`,
  };
}

/**
 * What follows the command's name on the usage line (commander's `.usage()`), in the user's
 * language: "[opties] [opdracht] <bestand>". Every command has at least -h, --help.
 */
export function usage(cmd: Command, t: HelpTexts): string {
  return [
    t.optionsWord,
    ...(cmd.commands.length > 0 ? [t.commandWord] : []),
    ...cmd.registeredArguments.map(argumentName),
  ].join(" ");
}
