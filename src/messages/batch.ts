// Fixed texts of the batch research summary, in Dutch and English.
import type { Lang } from "../model/vocabulary.js";
import { count } from "./intl.js";

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface BatchTexts {
  title: string;
  subtitle: string;
  toc: string;
  questionnaire: string;
  filesTitle: string;
  total: string;
  valid: string;
  invalid: string;
  count: string;
  share: string;
  n: string;
  all: string;
  cellsTitle: string;
  cellsIntro: string;
  role: string;
  year: string;
  group: string;
  part(k: number, of: number): string;
  /** The section of the verdicts when the questionnaire has both lenses (docs/scoring.md, "Two lenses"). */
  lensesTitle: string;
  /** The law lens: lawVerdict and lawScore. */
  lawTitle: string;
  lawIntro: string;
  /** The VNG lens: verdict and score over the rows of the VNG zelftest. */
  overallTitle: string;
  overallIntro: string;
  /** verdict and score of a questionnaire that marks no VNG row: over all its legal items. */
  legalOverallTitle: string;
  legalOverallIntro: string;
  verdict: string;
  meanScore: string;
  legalTitle: string;
  legalIntro: string;
  legalChartTitle: string;
  legalChartDesc(list: string): string;
  requirement: string;
  /**
   * The same table, chart and column in a questionnaire that marks VNG rows (the built-in one): its
   * legal items are requirements of the law itself and of the VNG zelftest (DESIGN §4, wording).
   */
  lensLegalTitle: string;
  lensLegalIntro: string;
  lensLegalChartTitle: string;
  lensLegalChartDesc(list: string): string;
  lensRequirement: string;
  themesTitle: string;
  themesIntro: string;
  themesChartTitle: string;
  themesChartDesc(list: string): string;
  theme: string;
  themeMeansTitle: string;
  itemsTitle: string;
  itemsIntro: string;
  legalItems: string;
  practiceItems(n: number): string;
  item: string;
  unanswered: string;
  notApplicable: string;
  practiceTitle: string;
  practiceIntro: string;
  practiceFiles: string;
  meanPractice: string;
  noPractice: string;
  /** The two roles as their labels (ROLE_LABEL). */
  pairsTitle(a: string, b: string): string;
  pairsIntro(n: number, a: string, b: string): string;
  noPairs(a: string, b: string): string;
  pairsN: string;
  agreement: string;
  kappa: string;
  weightedN: string;
  weightedKappa: string;
  matrixTitle: string;
  matrixIntro: string;
  municipality: string;
  code: string;
  files: string;
  invalidTitle: string;
  noInvalid: string;
  file: string;
  problem: string;
  place: string;
  problems: string;
  readable: string;
  namesTitle: string;
  methodTitle: string;
  method(o: {
    listUsed: boolean;
    names: boolean;
    paths: boolean;
    /** Files without a code that joined a code group by name; names carried with more than one code. */
    joined: number;
    conflicts: readonly { readonly name: string; readonly codes: readonly string[] }[];
  }): string[];
  /** A file named by its number in the batch (without --include-paths). */
  fileId(id: number): string;
  stampTitle: string;
  tool: string;
  questionnaireHash: string;
}

