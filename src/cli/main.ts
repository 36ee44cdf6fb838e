// The command line: commander wiring, one catch at the top that turns every error into its exit
// code (defined in errors.ts, described in docs/exit-codes.md); commands live in cli/commands/.
import { Command, CommanderError, Option } from "commander";
import { EXIT, InputError, InterruptedError, UsageError } from "../errors.js";
import { closest } from "../load/suggest.js";
import { UI } from "../messages/ui.js";
import type { Lang } from "../model/vocabulary.js";
import { formatDiagnostics, terminalWording } from "./format-diagnostics.js";
import type { Io } from "./io.js";
import { langFromArgv } from "./io.js";
import { pathList, questionnaireArgument, resolvePath } from "./paths.js";
import { packageVersion } from "./package-version.js";
import { makeStyle } from "./style.js";

const HELP = {
  nl: {
    description: "Zelftest onafhankelijke cliëntondersteuning (Wmo 2015) voor gemeenten, adviesraden en onderzoekers.",
    lang: "taal van uitvoer en rapport: nl of en",
    debug: "toon technische details bij een interne fout",
    questionnaire: "eigen vragenlijst: een bestand of een ingebouwde id",
    score: "scoor een antwoordbestand: oordeel en score, totaal en per thema",
    scoreFile: "het antwoordbestand (YAML of JSON)",
    json: "print het resultaat als JSON (voor onderzoek en scripts)",
    report: "maak het rapport: wat ontbreekt, aanbevelingen en een plan van aanpak",
    format: "md (Markdown, standaard), html of docx (Word, met --out)",
    kort: "alleen de eerste pagina: de samenvatting (past op één A4)",
    planCsv: "schrijf ook het plan van aanpak als CSV (voor een spreadsheet) naar dit bestand",
    reportOut: "schrijf naar dit bestand in plaats van naar het scherm",
    batch: "scoor veel antwoordbestanden (bestanden, mappen of globs) voor onderzoek",
    batchPaths: "bestanden, mappen (met submappen) of globs zoals 'data/**/*.yaml'",
    batchFormat:
      "csv (standaard, één rij per bestand), csv-long (één rij per bestand × vraag), json, md of html (onderzoeksoverzicht)",
    batchOut: "schrijf naar dit bestand (atomair) in plaats van naar het scherm",
    delimiter: "scheidingsteken voor CSV; ';' voor Nederlandse Excel (dan ook decimale komma)",
    includeNames: "neem namen van invullers op (standaard weggelaten)",
    includeNotes: "neem toelichtingen en bronnen (vrije tekst) op in csv-long en json (standaard weggelaten)",
    items: "csv: voeg per vraag een kolom met het antwoord toe",
    meta: "neem deze sleutels uit het blok meta op als kolommen meta_<sleutel> (komma's ertussen)",
    municipalities: "CSV-bestand met gemeentecode en officiële naam: codes controleren en officiële namen gebruiken",
    codebook: "schrijf het codeboek van de gekozen CSV-vorm naar dit bestand (.csv, .md of .sps voor SPSS)",
    by: "overzicht uitsplitsen naar role, year of beide (role,year of --by role --by year; met n per cel)",
    jobs: "aantal worker threads (0 = alles in één thread; standaard: één per processorkern)",
    compare:
      "vergelijk antwoordbestanden van één gemeente: perspectieven naast elkaar, of de ontwikkeling door de jaren",
    compareFiles: "twee of meer antwoordbestanden",
    compareFormat: "md (standaard), html of json",
    allowMixed: "vergelijk ook bestanden van verschillende gemeenten of vragenlijsten",
    validate: "controleer vragenlijsten en antwoordbestanden en toon elk probleem met regel en kolom",
    validateFiles: "een of meer bestanden",
    interview: "vul de zelftest in, vraag voor vraag (dit gebeurt ook als u alleen `zelftest` typt)",
    out: "waar het antwoordbestand komt (standaard: zelftest-<gemeente>-<datum>.yaml hier)",
    resume: "ga verder met een antwoordbestand, bij de eerste open vraag",
    verbose: "toon ook de technische nummers (ids) van de vragen",
    formulier: "maak het formulier: één HTML-bestand om de zelftest zonder installatie in de browser in te vullen",
    formOut: "waar het formulier komt (standaard: zelftest-formulier.html hier)",
    version: "toon het versienummer",
    help: "toon hulp bij een opdracht",
  },
  en: {
    description:
      "Self-assessment of independent client support (Wmo 2015) for municipalities, advisory councils and researchers.",
    lang: "language of output and report: nl or en",
    debug: "show technical details on an internal error",
    questionnaire: "custom questionnaire: a file or a built-in id",
    score: "score an answer file: verdict and score, overall and per theme",
    scoreFile: "the answer file (YAML or JSON)",
    json: "print the result as JSON (for research and scripts)",
    report: "make the report: what is missing, recommendations and an action plan",
    format: "md (Markdown, the default), html or docx (Word, with --out)",
    kort: "only the first page: the summary (fits one A4)",
    planCsv: "also write the action plan as CSV (for a spreadsheet) to this file",
    reportOut: "write to this file instead of the screen",
    batch: "score many answer files (files, folders or globs) for research",
    batchPaths: "files, folders (recursively) or globs such as 'data/**/*.yaml'",
    batchFormat:
      "csv (default, one row per file), csv-long (one row per file × question), json, md or html (research summary)",
    batchOut: "write to this file (atomically) instead of the screen",
    delimiter: "CSV delimiter; ';' for Dutch Excel (then also a decimal comma)",
    includeNames: "include respondent names (left out by default)",
    includeNotes: "include notes and evidence (free text) in csv-long and json (left out by default)",
    items: "csv: add one column per question with its answer",
    meta: "pass these keys of the meta block through as columns meta_<key> (separated by commas)",
    municipalities: "CSV file with municipality code and official name: check codes and use official names",
    codebook: "write the codebook of the chosen CSV format to this file (.csv, .md, or .sps for SPSS)",
    by: "break the summary down by role, year or both (role,year or --by role --by year; with n per cell)",
    jobs: "number of worker threads (0 = all in one thread; default: one per core)",
    compare: "compare answer files for one municipality: perspectives side by side, or the development over the years",
    compareFiles: "two or more answer files",
    compareFormat: "md (default), html or json",
    allowMixed: "also compare files for different municipalities or questionnaires",
    validate: "check questionnaires and answer files and show every problem with line and column",
    validateFiles: "one or more files",
    interview: "fill in the self-assessment, question by question (also what plain `zelftest` does)",
    out: "where the answer file goes (default: zelftest-<municipality>-<date>.yaml here)",
    resume: "continue an answer file at the first open question",
    verbose: "also show the questions' technical ids",
    formulier: "make the form: one HTML file to fill in the self-assessment in a browser, without installing anything",
    formOut: "where the form goes (default: zelftest-formulier.html here)",
    version: "show the version number",
    help: "show help for a command",
  },
} as const;

