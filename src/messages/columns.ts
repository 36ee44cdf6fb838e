// The labels of the research outputs' columns (`batch --format csv`, `csv-long`; their codebook
// and SPSS syntax) and of the values a column can take, in Dutch and English. The codebook shows
// both languages side by side, so a column carries both (report/columns/column.ts `label`). The
// columns themselves, in their order, are in report/columns/.
import type { AnswerValue, Lang } from "../model/vocabulary.js";
import { ANSWER_LABEL, LEVEL_LABEL } from "./ui.js";

export interface ColumnTexts {
  // About the file.
  file: string;
  fileIdWide: string;
  fileIdLong: string;
  fileValid: string;
  municipality: string;
  gemeentecode: string;
  role: string;
  date: string;
  year: string;
  questionnaireOfFile: string;
  answersVersion: string;
  answersSha256: string;
  error: string;
  errorCode: string;
  newerItems: string;
  groupSize: string;
  municipalityWritten: string;
  unknownCode: string;
  respondentName: string;
  meta(key: string): string;
  // Where the numbers come from.
  questionnaireId: string;
  questionnaireVersion: string;
  questionnaireSha256: string;
  toolVersion: string;
  // A file's result.
  verdict: string;
  score: string;
  practiceVerdict: string;
  practiceScore: string;
  practiceFilled: string;
  lawVerdict: string;
  lawScore: string;
  themeVerdict(theme: string): string;
  themeScore(theme: string): string;
  themePracticeScore(theme: string): string;
  /** The counts of one kind of question; `what` is vngItems or practiceItems. */
  nAnswered(what: string): string;
  nWeetNiet(what: string): string;
  nUnanswered(what: string): string;
  nNotApplicable(what: string): string;
  vngItems: string;
  practiceItems: string;
  // One item of one file (long CSV).
  theme: string;
  item: string;
  level: string;
  answer: string;
  itemStatus: string;
  points: string;
  hasNote: string;
  hasEvidence: string;
  weight: string;
  inScore: string;
  inLawScore: string;
  votes(answer: AnswerValue): string;
  nDissent: string;
  dissent: string;
  note: string;
  evidence: string;
  // One municipality × year × role (panel).
  panelMunicipality: string;
  panelFiles: string;
  /** `lens` is vngLens or lawLens; `verdict` the verdict's label. */
  panelVerdicts(lens: string, verdict: string): string;
  panelMeanScore(lens: string): string;
  vngLens: string;
  lawLens: string;
  panelPracticeFiles: string;
  panelMeanPracticeScore: string;
  panelThemeMeanScore(theme: string): string;
  /** Labels of values. */
  values: {
    valid: string;
    invalid: string;
    yes: string;
    no: string;
    notAnswered: string;
    notAsked: string;
    legal: string;
    practice: string;
  };
}

