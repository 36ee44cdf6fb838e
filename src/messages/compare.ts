// Fixed texts of the comparison report, in Dutch and English.
import type { Lang } from "../model/vocabulary.js";

export interface CompareTexts {
  title(municipality: string): string;
  subtitle: string;
  perspectives(labels: string): string;
  trend(from: string, to: string): string;
  datesDiffer: string;
  mixed: string;
  practiceNotCompared: string;
  toc: string;
  filesTitle: string;
  respondent: string;
  date: string;
  verdict: string;
  score: string;
  practiceScore: string;
  agreementTitle: string;
  agreement(agreeing: number, items: number, rate: string): string;
  noAgreement: string;
  themesTitle: string;
  theme: string;
  agendaTitle: string;
  agendaIntro: string;
  noAgenda: string;
  priority: Record<1 | 2 | 3 | 4, string>;
  noteOf(label: string): string;
  trendTitle: string;
  overall: string;
  practice: string;
  from: string;
  to: string;
  change: string;
  improved: string;
  worsened: string;
  open: string;
  none: string;
  allTitle: string;
  item: string;
  agree: string;
  differ: string;
  sameCol: string;
  methodTitle: string;
  method: string[];
}

const NL: CompareTexts = {
  title: (m) => `Vergelijking zelftest cliëntondersteuning – ${m}`,
  subtitle: "Waar de antwoorden overeenkomen en waar niet: een basis voor het gesprek",
  perspectives: (labels) => `Perspectieven naast elkaar: ${labels}.`,
  trend: (from, to) => `Ontwikkeling van ${from} tot ${to}.`,
  datesDiffer: "Let op: de antwoorden zijn op verschillende data gegeven.",
  mixed: "Let op: deze bestanden gaan over verschillende gemeenten of vragenlijsten; ze zijn bewust toch vergeleken.",
  practiceNotCompared: "Goede praktijk is niet in elk bestand ingevuld en wordt daarom niet vergeleken; de vergelijking gaat over de wettelijke eisen.",
  toc: "Inhoud",
  filesTitle: "De bestanden",
  respondent: "Ingevuld door",
  date: "Datum",
  verdict: "Oordeel wettelijke eisen",
  score: "Score",
  practiceScore: "Goede praktijk",
  agreementTitle: "Overeenstemming",
  agreement: (a, n, rate) => `De antwoorden zijn gelijk bij ${a} van de ${n} vragen die iemand beantwoordde (${rate}).`,
  noAgreement: "Geen enkele vraag is beantwoord.",
  themesTitle: "Per thema",
  theme: "Thema",
  agendaTitle: "Gespreksagenda",
  agendaIntro: "De vragen waarop de antwoorden verschillen, belangrijkste eerst: eerst wettelijke eisen waar de een Ja zegt en de ander Nee of Weet niet.",
  noAgenda: "De antwoorden verschillen nergens.",
  priority: {
    1: "wettelijke eis, Ja tegenover Nee of Weet niet",
    2: "wettelijke eis, ander verschil",
    3: "goede praktijk, Ja tegenover Nee of Weet niet",
    4: "goede praktijk, ander verschil",
  },
  noteOf: (label) => `Toelichting ${label}`,
  trendTitle: "Ontwikkeling",
  overall: "Wettelijke eisen, totaal",
  practice: "Goede praktijk, totaal",
  from: "Van",
  to: "Naar",
  change: "Verschil",
  improved: "Verbeterd",
  worsened: "Verslechterd",
  open: "Nog open",
  none: "Geen.",
  allTitle: "Alle antwoorden naast elkaar",
  item: "Vraag",
  agree: "gelijk",
  sameCol: "Gelijk?",
  differ: "verschilt",
  methodTitle: "Werkwijze",
  method: [
    "Elk bestand is gescoord zoals de zelftest dat doet; zie de README.",
    "Overeenstemming: het aandeel van de vragen die minstens één invuller beantwoordde, waarop alle antwoorden gelijk zijn (niet beantwoord telt als een eigen antwoord).",
    "Volgorde van de gespreksagenda: 1 wettelijke eisen waar de een Ja zegt en een ander Nee, Weet niet of niets; 2 andere verschillen bij wettelijke eisen; 3 en 4 hetzelfde voor goede praktijk. Binnen een groep in de volgorde van de vragenlijst.",
    "Ontwikkeling: van het oudste naar het nieuwste bestand. Verbeterd of verslechterd volgens de volgorde voldoet niet < onbekend < deels < voldoet.",
  ],
};

const EN: CompareTexts = {
  title: (m) => `Self-assessment comparison – ${m}`,
  subtitle: "Where the answers agree and where they do not: a basis for the conversation",
  perspectives: (labels) => `Perspectives side by side: ${labels}.`,
  trend: (from, to) => `Development from ${from} to ${to}.`,
  datesDiffer: "Note: the answers were given on different dates.",
  mixed: "Note: these files concern different municipalities or questionnaires; they were compared on purpose.",
  practiceNotCompared: "Good practice is not filled in in every file, so it is not compared; the comparison covers the legal requirements.",
  toc: "Contents",
  filesTitle: "The files",
  respondent: "Answered by",
  date: "Date",
  verdict: "Legal verdict",
  score: "Score",
  practiceScore: "Good practice",
  agreementTitle: "Agreement",
  agreement: (a, n, rate) => `The answers are the same for ${a} of the ${n} questions anyone answered (${rate}).`,
  noAgreement: "No question was answered.",
  themesTitle: "Per theme",
  theme: "Theme",
  agendaTitle: "Conversation agenda",
  agendaIntro: "The questions on which the answers differ, most important first: first legal requirements where one says Yes and another No or Don't know.",
  noAgenda: "The answers differ nowhere.",
  priority: {
    1: "legal requirement, Yes against No or Don't know",
    2: "legal requirement, other difference",
    3: "good practice, Yes against No or Don't know",
    4: "good practice, other difference",
  },
  noteOf: (label) => `Explanation ${label}`,
  trendTitle: "Development",
  overall: "Legal requirements, overall",
  practice: "Good practice, overall",
  from: "From",
  to: "To",
  change: "Change",
  improved: "Improved",
  worsened: "Worsened",
  open: "Still open",
  none: "None.",
  allTitle: "All answers side by side",
  item: "Question",
  agree: "same",
  sameCol: "Same?",
  differ: "differs",
  methodTitle: "Method",
  method: [
    "Every file was scored as the self-assessment does; see the README.",
    "Agreement: the share of the questions answered by at least one respondent on which all answers are the same (not answered counts as an answer of its own).",
    "Order of the conversation agenda: 1 legal requirements where one says Yes and another No, Don't know or nothing; 2 other differences on legal requirements; 3 and 4 the same for good practice. Within a group in questionnaire order.",
    "Development: from the oldest to the newest file. Improved or worsened by the order does not meet < unknown < partly < meets.",
  ],
};

export const COMPARE_TEXT: Record<Lang, CompareTexts> = { nl: NL, en: EN };
