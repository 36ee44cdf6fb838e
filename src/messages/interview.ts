// The interview's texts in Dutch and English: plain words for people who are not developers.
import type { Lang } from "../model/vocabulary.js";
import type { UnfinishedField } from "../model/answers.js";
import { ANSWERING_TEXT } from "./answering.js";
import type { AnsweringTexts } from "./answering.js";
import { count, formatList, plural } from "./intl.js";
import { LEVEL_LABEL } from "./ui.js";

/** The interview's own texts, besides those it shares with the form (messages/answering.ts). */
export interface InterviewTexts extends AnsweringTexts {
  welcomeTitle: string;
  /** `vngRows`: see AnsweringTexts (messages/answering.ts). */
  welcome(legal: number, practice: number, vngRows: boolean): string;
  gemeentecode: string;
  gemeentecodeInvalid: string;
  name: string;
  date: string;
  /** How the date question offers today: day-month-year (15-01-2026) or year-month-day (2026-01-15), as it asks. */
  dateDefault: "day-month-year" | "year-month-day";
  dateInvalid: string;
  savedTo(file: string): string;
  fileExists(file: string): string;
  existingResume: string;
  existingOverwrite: string;
  existingStop: string;
  /** The line above a legal question: what it rests on ("Wet (art. …)", messages/legal.ts), or a plain label. */
  levelLegal(citation: string | undefined): string;
  terms: string;
  termsExplained(terms: readonly string[]): string;
  open: string;
  levelPractice: string;
  followUp(n: number): string;
  detailsAdd: string;
  detailsChange: string;
  noteLabel: string;
  evidenceLabel: string;
  tooLong(max: number): string;
  continuing(all: boolean, open: number, vngRows: boolean): string;
  outExists(file: string, from: string): string;
  outOverwrite: string;
  changedOnDisk(theirs: string, ours: string): string;
  more: string;
  back: string;
  stop: string;
  note: string;
  evidence: string;
  keepOrClear: string;
  basis: string;
  example: string;
  evidenceHint: string;
  reviewTitle: string;
  reviewWhat: string;
  yourAnswer: string;
  reviewDone: string;
  reviewTheme(k: number, title: string, marks: string): string;
  reviewSkipped(n: number): string;
  addPractice(n: number): string;
  reviewPickItem: string;
  reviewBack: string;
  resultTitle: string;
  reportOffer: string;
  reportHtml: string;
  reportMd: string;
  reportBoth: string;
  reportNone: string;
  reportExists(file: string): string;
  reportSkip: string;
  reportWritten(file: string): string;
  stopped(file: string): string;
  interrupted(file: string): string;
  interruptedNothingSaved: string;
  /** Ctrl-C, and what was given could not be saved (it was shown above, unfinishedNotSaved). */
  interruptedKeptNothing: string;
  /** Ctrl-C before the details were all given: what was given is in `file`, which lacks `missing` (load/unfinished-header.ts). */
  interruptedUnfinished(file: string, missing: readonly UnfinishedField[]): string;
  /** The word that names an unfinished file: zelftest-<gemeente>-<word>.yaml (one word, lower case ASCII). */
  unfinishedWord: string;
  /** The comment at the top of an unfinished file. */
  unfinishedComment(missing: readonly UnfinishedField[]): string;
  /** The unfinished file could not be saved either: the details, shown so that they are not lost. */
  unfinishedNotSaved(details: string): string;
  unfinishedRemoved(old: string, now: string): string;
  /** The unfinished file changed since it was read: left as it is. */
  unfinishedLeft(old: string): string;
  /** The unfinished file was no longer there when it was to be removed. */
  unfinishedGone(old: string, now: string): string;
  /** The unfinished file could not be read or removed: `reason` in words (reasonText). */
  unfinishedNotRemoved(old: string, now: string, reason: string): string;
  /** A save failed: which answer (or "the details") is not saved yet. */
  saveFailed(what: string): string;
  saveFailedWhat: string;
  saveRetry: string;
  saveElsewhere: string;
  saveGiveUp: string;
  saveWhere: string;
  saveWhereEmpty: string;
  saveWhereTaken: string;
  /** What the first save holds: the details asked before the questions. */
  saveWhatHeader: string;
  unsavedLost(what: string): string;
  /** Replace a report that exists (the interview's report offer). */
  reportOverwrite: string;
  /** A file edited by hand holds what a rewrite would lose (issue 21 defect 12). */
  handEdited(file: string, edits: readonly ("comments" | "numbers" | "spaces")[]): string;
  handEditedCopy(file: string): string;
  handEditedHere: string;
  resumeHint(file: string): string;
  nextSteps(file: string): string;
  keys: Record<string, string>;
}

