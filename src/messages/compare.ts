// Fixed texts of the comparison report, in Dutch and English.
import type { KindReason } from "../model/comparison-kind.js";
import type { Lang } from "../model/vocabulary.js";
import { count, plural } from "./intl.js";

export interface CompareTexts {
  title(municipality: string): string;
  subtitle: string;
  perspectives(labels: string): string;
  trend(from: string, to: string): string;
  datesDiffer: string;
  /** Why the comparison is of its kind, when it was not asked for. */
  kindChosen: Record<Exclude<KindReason, "asked">, string>;
  /** How to ask for the other kind on the command line. */
  kindSwitch: { perspectives: string; trend: string };
  /** "adviesraad (Wmo-adviesraad), groep van 4". */
  groupOf(n: number): string;
  rowVotes: string;
  rowDissent: string;
  /** A minority that did not know: how the item was decided. */
  weighed(unknown: number, files: number, known: number): string;
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
  blocksIntro: string;
  agreeMissingTitle: string;
  agreeMissingIntro: string;
  noAgreeMissing: string;
  disagreeTitle: string;
  disagreeIntro: string;
  noDisagree: string;
  shareTitle: string;
  shareIntro: string;
  noShare: string;
  rowAnswer: string;
  rowNote: string;
  rowEvidence: string;
  action: string;
  check: string;
  legalBasis: string;
  distance(d: number): string;
  distanceLabel: string;
  direction: { beter: string; slechter: string; gelijk: string };
  directionCol: string;
  trendIntro: string;
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
  kindChosen: {
    "roles-differ": "Perspectieven naast elkaar, omdat de bestanden in verschillende rollen zijn ingevuld.",
    "respondents-differ":
      "Perspectieven naast elkaar, omdat de bestanden van verschillende invullers zijn (andere namen, of een groep naast een persoon), ook al zijn ze op verschillende data ingevuld.",
    "same-date": "Perspectieven naast elkaar, omdat bestanden dezelfde datum hebben.",
    "one-respondent-over-time": "Ontwikkeling door de tijd, omdat dezelfde invuller op verschillende data antwoordde.",
  },
  kindSwitch: {
    perspectives: "Wilt u ze als perspectieven naast elkaar zien? Geef --perspectives.",
    trend: "Wilt u de ontwikkeling door de tijd zien? Geef --trend.",
  },
  groupOf: (n) => `groep van ${n}`,
  rowVotes: "Stemmen",
  rowDissent: "Anders geantwoord",
  weighed: (unknown, files, known) =>
    `${unknown} van de ${files} ${plural("nl", unknown, { one: "zei", other: "zeiden" })} Weet niet of ${plural("nl", unknown, { one: "liet", other: "lieten" })} de vraag open; beslist door de ${count("nl", known, { one: "invuller", other: "invullers" })} die het ${plural("nl", known, { one: "wist", other: "wisten" })}.`,
  mixed: "Let op: deze bestanden gaan over verschillende gemeenten of vragenlijsten; ze zijn bewust toch vergeleken.",
  practiceNotCompared:
    "Goede praktijk is niet in elk bestand ingevuld en wordt daarom niet vergeleken; de vergelijking gaat over de wettelijke eisen.",
  toc: "Inhoud",
  filesTitle: "De bestanden",
  respondent: "Ingevuld door",
  date: "Datum",
  verdict: "Oordeel VNG-zelftest (de lezing van de wet door de VNG, 2015)",
  score: "Score",
  practiceScore: "Goede praktijk",
  agreementTitle: "Overeenstemming",
  agreement: (a, n, rate) => `De antwoorden zijn gelijk bij ${a} van de ${n} vragen die iemand beantwoordde (${rate}).`,
  noAgreement: "Geen enkele vraag is beantwoord.",
  themesTitle: "Per thema",
  theme: "Thema",
  agendaTitle: "Gespreksagenda",
  agendaIntro:
    "De vragen waarop de antwoorden verschillen, belangrijkste eerst: eerst wettelijke eisen waar de een Ja zegt en de ander Nee of Weet niet.",
  noAgenda: "De antwoorden verschillen nergens.",
  priority: {
    1: "wettelijke eis, Ja tegenover Nee of Weet niet",
    2: "wettelijke eis, ander verschil",
    3: "goede praktijk, Ja tegenover Nee of Weet niet",
    4: "goede praktijk, ander verschil",
  },
  noteOf: (label) => `Toelichting ${label}`,
  blocksIntro:
    "Het gesprek in drie stappen: eerst wat iedereen ziet ontbreken, dan waar de meningen verschillen, dan wat de een weet en de ander niet.",
  agreeMissingTitle: "Samen eens: dit ontbreekt",
  agreeMissingIntro:
    "Wie het wist, antwoordde Nee of Deels. Hier hoeft niemand overtuigd te worden: spreek af wie wat doet.",
  noAgreeMissing: "Er is geen punt waarvan iedereen zegt dat het ontbreekt.",
  disagreeTitle: "Verschil van mening",
  disagreeIntro:
    "Wie het wist, gaf een antwoord, maar niet hetzelfde. Wettelijke eisen eerst, daarbinnen wat het verst uit elkaar ligt. De toelichtingen staan naast elkaar.",
  noDisagree: "Er is geen punt waarover de meningen verschillen.",
  shareTitle: "Informatie delen",
  shareIntro:
    "Minstens de helft van de invullers wist het antwoord niet. Vaak is één document of één vraag genoeg: dit kunt u delen of opvragen.",
  noShare: "Iedereen wist op elke vraag een antwoord.",
  rowAnswer: "Antwoord",
  rowNote: "Toelichting",
  rowEvidence: "Bron",
  action: "Af te spreken actie",
  check: "Wat te delen of na te gaan",
  legalBasis: "Waar de eis op rust",
  distance: (d) => (d >= 1 ? "ver uit elkaar (Ja tegenover Nee)" : "één stap uit elkaar"),
  distanceLabel: "Hoe ver uit elkaar",
  direction: { beter: "beter", slechter: "slechter", gelijk: "gelijk" },
  directionCol: "Beter of slechter?",
  trendIntro: "Per thema en per vraag: beter, slechter of gelijk, van het oudste naar het nieuwste bestand.",
  trendTitle: "Ontwikkeling",
  overall: "VNG-zelftest, totaal",
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
    "Een vraag wordt beslist door de invullers die Ja, Deels of Nee antwoordden, als dat er meer zijn dan de invullers die Weet niet zeiden of de vraag openlieten; bij de vraag staat dan hoeveel het niet wisten. Eén Weet niet naast drie antwoorden verandert dus niets aan het blok; naast één antwoord wel: dan komt de vraag onder Informatie delen.",
    "Samen eens: de antwoorden van wie het wist, zijn allemaal Nee of Deels. Verschil van mening: die antwoorden verschillen, en niet alle Nee of Deels; wettelijke eisen eerst, dan op afstand (Ja = 1, Deels = ½, Nee = 0: het verschil tussen hoogste en laagste antwoord), dan in de volgorde van de vragenlijst. Informatie delen: minstens de helft zei Weet niet of liet de vraag open.",
    "Een groepsantwoord (zelftest samenvoegen) telt als één stem: het antwoord van de groep. Onder de vraag staan de stemmen van de leden en wie anders antwoordde.",
    "Ontwikkeling: van het oudste naar het nieuwste bestand. Beter of slechter volgens de volgorde voldoet niet < onbekend < deels < voldoet; een thema volgens zijn score, of zijn oordeel als er geen score is.",
  ],
};

