// The command line: commander wiring, one catch at the top that turns every error into its exit
// code (defined in errors.ts, described in docs/exit-codes.md); commands live in cli/commands/.
import { Command, CommanderError, Help, Option } from "commander";
import type { Argument } from "commander";
import { EXIT, InputError, InterruptedError, UsageError } from "../errors.js";
import { closest } from "../load/suggest.js";
import { CLI_TEXT } from "../messages/cli.js";
import type { CliTexts } from "../messages/cli.js";
import { UI } from "../messages/ui.js";
import { ROLES } from "../model/vocabulary.js";
import type { Lang } from "../model/vocabulary.js";
import { formatDiagnostics, terminalWording } from "./format-diagnostics.js";
import type { Io } from "./io.js";
import { langFromArgv } from "./io.js";
import { pathList, questionnaireArgument, resolvePath } from "./paths.js";
import { packageVersion } from "./package-version.js";
import { makeStyle } from "./style.js";

/** The names commander gives its errors (CommanderError.code), as far as this command line can cause them. */
type CommanderCode =
  | "commander.unknownOption"
  | "commander.missingArgument"
  | "commander.optionMissingArgument"
  | "commander.excessArguments"
  | "commander.unknownCommand"
  | "commander.help";

/** `<bestand>`, `<bestanden...>`, `[opdracht]`: an argument as the usage line shows it. */
const argumentName = (a: Argument) => {
  const name = `${a.name()}${a.variadic ? "..." : ""}`;
  return a.required ? `<${name}>` : `[${name}]`;
};

/**
 * Commander's help in the user's language: its layout (usage line, description, arguments,
 * options, commands) built from the same pieces as commander's own formatHelp, with the headings,
 * "[options]", "[command]" and defaults from messages/cli.ts.
 */
class LocalizedHelp extends Help {
  constructor(private readonly t: CliTexts["help"]) {
    super();
  }

  private usageTail(cmd: Command): string {
    return [
      // Every command has at least -h, --help.
      this.t.optionsWord,
      ...(cmd.commands.length > 0 ? [this.t.commandWord] : []),
      ...cmd.registeredArguments.map(argumentName),
    ].join(" ");
  }

  private nameWithAlias(cmd: Command): string {
    const alias = cmd.aliases()[0];
    return alias ? `${cmd.name()}|${alias}` : cmd.name();
  }

  override commandUsage(cmd: Command): string {
    const path: string[] = [];
    for (let c = cmd.parent; c; c = c.parent) path.unshift(c.name());
    return [...path, this.nameWithAlias(cmd), this.usageTail(cmd)].filter((x) => x !== "").join(" ");
  }

  override subcommandTerm(cmd: Command): string {
    const args = cmd.registeredArguments.map(argumentName);
    return [this.nameWithAlias(cmd), ...(cmd.options.length > 0 ? [this.t.optionsWord] : []), ...args].join(" ");
  }

  override optionDescription(option: Option): string {
    // The choices are in each description already; the default is said in the user's language.
    return option.defaultValue === undefined
      ? option.description
      : `${option.description} (${this.t.defaultValue(option.defaultValueDescription ?? String(option.defaultValue))})`;
  }

  override formatHelp(cmd: Command, helper: Help): string {
    const termWidth = helper.padWidth(cmd, helper);
    const item = (term: string, description: string) => helper.formatItem(term, termWidth, description, helper);
    const out = [`${helper.styleTitle(this.t.usage)} ${helper.styleUsage(helper.commandUsage(cmd))}`, ""];
    const description = helper.commandDescription(cmd);
    if (description.length > 0)
      out.push(helper.boxWrap(helper.styleCommandDescription(description), helper.helpWidth ?? 80), "");
    const args = helper
      .visibleArguments(cmd)
      .map((a) =>
        item(helper.styleArgumentTerm(helper.argumentTerm(a)), helper.styleArgumentDescription(a.description)),
      );
    const options = helper
      .visibleOptions(cmd)
      .map((o) =>
        item(helper.styleOptionTerm(helper.optionTerm(o)), helper.styleOptionDescription(helper.optionDescription(o))),
      );
    const commands = helper
      .visibleCommands(cmd)
      .map((c) =>
        item(
          helper.styleSubcommandTerm(helper.subcommandTerm(c)),
          helper.styleSubcommandDescription(helper.subcommandDescription(c)),
        ),
      );
    out.push(...helper.formatItemList(this.t.arguments, args, helper));
    out.push(...helper.formatItemList(this.t.options, options, helper));
    out.push(...helper.formatItemList(this.t.commands, commands, helper));
    return out.join("\n");
  }
}

/** Commander with its help in the user's language (createHelp and createCommand are its extension points). */
class ZelftestCommand extends Command {
  /** Set on the default command when its name was not typed, so a stray word is an unknown command. */
  implicit = false;

  constructor(
    name: string | undefined,
    readonly lang: Lang,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new ZelftestCommand(name, this.lang);
  }

