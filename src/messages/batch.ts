// Fixed texts of the batch research summary, in Dutch and English.
import type { Lang } from "../model/vocabulary.js";

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
  byRole: string;
  role: string;
  byYear: string;
  year: string;
  overallTitle: string;
  verdict: string;
  meanScore: string;
  meanPractice(n: number): string;
  noPractice: string;
  themesTitle: string;
  themesIntro: string;
  theme: string;
  itemsTitle: string;
  itemsIntro: string;
  legalItems: string;
  practiceItems: string;
  item: string;
  unanswered: string;
  notApplicable: string;
  matrixTitle: string;
  matrixIntro: string;
  municipality: string;
  files: string;
  invalidTitle: string;
  noInvalid: string;
  file: string;
  problem: string;
  place: string;
  problems: string;
  namesTitle: string;
  methodTitle: string;
  method: string[];
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
  byRole: "Per rol van de invuller",
  role: "Rol",
  byYear: "Per jaar",
  year: "Jaar",
  overallTitle: "Oordeel over de wettelijke eisen",
  verdict: "Oordeel",
  meanScore: "Gemiddelde score wettelijke eisen",
  meanPractice: (n) => `Gemiddelde score goede praktijk (${n} bestanden met goede praktijk ingevuld)`,
  noPractice: "In geen enkel bestand is goede praktijk ingevuld.",
  themesTitle: "Per thema",
  themesIntro: "Het aandeel van de geldige bestanden per oordeel, en de gemiddelde score.",
  theme: "Thema",
  itemsTitle: "Per vraag",
  itemsIntro: "Het aandeel van de geldige bestanden per antwoord.",
  legalItems: "Wettelijke eisen",
  practiceItems: "Goede praktijk",
  item: "Vraag",
  unanswered: "niet beantwoord",
  notApplicable: "n.v.t.",
  matrixTitle: "Gemeenten en thema's",
  matrixIntro: "De gemiddelde score wettelijke eisen per gemeente en thema, over alle bestanden van die gemeente.",
  municipality: "Gemeente",
  files: "Bestanden",
  invalidTitle: "Ongeldige bestanden",
  noInvalid: "Alle bestanden waren geldig.",
  file: "Bestand",
  problem: "Probleem",
  place: "Plaats",
  problems: "Aantal problemen",
  namesTitle: "Namen van invullers",
  methodTitle: "Werkwijze",
  method: [
    "Elk geldig bestand is gescoord zoals de zelftest dat doet (zie de README: ja = 1, deels = 0,5, nee en weet niet = 0; het slechtste oordeel telt).",
    "Aandelen zijn percentages van de geldige bestanden, afgerond op één decimaal. Gemiddelden zijn over de geldige bestanden.",
    "Ongeldige bestanden tellen nergens mee; ze staan met hun eerste probleem in de lijst hieronder.",
    "Namen van invullers staan niet in dit overzicht, tenzij daarom is gevraagd.",
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
  byRole: "By respondent role",
  role: "Role",
  byYear: "By year",
  year: "Year",
  overallTitle: "Verdict on the legal requirements",
  verdict: "Verdict",
  meanScore: "Mean legal score",
  meanPractice: (n) => `Mean good-practice score (${n} files with good practice filled in)`,
  noPractice: "No file has good practice filled in.",
  themesTitle: "Per theme",
  themesIntro: "The share of valid files per verdict, and the mean score.",
  theme: "Theme",
  itemsTitle: "Per question",
  itemsIntro: "The share of valid files per answer.",
  legalItems: "Legal requirements",
  practiceItems: "Good practice",
  item: "Question",
  unanswered: "not answered",
  notApplicable: "n/a",
  matrixTitle: "Municipalities and themes",
  matrixIntro: "The mean legal score per municipality and theme, over all files for that municipality.",
  municipality: "Municipality",
  files: "Files",
  invalidTitle: "Invalid files",
  noInvalid: "All files were valid.",
  file: "File",
  problem: "Problem",
  place: "Place",
  problems: "Number of problems",
  namesTitle: "Respondent names",
  methodTitle: "Method",
  method: [
    "Every valid file was scored as the self-assessment does (see the README: yes = 1, partly = 0.5, no and don't know = 0; the worst verdict counts).",
    "Shares are percentages of the valid files, rounded to one decimal. Means are over the valid files.",
    "Invalid files count nowhere; they are listed with their first problem below.",
    "Respondent names are left out of this summary unless asked for.",
  ],
  stampTitle: "Reproducibility",
  tool: "Made with",
  questionnaireHash: "Questionnaire fingerprint (SHA-256)",
};

export const BATCH_TEXT: Record<Lang, BatchTexts> = { nl: NL, en: EN };
