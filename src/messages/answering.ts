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

/**
 * The texts below that speak of the legal questions take `vngRows`: whether the questionnaire marks
 * the rows of the VNG zelftest (model/legal-lens.ts marksVngRows, the built-in one does). Then its
 * legal questions are "the law and the VNG zelftest", never all "the law" (docs/scoring.md, "Two
 * lenses on the legal part"); a questionnaire without them has "legal requirements" of its own.
 */
export interface AnsweringTexts {
  /** The first sentence of the welcome: what the self-assessment shows (of no lens: see welcomeLegal). */
  welcomeWhat: string;
  /** What the legal questions are about, as a phrase after "over" / "on": "de wet en de VNG-zelftest". */
  legalPart(vngRows: boolean): string;
  /** How many legal questions, and roughly how long they take. */
  welcomeLegal(legal: number, vngRows: boolean): string;
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
  scopeLegal(n: number, vngRows: boolean): string;
  scopeAll(n: number, vngRows: boolean): string;
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

const NL_PART = (vngRows: boolean) => (vngRows ? "de wet en de VNG-zelftest" : "de wettelijke eisen");
const EN_PART = (vngRows: boolean) => (vngRows ? "the law and the VNG self-assessment" : "the legal requirements");

const NL: AnsweringTexts = {
  welcomeWhat: "Met deze zelftest ziet u hoe de cliëntondersteuning in uw gemeente ervoor staat.",
  legalPart: NL_PART,
  welcomeLegal: (legal, vngRows) =>
    `U beantwoordt ${count("nl", legal, QUESTIONS.nl)} over ${NL_PART(vngRows)} (ongeveer ${answeringMinutes(legal)} minuten).`,
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
  scopeLegal: (n, vngRows) => `Alleen ${NL_PART(vngRows)} (${count("nl", n, QUESTIONS.nl)})`,
  scopeAll: (n, vngRows) =>
    `${vngRows ? "De wet, de VNG-zelftest" : "De wettelijke eisen"} én goede praktijk (${count("nl", n, QUESTIONS.nl)})`,
  themeHeader: (k, n, title) => `Thema ${k} van ${n}: ${title}`,
  questionHeader: (i, n) => `Vraag ${i} van ${n}`,
  why: "Waarom dit ertoe doet",
  check: "Zo gaat u het na",
};

const EN: AnsweringTexts = {
  welcomeWhat: "This self-assessment shows where client support in your municipality stands.",
  legalPart: EN_PART,
  welcomeLegal: (legal, vngRows) =>
    `You answer ${count("en", legal, QUESTIONS.en)} on ${EN_PART(vngRows)} (about ${answeringMinutes(legal)} minutes).`,
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
  scopeLegal: (n, vngRows) => `Only ${EN_PART(vngRows)} (${count("en", n, QUESTIONS.en)})`,
  scopeAll: (n, vngRows) =>
    `${vngRows ? "The law, the VNG self-assessment" : "The legal requirements"} and good practice (${count("en", n, QUESTIONS.en)})`,
  themeHeader: (k, n, title) => `Theme ${k} of ${n}: ${title}`,
  questionHeader: (i, n) => `Question ${i} of ${n}`,
  why: "Why this matters",
  check: "How to check it",
};

export const ANSWERING_TEXT: Record<Lang, AnsweringTexts> = { nl: NL, en: EN };