const NL: ColumnTexts = {
  panelMunicipality:
    "Gemeente zoals samengenomen: op gemeentecode, anders op naam (een bestand zonder code bij de code van bestanden met dezelfde naam); de officiële naam als een gemeentelijst is gebruikt",
  panelFiles: "Aantal geldige bestanden van deze gemeente, dit jaar en deze rol (een groepsantwoord telt als één)",
  panelVerdicts: (lens, verdict) => `Aantal bestanden met oordeel ${lens} '${verdict}'`,
  panelMeanScore: (lens) =>
    `Gemiddelde score ${lens} (0-100) over de bestanden: het gemiddelde van hun onafgeronde scores, op vier decimalen`,
  vngLens: "VNG-zelftest",
  lawLens: "wet",
  panelPracticeFiles: "Aantal bestanden waarin goede praktijk is ingevuld (minstens één vraag beantwoord)",
  panelMeanPracticeScore:
    "Gemiddelde score goede praktijk (0-100), alleen over de bestanden waarin die is ingevuld, van hun onafgeronde scores, op vier decimalen; leeg als in geen enkel",
  panelThemeMeanScore: (theme) =>
    `Gemiddelde score VNG-zelftest, thema ${theme} (onafgerond gemiddeld, op vier decimalen; leeg als geen vraag van dit thema van toepassing was)`,
  file: "Antwoordbestand (pad zoals opgegeven; alleen met --include-paths, anders leeg)",
  fileIdWide: "Volgnummer van het bestand in deze batch (1, 2, …; gesorteerd op pad); koppelt aan csv-long",
  fileIdLong: "Volgnummer van het bestand in deze batch (1, 2, …; gesorteerd op pad); koppelt aan de brede csv",
  fileValid: "Of het bestand geldig is en gescoord",
  municipality: "Gemeente (officiële naam als een gemeentelijst is gebruikt)",
  gemeentecode: "CBS-gemeentecode (GM + 4 cijfers), uit het bestand of de gemeentelijst",
  role: "Rol van de invuller",
  date: "Datum van de zelftest",
  year: "Jaar van de zelftest (uit date)",
  questionnaireOfFile:
    "Id van de vragenlijst volgens het antwoordbestand (bij een geldig bestand die waarmee is gescoord; leeg als het niet te lezen is)",
  answersVersion: "Versie van de vragenlijst volgens het antwoordbestand",
  answersSha256: "Vingerafdruk (SHA-256) van het antwoordbestand",
  error: "Eerste probleem van een ongeldig bestand: code:regel:kolom en uitleg",
  errorCode: "Code van het eerste probleem van een ongeldig bestand",
  newerItems:
    "Aantal beantwoorde vragen die pas in een nieuwere versie van de vragenlijst kwamen dan het bestand opgeeft (answers_version); 0 als geen; leeg bij een ongeldig bestand",
  groupSize:
    "Groepsantwoord: aantal leden (samengevoegde antwoordbestanden) waaruit het is gemaakt; leeg voor de antwoorden van één invuller",
  municipalityWritten:
    "Gemeente zoals in het antwoordbestand geschreven, als de gemeentelijst die verving door de officiële naam (alleen met --municipalities)",
  unknownCode:
    "De gemeentecode van het bestand staat niet in de gemeentelijst: het bestand houdt zijn code en naam zoals geschreven (alleen met --municipalities; met --strict-municipalities is zo'n bestand ongeldig)",
  respondentName: "Naam van de invuller (alleen met --include-names)",
  meta: (key) => `Onderzoeksgegeven '${key}' uit het blok meta van het antwoordbestand`,
  questionnaireId: "Id van de vragenlijst",
  questionnaireVersion: "Versie van de vragenlijst waarmee is gescoord",
  questionnaireSha256: "Vingerafdruk (SHA-256) van de vragenlijst waarmee is gescoord",
  toolVersion: "Versie van zelftest die de uitvoer maakte",
  verdict:
    "Oordeel VNG-zelftest: de eisen van de VNG-zelftest, de lezing van de wet door de VNG (2015) (het slechtste telt)",
  score: "Score VNG-zelftest (0-100)",
  practiceVerdict: "Oordeel goede praktijk (leeg als die niet is ingevuld)",
  practiceScore: "Score goede praktijk (0-100; leeg als die niet is ingevuld)",
  practiceFilled: "Goede praktijk ingevuld (minstens één vraag over goede praktijk beantwoord)",
  lawVerdict: "Oordeel wet: de eisen die de tekst van de wet zelf stelt (het slechtste telt)",
  lawScore: "Score wet (0-100)",
  themeVerdict: (theme) => `Oordeel VNG-zelftest, thema ${theme}`,
  themeScore: (theme) => `Score VNG-zelftest, thema ${theme}`,
  themePracticeScore: (theme) =>
    `Score goede praktijk, thema ${theme} (leeg als geen vraag over goede praktijk van dit thema is beantwoord)`,
  nAnswered: (what) => `Aantal beantwoorde vragen (weet niet telt mee), ${what}`,
  nWeetNiet: (what) => `Aantal vragen met 'weet niet', ${what}`,
  nUnanswered: (what) => `Aantal open (niet beantwoorde) vragen, ${what}`,
  nNotApplicable: (what) => `Aantal vragen die niet van toepassing zijn (door een eerder antwoord), ${what}`,
  vngItems: "eisen van de VNG-zelftest",
  practiceItems: "goede praktijk (leeg als die niet is ingevuld)",
  theme: "Thema van de vraag",
  item: "Vraag (id)",
  level: "Soort vraag",
  answer: "Antwoord (leeg = niet beantwoord, of niet gevraagd als de vraag niet van toepassing is)",
  itemStatus: "Uitkomst van de vraag (weet niet en niet beantwoord zijn onbekend)",
  points: "Punten: ja 1, deels 0,5, anders 0; leeg als de vraag niet van toepassing is",
  hasNote: "Toelichting gegeven",
  hasEvidence: "Bron gegeven",
  weight: "Gewicht van de vraag in de score",
  inScore:
    "Telt mee voor score en verdict (de VNG-lens: de 15 rijen van de VNG-zelftest 2015, of elke wettelijke vraag als de vragenlijst die rijen niet aanwijst)",
  inLawScore:
    "Telt mee voor law_score en law_verdict (de wetslens: wettelijke vragen waarvan de eis de tekst van de wet zelf is)",
  votes: (answer) =>
    `Groepsantwoord: aantal leden dat '${ANSWER_LABEL.nl[answer]}' antwoordde (0 als niemand; leeg voor de antwoorden van één invuller)`,
  nDissent:
    "Groepsantwoord: aantal leden dat anders antwoordde dan de groep (dissent; leeg voor de antwoorden van één invuller)",
  dissent:
    "Groepsantwoord: wie anders antwoordde dan de groep, met antwoord, toelichting en bron, één regel per lid; ook een lid met het antwoord van de groep van wie de woorden niet in de toelichting van de groep pasten ('Lid 2' tenzij --include-names; alleen met --include-notes)",
  note: "Toelichting (vrije tekst; alleen met --include-notes; in een groepsantwoord 'Lid 2' voor de naam van een lid, tenzij --include-names)",
  evidence:
    "Bron (vrije tekst; alleen met --include-notes; in een groepsantwoord 'Lid 2' voor de naam van een lid, tenzij --include-names)",
  values: {
    valid: "geldig",
    invalid: "ongeldig (zie error)",
    yes: "ja",
    no: "nee",
    notAnswered: "niet beantwoord",
    notAsked: "niet gevraagd (vraag niet van toepassing)",
    legal: LEVEL_LABEL.nl.wettelijk.toLowerCase(),
    practice: `${LEVEL_LABEL.nl.aanbeveling.toLowerCase()} (aanbeveling)`,
  },
};

