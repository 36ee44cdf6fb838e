// The interview's texts in Dutch and English: plain words for people who are not developers.
import type { LegalKind } from "../model/questionnaire.js";
import type { Lang, Role } from "../model/vocabulary.js";

export interface InterviewTexts {
  welcomeTitle: string;
  welcome(legal: number, practice: number): string;
  municipality: string;
  municipalityRequired: string;
  gemeentecode: string;
  gemeentecodeInvalid: string;
  role: string;
  roleChoices: Record<Role, string>;
  name: string;
  date: string;
  dateInvalid: string;
  scope: string;
  scopeLegal(n: number): string;
  scopeAll(n: number): string;
  savedTo(file: string): string;
  fileExists(file: string): string;
  existingResume: string;
  existingOverwrite: string;
  existingStop: string;
  themeHeader(k: number, n: number, title: string): string;
  questionHeader(i: number, n: number): string;
  levelLegal(article: string | undefined): string;
  legalKind: Record<LegalKind, string>;
  check: string;
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
  continuing(all: boolean, open: number): string;
  outExists(file: string, from: string): string;
  outOverwrite: string;
  changedOnDisk(theirs: string, ours: string): string;
  more: string;
  back: string;
  stop: string;
  note: string;
  evidence: string;
  keepOrClear: string;
  why: string;
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
  resumeHint(file: string): string;
  nextSteps(file: string): string;
  keys: Record<string, string>;
}

/** Rough answering time: about 40 seconds a question, rounded to 5 minutes, at least 10. */
const minutes = (questions: number) => Math.max(10, Math.round((questions * 40) / 60 / 5) * 5);

const NL: InterviewTexts = {
  welcomeTitle: "Zelftest onafhankelijke cliëntondersteuning",
  welcome: (legal, practice) =>
    [
      `Met deze zelftest ziet u of de cliëntondersteuning in uw gemeente voldoet aan de Wmo 2015.`,
      `U beantwoordt ${legal} vragen over de wettelijke eisen (ongeveer ${minutes(legal)} minuten).`,
      ...(practice > 0
        ? [
            `Als u wilt, volgen ${practice} vragen over goede praktijk (samen ongeveer ${minutes(legal + practice)} minuten).`,
          ]
        : []),
      ``,
      `Na elk antwoord bewaren we alles in een bestand. U kunt dus altijd stoppen`,
      `(kies "Opslaan en stoppen" of druk op Ctrl-C) en later verdergaan.`,
      `Weet u een antwoord niet? Kies dan "Weet niet": dat is ook een uitkomst.`,
    ].join("\n"),
  municipality: "Over welke gemeente gaat deze zelftest?",
  municipalityRequired: "Vul de naam van de gemeente in.",
  gemeentecode: "CBS-gemeentecode (mag leeg blijven; bijvoorbeeld GM0177 of 177)",
  gemeentecodeInvalid:
    "Een gemeentecode is GM met vier cijfers, zoals GM0177, of alleen het getal, zoals 177. Weet u de code niet? Laat het dan leeg.",
  role: "Wie vult de zelftest in?",
  roleChoices: {
    gemeente: "Ik werk bij de gemeente (bijvoorbeeld beleidsmedewerker Wmo)",
    adviesraad: "Ik zit in de Wmo-raad of adviesraad sociaal domein",
    clientorganisatie: "Ik ben van een cliënt- of belangenorganisatie",
    aanbieder: "Ik werk bij een aanbieder van cliëntondersteuning",
    onderzoeker: "Ik doe onderzoek",
    anders: "Anders",
  },
  name: "Uw naam of de naam van uw team (mag leeg blijven)",
  date: "Datum van de zelftest (dag-maand-jaar)",
  dateInvalid: "Schrijf een bestaande datum als dag-maand-jaar, bijvoorbeeld 01-09-2025.",
  scope: "Welke vragen wilt u beantwoorden?",
  scopeLegal: (n) => `Alleen de wettelijke eisen (${n} vragen)`,
  scopeAll: (n) => `De wettelijke eisen én goede praktijk (${n} vragen)`,
  savedTo: (file) => `Uw antwoorden worden bewaard in: ${file}`,
  fileExists: (file) => `Het bestand ${file} bestaat al. Wat wilt u doen?`,
  existingResume: "Verdergaan met de antwoorden in dat bestand",
  existingOverwrite: "Opnieuw beginnen en het bestand overschrijven",
  existingStop: "Stoppen (er verandert niets)",
  themeHeader: (k, n, title) => `Thema ${k} van ${n}: ${title}`,
  questionHeader: (i, n) => `Vraag ${i} van ${n}`,
  levelLegal: (article) => (article ? `Wettelijke eis (${article})` : "Wettelijke eis"),
  legalKind: {
    wet: "staat in de wet",
    toelichting: "staat in de toelichting bij de wet",
    vng: "zo leest de VNG-zelftest dit artikel",
  },
  check: "Zo gaat u het na",
  terms: "Wat betekent dit woord?",
  termsExplained: (terms) =>
    `Uitleg van ${terms.length === 1 ? "het woord" : "de woorden"} ${terms.join(", ")}: kies "Meer uitleg".`,
  open: "open",
  levelPractice: "Goede praktijk (geen wettelijke eis)",
  followUp: (n) => `vervolg op vraag ${n}`,
  detailsAdd: "Toelichting of bron toevoegen (niet verplicht)",
  detailsChange: "Toelichting of bron wijzigen",
  noteLabel: "Toelichting",
  evidenceLabel: "Bron",
  tooLong: (max) => `Hoogstens ${max} tekens.`,
  continuing: (all, open) =>
    `U gaat verder met ${all ? "de wettelijke eisen en goede praktijk" : "de wettelijke eisen"}: nog ${open} ${open === 1 ? "vraag" : "vragen"} open.` +
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
  why: "Waarom dit ertoe doet",
  basis: "Bron",
  example: "Voorbeeld",
  evidenceHint: "Dit laat zien dat het geregeld is",
  reviewTitle: "Overzicht van uw antwoorden, per thema",
  reviewWhat: "Wilt u een thema bekijken en een antwoord wijzigen?",
  yourAnswer: "Uw antwoord",
  reviewDone: "Klaar: toon de uitslag",
  reviewTheme: (k, title, marks) => `${k}. ${title}: ${marks}`,
  reviewSkipped: (n) => `${n === 1 ? "1 vraag vervalt" : `${n} vragen vervallen`} door een eerder antwoord.`,
  addPractice: (n) => `Ook de vragen over goede praktijk beantwoorden (${n} vragen)`,
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
  resumeHint: (file) => `Verdergaan: npx zelftest interview --resume ${file}`,
  nextSteps: (file) => `Uitslag opnieuw bekijken: npx zelftest score ${file}`,
  keys: { navigate: "kies", select: "bevestig", "↑↓": "↑↓", "⏎": "Enter" },
};