const NL: BatchTexts = {
  title: "Zelftest cliëntondersteuning – onderzoeksoverzicht",
  subtitle: "Samenvatting van vele antwoordbestanden van de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
  toc: "Inhoud",
  questionnaire: "Vragenlijst",
  filesTitle: "Bestanden",
  total: "Ingelezen",
  valid: "Geldig en gescoord",
  invalid: "Ongeldig",
  count: "Aantal",
  share: "Aandeel",
  n: "n",
  all: "Alle",
  cellsTitle: "Geldige bestanden per rol en jaar",
  cellsIntro: "Het aantal geldige bestanden (n) per rol van de invuller en per jaar van de zelftest.",
  role: "Rol",
  year: "Jaar",
  group: "Groep",
  part: (k, of) => `deel ${k} van ${of}`,
  lensesTitle: "Oordeel: de wet en de VNG-zelftest",
  lawTitle: "Oordeel over de wet",
  lawIntro:
    "Het aandeel van de geldige bestanden per oordeel over de eisen die de tekst van de wet zelf stelt (het slechtste oordeel telt), en de gemiddelde score (0-100). Tussen haakjes het aantal bestanden (n). Een eis die een bestand niet beantwoordde, bijvoorbeeld omdat die bij het invullen nog niet in de vragenlijst stond, telt als onbekend.",
  overallTitle: "Oordeel over de VNG-zelftest",
  overallIntro:
    "Het aandeel van de geldige bestanden per oordeel over de eisen van de VNG-zelftest samen (de lezing van de wet door de VNG, 2015; het slechtste oordeel telt), en de gemiddelde score (0-100). Tussen haakjes het aantal bestanden (n).",
  legalOverallTitle: "Oordeel over de wettelijke eisen",
  legalOverallIntro:
    "Het aandeel van de geldige bestanden per oordeel over de wettelijke eisen van de vragenlijst samen (het slechtste oordeel telt), en de gemiddelde score (0-100). Tussen haakjes het aantal bestanden (n).",
  verdict: "Oordeel",
  meanScore: "Gemiddelde score",
  legalTitle: "Per wettelijke eis: aandeel dat voldoet",
  legalIntro:
    "Het aandeel van de bestanden dat de eis geregeld en vastgelegd heeft (antwoord ja), van alle geldige bestanden in de groep. Weet niet en geen antwoord tellen als niet voldaan.",
  legalChartTitle: "Aandeel bestanden dat voldoet, per wettelijke eis (alle geldige bestanden)",
  legalChartDesc: (list) => `Staafdiagram. Per wettelijke eis het aandeel bestanden dat voldoet: ${list}.`,
  requirement: "Wettelijke eis",
  lensLegalTitle: "Per eis uit de wet en de VNG-zelftest: aandeel dat voldoet",
  lensLegalIntro:
    "Het aandeel van de bestanden met antwoord ja op de eis, van alle geldige bestanden in de groep. Weet niet en geen antwoord tellen als niet voldaan. Bij elke eis staat waar hij op rust: de wet zelf of de VNG-zelftest (de lezing van de wet door de VNG, 2015).",
  lensLegalChartTitle: "Aandeel bestanden dat voldoet, per eis uit de wet en de VNG-zelftest (alle geldige bestanden)",
  lensLegalChartDesc: (list) =>
    `Staafdiagram. Per eis uit de wet en de VNG-zelftest het aandeel bestanden dat voldoet: ${list}.`,
  lensRequirement: "Eis",
  themesTitle: "Per thema: aandeel 'voldoet niet'",
  themesIntro:
    "Het aandeel van de bestanden waarin minstens één eis van de VNG-zelftest van het thema niet geregeld is (oordeel voldoet niet), per groep, met het aantal bestanden (n). Zo publiceerde Movisie in 2016 het aandeel cliëntorganisaties dat een thema onvoldoende vond.",
  themesChartTitle: "Aandeel bestanden met oordeel 'voldoet niet', per thema (alle geldige bestanden)",
  themesChartDesc: (list) => `Staafdiagram. Per thema het aandeel bestanden met oordeel voldoet niet: ${list}.`,
  theme: "Thema",
  themeMeansTitle: "Gemiddelde score VNG-zelftest per thema",
  itemsTitle: "Per vraag: verdeling van de antwoorden",
  itemsIntro:
    "Het aandeel per antwoord. Wettelijke eisen: van alle geldige bestanden. Goede praktijk: alleen van de bestanden waarin goede praktijk is ingevuld.",
  legalItems: "Wettelijke eisen",
  practiceItems: (n) => `Goede praktijk (n = ${n} bestanden met goede praktijk ingevuld)`,
  item: "Vraag",
  unanswered: "niet beantwoord",
  notApplicable: "n.v.t.",
  practiceTitle: "Goede praktijk",
  practiceIntro:
    "Goede praktijk is niet verplicht. De gemiddelde score is alleen over de bestanden waarin minstens één vraag over goede praktijk is beantwoord; de andere tellen niet mee (niet als 0).",
  practiceFiles: "Bestanden met goede praktijk ingevuld",
  meanPractice: "Gemiddelde score goede praktijk",
  noPractice: "In geen enkel bestand is goede praktijk ingevuld.",
  pairsTitle: (a, b) => `${capital(a)} en ${b} naast elkaar`,
  pairsIntro: (n, a, b) =>
    `Paren: een gemeente met in hetzelfde jaar zowel een bestand met de rol ${a} als een met de rol ${b} (${count("nl", n, { one: "paar", other: "paren" })}; bij meer bestanden per rol telt het eerste op pad). Per vraag: het aantal paren waarin beide een antwoord gaven (weet niet telt als antwoord), het aandeel met hetzelfde antwoord, en Cohen's kappa (overeenstemming gecorrigeerd voor toeval: 1 = volledig eens, 0 = niet meer dan toeval). Daarnaast de gewogen kappa: ja, deels en nee zijn een oplopende schaal, dus ja tegenover deels telt als half oneens en ja tegenover nee als helemaal oneens (lineaire gewichten). Die telt alleen de paren waarin beide ja, deels of nee gaven (weet niet staat niet op de schaal), met hun eigen aantal. "–": niet te berekenen (geen paren, of beide gaven steeds hetzelfde ene antwoord).`,
  noPairs: (a, b) =>
    `Er zijn geen paren: geen gemeente heeft in hetzelfde jaar een bestand met de rol ${a} én een met de rol ${b}.`,
  pairsN: "Paren (n)",
  agreement: "Zelfde antwoord",
  kappa: "Cohen's kappa",
  weightedN: "Paren met ja, deels of nee (n)",
  weightedKappa: "Gewogen kappa (lineair)",
  matrixTitle: "Gemeenten en thema's",
  matrixIntro: "De gemiddelde score voor de VNG-zelftest per gemeente en thema, over alle bestanden van die gemeente.",
  municipality: "Gemeente",
  code: "Code",
  files: "Bestanden",
  invalidTitle: "Ongeldige bestanden",
  noInvalid: "Alle bestanden waren geldig.",
  file: "Bestand",
  problem: "Probleem",
  place: "Plaats",
  problems: "Aantal problemen",
  readable: "Wel te lezen",
  namesTitle: "Namen van invullers",
  fileId: (id) => `nr. ${id} (file_id)`,
  methodTitle: "Werkwijze",
  method: ({ listUsed, names, paths, joined, conflicts }) => [
    "Gegevens: alle antwoordbestanden die zijn opgegeven, gesorteerd op pad. Elk bestand is gecontroleerd tegen de vragenlijst hieronder; ongeldige bestanden tellen nergens mee en staan met hun eerste probleem in de lijst ongeldige bestanden.",
    listUsed
      ? "Gemeenten: de gemeentecode uit het bestand is gecontroleerd tegen de opgegeven gemeentelijst en de officiële naam is gebruikt; een bestand zonder code is op naam gekoppeld waar die precies overeenkomt. Bestanden van één gemeente zijn samengenomen op code, anders op naam."
      : `Gemeenten: bestanden van één gemeente zijn samengenomen op gemeentecode waar het bestand die geeft, anders op de naam zoals geschreven (zonder verschil in hoofdletters en spaties); een bestand zonder code telt mee bij de code die bestanden met dezelfde naam hebben (${count("nl", joined, { one: "bestand", other: "bestanden" })}).`,
    ...conflicts.map(
      (c) =>
        `Let op: de naam ${c.name} staat in bestanden met verschillende codes (${c.codes.join(", ")}); bestanden met die naam zonder code tellen apart. Geef de code in die bestanden${listUsed ? "" : ", of gebruik --municipalities"}.`,
    ),
    "Per vraag: ja = 1 punt (voldoet), deels = 0,5 (deels), nee = 0 (voldoet niet), weet niet of geen antwoord = 0 (onbekend). Een vraag die door een eerder antwoord niet van toepassing is, telt niet mee.",
    "Per bestand: het oordeel over een groep vragen is het slechtste oordeel erin (voldoet niet, dan onbekend, dan deels, dan voldoet); de score is 100 × (som van gewicht × punten) / (som van gewichten), op één decimaal.",
    "Groepen: aandelen zijn percentages van de geldige bestanden in de groep (rol, jaar of beide), op één decimaal; het aantal bestanden (n) staat bij elke groep. Gemiddelden zijn over de bestanden in de groep, van hun scores op één decimaal (zoals in de CSV), en daarna afgerond; een gemiddelde uit onafgeronde scores kan 0,1 verschillen.",
    "Goede praktijk telt alleen over de bestanden waarin minstens één vraag over goede praktijk is beantwoord.",
    "Paren van rollen (gemeente en adviesraad, tenzij --pairs om andere vraagt): zie de uitleg bij elke tabel.",
    `Privacy: ${names ? "namen van invullers staan in dit overzicht omdat daarom is gevraagd (--include-names); toelichtingen en bronnen (vrije tekst) niet" : "namen van invullers en toelichtingen of bronnen (vrije tekst) staan niet in dit overzicht"}. ${paths ? "Ongeldige bestanden staan er met hun pad (--include-paths)." : "Ongeldige bestanden staan er met hun nummer in de batch (file_id), niet met hun pad (dat kan een naam bevatten; --include-paths zet het erin)."}`,
  ],
  stampTitle: "Herhaalbaarheid",
  tool: "Gemaakt met",
  questionnaireHash: "Vingerafdruk vragenlijst (SHA-256)",
};