const EN: ColumnTexts = {
  panelMunicipality:
    "Municipality as grouped: by municipality code, else by name (a file without a code with the code of files with the same name); the official name when a municipality list was used",
  panelFiles: "Number of valid files of this municipality, year and role (a group answer counts as one)",
  panelVerdicts: (lens, verdict) => `Number of files with the ${lens} verdict '${verdict}'`,
  panelMeanScore: (lens) =>
    `Mean ${lens} score (0-100) over the files: the mean of their unrounded scores, to four decimals`,
  vngLens: "VNG self-assessment",
  lawLens: "law",
  panelPracticeFiles: "Number of files in which good practice was filled in (at least one question answered)",
  panelMeanPracticeScore:
    "Mean good-practice score (0-100), only over the files in which it was filled in, of their unrounded scores, to four decimals; empty where none",
  panelThemeMeanScore: (theme) =>
    `Mean VNG self-assessment score, theme ${theme} (mean of unrounded scores, to four decimals; empty where no question of this theme applied)`,
  file: "Answer file (path as given; only with --include-paths, else empty)",
  fileIdWide: "Number of the file in this batch (1, 2, …; sorted by path); joins to csv-long",
  fileIdLong: "Number of the file in this batch (1, 2, …; sorted by path); joins to the wide csv",
  fileValid: "Whether the file is valid and scored",
  municipality: "Municipality (official name when a municipality list was used)",
  gemeentecode: "CBS municipality code (GM + 4 digits), from the file or the municipality list",
  role: "Respondent's role",
  date: "Date of the assessment",
  year: "Year of the assessment (from date)",
  questionnaireOfFile:
    "Questionnaire id according to the answer file (for a valid file the one used for scoring; empty where it could not be read)",
  answersVersion: "Questionnaire version according to the answer file",
  answersSha256: "Fingerprint (SHA-256) of the answer file",
  error: "First problem of an invalid file: code:line:column and explanation",
  errorCode: "Code of the first problem of an invalid file",
  newerItems:
    "Number of answered questions that first appeared in a newer version of the questionnaire than the file declares (answers_version); 0 where none; empty for an invalid file",
  groupSize:
    "Group answer: number of members (merged answer files) it was made from; empty for one respondent's own answers",
  municipalityWritten:
    "Municipality as written in the answer file, where the municipality list replaced it by the official name (only with --municipalities)",
  unknownCode:
    "The file's municipality code is not in the municipality list: the file keeps its code and name as written (only with --municipalities; with --strict-municipalities such a file is invalid)",
  respondentName: "Respondent's name (only with --include-names)",
  meta: (key) => `Research field '${key}' from the answer file's meta block`,
  questionnaireId: "Questionnaire id",
  questionnaireVersion: "Version of the questionnaire used for scoring",
  questionnaireSha256: "Fingerprint (SHA-256) of the questionnaire used for scoring",
  toolVersion: "Version of zelftest that made the output",
  verdict: "Verdict on the VNG self-assessment: its requirements, the VNG's reading of the law (2015) (worst counts)",
  score: "VNG self-assessment score (0-100)",
  practiceVerdict: "Good-practice verdict (empty where not filled in)",
  practiceScore: "Good-practice score (0-100; empty where not filled in)",
  practiceFilled: "Good practice filled in (at least one good-practice question answered)",
  lawVerdict: "Verdict on the law: the requirements the text of the law itself sets (worst counts)",
  lawScore: "Score on the law (0-100)",
  themeVerdict: (theme) => `VNG self-assessment verdict, theme ${theme}`,
  themeScore: (theme) => `VNG self-assessment score, theme ${theme}`,
  themePracticeScore: (theme) =>
    `Good-practice score, theme ${theme} (empty where no good-practice question of this theme was answered)`,
  nAnswered: (what) => `Number of questions answered (don't know included), ${what}`,
  nWeetNiet: (what) => `Number of questions answered 'don't know', ${what}`,
  nUnanswered: (what) => `Number of open (unanswered) questions, ${what}`,
  nNotApplicable: (what) => `Number of questions not applicable (by an earlier answer), ${what}`,
  vngItems: "requirements of the VNG self-assessment",
  practiceItems: "good practice (empty where not filled in)",
  theme: "Theme of the question",
  item: "Question (id)",
  level: "Kind of question",
  answer: "Answer (empty = not answered, or not asked where the question does not apply)",
  itemStatus: "Outcome of the question (don't know and unanswered are unknown)",
  points: "Points: yes 1, partly 0.5, otherwise 0; empty where the question does not apply",
  hasNote: "Note given",
  hasEvidence: "Evidence given",
  weight: "Weight of the question in the score",
  inScore:
    "Counts for score and verdict (the VNG lens: the 15 rows of the VNG zelftest 2015, or every legal question where the questionnaire marks none)",
  inLawScore:
    "Counts for law_score and law_verdict (the law lens: legal questions whose requirement is the law's own text)",
  votes: (answer) =>
    `Group answer: number of members who answered '${ANSWER_LABEL.en[answer]}' (0 where none did; empty for one respondent's own answers)`,
  nDissent:
    "Group answer: number of members who answered otherwise than the group (dissent; empty for one respondent's own answers)",
  dissent:
    "Group answer: who answered otherwise than the group, with answer, note and evidence, one line per member; also a member with the group's answer whose words did not fit the group's note ('Member 2' unless --include-names; only with --include-notes)",
  note: "Note (free text; only with --include-notes; in a group answer 'Member 2' for a member's name, unless --include-names)",
  evidence:
    "Evidence (free text; only with --include-notes; in a group answer 'Member 2' for a member's name, unless --include-names)",
  values: {
    valid: "valid",
    invalid: "invalid (see error)",
    yes: "yes",
    no: "no",
    notAnswered: "not answered",
    notAsked: "not asked (question not applicable)",
    legal: LEVEL_LABEL.en.wettelijk.toLowerCase(),
    practice: `${LEVEL_LABEL.en.aanbeveling.toLowerCase()} (recommendation)`,
  },
};

export const COLUMN_TEXT: Record<Lang, ColumnTexts> = { nl: NL, en: EN };
