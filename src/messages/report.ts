// The report's fixed texts (headings, explanations, method) in Dutch and English.
import type { Lang } from "../model/vocabulary.js";

export interface ReportTexts {
  documentTitle(municipality: string): string;
  subtitle: string;
  toc: string;
  header: { municipality: string; respondent: string; date: string; questionnaire: string };
  summaryTitle: string;
  legalVerdict: string;
  legalScore: string;
  practiceScore: string;
  notAssessed: string;
  practiceNotFilled: string;
  scoreOutOf: string;
  countsCaption: string;
  countsStatus: string;
  countsLegal: string;
  countsPractice: string;
  unanswered(n: number): string;
  urgentTitle: string;
  noUrgent: string;
  themesTitle: string;
  themesIntro: string;
  chartTitle: string;
  themesCaption: string;
  chartDesc(list: string): string;
  themeCol: string;
  verdictCol: string;
  scoreCol: string;
  practiceCol: string;
  asksCol: string;
  gapsTitle: string;
  gapsIntro: string;
  noGaps: string;
  legalItem: string;
  practiceItem: string;
  answerGiven: string;
  respondentNote: string;
  respondentEvidence: string;
  why: string;
  recommendation: string;
  basis: string;
  example: string;
  evidenceNeeded: string;
  inOrderTitle: string;
  inOrderNone: string;
  planTitle: string;
  planIntro: string;
  planCaption: string;
  planCols: { nr: string; action: string; theme: string; priority: string; evidence: string; owner: string; deadline: string };
  priority: { hoog: string; middel: string; laag: string };
  methodTitle: string;
  methodRules: string[];
  priorityRule: string;
  stampTitle: string;
  stamp: { tool: string; questionnaire: string; questionnaireHash: string; answersHash: string; generated: string };
  notApplicable: string;
}

const NL: ReportTexts = {
  documentTitle: (m) => `Zelftest cliëntondersteuning – ${m}`,
  subtitle: "Rapport van de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
  toc: "Inhoud",
  header: { municipality: "Gemeente", respondent: "Ingevuld door", date: "Datum", questionnaire: "Vragenlijst" },
  summaryTitle: "Samenvatting",
  legalVerdict: "Oordeel wettelijke eisen",
  legalScore: "Score wettelijke eisen",
  practiceScore: "Score goede praktijk",
  notAssessed: "niet beoordeeld",
  practiceNotFilled: "niet ingevuld (alleen de wettelijke eisen zijn beantwoord)",
  scoreOutOf: "van 100",
  countsCaption: "Aantal vragen per uitkomst",
  countsStatus: "Uitkomst",
  countsLegal: "Wettelijke eisen",
  countsPractice: "Goede praktijk",
  unanswered: (n) => (n === 1 ? "Eén vraag is niet beantwoord; die telt als onbekend." : `${n} vragen zijn niet beantwoord; die tellen als onbekend.`),
  urgentTitle: "De drie punten die het eerst aandacht vragen",
  noUrgent: "Er zijn geen punten die aandacht vragen.",
  themesTitle: "Per thema",
  themesIntro: "De grafiek toont per thema de score voor de wettelijke eisen (0 tot 100). De tabel geeft ook het oordeel en, als die is ingevuld, de score voor goede praktijk.",
  chartTitle: "Score wettelijke eisen per thema",
  themesCaption: "Oordeel en score per thema",
  chartDesc: (list) => `Staafdiagram. ${list}. Dezelfde cijfers staan in de tabel hieronder.`,
  themeCol: "Thema",
  verdictCol: "Oordeel",
  scoreCol: "Score",
  practiceCol: "Goede praktijk",
  asksCol: "Wat het thema vraagt",
  gapsTitle: "Wat ontbreekt, en wat u kunt doen",
  gapsIntro: "Eerst de wettelijke eisen die niet geregeld zijn, dan wat onbekend is, dan wat deels geregeld is, en daarna goede praktijk.",
  noGaps: "Er ontbreekt niets: alle vragen zijn met Ja beantwoord.",
  legalItem: "Wettelijke eis",
  practiceItem: "Goede praktijk",
  answerGiven: "Antwoord",
  respondentNote: "Toelichting van de invuller",
  respondentEvidence: "Bron van de invuller",
  why: "Waarom dit ertoe doet",
  recommendation: "Aanbeveling",
  basis: "Grondslag",
  example: "Voorbeeld uit de praktijk",
  evidenceNeeded: "Dit laat zien dat het geregeld is",
  inOrderTitle: "Wat op orde is",
  inOrderNone: "Nog geen enkele vraag is met Ja beantwoord.",
  planTitle: "Plan van aanpak",
  planIntro: "Eén actie per punt dat nog niet op orde is, belangrijkste eerst. Vul de eigenaar en de termijn zelf in; de tabel kunt u overnemen in een projectplan.",
  planCaption: "Acties",
  planCols: { nr: "Nr.", action: "Actie", theme: "Thema", priority: "Prioriteit", evidence: "Op te leveren bewijs", owner: "Eigenaar", deadline: "Termijn" },
  priority: { hoog: "Hoog", middel: "Middel", laag: "Laag" },
  methodTitle: "Werkwijze",
  methodRules: [
    "Per vraag: Ja = 1 punt (voldoet); Deels = 0,5 punt (deels); Nee = 0 punten (voldoet niet); Weet niet of niet beantwoord = 0 punten (onbekend).",
    "Oordeel over een groep vragen, het slechtste telt: is er één 'voldoet niet', dan voldoet de groep niet; anders bij één 'onbekend' onbekend; anders bij één 'deels' deels; anders voldoet de groep.",
    "Oordeel en score voor de wettelijke eisen gaan alleen over de wettelijke vragen: in totaal en per thema.",
    "Score = 100 × (som van gewicht × punten) / (som van de gewichten), afgerond op één decimaal.",
    "De score voor goede praktijk gaat alleen over de aanbevelingen, op dezelfde manier; zonder aanbevelingen is er geen score.",
    "Een vraag met een voorwaarde die niet vervuld is, telt niet mee (niet van toepassing).",
  ],
  priorityRule: "Prioriteit in het plan van aanpak: Hoog voor een wettelijke eis die niet geregeld of onbekend is; Middel voor een wettelijke eis die deels geregeld is; Laag voor goede praktijk.",
  stampTitle: "Herhaalbaarheid",
  stamp: { tool: "Gemaakt met", questionnaire: "Vragenlijst", questionnaireHash: "Vingerafdruk vragenlijst (SHA-256)", answersHash: "Vingerafdruk antwoordbestand (SHA-256)", generated: "Gemaakt op" },
  notApplicable: "niet van toepassing",
};

