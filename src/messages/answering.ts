// Texts that the interview (messages/interview.ts) and the offline form (messages/form.ts) both
// show, defined once: the welcome sentences, the questions about the municipality, the respondent
// and the scope, the headers of a theme and a question, and the parts of "More". Each catalogue
// takes these in and adds its own.
import { ANSWER_LIMITS } from "../model/answer-limits.js";
import type { Lang, Role } from "../model/vocabulary.js";
import { count } from "./intl.js";
import type { PluralForms } from "./intl.js";

/** The longest municipality or respondent name an answer file takes (schemas/answers.schema.json). */
export const NAME_MAX_LENGTH = ANSWER_LIMITS.name;

export interface AnsweringTexts {
  /** The first sentence of the welcome: what the self-assessment shows. */
  welcomeWhat: string;
  /** How many legal questions, and roughly how long they take. */
  welcomeLegal(legal: number): string;
  /** How many good-practice questions follow if wanted, and how long all takes. */
  welcomePractice(legal: number, practice: number): string;
  welcomeDontKnow: string;
  municipalityQuestion: string;
  municipalityRequired: string;
  municipalityTooLong: string;
  nameTooLong: string;
  role: string;
  roleChoices: Record<Role, string>;
  scope: string;
  scopeLegal(n: number): string;
  scopeAll(n: number): string;
  themeHeader(k: number, n: number, title: string): string;
  questionHeader(i: number, n: number): string;
  why: string;
  check: string;
}

/** Rough answering time: about 40 seconds a question, rounded to 5 minutes, at least 10. */
export const answeringMinutes = (questions: number) => Math.max(10, Math.round((questions * 40) / 60 / 5) * 5);

const QUESTIONS: Record<Lang, PluralForms> = {
  nl: { one: "vraag", other: "vragen" },
  en: { one: "question", other: "questions" },
};

const NL: AnsweringTexts = {
  welcomeWhat: "Met deze zelftest ziet u of de cliëntondersteuning in uw gemeente voldoet aan de Wmo 2015.",
  welcomeLegal: (legal) =>
    `U beantwoordt ${count("nl", legal, QUESTIONS.nl)} over de wettelijke eisen (ongeveer ${answeringMinutes(legal)} minuten).`,
  welcomePractice: (legal, practice) =>
    `Als u wilt, volgen ${count("nl", practice, QUESTIONS.nl)} over goede praktijk (samen ongeveer ${answeringMinutes(legal + practice)} minuten).`,
  welcomeDontKnow: 'Weet u een antwoord niet? Kies dan "Weet niet": dat is ook een uitkomst.',
  municipalityQuestion: "Over welke gemeente gaat deze zelftest?",
  municipalityRequired: "Vul de naam van de gemeente in.",
  municipalityTooLong: `De naam van de gemeente mag hoogstens ${NAME_MAX_LENGTH} tekens zijn.`,
  nameTooLong: `De naam mag hoogstens ${NAME_MAX_LENGTH} tekens zijn.`,
  role: "Wie vult de zelftest in?",
  roleChoices: {
    gemeente: "Ik werk bij de gemeente (bijvoorbeeld beleidsmedewerker Wmo)",
    adviesraad: "Ik zit in de Wmo-raad of adviesraad sociaal domein",
    clientorganisatie: "Ik ben van een cliënt- of belangenorganisatie",
    aanbieder: "Ik werk bij een aanbieder van cliëntondersteuning",
    onderzoeker: "Ik doe onderzoek",
    anders: "Anders",
  },
  scope: "Welke vragen wilt u beantwoorden?",
  scopeLegal: (n) => `Alleen de wettelijke eisen (${count("nl", n, QUESTIONS.nl)})`,
  scopeAll: (n) => `De wettelijke eisen én goede praktijk (${count("nl", n, QUESTIONS.nl)})`,
  themeHeader: (k, n, title) => `Thema ${k} van ${n}: ${title}`,
  questionHeader: (i, n) => `Vraag ${i} van ${n}`,
  why: "Waarom dit ertoe doet",
  check: "Zo gaat u het na",
};

const EN: AnsweringTexts = {
  welcomeWhat: "This self-assessment shows whether client support in your municipality meets the Wmo 2015.",
  welcomeLegal: (legal) =>
    `You answer ${count("en", legal, QUESTIONS.en)} on the legal requirements (about ${answeringMinutes(legal)} minutes).`,
  welcomePractice: (legal, practice) =>
    `If you like, ${count("en", practice, QUESTIONS.en)} on good practice follow (about ${answeringMinutes(legal + practice)} minutes in all).`,
  welcomeDontKnow: "Don't know an answer? Choose \"Don't know\": that is a finding too.",
  municipalityQuestion: "Which municipality is this self-assessment about?",
  municipalityRequired: "Enter the name of the municipality.",
  municipalityTooLong: `The name of the municipality can be at most ${NAME_MAX_LENGTH} characters.`,
  nameTooLong: `The name can be at most ${NAME_MAX_LENGTH} characters.`,
  role: "Who is filling in the self-assessment?",
  roleChoices: {
    gemeente: "I work for the municipality (for example as Wmo policy officer)",
    adviesraad: "I am on the Wmo council or social-domain advisory council",
    clientorganisatie: "I am with a client or advocacy organisation",
    aanbieder: "I work for a provider of client support",
    onderzoeker: "I am a researcher",
    anders: "Other",
  },
  scope: "Which questions do you want to answer?",
  scopeLegal: (n) => `Only the legal requirements (${count("en", n, QUESTIONS.en)})`,
  scopeAll: (n) => `The legal requirements and good practice (${count("en", n, QUESTIONS.en)})`,
  themeHeader: (k, n, title) => `Theme ${k} of ${n}: ${title}`,
  questionHeader: (i, n) => `Question ${i} of ${n}`,
  why: "Why this matters",
  check: "How to check it",
};

export const ANSWERING_TEXT: Record<Lang, AnsweringTexts> = { nl: NL, en: EN };
