// What each error code says, in Dutch and English: a message naming the problem and a hint
// saying how to fix it. Tests assert codes, not this wording.
import type { ErrorCode, Params } from "../errors.js";
import { ROLES } from "../model/vocabulary.js";
import type { Lang } from "../model/vocabulary.js";
import { formatList, formatNumber } from "./intl.js";

export interface Wording {
  readonly message: string;
  readonly hint: string;
}

/** "a, b en c" (kind "and") or "a, b of c" (kind "or") in the reader's language. */
const list = (v: Params[string] | undefined, lang: Lang, kind: "and" | "or" = "and") =>
  Array.isArray(v) ? formatList(v, lang, kind) : String(v ?? "");
/** A parameter as text; a missing one is empty, never "undefined". */
const str = (v: Params[string] | undefined) => String(v ?? "");
const q = (v: Params[string] | undefined) => `"${str(v)}"`;
/** A count as people read it: 24048 → "24.048" / "24,048". */
const num = (v: Params[string] | undefined, lang: Lang) => (typeof v === "number" ? formatNumber(v, lang) : str(v));
const where = (p: Params, nl: boolean) => (p.where ? (nl ? ` (bij ${p.where})` : ` (at ${p.where})`) : "");
const kib = (n: Params[string] | undefined) => `${Math.round(Number(n ?? 0) / 1024)} KiB`;
/** `zelftest score --help`, or `zelftest --help` when no command is known. */
const helpOf = (p: Params) => `\`zelftest ${p.command ? `${str(p.command)} ` : ""}--help\``;

/** Why an option needs another (OPTION_REQUIRES), by option. */
const OPTION_WHY: Record<string, { nl: string; en: string }> = {
  "--by": { nl: "het splitst het onderzoeksoverzicht uit", en: "it breaks down the research summary" },
  "--items": {
    nl: "het voegt antwoordkolommen toe aan de brede CSV (csv-long heeft de antwoorden al)",
    en: "it adds answer columns to the wide CSV (csv-long has the answers already)",
  },
  "--pairs": {
    nl: "alleen het onderzoeksoverzicht en de JSON zetten rollen naast elkaar",
    en: "only the research summary and the JSON set roles side by side",
  },
  "--codebook": {
    nl: "het beschrijft de kolommen van de CSV of het Parquet-bestand",
    en: "it describes the columns of the CSV or the Parquet file",
  },
  "--codebook FILE.sps": {
    nl: "SPSS-syntax leest een CSV-bestand; SPSS leest geen Parquet (kies een codeboek FILE.csv of FILE.md)",
    en: "SPSS syntax reads a CSV file; SPSS does not read Parquet (choose a codebook FILE.csv or FILE.md)",
  },
  "--format parquet": {
    nl: "een Parquet-bestand is binair: het gaat niet naar het scherm of een pijp, maar naar een bestand zoals lang.parquet",
    en: "a Parquet file is binary: it cannot go to the screen or a pipe, only to a file such as long.parquet",
  },
  "--format docx": {
    nl: "een Word-bestand gaat niet naar het scherm, maar naar een bestand zoals rapport.docx",
    en: "a Word file cannot go to the screen, only to a file such as report.docx",
  },
};

/** How large a file of each role usually is (the advice of FILE_TOO_LARGE), by the role it was read as. */
const TOO_LARGE_USUAL: Record<string, { nl: string; en: string }> = {
  answers: {
    nl: "Een antwoordbestand is meestal kleiner dan 100 KiB.",
    en: "An answer file is usually smaller than 100 KiB.",
  },
  questionnaire: {
    nl: "Een vragenlijst is meestal kleiner dan 1 MiB.",
    en: "A questionnaire is usually smaller than 1 MiB.",
  },
  municipalities: {
    nl: "Een gemeentelijst (code en naam per regel) is meestal kleiner dan 100 KiB, ook met alle gemeenten van Nederland.",
    en: "A municipality list (a code and name per line) is usually smaller than 100 KiB, even with every Dutch municipality.",
  },
  either: {
    nl: "Een antwoordbestand is meestal kleiner dan 100 KiB, een vragenlijst kleiner dan 1 MiB.",
    en: "An answer file is usually smaller than 100 KiB, a questionnaire smaller than 1 MiB.",
  },
};

/** How to write the value of an option that takes a date, a code or a text (INVALID_OPTION). */
const DATE_FORMAT = {
  nl: "Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2027-01-15 (een bestaande datum).",
  en: "Write the date as year-month-day, for example 2027-01-15 (a real date).",
};
const TEXT_FORMAT = {
  nl: "Geef een tekst van 1 tot 200 tekens (tussen aanhalingstekens als er spaties in staan).",
  en: "Give a text of 1 to 200 characters (in quotes if it has spaces).",
};
const OPTION_FORMAT: Record<string, { nl: string; en: string }> = {
  "--date": DATE_FORMAT,
  "--deadline": DATE_FORMAT,
  "--name": TEXT_FORMAT,
  "--municipality": TEXT_FORMAT,
  "--contact": TEXT_FORMAT,
  "--pairs": {
    nl: `Geef twee verschillende rollen met een komma ertussen, zoals gemeente,adviesraad, en elk paar één keer. Rollen: ${ROLES.join(", ")}.`,
    en: `Give two different roles with a comma between them, such as gemeente,adviesraad, and each pair once. Roles: ${ROLES.join(", ")}.`,
  },
  "--meta": {
    nl: "Geef de namen van sleutels uit het blok meta, met komma's ertussen en elke één keer, zoals wave of wave,respondent_id. Een naam begint met een letter, gevolgd door letters, cijfers of _ (samen hoogstens 40 tekens).",
    en: "Give the names of keys of the meta block, separated by commas and each once, such as wave or wave,respondent_id. A name starts with a letter, followed by letters, digits or _ (at most 40 characters in all).",
  },
  "--jobs": {
    nl: "Geef een heel getal van 0 tot en met 64: het aantal worker threads (0 = alles in één thread). Zonder --jobs is het één per processorkern (hoogstens 8) vanaf 200 bestanden.",
    en: "Give a whole number from 0 to 64: the number of worker threads (0 = all in one thread). Without --jobs it is one per core (at most 8) from 200 files on.",
  },
  "--municipality-code": {
    nl: "Geef de CBS-gemeentecode: GM en vier cijfers, zoals GM1742 (1742 of gm1742 mag ook).",
    en: "Give the CBS municipality code: GM and four digits, such as GM1742 (1742 or gm1742 also work).",
  },
};

/** A system error code (errno) in words; unknown codes are shown as they are. */
const REASON: Record<string, { nl: string; en: string }> = {
  "not-a-file": { nl: "het is geen gewoon bestand", en: "it is not a regular file" },
  folder: { nl: "het is een map", en: "it is a folder" },
  fifo: { nl: "het is een pijp (FIFO), geen gewoon bestand", en: "it is a pipe (FIFO), not a regular file" },
  device: { nl: "het is een apparaat, geen gewoon bestand", en: "it is a device, not a regular file" },
  socket: { nl: "het is een socket, geen gewoon bestand", en: "it is a socket, not a regular file" },
  ENOENT: { nl: "de map bestaat niet", en: "the folder does not exist" },
  ENOTDIR: { nl: "een deel van het pad is geen map", en: "part of the path is not a folder" },
  EISDIR: { nl: "het is een map", en: "it is a folder" },
  ELOOP: {
    nl: "de snelkoppelingen in het pad verwijzen in een kring naar elkaar",
    en: "the symbolic links in the path form a loop",
  },
  ENAMETOOLONG: { nl: "de naam is te lang", en: "the name is too long" },
  ENOSPC: { nl: "de schijf is vol", en: "the disk is full" },
  EDQUOT: { nl: "uw schijfruimte is op", en: "your disk quota is used up" },
  EACCES: { nl: "geen toestemming", en: "permission denied" },
  EPERM: { nl: "geen toestemming", en: "permission denied" },
  EROFS: { nl: "de schijf is alleen-lezen", en: "the disk is read-only" },
  EIO: { nl: "een lees- of schrijffout van het apparaat", en: "an input/output error of the device" },
  EBUSY: { nl: "het bestand is in gebruik", en: "the file is busy" },
  EFBIG: {
    nl: "het bestand wordt groter dan het systeem toestaat",
    en: "the file grows larger than the system allows",
  },
};
/** A reason (a system error code such as EACCES, or one of FILE_UNREADABLE's) in words, with the code. */
export const reasonText = (v: Params[string] | undefined, lang: Lang) => {
  const r = String(v ?? "");
  const words = REASON[r]?.[lang];
  return words ? (r.startsWith("E") ? `${words}, ${r}` : words) : r;
};