const A = ANSWERING_TEXT;

const missingNl = (missing: readonly UnfinishedField[]) =>
  formatList(
    missing.map((f) => ({ "respondent.role": "wie de zelftest invult (rol)", date: "de datum" })[f]),
    "nl",
  );
const missingEn = (missing: readonly UnfinishedField[]) =>
  formatList(
    missing.map((f) => ({ "respondent.role": "who fills in the self-assessment (role)", date: "the date" })[f]),
    "en",
  );

const NL: InterviewTexts = {
  ...A.nl,
  welcomeTitle: "Zelftest onafhankelijke cliëntondersteuning",
  welcome: (legal, practice, vngRows) =>
    [
      A.nl.welcomeWhat,
      A.nl.welcomeLegal(legal, vngRows),
      ...(practice > 0 ? [A.nl.welcomePractice(legal, practice)] : []),
      ``,
      `Na elk antwoord bewaren we alles in een bestand. U kunt dus altijd stoppen`,
      `(kies "Opslaan en stoppen" of druk op Ctrl-C) en later verdergaan.`,
      A.nl.welcomeDontKnow,
    ].join("\n"),
  gemeentecode: "CBS-gemeentecode (mag leeg blijven; bijvoorbeeld GM0177 of 177)",
  gemeentecodeInvalid:
    "Een gemeentecode is GM met vier cijfers, zoals GM0177, of alleen het getal, zoals 177. Weet u de code niet? Laat het dan leeg.",
  name: "Uw naam of de naam van uw team (mag leeg blijven)",
  date: "Datum van de zelftest (dag-maand-jaar)",
  dateDefault: "day-month-year",
  dateInvalid: "Schrijf een bestaande datum als dag-maand-jaar, bijvoorbeeld 01-09-2025.",
  savedTo: (file) => `Uw antwoorden worden bewaard in: ${file}`,
  fileExists: (file) => `Het bestand ${file} bestaat al. Wat wilt u doen?`,
  existingResume: "Verdergaan met de antwoorden in dat bestand",
  existingOverwrite: "Opnieuw beginnen en het bestand overschrijven",
  existingStop: "Stoppen (er verandert niets)",
  levelLegal: (citation) => citation ?? LEVEL_LABEL.nl.wettelijk,
  terms: "Wat betekent dit woord?",
  termsExplained: (terms) =>
    `Uitleg van ${plural("nl", terms.length, { one: "het woord", other: "de woorden" })} ${formatList(terms, "nl")}: kies "Meer uitleg".`,
  open: "open",
  levelPractice: `${LEVEL_LABEL.nl.aanbeveling} (geen wettelijke eis)`,
  followUp: (n) => `vervolg op vraag ${n}`,
  detailsAdd: "Toelichting of bron toevoegen (niet verplicht)",
  detailsChange: "Toelichting of bron wijzigen",
  noteLabel: "Toelichting",
  evidenceLabel: "Bron",
  tooLong: (max) => `Hoogstens ${max} tekens.`,
  continuing: (all, open, vngRows) =>
    `U gaat verder met de vragen over ${A.nl.legalPart(vngRows)}${all ? " en goede praktijk" : ""}: nog ${count("nl", open, { one: "vraag", other: "vragen" })} open.` +
    (all ? "" : "\nGoede praktijk kunt u aan het eind nog toevoegen."),
  outExists: (file, from) => `Het bestand ${file} bestaat al. Wilt u het vervangen door de antwoorden uit ${from}?`,
  outOverwrite: "Ja, vervangen",
  changedOnDisk: (theirs, ours) =>
    `Let op: ${theirs} is veranderd sinds u begon, misschien door een tweede zelftest op hetzelfde bestand. ` +
    `Om niets te overschrijven staan uw antwoorden nu in ${ours}. Vergelijk ze later met:\n  npx zelftest compare ${theirs} ${ours}`,
  more: "Meer uitleg: waarom deze vraag, hoe u het nagaat, en de bron",
  back: "← Vorige vraag",
  stop: "Opslaan en stoppen (later verdergaan)",
  note: "Toelichting (mag leeg blijven, Enter = verder)",
  evidence: "Bron of bewijs, zoals een document of link (mag leeg blijven, Enter = verder)",
  keepOrClear: "Enter houdt de vorige tekst; typ - om hem te wissen.",
  basis: "Bron",
  example: "Voorbeeld",
  evidenceHint: "Dit laat zien dat het geregeld is",
  reviewTitle: "Overzicht van uw antwoorden, per thema",
  reviewWhat: "Wilt u een thema bekijken en een antwoord wijzigen?",
  yourAnswer: "Uw antwoord",
  reviewDone: "Klaar: toon de uitslag",
  reviewTheme: (k, title, marks) => `${k}. ${title}: ${marks}`,
  reviewSkipped: (n) =>
    `${count("nl", n, { one: "vraag vervalt", other: "vragen vervallen" })} door een eerder antwoord.`,
  addPractice: (n) =>
    `Ook de vragen over goede praktijk beantwoorden (${count("nl", n, { one: "vraag", other: "vragen" })})`,
  reviewPickItem: "Welk antwoord wilt u wijzigen?",
  reviewBack: "← Terug naar het overzicht",
  resultTitle: "Uitslag",
  reportOffer: "Wilt u een rapport met aanbevelingen en een plan van aanpak?",
  reportHtml: "Ja, als webpagina (HTML: om te lezen, te delen en te printen)",
  reportMd: "Ja, als Markdown (tekst om verder te bewerken)",
  reportBoth: "Ja, allebei",
  reportNone: "Nee, nu niet",
  reportExists: (file) => `Het rapport ${file} bestaat al. Overschrijven?`,
  reportSkip: "Nee, dit rapport overslaan",
  reportWritten: (file) => `Rapport geschreven: ${file}`,
  stopped: (file) => `Opgeslagen in ${file}.`,
  interrupted: (file) => `Gestopt. Uw antwoorden tot nu toe staan in ${file}.`,
  interruptedNothingSaved: "Gestopt. Er was nog niets om te bewaren.",
  interruptedKeptNothing: "Gestopt.",
  interruptedUnfinished: (file, missing) =>
    `Gestopt. Wat u al invulde, staat in ${file}. Nog niet ingevuld: ${missingNl(missing)}. Daarom is het nog geen antwoordbestand; verdergaan vult het aan.`,
  unfinishedWord: "onvolledig",
  unfinishedComment: (missing) =>
    `Nog niet af. Nog niet ingevuld: ${missingNl(missing)}. Dit is nog geen antwoordbestand.`,
  unfinishedNotSaved: (details) =>
    `Niet bewaard: wat u al invulde (${details}). Schrijf het over en begin later opnieuw.`,
  unfinishedRemoved: (old, now) => `Het onvolledige bestand ${old} is weggehaald: alles staat nu in ${now}.`,
  unfinishedLeft: (old) =>
    `Het onvolledige bestand ${old} is veranderd sinds het werd gelezen en blijft staan; u hebt het niet meer nodig.`,
  unfinishedGone: (old, now) =>
    `Het onvolledige bestand ${old} was er al niet meer (weggehaald of verplaatst); alles staat in ${now}.`,
  unfinishedNotRemoved: (old, now, reason) =>
    `Het onvolledige bestand ${old} kon niet worden weggehaald (${reason}); alles staat in ${now}, dus u kunt het zelf weggooien.`,
  saveFailed: (what) =>
    `Niet bewaard: ${what}. Uw antwoorden staan nog in het geheugen van dit programma; er is niets kwijt zolang u het niet afsluit.`,
  saveFailedWhat: "Wat wilt u doen?",
  saveRetry: "Opnieuw proberen (bijvoorbeeld nadat u ruimte hebt gemaakt of de schijf weer is aangesloten)",
  saveElsewhere: "Ergens anders bewaren (een ander bestand of een andere map)",
  saveGiveUp: "Stoppen zonder te bewaren (wat sinds de laatste keer bewaren is ingevuld, gaat verloren)",
  saveWhere: "Naam van het nieuwe bestand (met map, bijvoorbeeld /media/usb/zelftest.yaml)",
  saveWhereEmpty: "Typ een bestandsnaam.",
  saveWhereTaken: "Dat bestand bestaat al; kies een naam die nog niet bestaat.",
  saveWhatHeader: "de gegevens over de gemeente en de zelftest",
  unsavedLost: (what) =>
    `Let op: ${what} is niet bewaard; het bestand heeft de antwoorden van de laatste keer bewaren.`,
  reportOverwrite: "Ja, het rapport overschrijven",
  handEdited: (file, edits) =>
    `${file} is met de hand bewerkt. De zelftest schrijft het bestand na elk antwoord opnieuw, en dan gaat verloren: ${formatList(
      edits.map(
        (e) =>
          ({
            comments: "de opmerkingen (regels met #)",
            numbers: "de precieze schrijfwijze van getallen (zoals een lang nummer of 1.10)",
            spaces: "de spaties voor of na de naam van de gemeente of de invuller",
          })[e],
      ),
      "nl",
    )}. Hoe wilt u verdergaan?`,
  handEditedCopy: (file) => `In een nieuw bestand, ${file} (het oude blijft zoals het is)`,
  handEditedHere: "In dit bestand, en dat verlies voor lief nemen",
  resumeHint: (file) => `Verdergaan: npx zelftest interview --resume ${file}`,
  nextSteps: (file) => `Uitslag opnieuw bekijken: npx zelftest score ${file}`,
  keys: { navigate: "kies", select: "bevestig", "↑↓": "↑↓", "⏎": "Enter" },
};