  override createHelp(): Help {
    return Object.assign(new LocalizedHelp(CLI_TEXT[this.lang].help), this.configureHelp());
  }
}

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
 * Commander's complaint (by its error code, through exitOverride) as a coded UsageError, worded
 * in messages/ in the user's language. The details come from the command's parse state (its
 * `args`, its registered arguments and options), never from commander's English message.
 * Help and version, and codes this command line cannot cause, go through unchanged.
 */
function commandLineError(err: CommanderError, cmd: Command, argv: readonly string[]): Error {
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
      if (cmd instanceof ZelftestCommand && cmd.implicit && cmd.parent)
        return unknownCommand(String(cmd.args[0]), cmd.parent);
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

/** An option with a closed set of values; a value outside it is INVALID_OPTION. */
function choiceOption(flags: string, description: string, values: readonly string[]): Option {
  const option = new Option(flags, description).choices(values);
  return option.argParser((value: string) => {
    if (!values.includes(value))
      throw new UsageError("INVALID_OPTION", { option: option.long ?? flags, value, allowed: values });
    return value;
  });
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = langFromArgv(argv);
  const h = CLI_TEXT[lang];
  const v = h.value;
  let exitCode: number = EXIT.ok;
  const program = new ZelftestCommand(undefined, lang)
    .name("zelftest")
    .description(h.description)
    .version(packageVersion(), "-V, --version", h.version)
    .addOption(choiceOption(`--lang <${v.lang}>`, h.lang, ["nl", "en"]).default("nl"))
    .option("--debug", h.debug);
  program.helpCommand(`help [${v.command}]`, h.helpCommand);

  // Paths are resolved against io.cwd as they are parsed, here and nowhere else (see paths.ts).
  const at = (path: string) => resolvePath(path, io.cwd);
  const atAll = pathList(io.cwd);
  const questionnaireOption = () =>
    new Option(`--questionnaire <${v.fileOrId}>`, h.questionnaire).argParser((ref: string) =>
      questionnaireArgument(ref, io.cwd),
    );

  program
    .command("interview", { isDefault: true })
    .description(h.interview)
    .addOption(questionnaireOption())
    .option(`--out <${v.file}>`, h.out, at)
    .option(`--resume <${v.file}>`, h.resume, at)
    .option("--verbose", h.verbose)
    .action(async (opts: { questionnaire?: string; out?: string; resume?: string; verbose?: boolean }) => {
      const { interviewCommand } = await import("./commands/interview.js");
      exitCode = await interviewCommand({ ...opts, lang }, io);
    });

  program
    .command("score")
    .description(h.score)
    .argument(`<${v.file}>`, h.scoreFile, at)
    .option("--json", h.json)
    .option("--verbose", h.verbose)
    .addOption(questionnaireOption())
    .action(async (file: string, opts: { json?: boolean; questionnaire?: string; verbose?: boolean }) => {
      const { scoreCommand } = await import("./commands/score.js");
      exitCode = await scoreCommand(file, { ...opts, lang }, io);
    });

  program
    .command("report")
    .description(h.report)
    .argument(`<${v.file}>`, h.scoreFile, at)
    .addOption(choiceOption(`--format <${v.format}>`, h.format, ["md", "html", "docx"]))
    .option(`--out <${v.file}>`, h.reportOut, at)
    .option("--kort", h.kort)
    .option(`--plan-csv <${v.file}>`, h.planCsv, at)
    .option("--verbose", h.verbose)
    .addOption(questionnaireOption())
    .action(async (file: string, opts: Omit<import("./commands/report.js").ReportOptions, "lang">) => {
      const { reportCommand } = await import("./commands/report.js");
      exitCode = await reportCommand(file, { ...opts, lang }, io);
    });

  program
    .command("batch")
    .description(h.batch)
    .argument(`<${v.paths}>`, h.batchPaths)
    .addOption(choiceOption(`--format <${v.format}>`, h.batchFormat, ["csv", "csv-long", "json", "md", "html"]))
    .option(`--out <${v.file}>`, h.batchOut, at)
    .option(`--delimiter <${v.char}>`, h.delimiter)
    .option("--include-paths", h.includePaths)
    .option("--include-names", h.includeNames)
    .option("--include-notes", h.includeNotes)
    .option("--items", h.items)
    .option(`--meta <${v.keys}>`, h.meta)
    .option(`--municipalities <${v.file}>`, h.municipalities)
    .option(`--codebook <${v.file}>`, h.codebook)
    .option("--no-escape-formulas", h.noEscapeFormulas)
    // Repeatable: `--by role --by year` is `--by role,year` (commander keeps only the last value otherwise).
    .option(`--by <${v.what}>`, h.by, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option(`--jobs <${v.n}>`, h.jobs)
    .addOption(questionnaireOption())
    .action(async (paths: string[], opts: Omit<import("./commands/batch.js").BatchCommandOptions, "lang">) => {
      const { batchCommand } = await import("./commands/batch.js");
      exitCode = await batchCommand(paths, { ...opts, lang }, io);
    });

  program
    .command("compare")
    .description(h.compare)
    .argument(`<${v.files}>`, h.compareFiles)
    .addOption(choiceOption(`--format <${v.format}>`, h.compareFormat, ["md", "html", "json"]))
    .option(`--out <${v.file}>`, h.reportOut, at)
    .option("--perspectives", h.perspectives)
    .option("--trend", h.trend)
    .option("--allow-mixed", h.allowMixed)
    .option("--verbose", h.verbose)
    .addOption(questionnaireOption())
    .action(async (files: string[], opts: Omit<import("./commands/compare.js").CompareOptions, "lang">) => {
      const { compareCommand } = await import("./commands/compare.js");
      exitCode = await compareCommand(files, { ...opts, lang }, io);
    });

  program
    .command("samenvoegen")
    .alias("merge")
    .description(h.merge)
    .argument(`<${v.files}>`, h.mergeFiles)
    .option(`--out <${v.file}>`, h.mergeOut, at)
    .addOption(choiceOption(`--role <${v.role}>`, h.mergeRole, ROLES))
    .option(`--name <${v.text}>`, h.mergeName)
    .option(`--date <${v.date}>`, h.mergeDate)
    .addOption(questionnaireOption())
    .action(async (files: string[], opts: Omit<import("./commands/samenvoegen.js").SamenvoegenOptions, "lang">) => {
      const { samenvoegenCommand } = await import("./commands/samenvoegen.js");
      exitCode = await samenvoegenCommand(files, { ...opts, lang }, io);
    });

  program
    .command("validate")
    .description(h.validate)
    .argument(`<${v.files}>`, h.validateFiles, atAll)
    .addOption(questionnaireOption())
    .action(async (files: string[], opts: { questionnaire?: string }) => {
      const { validateCommand } = await import("./commands/validate.js");
      exitCode = await validateCommand(files, { ...opts, lang }, io);
    });

  const commandNames = new Set(["help", ...program.commands.flatMap((c) => [c.name(), ...c.aliases()])]);
  program
    .command("formulier")
    .alias("form")
    .description(h.formulier)
    .option(`--out <${v.file}>`, h.formOut, at)
    .addOption(questionnaireOption())
    .option(`--municipality <${v.text}>`, h.formMunicipality)
    .option(`--municipality-code <${v.code}>`, h.formMunicipalityCode)
    .addOption(choiceOption(`--role <${v.role}>`, h.formRole, ROLES))
    .option(`--contact <${v.text}>`, h.formContact)
    .option(`--deadline <${v.date}>`, h.formDeadline)
    .action(async (opts: Omit<import("./commands/formulier.js").FormulierOptions, "lang">) => {
      const { formulierCommand } = await import("./commands/formulier.js");
      exitCode = await formulierCommand({ ...opts, lang }, io);
    });

  for (const cmd of [program, ...program.commands]) {
    // Only the default command can be reached without its name being typed.
    if (cmd.name() === "interview") (cmd as ZelftestCommand).implicit = !argv.some((a) => commandNames.has(a));
    cmd
      .helpOption("-h, --help", h.helpOption)
      // Commander's complaints become coded errors in the user's language; it prints none of its own.
      .exitOverride((err) => {
        throw commandLineError(err, cmd, argv);
      })
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: () => {},
      });
  }

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (err) {
    return handleError(err, lang, argv.includes("--debug"), io);
  }
}