/** What the JSON scanner (load/json-syntax.ts) expected where the text went wrong. */
const JSON_EXPECTED: Record<string, { nl: string; en: string }> = {
  value: {
    nl: "een waarde (tekst tussen aanhalingstekens, een getal, true, false, null, { of [)",
    en: "a value (text in quotes, a number, true, false, null, { or [)",
  },
  key: { nl: "een sleutel tussen dubbele aanhalingstekens", en: "a key in double quotes" },
  colon: { nl: "een dubbele punt na de sleutel", en: "a colon after the key" },
  "comma-or-object-end": { nl: "een komma of }", en: "a comma or }" },
  "comma-or-array-end": { nl: "een komma of ]", en: "a comma or ]" },
  end: { nl: "niets meer (het einde van het bestand)", en: "nothing more (the end of the file)" },
  "string-end": {
    nl: "het sluitende aanhalingsteken van de tekst op dezelfde regel",
    en: "the closing quote of the text on the same line",
  },
  escape: {
    nl: 'een geldige escape na \\ (zoals \\n, \\" of \\u00e9)',
    en: 'a valid escape after \\ (such as \\n, \\" or \\u00e9)',
  },
  digit: { nl: "een cijfer", en: "a digit" },
};

const FIELD_FORMAT: Record<string, { nl: string; en: string }> = {
  version: { nl: "een versienummer als 1.0.0 (tussen aanhalingstekens mag ook)", en: "a version number such as 1.0.0" },
  date: { nl: "een datum als 2025-09-01 (jaar-maand-dag)", en: "a date such as 2025-09-01 (year-month-day)" },
  questionnaire: {
    nl: "een id in kleine letters met streepjes, zoals clientondersteuning-wmo2015",
    en: "an id in lower case with hyphens, such as clientondersteuning-wmo2015",
  },
  id: {
    nl: "een id in kleine letters met streepjes; een vraag-id is thema.naam",
    en: "an id in lower case with hyphens; an item id is theme.name",
  },
  item: { nl: "een vraag-id als thema.naam", en: "an item id such as theme.name" },
  gemeentecode: {
    nl: "de CBS-code van de gemeente: GM en vier cijfers, zoals GM0177",
    en: "the CBS municipality code: GM and four digits, such as GM0177",
  },
  "meta-key": {
    nl: "een naam van letters, cijfers en _, die met een letter begint (hooguit 40 tekens), zoals golf of respondent_id",
    en: "a name of letters, digits and _, starting with a letter (at most 40 characters), such as wave or respondent_id",
  },
};

/** The yaml library's problem codes (YAMLError.code) in words: what is wrong at the place shown. */
const YAML_PROBLEM: Record<string, { nl: string; en: string }> = {
  MISSING_CHAR: {
    nl: "hier ontbreekt een teken, zoals een sluitend aanhalingsteken, een ] of }, of een komma",
    en: "a character is missing here, such as a closing quote, a ] or }, or a comma",
  },
  BAD_INDENT: {
    nl: "het inspringen klopt niet, of een lijst [ … ] of blok { … } is niet afgesloten",
    en: "the indentation is wrong, or a list [ … ] or block { … } is not closed",
  },
  TAB_AS_INDENT: {
    nl: "er wordt ingesprongen met een tab; YAML wil spaties",
    en: "a tab is used to indent; YAML needs spaces",
  },
  BLOCK_AS_IMPLICIT_KEY: {
    nl: "na de waarde volgt nog een dubbele punt (tekst met een dubbele punt hoort tussen aanhalingstekens)",
    en: "another colon follows the value (text with a colon belongs in quotes)",
  },
  MULTILINE_IMPLICIT_KEY: {
    nl: "een sleutel loopt door over meer regels; misschien mist de regel ervoor een dubbele punt of een aanhalingsteken",
    en: "a key runs over more than one line; perhaps the line before lacks a colon or a quote",
  },
  BAD_SCALAR_START: {
    nl: "een waarde zonder aanhalingstekens mag niet met dit teken beginnen",
    en: "a value without quotes cannot start with this character",
  },
  BAD_DQ_ESCAPE: {
    nl: "na een \\ in tekst tussen dubbele aanhalingstekens staat een teken dat niet mag",
    en: "a \\ in double-quoted text is followed by a character that is not allowed",
  },
  UNEXPECTED_TOKEN: { nl: "dit teken wordt hier niet verwacht", en: "this character is not expected here" },
  BLOCK_IN_FLOW: {
    nl: "binnen [ ] of { } staat een blok met inspringen",
    en: "a block with indentation is inside [ ] or { }",
  },
  BAD_COLLECTION_TYPE: {
    nl: "hier staat een soort lijst of blok dat niet past",
    en: "a kind of list or block is here that does not fit",
  },
  MULTIPLE_DOCS: {
    nl: "het bestand bevat meer dan één YAML-document (gescheiden door ---); zelftest leest er één",
    en: "the file holds more than one YAML document (separated by ---); zelftest reads one",
  },
  MULTIPLE_ANCHORS: { nl: "een waarde heeft twee ankers (&)", en: "a value has two anchors (&)" },
  MULTIPLE_TAGS: { nl: "een waarde heeft twee labels (!)", en: "a value has two tags (!)" },
  BAD_PROP_ORDER: {
    nl: "een anker (&) of label (!) staat op een plaats waar het niet mag",
    en: "an anchor (&) or tag (!) is in a place where it is not allowed",
  },
  ALIAS_PROPS: {
    nl: "een verwijzing (*naam) mag geen anker of label hebben",
    en: "an alias (*name) cannot have an anchor or tag",
  },
  BAD_ALIAS: {
    nl: "een verwijzing (*naam) wijst naar een anker dat niet bestaat",
    en: "an alias (*name) points to an anchor that does not exist",
  },
  BAD_DIRECTIVE: {
    nl: "een regel die met % begint, wordt niet begrepen",
    en: "a line starting with % is not understood",
  },
  KEY_OVER_1024_CHARS: {
    nl: "een sleutel zonder aanhalingstekens is langer dan 1024 tekens",
    en: "a key without quotes is longer than 1024 characters",
  },
  DUPLICATE_KEY: {
    nl: "deze sleutel staat twee keer in hetzelfde blok",
    en: "this key occurs twice in the same mapping",
  },
  NON_STRING_KEY: { nl: "een sleutel moet gewone tekst zijn", en: "a key must be plain text" },
  RESOURCE_EXHAUSTION: {
    nl: "het bestand vraagt te veel werk om te lezen",
    en: "the file takes too much work to read",
  },
  IMPOSSIBLE: { nl: "de tekst kan hier niet gelezen worden", en: "the text cannot be read here" },
};

type Catalogue = Record<ErrorCode, (p: Params) => { nl: Wording; en: Wording }>;