const EN: ReportTexts = {
  documentTitle: (m) => `Client support self-assessment – ${m}`,
  subtitle: "Report of the self-assessment of independent client support (Wmo 2015)",
  toc: "Contents",
  header: { municipality: "Municipality", respondent: "Answered by", date: "Date", questionnaire: "Questionnaire" },
  summaryTitle: "Summary",
  legalVerdict: "Verdict on the legal requirements",
  legalScore: "Legal score",
  practiceScore: "Good-practice score",
  notAssessed: "not assessed",
  practiceNotFilled: "not filled in (only the legal requirements were answered)",
  scoreOutOf: "out of 100",
  countsCaption: "Number of questions per outcome",
  countsStatus: "Outcome",
  countsLegal: "Legal requirements",
  countsPractice: "Good practice",
  unanswered: (n) => (n === 1 ? "One question was not answered; it counts as unknown." : `${n} questions were not answered; they count as unknown.`),
  urgentTitle: "The three points that need attention first",
  noUrgent: "No points need attention.",
  themesTitle: "Per theme",
  themesIntro: "The chart shows the legal score per theme (0 to 100). The table also gives the verdict and, when filled in, the good-practice score.",
  chartTitle: "Legal score per theme",
  themesCaption: "Verdict and score per theme",
  chartDesc: (list) => `Bar chart. ${list}. The same figures are in the table below.`,
  themeCol: "Theme",
  verdictCol: "Verdict",
  scoreCol: "Score",
  practiceCol: "Good practice",
  asksCol: "What the theme asks",
  gapsTitle: "What is missing, and what you can do",
  gapsIntro: "First the legal requirements that are not in place, then what is unknown, then what is partly in place, and then good practice.",
  noGaps: "Nothing is missing: every question was answered Yes.",
  legalItem: "Legal requirement",
  practiceItem: "Good practice",
  answerGiven: "Answer",
  respondentNote: "Respondent's explanation",
  respondentEvidence: "Respondent's source",
  why: "Why this matters",
  recommendation: "Recommendation",
  basis: "Basis",
  example: "Example from practice",
  evidenceNeeded: "This would show it is in place",
  inOrderTitle: "What is in order",
  inOrderNone: "No question has been answered Yes yet.",
  planTitle: "Action plan",
  planIntro: "One action per point that is not yet in order, most important first. Fill in the owner and deadline yourself; the table can be copied into a project plan.",
  planCaption: "Actions",
  planCols: { nr: "No.", action: "Action", theme: "Theme", priority: "Priority", evidence: "Evidence to produce", owner: "Owner", deadline: "Deadline" },
  priority: { hoog: "High", middel: "Medium", laag: "Low" },
  methodTitle: "Method",
  methodRules: [
    "Per question: Yes = 1 point (meets); Partly = 0.5 points (partly); No = 0 points (does not meet); Don't know or not answered = 0 points (unknown).",
    "Verdict over a group of questions, the worst counts: one 'does not meet' and the group does not meet; otherwise one 'unknown' makes it unknown; otherwise one 'partly' makes it partly; otherwise it meets.",
    "The legal verdict and score use only the legal questions: overall and per theme.",
    "Score = 100 × (sum of weight × points) / (sum of weights), rounded to one decimal.",
    "The good-practice score uses only the recommendation items, in the same way; without them there is no score.",
    "A question with a condition that is not met does not count (not applicable).",
  ],
  priorityRule: "Priority in the action plan: High for a legal requirement that is not in place or unknown; Medium for a legal requirement that is partly in place; Low for good practice.",
  stampTitle: "Reproducibility",
  stamp: { tool: "Made with", questionnaire: "Questionnaire", questionnaireHash: "Questionnaire fingerprint (SHA-256)", answersHash: "Answer file fingerprint (SHA-256)", generated: "Generated on" },
  notApplicable: "not applicable",
};

export const REPORT_TEXT: Record<Lang, ReportTexts> = { nl: NL, en: EN };