async function handleError(err: unknown, lang: Lang, debug: boolean, io: Io): Promise<number> {
  if (err instanceof CommanderError) {
    const ok = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(err.code);
    // Commander printed its own message already; `zelftest` alone prints help and exits 0 too.
    if (err.code === "commander.executeSubCommandAsync") return EXIT.ok;
    if (ok) return EXIT.ok;
    // Every complaint this command line can cause is a UsageError by now (commandLineError); what is
    // left is a wiring mistake in zelftest: an internal error, below.
  }
  const style = await makeStyle(io, "stderr");
  if (err instanceof InputError) {
    io.stderr.write(formatDiagnostics(err.diagnostics, lang, style, err.omitted));
    return EXIT.invalid;
  }
  if (err instanceof UsageError) {
    const { message, hint } = terminalWording(err, lang);
    io.stderr.write(`${style.error(`${UI[lang].error} ${err.code}`)}: ${message}\n  ${UI[lang].fix}: ${hint}\n`);
    return EXIT.invalid;
  }
  if (err instanceof InterruptedError) return EXIT.interrupted;
  io.stderr.write(`${style.error(UI[lang].error)}: ${UI[lang].internal}\n`);
  io.stderr.write(
    debug && err instanceof Error && err.stack
      ? `${err.stack}\n`
      : `  ${err instanceof Error ? err.message : String(err)}\n`,
  );
  return EXIT.internal;
}