const EN: CompareTexts = {
  title: (m) => `Self-assessment comparison – ${m}`,
  subtitle: "Where the answers agree and where they do not: a basis for the conversation",
  perspectives: (labels) => `Perspectives side by side: ${labels}.`,
  trend: (from, to) => `Development from ${from} to ${to}.`,
  datesDiffer: "Note: the answers were given on different dates.",
  kindChosen: {
    "roles-differ": "Perspectives side by side, because the files were answered in different roles.",
    "respondents-differ":
      "Perspectives side by side, because the files are from different respondents (other names, or a group beside a person), even though they were answered on different dates.",
    "same-date": "Perspectives side by side, because some files have the same date.",
    "one-respondent-over-time": "Development over time, because the same respondent answered on different dates.",
  },
  kindSwitch: {
    perspectives: "To see them as perspectives side by side, give --perspectives.",
    trend: "To see the development over time, give --trend.",
  },
  groupOf: (n) => `group of ${n}`,
  rowVotes: "Votes",
  rowDissent: "Answered differently",
  weighed: (unknown, files, known) =>
    `${unknown} of the ${files} said Don't know or left it open; decided by the ${count("en", known, { one: "respondent", other: "respondents" })} who knew.`,
  mixed: "Note: these files concern different municipalities or questionnaires; they were compared on purpose.",
  practiceNotCompared:
    "Good practice is not filled in in every file, so it is not compared; the comparison covers the legal requirements.",
  toc: "Contents",
  filesTitle: "The files",
  respondent: "Answered by",
  date: "Date",
  verdict: "Verdict on the VNG self-assessment (the VNG's reading of the law, 2015)",
  score: "Score",
  practiceScore: "Good practice",
  agreementTitle: "Agreement",
  agreement: (a, n, rate) => `The answers are the same for ${a} of the ${n} questions anyone answered (${rate}).`,
  noAgreement: "No question was answered.",
  themesTitle: "Per theme",
  theme: "Theme",
  agendaTitle: "Conversation agenda",
  agendaIntro:
    "The questions on which the answers differ, most important first: first legal requirements where one says Yes and another No or Don't know.",
  noAgenda: "The answers differ nowhere.",
  priority: {
    1: "legal requirement, Yes against No or Don't know",
    2: "legal requirement, other difference",
    3: "good practice, Yes against No or Don't know",
    4: "good practice, other difference",
  },
  noteOf: (label) => `Explanation ${label}`,
  blocksIntro:
    "The conversation in three steps: first what everyone sees missing, then where opinions differ, then what one side knows and the other does not.",
  agreeMissingTitle: "Agreed: this is missing",
  agreeMissingIntro: "Those who knew answered No or Partly. Nobody needs convincing here: agree who does what.",
  noAgreeMissing: "There is no point everyone says is missing.",
  disagreeTitle: "Difference of opinion",
  disagreeIntro:
    "Those who knew answered, but not the same. Legal requirements first, within them what lies farthest apart. The explanations are side by side.",
  noDisagree: "There is no point on which opinions differ.",
  shareTitle: "Sharing information",
  shareIntro:
    "At least half of the respondents did not know the answer. Often one document or one question is enough: this is what to share or ask for.",
  noShare: "Everyone knew an answer to every question.",
  rowAnswer: "Answer",
  rowNote: "Explanation",
  rowEvidence: "Source",
  action: "Action to agree on",
  check: "What to share or check",
  legalBasis: "What it rests on",
  distance: (d) => (d >= 1 ? "far apart (Yes against No)" : "one step apart"),
  distanceLabel: "How far apart",
  direction: { beter: "better", slechter: "worse", gelijk: "the same" },
  directionCol: "Better or worse?",
  trendIntro: "Per theme and per question: better, worse or the same, from the oldest to the newest file.",
  trendTitle: "Development",
  overall: "VNG self-assessment, overall",
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
    "A question is decided by the respondents who answered Yes, Partly or No when they are more than those who said Don't know or left it open; the question then says how many did not know. So one Don't know beside three answers does not change the block; beside one answer it does: the question then goes under Sharing information.",
    "Agreed: the answers of those who knew are all No or Partly. Difference of opinion: those answers differ, not all No or Partly; legal requirements first, then by distance (Yes = 1, Partly = ½, No = 0: the gap between the highest and lowest answer), then in questionnaire order. Sharing information: at least half said Don't know or left the question open.",
    "A group answer (zelftest merge) counts as one voice: the group's answer. Under the question are the members' votes and who answered differently.",
    "Development: from the oldest to the newest file. Better or worse by the order does not meet < unknown < partly < meets; a theme by its score, or its verdict when it has no score.",
  ],
};

export const COMPARE_TEXT: Record<Lang, CompareTexts> = { nl: NL, en: EN };