/**
 * Commander with coded errors: its complaints about the command line become UsageErrors with a
 * precise code (worded in messages/, in the user's language) instead of English text.
 */
class ZelftestCommand extends Command {
  /** Set on the default command when its name was not typed, so a stray word is an unknown command. */
  implicit = false;

  override createCommand(name?: string): Command {
    return new ZelftestCommand(name);
  }

  private commandName(): string {
    return this.parent ? this.name() : "";
  }

  unknownOption(flag: string): never {
    const known = this.options
      .flatMap((o) => (o.long ? [o.long] : []))
      .concat(this.parent?.options.flatMap((o) => (o.long ? [o.long] : [])) ?? []);
    const suggestion = flag.startsWith("--") ? closest(flag, known) : undefined;
    throw new UsageError("UNKNOWN_OPTION", {
      option: flag,
      command: this.commandName(),
      ...(suggestion ? { suggestion } : {}),
    });
  }

  missingArgument(name: string): never {
    throw new UsageError("MISSING_ARGUMENT", { argument: name, command: this.commandName() });
  }

  optionMissingArgument(option: Option): never {
    throw new UsageError("MISSING_ARGUMENT", { option: option.long ?? option.flags, command: this.commandName() });
  }

  unknownCommand(): never {
    throw unknownCommand(String(this.args[0] ?? ""), this.parent ?? this);
  }

  _excessArguments(received: string[]): void {
    if (this.implicit && this.parent) throw unknownCommand(String(received[0]), this.parent);
    throw new UsageError("TOO_MANY_ARGUMENTS", {
      command: this.commandName(),
      extra: received.slice(this.registeredArguments.length),
    });
  }
}

