// Labels for the closed vocabularies and the short texts of the terminal output, in Dutch and English.
import type { AnswerValue, ItemStatus, Lang, Level, Role, Verdict } from "../model/vocabulary.js";
import { count, plural } from "./intl.js";
import type { PluralForms } from "./intl.js";

const question: Record<Lang, PluralForms> = {
  nl: { one: "vraag", other: "vragen" },
  en: { one: "question", other: "questions" },
};

export const ANSWER_LABEL: Record<Lang, Record<AnswerValue | "none", string>> = {
  nl: { ja: "Ja", deels: "Deels", nee: "Nee", "weet-niet": "Weet niet", none: "Niet beantwoord" },
  en: { ja: "Yes", deels: "Partly", nee: "No", "weet-niet": "Don't know", none: "Not answered" },
};

/** The level of an item, as a label: the one wording wherever a question's kind is named. */
export const LEVEL_LABEL: Record<Lang, Record<Level, string>> = {
  nl: { wettelijk: "Wettelijke eis", aanbeveling: "Goede praktijk" },
  en: { wettelijk: "Legal requirement", aanbeveling: "Good practice" },
};

export const STATUS_LABEL: Record<Lang, Record<ItemStatus, string>> = {
  nl: {
    voldoet: "voldoet",
    deels: "deels",
    onbekend: "onbekend",
    "voldoet-niet": "voldoet niet",
    "niet-van-toepassing": "niet van toepassing",
  },
  en: {
    voldoet: "meets",
    deels: "partly",
    onbekend: "unknown",
    "voldoet-niet": "does not meet",
    "niet-van-toepassing": "not applicable",
  },
};

export const VERDICT_MEANING: Record<Lang, Record<Verdict, string>> = {
  nl: {
    voldoet: "Alle eisen zijn geregeld en vastgelegd.",
    deels: "Geen eis ontbreekt, maar een deel is maar half geregeld of niet op papier vastgelegd.",
    onbekend: "Geen eis ontbreekt zeker, maar van een of meer eisen is niet bekend of ze geregeld zijn.",
    "voldoet-niet": "Minstens één eis is niet geregeld.",
  },
  en: {
    voldoet: "All requirements are in place and recorded.",
    deels: "No requirement is missing, but some are only partly in place or not recorded.",
    onbekend: "No requirement is known to be missing, but for one or more it is not known whether they are in place.",
    "voldoet-niet": "At least one requirement is not in place.",
  },
};

export const ROLE_LABEL: Record<Lang, Record<Role, string>> = {
  nl: {
    gemeente: "gemeente",
    adviesraad: "adviesraad",
    clientorganisatie: "cliëntorganisatie",
    aanbieder: "aanbieder",
    onderzoeker: "onderzoeker",
    anders: "anders",
  },
  en: {
    gemeente: "municipality",
    adviesraad: "advisory council",
    clientorganisatie: "client organisation",
    aanbieder: "provider",
    onderzoeker: "researcher",
    anders: "other",
  },
};

export { formatDate, formatScore } from "./intl.js";

/** The short texts of the terminal output; every language has every text (a missing one is a type error). */
export interface UiTexts {
  title: string;
  answeredBy: string;
  questionnaire: string;
  legal: string;
  /** The law lens's line (lawVerdict, lawScore). */
  law: string;
  /** The VNG lens's line (verdict, score) when the questionnaire marks the VNG rows. */
  vng: string;
  practice: string;
  scoreOf: string;
  noPractice: string;
  practiceNotFilled: string;
  perTheme: string;
  verdict: string;
  score: string;
  missing: string;
  nothingMissing: string;
  practiceGaps(n: number, total: number): string;
  answered(n: number, total: number): string;
  nextStep: string;
  valid: string;
  validAnswers(n: number, total: number): string;
  validQuestionnaire(themes: number, items: number): string;
  errorsIn(n: number): string;
  fix: string;
  error: string;
  moreErrors(n: number): string;
  internal: string;
}

export const UI: Record<Lang, UiTexts> = {
  nl: {
    title: "Zelftest cliëntondersteuning",
    answeredBy: "Ingevuld door",
    questionnaire: "vragenlijst",
    legal: "Wettelijke eisen",
    law: "Wet",
    vng: "VNG-zelftest",
    practice: "Goede praktijk",
    scoreOf: "van 100",
    noPractice: "niet beoordeeld (geen vragen over goede praktijk van toepassing)",
    practiceNotFilled: "niet ingevuld (alleen de wettelijke vragen zijn beantwoord)",
    perTheme: "Per thema",
    verdict: "oordeel",
    score: "score",
    missing: "Wat ontbreekt bij de wet en de VNG-zelftest",
    nothingMissing: "Alle eisen uit de wet en de VNG-zelftest zijn op orde.",
    practiceGaps: (n: number, total: number) =>
      `Goede praktijk: ${n} van de ${total} aanbevelingen ${plural("nl", n, { one: "is", other: "zijn" })} nog niet (helemaal) op orde.`,
    answered: (n: number, total: number) => `${n} van de ${count("nl", total, question.nl)} beantwoord.`,
    nextStep: "Meer weten? Het rapport met aanbevelingen:",
    valid: "geldig",
    validAnswers: (n: number, total: number) =>
      `geldig antwoordbestand (${n} van ${count("nl", total, question.nl)} beantwoord)`,
    validQuestionnaire: (themes: number, items: number) =>
      `geldige vragenlijst (${count("nl", themes, { one: "thema", other: "thema's" })}, ${count("nl", items, question.nl)})`,
    errorsIn: (n: number) => count("nl", n, { one: "probleem", other: "problemen" }),
    fix: "Oplossing",
    error: "fout",
    moreErrors: (n: number) => `… en nog ${count("nl", n, { one: "probleem", other: "problemen" })}.`,
    internal:
      "Er ging iets mis in zelftest zelf. Meld dit graag, met de opdracht die u gaf. Met --debug ziet u de details.",
  },
  en: {
    title: "Client support self-assessment",
    answeredBy: "Answered by",
    questionnaire: "questionnaire",
    legal: "Legal requirements",
    law: "Law",
    vng: "VNG self-assessment",
    practice: "Good practice",
    scoreOf: "out of 100",
    noPractice: "not assessed (no good-practice items apply)",
    practiceNotFilled: "not filled in (only the legal questions were answered)",
    perTheme: "Per theme",
    verdict: "verdict",
    score: "score",
    missing: "What is missing: the law and the VNG self-assessment",
    nothingMissing: "All requirements of the law and the VNG self-assessment are in order.",
    practiceGaps: (n: number, total: number) =>
      `Good practice: ${n} of the ${total} recommendations ${plural("en", n, { one: "is", other: "are" })} not (fully) in order yet.`,
    answered: (n: number, total: number) => `${n} of ${count("en", total, question.en)} answered.`,
    nextStep: "Want to know more? The report with recommendations:",
    valid: "valid",
    validAnswers: (n: number, total: number) =>
      `valid answer file (${n} of ${count("en", total, question.en)} answered)`,
    validQuestionnaire: (themes: number, items: number) =>
      `valid questionnaire (${count("en", themes, { one: "theme", other: "themes" })}, ${count("en", items, { one: "item", other: "items" })})`,
    errorsIn: (n: number) => count("en", n, { one: "problem", other: "problems" }),
    fix: "Fix",
    error: "error",
    moreErrors: (n: number) => `… and ${count("en", n, { one: "more problem", other: "more problems" })}.`,
    internal:
      "Something went wrong inside zelftest. Please report it with the command you gave. Use --debug for details.",
  },
};
