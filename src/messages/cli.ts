// The command line's own texts in Dutch and English: the help of every command and option, the
// words commander's help is built from (headings, "[options]", defaults), and the lines `batch`
// prints on stderr. Commander's errors are error codes (messages/error-messages.ts).
import type { Lang } from "../model/vocabulary.js";
import { count, formatList, formatNumber, plural } from "./intl.js";
import type { PluralForms } from "./intl.js";

export interface CliTexts {
  /** The help's frame: headings, the words for "[options]" and "[command]", a default value. */
  help: {
    usage: string;
    arguments: string;
    options: string;
    commands: string;
    optionsWord: string;
    commandWord: string;
    defaultValue(value: string): string;
  };
  /** The name shown for each kind of value, in usage lines and after options: `<bestand>`. */
  value: {
    file: string;
    files: string;
    paths: string;
    fileOrId: string;
    format: string;
    lang: string;
    char: string;
    keys: string;
    what: string;
    n: string;
    command: string;
    role: string;
    roles: string;
    text: string;
    date: string;
    code: string;
  };
  description: string;
  lang: string;
  debug: string;
  questionnaire: string;
  score: string;
  scoreFile: string;
  json: string;
  report: string;
  format: string;
  kort: string;
  planCsv: string;
  reportOut: string;
  batch: string;
  batchPaths: string;
  batchFormat: string;
  batchOut: string;
  delimiter: string;
  includePaths: string;
  includeNames: string;
  includeNotes: string;
  items: string;
  meta: string;
  municipalities: string;
  strictMunicipalities: string;
  codebook: string;
  noEscapeFormulas: string;
  by: string;
  pairs: string;
  jobs: string;
  compare: string;
  compareFiles: string;
  /** What is missing when compare gets one file. */
  compareSecondFile: string;
  compareFormat: string;
  allowMixed: string;
  perspectives: string;
  trend: string;
  merge: string;
  mergeFiles: string;
  /** What is missing when samenvoegen gets one file. */
  mergeSecondFile: string;
  mergeOut: string;
  mergeRole: string;
  mergeName: string;
  mergeDate: string;
  validate: string;
  validateFiles: string;
  interview: string;
  out: string;
  resume: string;
  verbose: string;
  formulier: string;
  formOut: string;
  formMunicipality: string;
  formMunicipalityCode: string;
  formRole: string;
  formContact: string;
  formDeadline: string;
  version: string;
  helpOption: string;
  helpCommand: string;
  /** The lines `batch` writes on stderr. */
  batchRun: {
    /** "9 van 10 bestanden gescoord, 1 ongeldig." */
    summary(valid: number, total: number, invalid: number): string;
    codebook: string;
    /** Answers to questions whose condition is not met: not scored. */
    notApplicable(file: string, n: number, ids: string): string;
    /** Meta keys in the files that the CSV does not pass through. */
    metaLeft(keys: readonly string[], option: string): string;
    unknownCodes(files: number, codes: string, list: string): string;
    newerItems(version: string, files: number, answers: number, first: string, current: string): string;
    /** The progress bar (cli-progress placeholders in braces). */
    progress: string;
  };
}

const FILES: Record<Lang, PluralForms> = {
  nl: { one: "bestand", other: "bestanden" },
  en: { one: "file", other: "files" },
};