const CATALOGUE: Catalogue = {
  FILE_NOT_FOUND: () => ({
    nl: {
      message: "Het bestand bestaat niet.",
      hint: "Controleer de naam en de map. Staat er een spatie in de naam, zet de naam dan tussen aanhalingstekens.",
    },
    en: {
      message: "The file does not exist.",
      hint: "Check the name and folder. If the name has a space in it, put it in quotes.",
    },
  }),
  FILE_UNREADABLE: (p) => ({
    nl: {
      message: `Het bestand kan niet gelezen worden (${reasonText(p.reason, "nl")}).`,
      hint: "Geef een gewoon bestand op dat u mag lezen: geen map, pijp (FIFO) of apparaat.",
    },
    en: {
      message: `The file cannot be read (${reasonText(p.reason, "en")}).`,
      hint: "Give a regular file you are allowed to read: not a folder, pipe (FIFO) or device.",
    },
  }),
  FILE_TOO_LARGE: (p) => ({
    nl: {
      message: `Het bestand is te groot (${kib(p.size)}; de grens is ${kib(p.limit)}).`,
      hint: `${TOO_LARGE_USUAL[str(p.role)]?.nl ?? TOO_LARGE_USUAL.answers!.nl} Kijk of dit het goede bestand is.`,
    },
    en: {
      message: `The file is too large (${kib(p.size)}; the limit is ${kib(p.limit)}).`,
      hint: `${TOO_LARGE_USUAL[str(p.role)]?.en ?? TOO_LARGE_USUAL.answers!.en} Check that this is the right file.`,
    },
  }),
  FILE_EMPTY: () => ({
    nl: {
      message: "Het bestand is leeg.",
      hint: "Vul het bestand in (zie de voorbeelden in examples/) of maak het met `zelftest interview`.",
    },
    en: {
      message: "The file is empty.",
      hint: "Fill in the file (see the samples in examples/) or create it with `zelftest interview`.",
    },
  }),
  FILE_BINARY: () => ({
    nl: {
      message: "Dit is geen tekstbestand (er staan binaire tekens in).",
      hint: "Geef een YAML- of JSON-bestand op, geen Word-, PDF- of Excel-bestand.",
    },
    en: {
      message: "This is not a text file (it contains binary characters).",
      hint: "Give a YAML or JSON file, not a Word, PDF or Excel file.",
    },
  }),
  FILE_NOT_UTF8: (p) => ({
    nl: {
      message: `De tekst is niet opgeslagen als UTF-8${p.encoding ? ` maar als ${str(p.encoding)}` : ""}.`,
      hint: "Sla het bestand op met de codering UTF-8 (in de meeste editors: Opslaan als… › Codering: UTF-8).",
    },
    en: {
      message: `The text is not saved as UTF-8${p.encoding ? ` but as ${str(p.encoding)}` : ""}.`,
      hint: "Save the file with UTF-8 encoding (in most editors: Save as… › Encoding: UTF-8).",
    },
  }),
  YAML_SYNTAX: (p) => {
    // In the yaml library's words only where it gave no code (and only in English): never English in Dutch.
    const words = YAML_PROBLEM[str(p.yamlCode)];
    return {
      nl: {
        message: `De YAML klopt hier niet: ${words?.nl ?? "de tekst kan hier niet gelezen worden"}.`,
        hint: "Let op inspringen (spaties, geen tabs), dubbele punten en aanhalingstekens. Zet tekst met een dubbele punt of # tussen aanhalingstekens.",
      },
      en: {
        message: `The YAML is not valid here: ${words?.en ?? (str(p.detail).replace(/\.$/, "") || "the text cannot be read here")}.`,
        hint: "Check indentation (spaces, not tabs), colons and quotes. Quote text that contains a colon or #.",
      },
    };
  },
  JSON_SYNTAX: (p) => {
    const expected = JSON_EXPECTED[str(p.expected)] ?? JSON_EXPECTED.value!;
    const found = (nl: boolean) =>
      p.found === "" || p.found === undefined
        ? nl
          ? "het einde van het bestand"
          : "the end of the file"
        : p.found === "\n" || p.found === "\r"
          ? nl
            ? "het einde van de regel"
            : "the end of the line"
          : q(JSON.stringify(str(p.found)).slice(1, -1));
    return {
      nl: {
        message: `De JSON klopt hier niet: verwacht ${expected.nl}, maar hier staat ${found(true)}.`,
        hint: "Controleer komma's, aanhalingstekens en haakjes. JSON staat geen komma na het laatste element toe.",
      },
      en: {
        message: `The JSON is not valid here: expected ${expected.en}, but found ${found(false)}.`,
        hint: "Check commas, quotes and brackets. JSON allows no comma after the last element.",
      },
    };
  },
  DUPLICATE_KEY: () => ({
    nl: {
      message: "Deze sleutel staat twee keer in dezelfde lijst.",
      hint: "Laat er één staan: bij dubbele sleutels is niet duidelijk welk antwoord telt.",
    },
    en: {
      message: "This key appears twice in the same mapping.",
      hint: "Keep only one: with duplicate keys it is unclear which answer counts.",
    },
  }),
  ALIAS_LIMIT: (p) => ({
    nl: {
      message: `Het bestand gebruikt te veel YAML-verwijzingen (aliassen; meer dan ${str(p.limit)}).`,
      hint: "Schrijf de waarden uit in plaats van &anker en *verwijzing te gebruiken.",
    },
    en: {
      message: `The file uses too many YAML aliases (more than ${str(p.limit)}).`,
      hint: "Write the values out instead of using &anchor and *alias.",
    },
  }),
  FORBIDDEN_KEY: (p) => ({
    nl: {
      message: `De sleutel ${q(p.key)} is niet toegestaan.`,
      hint: "Verwijder deze sleutel; hij hoort in geen enkel zelftest-bestand.",
    },
    en: { message: `The key ${q(p.key)} is not allowed.`, hint: "Remove this key; it belongs in no zelftest file." },
  }),
  YAML_TAG: (p) => ({
    nl: {
      message: `Het YAML-label ${q(p.tag ?? p.detail)} wordt niet ondersteund.`,
      hint: "Verwijder het label (het woord dat met ! begint); gewone tekst, getallen en lijsten zijn genoeg.",
    },
    en: {
      message: `The YAML tag ${q(p.tag ?? p.detail)} is not supported.`,
      hint: "Remove the tag (the word starting with !); plain text, numbers and lists are enough.",
    },
  }),
  NON_STRING_KEY: () => ({
    nl: {
      message: "Een sleutel moet gewone tekst zijn, geen lijst of blok.",
      hint: "Schrijf de sleutel als tekst, gevolgd door een dubbele punt.",
    },
    en: {
      message: "A key must be plain text, not a list or mapping.",
      hint: "Write the key as text followed by a colon.",
    },
  }),
  ROOT_NOT_MAPPING: () => ({
    nl: {
      message: "Het bestand moet beginnen met velden (sleutel: waarde), niet met een lijst of losse tekst.",
      hint: "Begin met bijvoorbeeld `questionnaire: clientondersteuning-wmo2015` (zie examples/).",
    },
    en: {
      message: "The file must consist of fields (key: value), not a list or plain text.",
      hint: "Start with, for example, `questionnaire: clientondersteuning-wmo2015` (see examples/).",
    },
  }),
  MISSING_FIELD: (p) => ({
    nl: {
      message: `Het verplichte veld ${q(p.field)} ontbreekt${where(p, true)}.`,
      hint: `Voeg ${q(p.field)} toe. Zie de README (Antwoordbestand) voor alle verplichte velden.`,
    },
    en: {
      message: `The required field ${q(p.field)} is missing${where(p, false)}.`,
      hint: `Add ${q(p.field)}. See the README (Answer file) for all required fields.`,
    },
  }),
  UNKNOWN_FIELD: (p) => ({
    nl: {
      message: `Onbekend veld ${q(p.field)}${where(p, true)}.`,
      hint: list(p.allowed, "nl")
        ? `Toegestaan zijn: ${list(p.allowed, "nl")}. Controleer de spelling of verwijder het veld.`
        : "Verwijder het veld of controleer de spelling.",
    },
    en: {
      message: `Unknown field ${q(p.field)}${where(p, false)}.`,
      hint: list(p.allowed, "en")
        ? `Allowed are: ${list(p.allowed, "en")}. Check the spelling or remove the field.`
        : "Remove the field or check its spelling.",
    },
  }),
  INVALID_TYPE: (p) => {
    // ajv gives one type or several ("object,null"); null means the field may also be left empty.
    const types = str(p.expected).split(",");
    const mayBeEmpty = types.includes("null");
    const main = types.filter((x) => x !== "null");
    const scalar = ["number", "boolean", "null"].includes(str(p.actual));
    const nlType: Record<string, string> = {
      string: "tekst",
      number: "een getal",
      integer: "een geheel getal",
      object: "een blok met velden",
      array: "een lijst",
      boolean: "ja/nee",
    };
    const enType: Record<string, string> = {
      string: "text",
      number: "a number",
      integer: "a whole number",
      object: "a mapping",
      array: "a list",
      boolean: "true/false",
    };
    const nl =
      formatList(
        main.map((x) => nlType[x] ?? x),
        "nl",
        "or",
      ) + (mayBeEmpty ? " (of leeg)" : "");
    const en =
      formatList(
        main.map((x) => enType[x] ?? x),
        "en",
        "or",
      ) + (mayBeEmpty ? " (or empty)" : "");
    const isText = main.length === 1 && main[0] === "string";
    // Only single values allowed (such as a meta value), but a block or list was given.
    const scalarOnly =
      main.length > 1 &&
      !main.includes("object") &&
      !main.includes("array") &&
      ["object", "array"].includes(str(p.actual));
    const actual = str(p.actual);
    const nlActual = actual === "null" ? "leeg" : (nlType[actual] ?? actual);
    const enActual = actual === "null" ? "empty" : (enType[actual] ?? actual);
    return {
      nl: {
        message: `${q(p.where)} moet ${nl} zijn, maar is ${nlActual} (${str(p.value)}).`,
        hint: isText
          ? scalar
            ? "Zet de waarde tussen aanhalingstekens."
            : "Schrijf hier één gewone tekst, geen lijst of blok."
          : scalarOnly
            ? "Schrijf hier één waarde (tekst, getal of ja/nee), geen blok of lijst."
            : "Pas de waarde aan; zie de voorbeelden in examples/.",
      },
      en: {
        message: `${q(p.where)} must be ${en}, but is ${enActual} (${str(p.value)}).`,
        hint: isText
          ? scalar
            ? "Put the value in quotes."
            : "Write one plain text here, not a list or mapping."
          : scalarOnly
            ? "Write one value here (text, number or true/false), not a mapping or list."
            : "Change the value; see the samples in examples/.",
      },
    };
  },
  INVALID_VALUE: (p) => ({
    nl: {
      message: `Ongeldige waarde ${q(p.value)}${where(p, true)}.`,
      hint: `${p.suggestion ? `Bedoelde u ${q(p.suggestion)}? Schrijf het precies zo: kleine letters, zonder accent of spatie. ` : ""}${list(p.allowed, "nl", "or") ? `Kies uit: ${list(p.allowed, "nl", "or")}.` : "Pas de waarde aan."}`,
    },
    en: {
      message: `Invalid value ${q(p.value)}${where(p, false)}.`,
      hint: `${p.suggestion ? `Did you mean ${q(p.suggestion)}? Write it exactly so: lower case, without accents or spaces. ` : ""}${list(p.allowed, "en", "or") ? `Choose one of: ${list(p.allowed, "en", "or")}.` : "Change the value."}`,
    },
  }),
  INVALID_FORMAT: (p) => {
    const f = FIELD_FORMAT[str(p.field)];
    return {
      nl: {
        message: `${q(p.value)} heeft niet de goede vorm${where(p, true)}.`,
        hint: f ? `Verwacht: ${f.nl}.` : "Controleer de schrijfwijze.",
      },
      en: {
        message: `${q(p.value)} is not in the right form${where(p, false)}.`,
        hint: f ? `Expected: ${f.en}.` : "Check how it is written.",
      },
    };
  },
  EMPTY_TEXT: (p) => ({
    nl: {
      message: `${q(p.where)} is leeg.`,
      hint: "Vul een tekst in, of laat het veld weg als het niet verplicht is.",
    },
    en: { message: `${q(p.where)} is empty.`, hint: "Fill in a text, or leave the field out if it is optional." },
  }),
  TEXT_TOO_LONG: (p) => ({
    nl: {
      message: `${q(p.where)} is te lang (meer dan ${num(p.limit, "nl")} tekens).`,
      hint: "Maak de tekst korter; verwijs voor lange stukken naar een document.",
    },
    en: {
      message: `${q(p.where)} is too long (more than ${num(p.limit, "en")} characters).`,
      hint: "Shorten the text; refer to a document for long passages.",
    },
  }),
  NUMBER_OUT_OF_RANGE: (p) => ({
    nl: {
      message: `${q(p.where)} is ${str(p.value)}, maar moet ${str(p.comparison)} ${str(p.limit)} zijn.`,
      hint: "Kies een getal binnen die grens (een gewicht is bijvoorbeeld 1, 2 of 0.5).",
    },
    en: {
      message: `${q(p.where)} is ${str(p.value)}, but must be ${str(p.comparison)} ${str(p.limit)}.`,
      hint: "Choose a number within that limit (a weight is, for example, 1, 2 or 0.5).",
    },
  }),
  TOO_FEW: (p) => ({
    nl: {
      message: `${q(p.where)} moet minstens ${str(p.limit)} onderdeel/onderdelen hebben.`,
      hint: "Vul de lijst aan.",
    },
    en: { message: `${q(p.where)} must have at least ${str(p.limit)} entry/entries.`, hint: "Add to the list." },
  }),
  TOO_MANY: (p) => ({
    nl: {
      message: `${q(p.where)} heeft te veel onderdelen (hoogstens ${str(p.limit)}).`,
      hint: "Maak de lijst korter.",
    },
    en: { message: `${q(p.where)} has too many entries (at most ${str(p.limit)}).`, hint: "Shorten the list." },
  }),
  DUPLICATE_VALUE: (p) => ({
    nl: { message: `${q(p.where)} bevat een waarde twee keer.`, hint: "Laat elke waarde één keer staan." },
    en: { message: `${q(p.where)} contains a value twice.`, hint: "Keep each value only once." },
  }),
  UNKNOWN_ITEM: (p) => ({
    nl: {
      message: `Vraag ${q(p.id)} bestaat niet in vragenlijst ${str(p.questionnaire)}.`,
      hint: p.suggestion
        ? `Bedoelde u ${q(p.suggestion)}?`
        : "Controleer de vraag-id; de README noemt de ids van de 15 wettelijke eisen.",
    },
    en: {
      message: `Item ${q(p.id)} does not exist in questionnaire ${str(p.questionnaire)}.`,
      hint: p.suggestion ? `Did you mean ${q(p.suggestion)}?` : "Check the item id; the README lists the 15 legal ids.",
    },
  }),
  INVALID_DATE: (p) => ({
    nl: {
      message: `${q(p.value)} is geen bestaande datum.`,
      hint: "Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2025-09-01.",
    },
    en: {
      message: `${q(p.value)} is not a real date.`,
      hint: "Write the date as year-month-day, for example 2025-09-01.",
    },
  }),
  QUESTIONNAIRE_MISMATCH: (p) => ({
    nl: {
      message: `Dit antwoordbestand hoort bij vragenlijst ${q(p.found)}, niet bij ${q(p.expected)}.`,
      hint: "Gebruik de vragenlijst waarvoor de antwoorden gegeven zijn (--questionnaire), of pas `questionnaire:` in het bestand aan.",
    },
    en: {
      message: `This answer file belongs to questionnaire ${q(p.found)}, not to ${q(p.expected)}.`,
      hint: "Use the questionnaire the answers were given for (--questionnaire), or correct `questionnaire:` in the file.",
    },
  }),
  VERSION_MISMATCH: (p) => ({
    nl: {
      message: `De antwoorden zijn gegeven voor versie ${str(p.found)} van ${str(p.id)}, maar deze vragenlijst is versie ${str(p.expected)}; het eerste getal verschilt.`,
      hint: "Bij een ander hoofdversienummer passen de vragen niet meer. Gebruik de vragenlijst van die versie met --questionnaire BESTAND.",
    },
    en: {
      message: `The answers were given for version ${str(p.found)} of ${str(p.id)}, but this questionnaire is version ${str(p.expected)}; the major number differs.`,
      hint: "With another major version the questions no longer match. Use the questionnaire of that version with --questionnaire FILE.",
    },
  }),
  UNKNOWN_QUESTIONNAIRE: (p) => ({
    nl: {
      message: `Vragenlijst ${q(p.found)} is niet ingebouwd.`,
      hint: `Ingebouwd: ${list(p.known, "nl")}. Voor een eigen vragenlijst: --questionnaire BESTAND.`,
    },
    en: {
      message: `Questionnaire ${q(p.found)} is not built in.`,
      hint: `Built in: ${list(p.known, "en")}. For your own questionnaire: --questionnaire FILE.`,
    },
  }),
  UNKNOWN_MUNICIPALITY_CODE: (p) => ({
    nl: {
      message: `Gemeentecode ${q(p.code)} staat niet in de lijst ${q(p.list)}.`,
      hint: "Controleer de code (de CBS-code van de gemeente in het jaar van de zelftest), of gebruik een lijst met deze code.",
    },
    en: {
      message: `Municipality code ${q(p.code)} is not in the list ${q(p.list)}.`,
      hint: "Check the code (the CBS code of the municipality in the year of the assessment), or use a list that has this code.",
    },
  }),
  MUNICIPALITY_LIST_INVALID: (p) => ({
    nl: {
      message: `De gemeentelijst klopt niet: ${str(p.detail_nl ?? p.detail)}.`,
      hint: "Gebruik een CSV-bestand met een kopregel en de kolommen code (zoals GM0177) en naam (de officiële naam), gescheiden door , of ;.",
    },
    en: {
      message: `The municipality list is not right: ${str(p.detail)}.`,
      hint: "Use a CSV file with a header line and the columns code (such as GM0177) and name (the official name), separated by , or ;.",
    },
  }),
  MUNICIPALITY_NAME_TWICE: (p) => ({
    nl: {
      message: `De naam ${q(p.name)} staat twee keer in de gemeentelijst: bij ${str(p.code)} en al bij ${str(p.first_code)} (regel ${str(p.first_line)}, kolom ${str(p.first_column)}). Een bestand met die naam en zonder code kan dan niet aan één gemeente worden gekoppeld.`,
      hint: 'Geef elke gemeente een eigen naam, zoals het CBS doet: bijvoorbeeld "Bergen (L.)" en "Bergen (NH.)". Hoofdletters en spaties tellen niet als verschil.',
    },
    en: {
      message: `The name ${q(p.name)} is in the municipality list twice: for ${str(p.code)} and already for ${str(p.first_code)} (line ${str(p.first_line)}, column ${str(p.first_column)}). A file with that name and no code could then not be matched to one municipality.`,
      hint: 'Give every municipality a name of its own, as CBS does: for example "Bergen (L.)" and "Bergen (NH.)". Case and spaces do not count as a difference.',
    },
  }),
  DUPLICATE_ID: (p) => ({
    nl: {
      message: `De id ${q(p.id)} komt twee keer voor.`,
      hint: "Elk thema en elke vraag heeft een eigen id; geef een van de twee een andere.",
    },
    en: {
      message: `The id ${q(p.id)} occurs twice.`,
      hint: "Every theme and item needs its own id; rename one of the two.",
    },
  }),
  ITEM_ID_THEME_MISMATCH: (p) => ({
    nl: {
      message: `Vraag ${q(p.id)} staat in thema ${q(p.theme)}, maar begint niet met "${str(p.theme)}.".`,
      hint: `Noem de vraag "${str(p.theme)}.<naam>", of zet hem in het goede thema.`,
    },
    en: {
      message: `Item ${q(p.id)} is in theme ${q(p.theme)} but does not start with "${str(p.theme)}.".`,
      hint: `Name the item "${str(p.theme)}.<name>", or move it to the right theme.`,
    },
  }),
  CONDITION_UNKNOWN_ITEM: (p) => ({
    nl: {
      message: `De voorwaarde van ${q(p.id)} verwijst naar vraag ${q(p.target)}, die niet bestaat.`,
      hint: "Verwijs naar de id van een eerdere vraag.",
    },
    en: {
      message: `The condition of ${q(p.id)} refers to item ${q(p.target)}, which does not exist.`,
      hint: "Refer to the id of an earlier item.",
    },
  }),
  CONDITION_NOT_EARLIER: (p) => ({
    nl: {
      message: `De voorwaarde van ${q(p.id)} verwijst naar ${q(p.target)}, maar die vraag komt niet eerder.`,
      hint: "Een voorwaarde mag alleen afhangen van een vraag die eerder in de vragenlijst staat; verplaats een van beide.",
    },
    en: {
      message: `The condition of ${q(p.id)} refers to ${q(p.target)}, which does not come earlier.`,
      hint: "A condition may only depend on an item earlier in the questionnaire; move one of them.",
    },
  }),
  CONDITION_ON_LEGAL_ITEM: (p) => ({
    nl: {
      message: `Wettelijke vraag ${q(p.id)} heeft een voorwaarde.`,
      hint: "Een wettelijke eis geldt altijd; haal de voorwaarde weg of maak er een aanbeveling van.",
    },
    en: {
      message: `Legal item ${q(p.id)} has a condition.`,
      hint: "A legal requirement always applies; remove the condition or make it a recommendation item.",
    },
  }),
  UNKNOWN_SOURCE: (p) => ({
    nl: {
      message: `Bron ${q(p.source)} staat niet onder \`sources\`.`,
      hint: `Bekende bronnen: ${list(p.known, "nl")}. Voeg de bron toe of verbeter de sleutel.`,
    },
    en: {
      message: `Source ${q(p.source)} is not listed under \`sources\`.`,
      hint: `Known sources: ${list(p.known, "en")}. Add the source or correct the key.`,
    },
  }),
  MISSING_TRANSLATION: (p) => ({
    nl: {
      message: `Deze tekst mist de vertaling in: ${list(p.languages, "nl")}.`,
      hint: "Schrijf de tekst als blok met een regel per taal (nl: …, en: …), of haal de taal weg uit `languages`.",
    },
    en: {
      message: `This text lacks a translation in: ${list(p.languages, "en")}.`,
      hint: "Write the text as a mapping with one line per language (nl: …, en: …), or remove the language from `languages`.",
    },
  }),
  UNDECLARED_LANGUAGE: (p) => ({
    nl: {
      message: `Taal ${q(p.language)} staat niet in \`languages\` (${list(p.declared, "nl")}).`,
      hint: "Voeg de taal toe aan `languages` of verbeter de taalcode.",
    },
    en: {
      message: `Language ${q(p.language)} is not in \`languages\` (${list(p.declared, "en")}).`,
      hint: "Add the language to `languages` or correct the language code.",
    },
  }),
  UNKNOWN_PACKAGE: (p) => ({
    nl: {
      message: `Werkpakket ${q(p.package)} staat niet onder \`packages\`.`,
      hint: list(p.known, "nl")
        ? `Bekende werkpakketten: ${list(p.known, "nl")}. Voeg het pakket toe of verbeter de id.`
        : "Voeg bovenaan een lijst `packages` toe met dit pakket, of haal `package` weg.",
    },
    en: {
      message: `Work package ${q(p.package)} is not listed under \`packages\`.`,
      hint: list(p.known, "en")
        ? `Known work packages: ${list(p.known, "en")}. Add the package or correct the id.`
        : "Add a top-level `packages` list with this package, or remove `package`.",
    },
  }),
  DUPLICATE_TERM: (p) => ({
    nl: {
      message: `De term ${q(p.term)} (${str(p.language)}) staat twee keer in de woordenlijst.`,
      hint: "Houd één uitleg per term over; voeg de twee uitleggen samen.",
    },
    en: {
      message: `The term ${q(p.term)} (${str(p.language)}) occurs twice in the glossary.`,
      hint: "Keep one definition per term; merge the two.",
    },
  }),
  LEGAL_ON_PRACTICE_ITEM: (p) => ({
    nl: {
      message: `Aanbeveling ${q(p.id)} heeft een wetsartikel (\`legal\`).`,
      hint: "Alleen een wettelijke eis (level: wettelijk) krijgt `legal`. Noem het artikel bij een aanbeveling in `basis` (article), of maak er een wettelijke eis van.",
    },
    en: {
      message: `Recommendation item ${q(p.id)} has a legal article (\`legal\`).`,
      hint: "Only a legal requirement (level: wettelijk) has `legal`. Cite the article of a recommendation item under `basis` (article), or make it a legal item.",
    },
  }),
  STRICT_FIELD_MISSING: (p) => ({
    nl: {
      message: `Het veld ${q(p.field)} ontbreekt${where(p, true)}; deze vragenlijst heeft \`strict: true\`.`,
      hint: "Een strikte vragenlijst (zoals de ingebouwde) heeft op elke vraag check, action en package, op elke wettelijke vraag legal (met vng2015: true op de 15 regels van de VNG-zelftest), en bovenaan packages, glossary en lawText. Zie docs/questionnaire-format.md.",
    },
    en: {
      message: `The field ${q(p.field)} is missing${where(p, false)}; this questionnaire has \`strict: true\`.`,
      hint: "A strict questionnaire (such as the built-in one) has check, action and package on every item, legal on every legal item (with vng2015: true on the 15 rows of the VNG zelftest), and packages, glossary and lawText at the top. See docs/questionnaire-format.md.",
    },
  }),
  NOT_A_VNG_ROW: (p) => ({
    nl: {
      message: `Vraag ${q(p.id)} heeft \`vng2015: true\`, maar is geen van de 15 regels van de VNG-zelftest (2015).`,
      hint: "Alleen de 15 wettelijke vragen van de VNG-zelftest krijgen `vng2015: true` (zie docs/questionnaire-format.md). Haal het veld weg bij deze vraag.",
    },
    en: {
      message: `Item ${q(p.id)} has \`vng2015: true\` but is not one of the 15 rows of the VNG zelftest (2015).`,
      hint: "Only the 15 legal items of the VNG zelftest have `vng2015: true` (see docs/questionnaire-format.md). Remove the field from this item.",
    },
  }),
  NESTING_TOO_DEEP: (p) => ({
    nl: {
      message: `De gegevens zijn hier dieper dan ${str(p.limit)} niveaus in elkaar genest.`,
      hint: "Een antwoordbestand of vragenlijst heeft maar een paar niveaus nodig. Kijk of dit het goede bestand is.",
    },
    en: {
      message: `The data is nested more than ${str(p.limit)} levels deep here.`,
      hint: "An answer file or questionnaire needs only a few levels. Check that this is the right file.",
    },
  }),
  TOO_MANY_KEYS: (p) => ({
    nl: {
      message: `Dit blok heeft meer dan ${str(p.limit)} sleutels.`,
      hint: "Een antwoordbestand of vragenlijst heeft er veel minder nodig. Kijk of dit het goede bestand is.",
    },
    en: {
      message: `This mapping has more than ${str(p.limit)} keys.`,
      hint: "An answer file or questionnaire needs far fewer. Check that this is the right file.",
    },
  }),
  YAML_VERSION: (p) => ({
    nl: {
      message: `Het bestand vraagt om YAML-versie ${str(p.version)}; zelftest leest alleen YAML 1.2.`,
      hint: "Haal de regel `%YAML …` (en de regel `---` eronder) weg; het bestand blijft dan gewoon leesbaar.",
    },
    en: {
      message: `The file asks for YAML version ${str(p.version)}; zelftest reads only YAML 1.2.`,
      hint: "Remove the `%YAML …` line (and the `---` line below it); the file stays readable.",
    },
  }),
  UNKNOWN_COMMAND: (p) => ({
    nl: {
      message: `Onbekende opdracht ${q(p.command)}.`,
      hint: `${p.suggestion ? `Bedoelde u ${q(p.suggestion)}? ` : ""}Opdrachten: ${list(p.known, "nl")}. Zie \`zelftest --help\`.`,
    },
    en: {
      message: `Unknown command ${q(p.command)}.`,
      hint: `${p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : ""}Commands: ${list(p.known, "en")}. See \`zelftest --help\`.`,
    },
  }),
  UNKNOWN_OPTION: (p) => ({
    nl: {
      message: `Onbekende optie ${q(p.option)}.`,
      hint: `${p.suggestion ? `Bedoelde u ${q(p.suggestion)}? ` : ""}Zie ${helpOf(p)} voor de opties.`,
    },
    en: {
      message: `Unknown option ${q(p.option)}.`,
      hint: `${p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : ""}See ${helpOf(p)} for the options.`,
    },
  }),
  MISSING_ARGUMENT: (p) => ({
    nl: {
      message: p.option
        ? `De optie ${str(p.option)} heeft een waarde nodig.`
        : `Dit ontbreekt: ${String(p.description ?? p.argument ?? "een argument")}.`,
      hint: p.option
        ? `Zet de waarde direct na ${str(p.option)}. Zie ${helpOf(p)}.`
        : `Zie ${helpOf(p)} voor wat de opdracht nodig heeft.`,
    },
    en: {
      message: p.option
        ? `The option ${str(p.option)} needs a value.`
        : `Missing: ${String(p.description ?? p.argument ?? "an argument")}.`,
      hint: p.option
        ? `Put the value right after ${str(p.option)}. See ${helpOf(p)}.`
        : `See ${helpOf(p)} for what the command needs.`,
    },
  }),
  TOO_MANY_ARGUMENTS: (p) => ({
    nl: {
      message: `Te veel argumenten voor ${q(p.command)}: ${list(p.extra, "nl")}.`,
      hint: `Zet een naam met spaties tussen aanhalingstekens. Zie ${helpOf(p)}.`,
    },
    en: {
      message: `Too many arguments for ${q(p.command)}: ${list(p.extra, "en")}.`,
      hint: `Put a name with spaces in quotes. See ${helpOf(p)}.`,
    },
  }),
  INVALID_OPTION: (p) => ({
    nl: {
      message: `${q(p.value)} is geen geldige waarde voor ${str(p.option)}.`,
      hint: OPTION_FORMAT[str(p.option)]?.nl ?? `Kies uit: ${list(p.allowed, "nl", "or")}.`,
    },
    en: {
      message: `${q(p.value)} is not a valid value for ${str(p.option)}.`,
      hint: OPTION_FORMAT[str(p.option)]?.en ?? `Choose from: ${list(p.allowed, "en", "or")}.`,
    },
  }),
  BATCH_OUT_OF_MEMORY: (p) => ({
    nl: {
      message: `Een rekenthread van batch had meer dan ${str(p.limit)} MB geheugen nodig voor een van deze ${str(p.count)} bestanden: ${q(p.first)} … ${q(p.last)}.`,
      hint: "Zo veel heeft een antwoordbestand nooit nodig: kijk of er een heel groot of vreemd bestand tussen staat, of scoor met --jobs 0 (zonder deze grens).",
    },
    en: {
      message: `A batch worker thread needed more than ${str(p.limit)} MB of memory for one of these ${str(p.count)} files: ${q(p.first)} … ${q(p.last)}.`,
      hint: "No answer file needs that much: look for a very large or odd file among them, or score with --jobs 0 (without this limit).",
    },
  }),
  NO_INPUT_FILES: (p) => ({
    nl: {
      message:
        Array.isArray(p.missing) && p.missing.length > 0
          ? `Geen bestand, map of passend bestand gevonden voor: ${list(p.missing, "nl")}.`
          : "Geen antwoordbestanden (.yaml, .yml, .json) gevonden.",
      hint: "Controleer de namen; zet een glob tussen aanhalingstekens, zoals 'data/**/*.yaml'.",
    },
    en: {
      message:
        Array.isArray(p.missing) && p.missing.length > 0
          ? `No file, folder or matching file found for: ${list(p.missing, "en")}.`
          : "No answer files (.yaml, .yml, .json) found.",
      hint: "Check the names; put a glob in quotes, such as 'data/**/*.yaml'.",
    },
  }),
  OPTION_REQUIRES: (p) => {
    const why = OPTION_WHY[str(p.option)];
    const needs = (lang: Lang) =>
      formatList(Array.isArray(p.requires) ? p.requires : [String(p.requires ?? "")], lang, "or");
    return {
      nl: {
        message: `${String(p.option ?? "")} werkt alleen samen met ${needs("nl")}${why ? `: ${why.nl}` : ""}.`,
        // "Gebruik", not "Voeg … toe": with another --format given, that one is to be replaced.
        hint: `Gebruik ${needs("nl")}, of laat ${String(p.option ?? "")} weg.`,
      },
      en: {
        message: `${String(p.option ?? "")} works only together with ${needs("en")}${why ? `: ${why.en}` : ""}.`,
        hint: `Use ${needs("en")}, or leave out ${String(p.option ?? "")}.`,
      },
    };
  },
  NOT_A_TTY: () => ({
    nl: {
      message: "Het interview heeft een terminal nodig; invoer komt nu uit een pijp of bestand.",
      hint: "Start `zelftest` in een terminal, of gebruik met een ingevuld antwoordbestand `zelftest score BESTAND` of `zelftest report BESTAND`.",
    },
    en: {
      message: "The interview needs a terminal; input now comes from a pipe or file.",
      hint: "Run `zelftest` in a terminal, or with a filled-in answer file use `zelftest score FILE` or `zelftest report FILE`.",
    },
  }),
  OPTIONS_EXCLUSIVE: (p) => ({
    nl: {
      message: `${list(p.options, "nl")} gaan niet samen.`,
      hint: `Kies er één: ${list(p.options, "nl", "or")}; zonder beide kiest ${str(p.command) ? `zelftest ${str(p.command)}` : "zelftest"} zelf en zegt waarom.`,
    },
    en: {
      message: `${list(p.options, "en")} cannot be combined.`,
      hint: `Choose one: ${list(p.options, "en", "or")}; without either, ${str(p.command) ? `zelftest ${str(p.command)}` : "zelftest"} chooses and says why.`,
    },
  }),
  GROUP_FIELD_WITHOUT_GROUP: (p) => ({
    nl: {
      message: `Vraag ${q(p.id)} heeft ${q(p.field)}, maar dit bestand is geen groepsantwoord (er staat geen group: in).`,
      hint: "Alleen een groepsantwoord (zelftest samenvoegen) heeft votes en dissent; haal ze weg of maak het bestand opnieuw met zelftest samenvoegen.",
    },
    en: {
      message: `Item ${q(p.id)} has ${q(p.field)}, but this file is not a group answer (it has no group:).`,
      hint: "Only a group answer (zelftest merge) has votes and dissent; remove them or make the file again with zelftest merge.",
    },
  }),
  GROUP_VOTES_TOO_MANY: (p) => ({
    nl: {
      message: `Bij vraag ${q(p.id)} tellen de stemmen op tot ${str(p.votes)}, maar de groep heeft ${str(p.members)} leden.`,
      hint: "Elk lid stemt één keer per vraag: verbeter de aantallen onder votes, of maak het bestand opnieuw met zelftest samenvoegen.",
    },
    en: {
      message: `The votes on item ${q(p.id)} add up to ${str(p.votes)}, but the group has ${str(p.members)} members.`,
      hint: "Each member votes once per item: correct the counts under votes, or make the file again with zelftest merge.",
    },
  }),
  GROUP_MEMBER_UNKNOWN: (p) => ({
    nl: {
      message: `Bij vraag ${q(p.id)} noemt dissent lid ${str(p.member)}, maar de groep heeft ${str(p.members)} leden.`,
      hint: "member is de plaats van het lid in group.members, geteld vanaf 1.",
    },
    en: {
      message: `On item ${q(p.id)} a dissent names member ${str(p.member)}, but the group has ${str(p.members)} members.`,
      hint: "member is the member's place in group.members, counting from 1.",
    },
  }),
  MERGE_MUNICIPALITY: (p) => ({
    nl: {
      message: `${q(p.file)} gaat over ${str(p.found)}, ${q(p.other)} over ${str(p.expected)}: dat zijn verschillende gemeenten.`,
      hint: "Voeg alleen antwoorden over één gemeente samen. Is het dezelfde gemeente, anders gespeld? Zet in beide bestanden dezelfde gemeentecode (bijvoorbeeld gemeentecode: GM1742) of dezelfde naam. Er is niets geschreven.",
    },
    en: {
      message: `${q(p.file)} is about ${str(p.found)}, ${q(p.other)} about ${str(p.expected)}: these are different municipalities.`,
      hint: "Merge only answers about one municipality. The same municipality spelled differently? Give both files the same gemeentecode (for example gemeentecode: GM1742) or the same name. Nothing was written.",
    },
  }),
  MERGE_QUESTIONNAIRE: (p) => ({
    nl: {
      message: `${q(p.file)} is ingevuld met vragenlijst ${str(p.found)}, ${q(p.other)} met ${str(p.expected)}.`,
      hint: "Voeg alleen antwoorden op dezelfde vragenlijst (en dezelfde hoofdversie) samen. Er is niets geschreven.",
    },
    en: {
      message: `${q(p.file)} was answered with questionnaire ${str(p.found)}, ${q(p.other)} with ${str(p.expected)}.`,
      hint: "Merge only answers to the same questionnaire (and the same major version). Nothing was written.",
    },
  }),
  MERGE_SAME_FILE: (p) => ({
    nl: {
      message: `${q(p.file)} is hetzelfde bestand als ${q(p.other)} (dezelfde inhoud, sha256 ${str(p.sha256).slice(0, 12)}…).`,
      hint: "Geef elk antwoordbestand één keer; anders telt één lid dubbel. Er is niets geschreven.",
    },
    en: {
      message: `${q(p.file)} is the same file as ${q(p.other)} (the same content, sha256 ${str(p.sha256).slice(0, 12)}…).`,
      hint: "Give each answer file once; otherwise one member counts twice. Nothing was written.",
    },
  }),
  MERGE_GROUP_INPUT: (p) => ({
    nl: {
      message: `${q(p.file)} is al een groepsantwoord (van ${str(p.members)} leden).`,
      hint: "Voeg de eigen antwoordbestanden van de leden samen, niet een groepsantwoord: dan telt elk lid één keer. Er is niets geschreven.",
    },
    en: {
      message: `${q(p.file)} is already a group answer (of ${str(p.members)} members).`,
      hint: "Merge the members' own answer files, not a group answer, so that each member counts once. Nothing was written.",
    },
  }),
  MERGE_ROLES: (p) => ({
    nl: {
      message: `De bestanden zijn ingevuld in verschillende rollen: ${list(p.values, "nl")}.`,
      hint: "Zeg met --role welke rol het groepsantwoord heeft (bijvoorbeeld --role adviesraad). Wilt u de gemeente en de adviesraad naast elkaar zien? Gebruik dan zelftest compare. Er is niets geschreven.",
    },
    en: {
      message: `The files were answered in different roles: ${list(p.values, "en")}.`,
      hint: "Say with --role which role the group answer has (for example --role adviesraad). To see the municipality and the council side by side, use zelftest compare. Nothing was written.",
    },
  }),
  MERGE_TEXT_TOO_LONG: (p) => ({
    nl: {
      message: `Bij vraag ${q(p.id)} is de toelichting van de groep ${num(p.length, "nl")} tekens; een antwoordbestand houdt er ${num(p.limit, "nl")}.`,
      hint: "Maak de toelichting van de groep korter. Er is niets geschreven.",
    },
    en: {
      message: `On item ${q(p.id)} the group's note is ${num(p.length, "en")} characters; an answer file holds ${num(p.limit, "en")}.`,
      hint: "Shorten the group's note. Nothing was written.",
    },
  }),
  MERGE_TEXT_APART: (p) => ({
    nl: {
      message: `Bij vraag ${q(p.id)} zijn de ${p.field === "evidence" ? "bronnen" : "toelichtingen"} van de leden die het eens zijn samen ${num(p.length, "nl")} tekens; één ${p.field === "evidence" ? "bron" : "toelichting"} houdt er ${num(p.limit, "nl")}.`,
      hint: `Ze staan daarom ieder apart onder dissent, met de naam en het antwoord van de groep (${list(p.members, "nl")}); er is niets ingekort. Schrijf in de toelichting van de groep een korte samenvatting: open het bestand in het formulier.`,
    },
    en: {
      message: `On item ${q(p.id)} the ${p.field === "evidence" ? "sources" : "notes"} of the members who agree come to ${num(p.length, "en")} characters together; one ${p.field === "evidence" ? "source" : "note"} holds ${num(p.limit, "en")}.`,
      hint: `So each is kept apart under dissent, with the member's name and the group's answer (${list(p.members, "en")}); nothing was shortened. Write a short summary in the group's note: open the file in the form.`,
    },
  }),
  MERGE_SAME_NAME: (p) => ({
    nl: {
      message: `Twee bestanden hebben dezelfde naam van de invuller, ${q(p.name)}: ${list(p.values, "nl")}.`,
      hint: "Controleer of dit twee verschillende leden zijn; is het één lid, geef dan alleen het nieuwste bestand.",
    },
    en: {
      message: `Two files have the same respondent name, ${q(p.name)}: ${list(p.values, "en")}.`,
      hint: "Check that these are two different members; if it is one member, give only the newest file.",
    },
  }),
  COMPARE_MIXED: (p) => ({
    nl: {
      message: `Deze bestanden gaan over ${p.what === "municipality" ? "verschillende gemeenten" : "verschillende vragenlijsten"}: ${list(p.values, "nl")}.`,
      hint: "Vergelijk bestanden van één gemeente en één vragenlijst, of geef --allow-mixed als u ze bewust wilt vergelijken.",
    },
    en: {
      message: `These files concern ${p.what === "municipality" ? "different municipalities" : "different questionnaires"}: ${list(p.values, "en")}.`,
      hint: "Compare files for one municipality and one questionnaire, or add --allow-mixed to compare them on purpose.",
    },
  }),
  OUTPUT_IS_INPUT: (p) => ({
    nl: {
      message: `${q(p.file)} is ook een invoerbestand; schrijven zou het overschrijven.`,
      hint: "Kies met --out een andere bestandsnaam; het invoerbestand is niet veranderd.",
    },
    en: {
      message: `${q(p.file)} is also an input file; writing would overwrite it.`,
      hint: "Choose another file name with --out; the input file has not been changed.",
    },
  }),
  OUTPUT_FORMAT_MISMATCH: (p) => ({
    nl: {
      message: `--format ${str(p.format)} schrijft een ${str(p.wanted)}-bestand, maar ${q(p.file)} eindigt op ${str(p.extension)}: dat is het formaat ${str(p.named)}. Er is niets geschreven.`,
      hint: `Laat de naam eindigen op ${str(p.wanted)}, of laat --format weg (dan kiest zelftest het formaat bij de naam: ${str(p.named)}).`,
    },
    en: {
      message: `--format ${str(p.format)} writes a ${str(p.wanted)} file, but ${q(p.file)} ends in ${str(p.extension)}: that is the format ${str(p.named)}. Nothing was written.`,
      hint: `End the name in ${str(p.wanted)}, or leave out --format (zelftest then takes the format from the name: ${str(p.named)}).`,
    },
  }),
  OUTPUT_NOT_A_FILE: (p) => ({
    nl: {
      message: `Kan niet schrijven naar ${q(p.file)}: ${reasonText(p.reason, "nl")}. zelftest schrijft alleen gewone bestanden en vervangt zoiets nooit door een bestand.`,
      hint: "Kies met --out een gewone bestandsnaam. Wilt u de uitvoer op het scherm of in een pijp? Laat --out dan weg (zelftest schrijft dan naar stdout, ook met > of |).",
    },
    en: {
      message: `Cannot write to ${q(p.file)}: ${reasonText(p.reason, "en")}. zelftest writes only regular files and never replaces anything else with one.`,
      hint: "Choose a regular file name with --out. For output on the screen or into a pipe, leave out --out (zelftest then writes to stdout, also with > or |).",
    },
  }),
  OUTPUT_WOULD_REPLACE: (p) => ({
    nl: {
      message: `${q(p.file)} is ${p.kind === "questionnaire" ? "een vragenlijst" : "een antwoordbestand"}; deze opdracht zou het vervangen door iets anders.`,
      hint: "Kies met --out een andere bestandsnaam; het bestand is niet veranderd. Wilt u het echt kwijt, verplaats of verwijder het dan eerst zelf.",
    },
    en: {
      message: `${q(p.file)} is ${p.kind === "questionnaire" ? "a questionnaire" : "an answer file"}; this command would replace it with something else.`,
      hint: "Choose another file name with --out; the file has not been changed. If you really want it gone, move or delete it yourself first.",
    },
  }),
  OUTPUT_TWICE: (p) => ({
    nl: {
      message: `${str(p.first)} en ${str(p.second)} noemen hetzelfde bestand ${q(p.file)}; het tweede zou het eerste vervangen.`,
      hint: `Geef ${str(p.second)} een andere bestandsnaam dan ${str(p.first)}.`,
    },
    en: {
      message: `${str(p.first)} and ${str(p.second)} name the same file ${q(p.file)}; the second would replace the first.`,
      hint: `Give ${str(p.second)} another file name than ${str(p.first)}.`,
    },
  }),
  STDOUT_FAILED: (p) => ({
    nl: {
      message: `De uitvoer kan niet naar het scherm of de doorverwijzing geschreven worden (${reasonText(p.reason, "nl")}).`,
      hint: "Is de schijf vol? Schrijf met --out naar een bestand op een schijf met ruimte.",
    },
    en: {
      message: `The output cannot be written to the screen or redirection (${reasonText(p.reason, "en")}).`,
      hint: "Is the disk full? Write to a file on a disk with space using --out.",
    },
  }),
  OUTPUT_FAILED: (p) => ({
    nl: {
      message: `Kan niet schrijven naar ${q(p.file)} (${reasonText(p.reason, "nl")}).`,
      hint: "Kies een map die bestaat en waarin u mag schrijven, met ruimte op de schijf; er is niets half geschreven.",
    },
    en: {
      message: `Cannot write to ${q(p.file)} (${reasonText(p.reason, "en")}).`,
      hint: "Choose a folder that exists, that you may write to and with space on the disk; nothing was half written.",
    },
  }),
};

export function wording(code: ErrorCode, params: Params, lang: Lang): Wording {
  return CATALOGUE[code](params)[lang];
}
