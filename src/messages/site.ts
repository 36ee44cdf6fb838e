// The words of the static site (`npm run site`, scripts/build-site.mjs): the landing page, the
// pages around the handleiding and the blank paper questionnaire. The landing page is Dutch; the
// English texts serve the English paper questionnaire and a reader who switches.
import type { Lang } from "../model/vocabulary.js";

export interface SiteTexts {
  readonly siteTitle: string;
  readonly lead: string;
  readonly whatTitle: string;
  readonly what: readonly string[];
  readonly whoTitle: string;
  readonly who: readonly string[];
  readonly startTitle: string;
  readonly openForm: string;
  readonly openFormNote: string;
  readonly downloadForm: string;
  readonly downloadFormNote: string;
  readonly paper: string;
  readonly paperNote: string;
  readonly guide: string;
  readonly guideNote: string;
  readonly otherLanguage: string;
  readonly otherLanguageNote: string;
  readonly privacyTitle: string;
  readonly privacy: string;
  readonly toolTitle: string;
  readonly tool: string;
  readonly backHome: string;
  readonly paperTitle: string;
  readonly paperIntro: string;
  readonly paperDetails: readonly string[];
  readonly paperNoteLabel: string;
  readonly paperCondition: (question: number, answers: readonly string[]) => string;
  readonly paperPrint: string;
}

const nl: SiteTexts = {
  siteTitle: "Zelftest cliëntondersteuning",
  lead: "Gaat uw gemeente goed om met onafhankelijke cliëntondersteuning? Met deze zelftest ziet u wat geregeld is volgens de Wmo 2015, wat ontbreekt en wat u eraan kunt doen.",
  whatTitle: "Wat is de zelftest?",
  what: [
    "Een vragenlijst over onafhankelijke cliëntondersteuning: de wettelijke eisen uit de Wmo 2015 en goede praktijk.",
    "Het is de opvolger van de Zelftest cliëntondersteuning van de VNG uit 2015.",
    "Na het invullen ziet u de uitslag en een rapport met een plan van aanpak.",
  ],
  whoTitle: "Voor wie?",
  who: [
    "Beleidsmedewerkers Wmo die hun gemeente doorlichten.",
    "Wmo-adviesraden en cliëntorganisaties, alleen of samen aan tafel.",
    "Onderzoekers die veel antwoordbestanden vergelijken.",
  ],
  startTitle: "Aan de slag",
  openForm: "Open het formulier",
  openFormNote: "Vul het direct in deze browser in. Uw antwoorden blijven op uw computer.",
  downloadForm: "Download het formulier",
  downloadFormNote: "Eén bestand om te mailen of op het intranet te zetten. Het werkt zonder internet.",
  paper: "Lege vragenlijst op papier",
  paperNote: "Om af te drukken, bijvoorbeeld voor een vergadering.",
  guide: "Handleiding",
  guideNote: "Stap voor stap, voor de beleidsmedewerker, de adviesraad en de onderzoeker.",
  otherLanguage: "English form",
  otherLanguageNote: "The self-assessment in English.",
  privacyTitle: "Uw antwoorden",
  privacy:
    "Deze pagina's versturen niets en laden niets van andere websites. Het formulier bewaart uw antwoorden alleen in uw eigen browser en, als u dat kiest, in een antwoordbestand op uw computer.",
  toolTitle: "Met de opdrachtregel",
  tool: "Formulieren maken, antwoorden vergelijken en rapporten maken doet u met het programma zelftest (Node.js 22 of 24): npx zelftest. Zie de handleiding.",
  backHome: "Terug naar de startpagina",
  paperTitle: "Vragenlijst op papier",
  paperIntro:
    "Kruis per vraag één antwoord aan. Schrijf op de lijnen wat u erbij wilt zeggen, en waar het staat (de bron).",
  paperDetails: ["Gemeente", "Ingevuld door", "Datum"],
  paperNoteLabel: "Toelichting en bron",
  paperCondition: (question, answers) =>
    `Alleen invullen als het antwoord op vraag ${question} ${answers.map((a) => `‘${a}’`).join(" of ")} was.`,
  paperPrint: "Druk deze pagina af met Ctrl+P (op een Mac: Cmd+P).",
};

const en: SiteTexts = {
  siteTitle: "Client support self-assessment",
  lead: "Does your municipality arrange independent client support well? This self-assessment shows what is in place under the Wmo 2015, what is missing and what you can do about it.",
  whatTitle: "What is the self-assessment?",
  what: [
    "A questionnaire about independent client support: the legal requirements of the Wmo 2015 and good practice.",
    "It succeeds the VNG Zelftest cliëntondersteuning of 2015.",
    "After answering you see the result and a report with a plan of approach.",
  ],
  whoTitle: "For whom?",
  who: [
    "Wmo policy officers reviewing their municipality.",
    "Wmo advisory councils and client organisations, alone or together at the table.",
    "Researchers comparing many answer files.",
  ],
  startTitle: "Get started",
  openForm: "Open the form",
  openFormNote: "Fill it in right here in this browser. Your answers stay on your computer.",
  downloadForm: "Download the form",
  downloadFormNote: "One file to mail or to put on the intranet. It works without internet.",
  paper: "Blank questionnaire on paper",
  paperNote: "To print, for example for a meeting.",
  guide: "Guide (Dutch)",
  guideNote: "Step by step, for the policy officer, the advisory council and the researcher.",
  otherLanguage: "Nederlands formulier",
  otherLanguageNote: "De zelftest in het Nederlands.",
  privacyTitle: "Your answers",
  privacy:
    "These pages send nothing and load nothing from other websites. The form keeps your answers only in your own browser and, if you choose, in an answer file on your computer.",
  toolTitle: "On the command line",
  tool: "Making forms, comparing answers and writing reports is done with the zelftest program (Node.js 22 or 24): npx zelftest. See the guide.",
  backHome: "Back to the start page",
  paperTitle: "Questionnaire on paper",
  paperIntro:
    "Tick one answer per question. Write on the lines what you want to add, and where it is written down (the source).",
  paperDetails: ["Municipality", "Answered by", "Date"],
  paperNoteLabel: "Note and source",
  paperCondition: (question, answers) =>
    `Only answer if the answer to question ${question} was ${answers.map((a) => `‘${a}’`).join(" or ")}.`,
  paperPrint: "Print this page with Ctrl+P (on a Mac: Cmd+P).",
};

export const SITE_TEXT: Record<Lang, SiteTexts> = { nl, en };