function unknownCommand(name: string, program: Command): UsageError {
  const known = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
  const suggestion = closest(name, known);
  return new UsageError("UNKNOWN_COMMAND", {
    command: name,
    known: program.commands.map((c) => c.name()),
    ...(suggestion ? { suggestion } : {}),
  });
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
  const h = HELP[lang];
  let exitCode: number = EXIT.ok;
  const program = new ZelftestCommand()
    .name("zelftest")
    .description(h.description)
    .version(packageVersion(), "-V, --version", h.version)
    .helpOption("-h, --help", h.help)
    .addOption(choiceOption("--lang <lang>", h.lang, ["nl", "en"]).default("nl"))
    .option("--debug", h.debug)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    })
    .showSuggestionAfterError(true);
  program.helpCommand(false);

  // Paths are resolved against io.cwd as they are parsed, here and nowhere else (see paths.ts).
  const at = (path: string) => resolvePath(path, io.cwd);
  const atAll = pathList(io.cwd);
  const questionnaireOption = () =>
    new Option("--questionnaire <file|id>", h.questionnaire).argParser((ref: string) =>
      questionnaireArgument(ref, io.cwd),
    );

  program
    .command("interview", { isDefault: true })
    .description(h.interview)
    .addOption(questionnaireOption())
    .option("--out <file>", h.out, at)
    .option("--resume <file>", h.resume, at)
    .option("--verbose", h.verbose)
    .action(async (opts: { questionnaire?: string; out?: string; resume?: string; verbose?: boolean }) => {
      const { interviewCommand } = await import("./commands/interview.js");
      exitCode = await interviewCommand({ ...opts, lang }, io);
    });

  program
    .command("score")
    .description(h.score)
    .argument("<file>", h.scoreFile, at)
    .option("--json", h.json)
    .addOption(questionnaireOption())
    .action(async (file: string, opts: { json?: boolean; questionnaire?: string }) => {
      const { scoreCommand } = await import("./commands/score.js");
      exitCode = await scoreCommand(file, { ...opts, lang }, io);
    });

  program
    .command("report")
    .description(h.report)
    .argument("<file>", h.scoreFile, at)
    .addOption(choiceOption("--format <format>", h.format, ["md", "html", "docx"]))
    .option("--out <file>", h.reportOut, at)
    .option("--kort", h.kort)
    .option("--plan-csv <file>", h.planCsv, at)
    .option("--verbose", h.verbose)
    .addOption(questionnaireOption())
    .action(
      async (
        file: string,
        opts: {
          format?: string;
          out?: string;
          questionnaire?: string;
          kort?: boolean;
          planCsv?: string;
          verbose?: boolean;
        },
      ) => {
        const { reportCommand } = await import("./commands/report.js");
        exitCode = await reportCommand(file, { ...opts, lang }, io);
      },
    );

  program
    .command("batch")
    .description(h.batch)
    .argument("<paths...>", h.batchPaths)
    .addOption(choiceOption("--format <format>", h.batchFormat, ["csv", "csv-long", "json", "md", "html"]))
    .option("--out <file>", h.batchOut, at)
    .option("--delimiter <char>", h.delimiter)
    .option("--include-names", h.includeNames)
    .option("--include-notes", h.includeNotes)
    .option("--items", h.items)
    .option("--meta <keys>", h.meta)
    .option("--municipalities <file>", h.municipalities)
    .option("--codebook <file>", h.codebook)
    // Repeatable: `--by role --by year` is `--by role,year` (commander keeps only the last value otherwise).
    .option("--by <what>", h.by, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option("--jobs <n>", h.jobs)
    .addOption(questionnaireOption())
    .action(async (paths: string[], opts: Omit<import("./commands/batch.js").BatchCommandOptions, "lang">) => {
      const { batchCommand } = await import("./commands/batch.js");
      exitCode = await batchCommand(paths, { ...opts, lang }, io);
    });

  program
    .command("compare")
    .description(h.compare)
    .argument("<files...>", h.compareFiles)
    .addOption(choiceOption("--format <format>", h.compareFormat, ["md", "html", "json"]))
    .option("--out <file>", h.reportOut, at)
    .option("--allow-mixed", h.allowMixed)
    .addOption(questionnaireOption())
    .action(async (files: string[], opts: Omit<import("./commands/compare.js").CompareOptions, "lang">) => {
      const { compareCommand } = await import("./commands/compare.js");
      exitCode = await compareCommand(files, { ...opts, lang }, io);
    });

  program
    .command("validate")
    .description(h.validate)
    .argument("<files...>", h.validateFiles, atAll)
    .addOption(questionnaireOption())
    .action(async (files: string[], opts: { questionnaire?: string }) => {
      const { validateCommand } = await import("./commands/validate.js");
      exitCode = await validateCommand(files, { ...opts, lang }, io);
    });

  const commandNames = new Set(program.commands.flatMap((c) => [c.name(), ...c.aliases()]));
  program
    .command("formulier")
    .alias("form")
    .description(h.formulier)
    .option("--out <file>", h.formOut, at)
    .addOption(questionnaireOption())
    .action(async (opts: { out?: string; questionnaire?: string }) => {
      const { formulierCommand } = await import("./commands/formulier.js");
      exitCode = await formulierCommand({ ...opts, lang }, io);
    });

  for (const sub of program.commands) {
    // Only the default command can be reached without its name being typed.
    if (sub.name() === "interview") (sub as ZelftestCommand).implicit = !argv.some((a) => commandNames.has(a));
    sub.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    });
    sub.helpOption("-h, --help", h.help);
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
    // Any other complaint of commander's: its own (English) words under the USAGE code.
    err = new UsageError("USAGE", { detail: err.message.replace(/^error: /, "") });
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
