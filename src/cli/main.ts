// The command line: the table of commands and their options (commander wiring) and one catch at
// the top (handle-error.ts); commander's help and complaints in the user's language are in help.ts
// and command-line-errors.ts; the commands themselves live in cli/commands/.
import { Command, Option } from "commander";
import { EXIT, UsageError } from "../errors.js";
import { CLI_TEXT } from "../messages/cli.js";
import { LANGUAGES, ROLES, roleFromTyped } from "../model/vocabulary.js";
import { BATCH_FORMATS } from "./batch-formats.js";
import { commandLineError } from "./command-line-errors.js";
import { handleError } from "./handle-error.js";
import { helpConfiguration, usage } from "./help.js";
import type { Io } from "./io.js";
import { langFromArgv } from "./io.js";
import { pathList, questionnaireArgument, resolvePath } from "./paths.js";
import { packageVersion } from "./package-version.js";

/** An option with a closed set of values; `read` says which value a typed one is (by default only itself). */
function choiceOption(
  flags: string,
  description: string,
  values: readonly string[],
  read: (typed: string) => string | undefined = (typed) => (values.includes(typed) ? typed : undefined),
): Option {
  const option = new Option(flags, description).choices(values);
  return option.argParser((value: string) => {
    const chosen = read(value);
    if (chosen === undefined)
      throw new UsageError("INVALID_OPTION", { option: option.long ?? flags, value, allowed: values });
    return chosen;
  });
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = langFromArgv(argv);
  const h = CLI_TEXT[lang];
  const v = h.value;
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .configureHelp(helpConfiguration(h.help))
    .name("zelftest")
    .description(h.description)
    .version(packageVersion(), "-V, --version", h.version)
    .addOption(choiceOption(`--lang <${v.lang}>`, h.lang, LANGUAGES).default("nl"))
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
    .addOption(choiceOption(`--format <${v.format}>`, h.batchFormat, BATCH_FORMATS))
    .option(`--out <${v.file}>`, h.batchOut, at)
    .option(`--delimiter <${v.char}>`, h.delimiter)
    .option("--include-paths", h.includePaths)
    .option("--include-names", h.includeNames)
    .option("--include-notes", h.includeNotes)
    .option("--items", h.items)
    .option(`--meta <${v.keys}>`, h.meta)
    .option(`--municipalities <${v.file}>`, h.municipalities)
    .option("--strict-municipalities", h.strictMunicipalities)
    .option(`--codebook <${v.file}>`, h.codebook)
    .option("--no-escape-formulas", h.noEscapeFormulas)
    // Repeatable: `--by role --by year` is `--by role,year` (commander keeps only the last value otherwise).
    .option(`--by <${v.what}>`, h.by, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    // Repeatable: each `--pairs` adds a pair of roles to set side by side.
    .option(`--pairs <${v.roles}>`, h.pairs, (value: string, previous: string[] | undefined) => [
      ...(previous ?? []),
      value,
    ])
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
    .addOption(choiceOption(`--role <${v.role}>`, h.mergeRole, ROLES, roleFromTyped))
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
    .addOption(choiceOption(`--role <${v.role}>`, h.formRole, ROLES, roleFromTyped))
    .option(`--contact <${v.text}>`, h.formContact)
    .option(`--deadline <${v.date}>`, h.formDeadline)
    .action(async (opts: Omit<import("./commands/formulier.js").FormulierOptions, "lang">) => {
      const { formulierCommand } = await import("./commands/formulier.js");
      exitCode = await formulierCommand({ ...opts, lang }, io);
    });

  for (const cmd of [program, ...program.commands]) {
    // Only the default command can be reached without its name being typed.
    const implicit = cmd.name() === "interview" && !argv.some((a) => commandNames.has(a));
    cmd
      .usage(usage(cmd, h.help))
      .helpOption("-h, --help", h.helpOption)
      // Commander's complaints become coded errors in the user's language; it prints none of its own.
      .exitOverride((err) => {
        throw commandLineError(err, cmd, argv, implicit);
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