const EN: BatchTexts = {
  title: "Client support self-assessment – research summary",
  subtitle: "Summary of many answer files of the self-assessment of independent client support (Wmo 2015)",
  toc: "Contents",
  questionnaire: "Questionnaire",
  filesTitle: "Files",
  total: "Read",
  valid: "Valid and scored",
  invalid: "Invalid",
  count: "Count",
  share: "Share",
  n: "n",
  all: "All",
  cellsTitle: "Valid files by role and year",
  cellsIntro: "The number of valid files (n) by respondent role and by year of the assessment.",
  role: "Role",
  year: "Year",
  group: "Group",
  part: (k, of) => `part ${k} of ${of}`,
  lensesTitle: "Verdict: the law and the VNG self-assessment",
  lawTitle: "Verdict on the law",
  lawIntro:
    "The share of valid files per verdict over the requirements that the text of the law itself sets (the worst verdict counts), and the mean score (0-100). In brackets the number of files (n). A requirement a file did not answer, for example because it was not yet in the questionnaire when the file was made, counts as unknown.",
  overallTitle: "Verdict on the VNG self-assessment",
  overallIntro:
    "The share of valid files per verdict over the requirements of the VNG self-assessment together (the VNG's reading of the law, 2015; the worst verdict counts), and the mean score (0-100). In brackets the number of files (n).",
  legalOverallTitle: "Verdict on the legal requirements",
  legalOverallIntro:
    "The share of valid files per verdict over the questionnaire's legal requirements together (the worst verdict counts), and the mean score (0-100). In brackets the number of files (n).",
  verdict: "Verdict",
  meanScore: "Mean score",
  legalTitle: "Per legal requirement: share that meets it",
  legalIntro:
    "The share of files in which the requirement is in place and recorded (answer yes), of all valid files in the group. Don't know and no answer count as not met.",
  legalChartTitle: "Share of files that meet each legal requirement (all valid files)",
  legalChartDesc: (list) => `Bar chart. Per legal requirement the share of files that meet it: ${list}.`,
  requirement: "Legal requirement",
  lensLegalTitle: "Per requirement of the law and the VNG self-assessment: share that meets it",
  lensLegalIntro:
    "The share of files that answer yes to the requirement, of all valid files in the group. Don't know and no answer count as not met. Each requirement says what it rests on: the law itself or the VNG self-assessment (the VNG's reading of the law, 2015).",
  lensLegalChartTitle:
    "Share of files that meet each requirement of the law and the VNG self-assessment (all valid files)",
  lensLegalChartDesc: (list) =>
    `Bar chart. Per requirement of the law and the VNG self-assessment the share of files that meet it: ${list}.`,
  lensRequirement: "Requirement",
  themesTitle: "Per theme: share 'does not meet'",
  themesIntro:
    "The share of files in which at least one requirement of the VNG self-assessment of the theme is not in place (verdict does not meet), per group, with the number of files (n). This is how Movisie published in 2016 the share of client organisations that found a theme insufficient.",
  themesChartTitle: "Share of files with verdict 'does not meet', per theme (all valid files)",
  themesChartDesc: (list) => `Bar chart. Per theme the share of files with verdict does not meet: ${list}.`,
  theme: "Theme",
  themeMeansTitle: "Mean VNG self-assessment score per theme",
  itemsTitle: "Per question: distribution of the answers",
  itemsIntro:
    "The share per answer. Legal requirements: of all valid files. Good practice: only of the files in which good practice was filled in.",
  legalItems: "Legal requirements",
  practiceItems: (n) => `Good practice (n = ${n} files with good practice filled in)`,
  item: "Question",
  unanswered: "not answered",
  notApplicable: "n/a",
  practiceTitle: "Good practice",
  practiceIntro:
    "Good practice is optional. The mean score is only over the files in which at least one good-practice question was answered; the others do not count (not as 0).",
  practiceFiles: "Files with good practice filled in",
  meanPractice: "Mean good-practice score",
  noPractice: "No file has good practice filled in.",
  pairsTitle: (a, b) => `${capital(a)} and ${b} side by side`,
  pairsIntro: (n, a, b) =>
    `Pairs: a municipality with, in the same year, both a file with the role ${a} and one with the role ${b} (${count("en", n, { one: "pair", other: "pairs" })}; with more files per role the first by path counts). Per question: the number of pairs in which both answered (don't know counts as an answer), the share with the same answer, and Cohen's kappa (agreement corrected for chance: 1 = full agreement, 0 = no more than chance). Beside it the weighted kappa: yes, partly and no are an ordered scale, so yes against partly counts as half a disagreement and yes against no as a whole one (linear weights). It counts only the pairs in which both answered yes, partly or no (don't know is not on the scale), with their own number. "–": cannot be computed (no pairs, or both always gave the same one answer).`,
  noPairs: (a, b) =>
    `There are no pairs: no municipality has, in the same year, a file with the role ${a} and one with the role ${b}.`,
  pairsN: "Pairs (n)",
  agreement: "Same answer",
  kappa: "Cohen's kappa",
  weightedN: "Pairs with yes, partly or no (n)",
  weightedKappa: "Weighted kappa (linear)",
  matrixTitle: "Municipalities and themes",
  matrixIntro: "The mean VNG self-assessment score per municipality and theme, over all files for that municipality.",
  municipality: "Municipality",
  code: "Code",
  files: "Files",
  invalidTitle: "Invalid files",
  noInvalid: "All files were valid.",
  file: "File",
  problem: "Problem",
  place: "Place",
  problems: "Number of problems",
  readable: "Still readable",
  namesTitle: "Respondent names",
  fileId: (id) => `no. ${id} (file_id)`,
  methodTitle: "Method",
  method: ({ listUsed, names, paths, joined, conflicts }) => [
    "Data: every answer file given, sorted by path. Each file was checked against the questionnaire below; invalid files count nowhere and are listed with their first problem under invalid files.",
    listUsed
      ? "Municipalities: the file's municipality code was checked against the municipality list given and the official name used; a file without a code was matched by name where it matches exactly. Files of one municipality are taken together by code, else by name."
      : `Municipalities: files of one municipality are taken together by municipality code where the file gives one, else by the name as written (ignoring case and spaces); a file without a code counts with the code that files with the same name carry (${count("en", joined, { one: "file", other: "files" })}).`,
    ...conflicts.map(
      (c) =>
        `Note: the name ${c.name} is in files with different codes (${c.codes.join(", ")}); files with that name and no code count apart. Give the code in those files${listUsed ? "" : ", or use --municipalities"}.`,
    ),
    "Per question: yes = 1 point (meets), partly = 0.5 (partly), no = 0 (does not meet), don't know or no answer = 0 (unknown). A question that does not apply because of an earlier answer does not count.",
    "Per file: the verdict over a set of questions is the worst in it (does not meet, then unknown, then partly, then meets); the score is 100 × (sum of weight × points) / (sum of weights), to one decimal.",
    "Groups: shares are percentages of the valid files in the group (role, year or both), to one decimal; the number of files (n) is given with every group. Means are over the files in the group, of their scores to one decimal (as in the CSV), then rounded; a mean of unrounded scores can differ by 0.1.",
    "Good practice counts only over the files in which at least one good-practice question was answered.",
    "Pairs of roles (municipality and advisory council unless --pairs asks for others): see the explanation with each table.",
    `Privacy: ${names ? "respondent names are in this summary because they were asked for (--include-names); notes and evidence (free text) are not" : "respondent names and notes or evidence (free text) are not in this summary"}. ${paths ? "Invalid files are listed by path (--include-paths)." : "Invalid files are listed by their number in the batch (file_id), not by path (a path can hold a name; --include-paths puts it in)."}`,
  ],
  stampTitle: "Reproducibility",
  tool: "Made with",
  questionnaireHash: "Questionnaire fingerprint (SHA-256)",
};

export const BATCH_TEXT: Record<Lang, BatchTexts> = { nl: NL, en: EN };