const NL: CliTexts = {
  help: {
    usage: "Gebruik:",
    arguments: "Argumenten:",
    options: "Opties:",
    commands: "Opdrachten:",
    optionsWord: "[opties]",
    commandWord: "[opdracht]",
    defaultValue: (value) => `standaard: ${value}`,
  },
  value: {
    file: "bestand",
    files: "bestanden...",
    paths: "paden...",
    fileOrId: "bestand|id",
    format: "vorm",
    lang: "taal",
    char: "teken",
    keys: "sleutels",
    what: "wat",
    n: "aantal",
    command: "opdracht",
    role: "rol",
    roles: "rol,rol",
    text: "tekst",
    date: "datum",
    code: "code",
  },
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
    "csv (standaard, één rij per bestand), csv-long (één rij per bestand × vraag), parquet (csv-long als Parquet, met --out), panel (één rij per gemeente × jaar × rol), json, md of html (onderzoeksoverzicht)",
  batchOut:
    "schrijf naar dit bestand (atomair) in plaats van naar het scherm; zonder --format kiest de extensie het formaat (.csv, .parquet, .json, .md, .html), een --format dat de extensie tegenspreekt wordt geweigerd",
  delimiter: "scheidingsteken voor CSV; ';' voor Nederlandse Excel (dan ook decimale komma)",
  includePaths: "neem het pad van elk antwoordbestand op (standaard weggelaten: een pad bevat vaak een naam)",
  includeNames: "neem namen van invullers op (standaard weggelaten)",
  includeNotes: "neem toelichtingen en bronnen (vrije tekst) op in csv-long, parquet en json (standaard weggelaten)",
  items: "csv: voeg per vraag een kolom met het antwoord toe",
  meta: "neem deze sleutels uit het blok meta op als kolommen meta_<sleutel> (komma's ertussen)",
  municipalities: "CSV-bestand met gemeentecode en officiële naam: codes controleren en officiële namen gebruiken",
  strictMunicipalities:
    "met --municipalities: een bestand met een code die niet in de lijst staat is ongeldig (standaard: gescoord en gemarkeerd in unknown_code)",
  codebook:
    "schrijf het codeboek van de gekozen CSV-vorm (csv, csv-long, panel) of van parquet naar dit bestand (.csv, .md of .sps voor SPSS)",
  noEscapeFormulas:
    "csv: zet geen ' voor tekst die met = + - @ begint (voor analyse in SPSS, R of pandas; niet openen in een spreadsheet)",
  by: "overzicht uitsplitsen naar role, year of beide (role,year of --by role --by year; met n per cel)",
  pairs:
    "zet twee rollen naast elkaar: overeenstemming per vraag met Cohen's kappa en gewogen kappa (standaard gemeente,adviesraad; herhaal voor meer paren; md, html of json)",
  jobs: "aantal worker threads (0 = alles in één thread; standaard: één per processorkern, hoogstens 8, vanaf 200 bestanden)",
  compare:
    "vergelijk antwoordbestanden van één gemeente: perspectieven naast elkaar (--perspectives), of de ontwikkeling door de jaren (--trend)",
  compareFiles: "twee of meer antwoordbestanden",
  compareSecondFile: "een tweede antwoordbestand om mee te vergelijken",
  compareFormat: "md (standaard), html of json",
  allowMixed: "vergelijk ook bestanden van verschillende gemeenten of vragenlijsten",
  perspectives:
    "toon de bestanden als perspectieven naast elkaar (verschillende invullers, zoals de leden van een adviesraad)",
  trend:
    "toon de ontwikkeling door de tijd (dezelfde invuller in verschillende jaren), van het oudste naar het nieuwste bestand",
  merge:
    "voeg de antwoordbestanden van de leden van een groep (zoals een adviesraad) samen tot één groepsantwoord: per vraag het antwoord van de meerderheid, met de stemmen en wie anders antwoordde",
  mergeFiles: "twee of meer antwoordbestanden van leden, over één gemeente",
  mergeSecondFile: "een tweede antwoordbestand om mee samen te voegen",
  mergeOut: "waar het groepsantwoord komt (standaard: zelftest-<gemeente>-<rol>-groep-<datum>.yaml hier)",
  mergeRole:
    "de rol van de groep: gemeente, adviesraad, clientorganisatie, aanbieder, onderzoeker of anders (standaard: die van de leden)",
  mergeName: "de naam van de groep, zoals 'Wmo-adviesraad Rijssen-Holten'",
  mergeDate: "de datum van het groepsantwoord, jaar-maand-dag (standaard: vandaag)",
  validate: "controleer vragenlijsten en antwoordbestanden en toon elk probleem met regel en kolom",
  validateFiles: "een of meer bestanden",
  interview: "vul de zelftest in, vraag voor vraag (dit gebeurt ook als u alleen `zelftest` typt)",
  out: "waar het antwoordbestand komt (standaard: zelftest-<gemeente>-<rol>[-<naam>]-<datum>.yaml hier)",
  resume: "ga verder met een antwoordbestand, bij de eerste open vraag",
  verbose: "toon ook de technische nummers (ids) van de vragen",
  formulier: "maak het formulier: één HTML-bestand om de zelftest zonder installatie in de browser in te vullen",
  formOut: "waar het formulier komt (standaard: zelftest-formulier.html hier)",
  formMunicipality: "de gemeente, vast ingevuld in het formulier",
  formMunicipalityCode: "de CBS-gemeentecode, zoals GM1742, vast ingevuld in het formulier",
  formRole:
    "de rol van de invullers, vast ingevuld: gemeente, adviesraad, clientorganisatie, aanbieder, onderzoeker of anders",
  formContact:
    "naar wie de invullers hun antwoordbestand sturen, zoals 'j.jansen@gemeente.nl' (het formulier zegt het aan het eind)",
  formDeadline: "de uiterste datum om het antwoordbestand te sturen, jaar-maand-dag",
  version: "toon het versienummer",
  helpOption: "toon deze hulp",
  helpCommand: "toon de hulp bij een opdracht",
  batchRun: {
    summary: (valid, total, invalid) =>
      `${formatNumber(valid, "nl")} van ${count("nl", total, FILES.nl)} gescoord, ${formatNumber(invalid, "nl")} ongeldig.`,
    codebook: "codeboek",
    notApplicable: (file, n, ids) =>
      `${file}: waarschuwing: ${count("nl", n, { one: "antwoord op een vraag die", other: "antwoorden op vragen die" })} niet van toepassing ${plural("nl", n, { one: "is", other: "zijn" })} (voorwaarde niet vervuld; telt niet mee): ${ids}`,
    newerItems: (version, files, answers, first, current) =>
      `Waarschuwing: ${count("nl", files, FILES.nl)} ${plural("nl", files, { one: "zegt", other: "zeggen" })} versie ${version} van de vragenlijst te volgen, maar ${plural("nl", files, { one: "beantwoordt", other: "beantwoorden" })} ${count("nl", answers, { one: "vraag", other: "vragen" })} die pas in een latere versie ${plural("nl", answers, { one: "kwam", other: "kwamen" })} (tot ${current}; eerste: ${first}). Gescoord zoals gegeven; de kolom n_newer_items telt ze per bestand. Controleer de versie in die bestanden voordat u versies vergelijkt.`,
    unknownCodes: (files, codes, list) =>
      `Waarschuwing: ${count("nl", files, FILES.nl)} ${plural("nl", files, { one: "heeft", other: "hebben" })} een gemeentecode die niet in ${list} staat (${codes}): gescoord met de code en naam zoals geschreven, gemarkeerd in de kolom unknown_code. Vul de lijst aan (na een herindeling), of maak zulke bestanden ongeldig met --strict-municipalities.`,
    metaLeft: (keys, option) =>
      `De bestanden hebben ${plural("nl", keys.length, { one: "een meta-sleutel", other: "meta-sleutels" })} die niet in de uitvoer ${plural("nl", keys.length, { one: "staat", other: "staan" })}: ${formatList(keys, "nl")}. Neem ${plural("nl", keys.length, { one: "die", other: "ze" })} op met ${option}`,
    progress: "{bar} {percentage}% | {value}/{total} bestanden | nog ongeveer {eta}s",
  },
};