const EN: InterviewTexts = {
  ...A.en,
  welcomeTitle: "Self-assessment of independent client support",
  welcome: (legal, practice, vngRows) =>
    [
      A.en.welcomeWhat,
      A.en.welcomeLegal(legal, vngRows),
      ...(practice > 0 ? [A.en.welcomePractice(legal, practice)] : []),
      ``,
      `After every answer everything is saved to a file, so you can stop at any time`,
      `(choose "Save and stop" or press Ctrl-C) and continue later.`,
      A.en.welcomeDontKnow,
    ].join("\n"),
  gemeentecode: "CBS municipality code (may be left empty; for example GM0177 or 177)",
  gemeentecodeInvalid:
    "A municipality code is GM followed by four digits, such as GM0177, or just the number, such as 177. Don't know it? Leave it empty.",
  name: "Your name or your team's name (may be left empty)",
  date: "Date of the self-assessment (year-month-day or day-month-year)",
  dateDefault: "year-month-day",
  dateInvalid: "Write a real date as year-month-day, for example 2025-09-01.",
  savedTo: (file) => `Your answers are saved in: ${file}`,
  fileExists: (file) => `The file ${file} already exists. What do you want to do?`,
  existingResume: "Continue with the answers in that file",
  existingOverwrite: "Start again and overwrite the file",
  existingStop: "Stop (nothing changes)",
  levelLegal: (citation) => citation ?? LEVEL_LABEL.en.wettelijk,
  terms: "What does this word mean?",
  termsExplained: (terms) =>
    `${plural("en", terms.length, { one: "The word", other: "The words" })} ${formatList(terms, "en")} ${plural("en", terms.length, { one: "is", other: "are" })} explained under "More".`,
  open: "open",
  levelPractice: `${LEVEL_LABEL.en.aanbeveling} (not a legal requirement)`,
  followUp: (n) => `follows question ${n}`,
  detailsAdd: "Add an explanation or source (optional)",
  detailsChange: "Change the explanation or source",
  noteLabel: "Explanation",
  evidenceLabel: "Source",
  tooLong: (max) => `At most ${max} characters.`,
  continuing: (all, open, vngRows) =>
    `You continue with the questions on ${A.en.legalPart(vngRows)}${all ? " and good practice" : ""}: ${count("en", open, { one: "question", other: "questions" })} still open.` +
    (all ? "" : "\nYou can add good practice at the end."),
  outExists: (file, from) => `The file ${file} already exists. Replace it with the answers from ${from}?`,
  outOverwrite: "Yes, replace it",
  changedOnDisk: (theirs, ours) =>
    `Note: ${theirs} has changed since you started, perhaps by a second interview on the same file. ` +
    `So that nothing is overwritten, your answers are now in ${ours}. Compare them later with:\n  npx zelftest compare ${theirs} ${ours}`,
  more: "More: why this question matters, how to check it, and the source",
  back: "← Previous question",
  stop: "Save and stop (continue later)",
  note: "Explanation (may be left empty, Enter = next)",
  evidence: "Source or evidence, such as a document or link (may be left empty, Enter = next)",
  keepOrClear: "Enter keeps the previous text; type - to clear it.",
  basis: "Source",
  example: "Example",
  evidenceHint: "This would show it is in place",
  reviewTitle: "Overview of your answers, by theme",
  reviewWhat: "Do you want to look at a theme and change an answer?",
  yourAnswer: "Your answer",
  reviewDone: "Done: show the result",
  reviewTheme: (k, title, marks) => `${k}. ${title}: ${marks}`,
  reviewSkipped: (n) =>
    `${count("en", n, { one: "question does", other: "questions do" })} not apply because of an earlier answer.`,
  addPractice: (n) =>
    `Also answer the good-practice questions (${count("en", n, { one: "question", other: "questions" })})`,
  reviewPickItem: "Which answer do you want to change?",
  reviewBack: "← Back to the overview",
  resultTitle: "Result",
  reportOffer: "Do you want a report with recommendations and an action plan?",
  reportHtml: "Yes, as a web page (HTML: to read, share and print)",
  reportMd: "Yes, as Markdown (text to edit further)",
  reportBoth: "Yes, both",
  reportNone: "No, not now",
  reportExists: (file) => `The report ${file} already exists. Overwrite it?`,
  reportSkip: "No, skip this report",
  reportWritten: (file) => `Report written: ${file}`,
  stopped: (file) => `Saved in ${file}.`,
  interrupted: (file) => `Stopped. Your answers so far are in ${file}.`,
  interruptedNothingSaved: "Stopped. There was nothing to save yet.",
  interruptedKeptNothing: "Stopped.",
  interruptedUnfinished: (file, missing) =>
    `Stopped. What you filled in is in ${file}. Not filled in yet: ${missingEn(missing)}. So it is not an answer file yet; continuing completes it.`,
  unfinishedWord: "incomplete",
  unfinishedComment: (missing) =>
    `Not finished. Not filled in yet: ${missingEn(missing)}. This is not an answer file yet.`,
  unfinishedNotSaved: (details) => `Not saved: what you filled in (${details}). Write it down and start again later.`,
  unfinishedRemoved: (old, now) => `The incomplete file ${old} was removed: everything is now in ${now}.`,
  unfinishedLeft: (old) =>
    `The incomplete file ${old} changed since it was read and is left as it is; you no longer need it.`,
  unfinishedGone: (old, now) =>
    `The incomplete file ${old} was no longer there (removed or moved); everything is in ${now}.`,
  unfinishedNotRemoved: (old, now, reason) =>
    `The incomplete file ${old} could not be removed (${reason}); everything is in ${now}, so you can delete it yourself.`,
  saveFailed: (what) =>
    `Not saved: ${what}. Your answers are still in this program's memory; nothing is lost as long as you do not close it.`,
  saveFailedWhat: "What do you want to do?",
  saveRetry: "Try again (for example after making room or reconnecting the disk)",
  saveElsewhere: "Save somewhere else (another file or another folder)",
  saveGiveUp: "Stop without saving (what was filled in since the last save is lost)",
  saveWhere: "Name of the new file (with its folder, for example /media/usb/zelftest.yaml)",
  saveWhereEmpty: "Type a file name.",
  saveWhereTaken: "That file already exists; choose a name that does not exist yet.",
  saveWhatHeader: "the details of the municipality and the self-assessment",
  unsavedLost: (what) => `Note: ${what} was not saved; the file has the answers of the last save.`,
  reportOverwrite: "Yes, overwrite the report",
  handEdited: (file, edits) =>
    `${file} has been edited by hand. The self-assessment rewrites the file after every answer, which loses ${formatList(
      edits.map(
        (e) =>
          ({
            comments: "the comments (lines with #)",
            numbers: "how numbers are written (such as a long id or 1.10)",
            spaces: "the spaces before or after the municipality's or the respondent's name",
          })[e],
      ),
      "en",
    )}. How do you want to continue?`,
  handEditedCopy: (file) => `In a new file, ${file} (the old one stays as it is)`,
  handEditedHere: "In this file, accepting that loss",
  resumeHint: (file) => `To continue: npx zelftest interview --resume ${file}`,
  nextSteps: (file) => `To see the result again: npx zelftest score ${file}`,
  keys: { navigate: "move", select: "choose", "↑↓": "↑↓", "⏎": "Enter" },
};

export const INTERVIEW_TEXT: Record<Lang, InterviewTexts> = { nl: NL, en: EN };