const EN: InterviewTexts = {
  welcomeTitle: "Self-assessment of independent client support",
  welcome: (legal, practice) =>
    [
      `This self-assessment shows whether client support in your municipality meets the Wmo 2015.`,
      `You answer ${legal} questions on the legal requirements (about ${minutes(legal)} minutes).`,
      ...(practice > 0
        ? [
            `If you like, ${practice} questions on good practice follow (about ${minutes(legal + practice)} minutes in all).`,
          ]
        : []),
      ``,
      `After every answer everything is saved to a file, so you can stop at any time`,
      `(choose "Save and stop" or press Ctrl-C) and continue later.`,
      `Don't know an answer? Choose "Don't know": that is a finding too.`,
    ].join("\n"),
  municipality: "Which municipality is this self-assessment about?",
  municipalityRequired: "Enter the name of the municipality.",
  gemeentecode: "CBS municipality code (may be left empty; for example GM0177 or 177)",
  gemeentecodeInvalid:
    "A municipality code is GM followed by four digits, such as GM0177, or just the number, such as 177. Don't know it? Leave it empty.",
  role: "Who is filling in the self-assessment?",
  roleChoices: {
    gemeente: "I work for the municipality (for example as Wmo policy officer)",
    adviesraad: "I am on the Wmo council or social-domain advisory council",
    clientorganisatie: "I am with a client or patient organisation",
    aanbieder: "I work for a provider of client support",
    onderzoeker: "I am a researcher",
    anders: "Other",
  },
  name: "Your name or your team's name (may be left empty)",
  date: "Date of the self-assessment (year-month-day or day-month-year)",
  dateInvalid: "Write a real date as year-month-day, for example 2025-09-01.",
  scope: "Which questions do you want to answer?",
  scopeLegal: (n) => `Only the legal requirements (${n} questions)`,
  scopeAll: (n) => `The legal requirements and good practice (${n} questions)`,
  savedTo: (file) => `Your answers are saved in: ${file}`,
  fileExists: (file) => `The file ${file} already exists. What do you want to do?`,
  existingResume: "Continue with the answers in that file",
  existingOverwrite: "Start again and overwrite the file",
  existingStop: "Stop (nothing changes)",
  themeHeader: (k, n, title) => `Theme ${k} of ${n}: ${title}`,
  questionHeader: (i, n) => `Question ${i} of ${n}`,
  levelLegal: (article) => (article ? `Legal requirement (${article})` : "Legal requirement"),
  legalKind: {
    wet: "the law says so",
    toelichting: "the explanatory memorandum says so",
    vng: "the VNG self-assessment's reading of this article",
  },
  check: "How to check it",
  terms: "What does this word mean?",
  termsExplained: (terms) =>
    `${terms.length === 1 ? "The word" : "The words"} ${terms.join(", ")} ${terms.length === 1 ? "is" : "are"} explained under "More".`,
  open: "open",
  levelPractice: "Good practice (not a legal requirement)",
  followUp: (n) => `follows question ${n}`,
  detailsAdd: "Add an explanation or source (optional)",
  detailsChange: "Change the explanation or source",
  noteLabel: "Explanation",
  evidenceLabel: "Source",
  tooLong: (max) => `At most ${max} characters.`,
  continuing: (all, open) =>
    `You continue with ${all ? "the legal requirements and good practice" : "the legal requirements"}: ${open} ${open === 1 ? "question" : "questions"} still open.` +
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
  why: "Why this matters",
  basis: "Source",
  example: "Example",
  evidenceHint: "This would show it is in place",
  reviewTitle: "Overview of your answers, by theme",
  reviewWhat: "Do you want to look at a theme and change an answer?",
  yourAnswer: "Your answer",
  reviewDone: "Done: show the result",
  reviewTheme: (k, title, marks) => `${k}. ${title}: ${marks}`,
  reviewSkipped: (n) => `${n === 1 ? "1 question does" : `${n} questions do`} not apply because of an earlier answer.`,
  addPractice: (n) => `Also answer the good-practice questions (${n} questions)`,
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
  resumeHint: (file) => `To continue: npx zelftest interview --resume ${file}`,
  nextSteps: (file) => `To see the result again: npx zelftest score ${file}`,
  keys: { navigate: "move", select: "choose", "↑↓": "↑↓", "⏎": "Enter" },
};

export const INTERVIEW_TEXT: Record<Lang, InterviewTexts> = { nl: NL, en: EN };