const EN: CliTexts = {
  help: {
    usage: "Usage:",
    arguments: "Arguments:",
    options: "Options:",
    commands: "Commands:",
    optionsWord: "[options]",
    commandWord: "[command]",
    defaultValue: (value) => `default: ${value}`,
  },
  value: {
    file: "file",
    files: "files...",
    paths: "paths...",
    fileOrId: "file|id",
    format: "format",
    lang: "lang",
    char: "char",
    keys: "keys",
    what: "what",
    n: "n",
    command: "command",
    role: "role",
    roles: "role,role",
    text: "text",
    date: "date",
    code: "code",
  },
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
    "csv (default, one row per file), csv-long (one row per file × question), parquet (csv-long as Parquet, with --out), panel (one row per municipality × year × role), json, md or html (research summary)",
  batchOut:
    "write to this file (atomically) instead of the screen; without --format the extension chooses the format (.csv, .parquet, .json, .md, .html), a --format that contradicts the extension is refused",
  delimiter: "CSV delimiter; ';' for Dutch Excel (then also a decimal comma)",
  includePaths: "include the path of each answer file (left out by default: a path often holds a name)",
  includeNames: "include respondent names (left out by default)",
  includeNotes: "include notes and evidence (free text) in csv-long, parquet and json (left out by default)",
  items: "csv: add one column per question with its answer",
  meta: "pass these keys of the meta block through as columns meta_<key> (separated by commas)",
  municipalities: "CSV file with municipality code and official name: check codes and use official names",
  strictMunicipalities:
    "with --municipalities: a file whose code is not in the list is invalid (default: scored and flagged in unknown_code)",
  codebook:
    "write the codebook of the chosen CSV format (csv, csv-long, panel) or of parquet to this file (.csv, .md, or .sps for SPSS)",
  noEscapeFormulas:
    "csv: put no ' before text that starts with = + - @ (for analysis in SPSS, R or pandas; do not open in a spreadsheet)",
  by: "break the summary down by role, year or both (role,year or --by role --by year; with n per cell)",
  pairs:
    "set two roles side by side: agreement per question with Cohen's kappa and weighted kappa (default gemeente,adviesraad; repeat for more pairs; md, html or json)",
  jobs: "number of worker threads (0 = all in one thread; default: one per core, at most 8, from 200 files on)",
  compare:
    "compare answer files for one municipality: perspectives side by side (--perspectives), or the development over the years (--trend)",
  compareFiles: "two or more answer files",
  compareSecondFile: "a second answer file to compare with",
  compareFormat: "md (default), html or json",
  allowMixed: "also compare files for different municipalities or questionnaires",
  perspectives: "show the files as perspectives side by side (different respondents, such as the members of a council)",
  trend: "show the development over time (the same respondent in different years), from the oldest to the newest file",
  merge:
    "merge the answer files of a group's members (such as an advisory council) into one group answer: per question the majority's answer, with the votes and who answered differently",
  mergeFiles: "two or more members' answer files, about one municipality",
  mergeSecondFile: "a second answer file to merge with",
  mergeOut: "where the group answer goes (default: zelftest-<municipality>-<role>-groep-<date>.yaml here)",
  mergeRole:
    "the group's role: gemeente, adviesraad, clientorganisatie, aanbieder, onderzoeker or anders (default: the members')",
  mergeName: "the group's name, such as 'Wmo-adviesraad Rijssen-Holten'",
  mergeDate: "the date of the group answer, year-month-day (default: today)",
  validate: "check questionnaires and answer files and show every problem with line and column",
  validateFiles: "one or more files",
  interview: "fill in the self-assessment, question by question (also what plain `zelftest` does)",
  out: "where the answer file goes (default: zelftest-<municipality>-<role>[-<name>]-<date>.yaml here)",
  resume: "continue an answer file at the first open question",
  verbose: "also show the questions' technical ids",
  formulier: "make the form: one HTML file to fill in the self-assessment in a browser, without installing anything",
  formOut: "where the form goes (default: zelftest-formulier.html here)",
  formMunicipality: "the municipality, filled in and fixed in the form",
  formMunicipalityCode: "the CBS municipality code, such as GM1742, filled in and fixed in the form",
  formRole: "the respondents' role, fixed: gemeente, adviesraad, clientorganisatie, aanbieder, onderzoeker or anders",
  formContact:
    "whom the respondents send their answer file to, such as 'j.jansen@gemeente.nl' (the form says so at the end)",
  formDeadline: "the last day to send the answer file, year-month-day",
  version: "show the version number",
  helpOption: "show this help",
  helpCommand: "show the help for a command",
  batchRun: {
    summary: (valid, total, invalid) =>
      `${formatNumber(valid, "en")} of ${count("en", total, FILES.en)} scored, ${formatNumber(invalid, "en")} invalid.`,
    codebook: "codebook",
    notApplicable: (file, n, ids) =>
      `${file}: warning: ${count("en", n, { one: "answer to a question that does", other: "answers to questions that do" })} not apply (condition not met; not scored): ${ids}`,
    newerItems: (version, files, answers, first, current) =>
      `Warning: ${count("en", files, FILES.en)} ${plural("en", files, { one: "declares", other: "declare" })} version ${version} of the questionnaire but ${plural("en", files, { one: "answers", other: "answer" })} ${count("en", answers, { one: "question", other: "questions" })} that first appeared in a later version (up to ${current}; first: ${first}). Scored as given; the column n_newer_items counts them per file. Check the version in those files before comparing versions.`,
    unknownCodes: (files, codes, list) =>
      `Warning: ${count("en", files, FILES.en)} ${plural("en", files, { one: "has", other: "have" })} a municipality code that is not in ${list} (${codes}): scored with the code and name as written, flagged in the column unknown_code. Complete the list (after a municipal merger), or make such files invalid with --strict-municipalities.`,
    metaLeft: (keys, option) =>
      `The files have ${plural("en", keys.length, { one: "a meta key", other: "meta keys" })} that ${plural("en", keys.length, { one: "is", other: "are" })} not in the output: ${formatList(keys, "en")}. Include ${plural("en", keys.length, { one: "it", other: "them" })} with ${option}`,
    progress: "{bar} {percentage}% | {value}/{total} files | about {eta}s left",
  },
};

export const CLI_TEXT: Record<Lang, CliTexts> = { nl: NL, en: EN };
