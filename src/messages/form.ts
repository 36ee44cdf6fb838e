// The offline form's texts (`zelftest formulier`, docs/form.md) in Dutch and English: plain words
// (B1) for council members and officers who are not developers. The accessible names that tests
// and screen readers rely on (Gemeente; Ja, Deels, Nee, Weet niet; Open antwoordbestand,
// Download antwoordbestand) are fixed by docs/form.md.
import type { ErrorCode, Params } from "../errors.js";
import type { Lang } from "../model/vocabulary.js";
import { ANSWERING_TEXT } from "./answering.js";
import { count, formatNumber, plural } from "./intl.js";
import type { AnsweringTexts } from "./answering.js";

const A = ANSWERING_TEXT;

/**
 * A problem in an opened answer file, worded for someone who did not write YAML: what is wrong and
 * what to do, without the parser's own words, paths or command-line options. Where the form has no
 * plainer words, it uses those of `zelftest validate` (messages/error-messages.ts).
 */
export type PlainProblem = (p: Params) => { readonly message?: string; readonly hint?: string };

/** The YAML parser's error codes (params.yamlCode of YAML_SYNTAX) in a few kinds a person can act on. */
const yamlKind = (p: Params): "tab" | "indent" | "colon" | "unclosed" | "escape" | "documents" | "other" => {
  switch (p.yamlCode) {
    case "TAB_AS_INDENT":
      return "tab";
    case "BAD_INDENT":
      return "indent";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "colon";
    case "MISSING_CHAR":
      return "unclosed";
    case "BAD_DQ_ESCAPE":
      return "escape";
    case "MULTIPLE_DOCS":
      return "documents";
    default:
      return "other";
  }
};

/** The form's own texts, besides those it shares with the interview (messages/answering.ts). */
export interface FormTexts extends AnsweringTexts {
  appTitle: string;
  /** The welcome step's name in the window title. */
  welcomeTitle: string;
  /** `vngRows`: see AnsweringTexts (messages/answering.ts). */
  welcome(legal: number, practice: number, vngRows: boolean): string[];
  privacy: string;
  storageOn: string;
  storageOff: string;
  draftFound(municipality: string, answered: number, total: number, savedAt: string): string;
  continue: string;
  startOver: string;
  startOverConfirm: string;
  startOverYes: string;
  startOverNo: string;
  start: string;
  fileTools: string;
  open: string;
  openReplaceConfirm(changes: number): string;
  openReplaceYes: string;
  openDownloadFirst: string;
  openReplaceNo: string;
  download: string;
  print: string;
  printBlank(what: string): string;
  paperHeading: string;
  paperOffer: string;
  opened(file: string, answered: number, total: number): string;
  openFailed(file: string, n: number): string;
  openFailedIntro: string;
  line(line: number, column: number): string;
  fix: string;
  /** Above the lines of the file where a problem is. */
  inTheFile: string;
  technicalDetails: string;
  problems: Partial<Record<ErrorCode, PlainProblem>>;
  downloaded(file: string): string;
  /** Saved through the browser's "save as" dialog into the file the person chose. */
  savedTo(file: string): string;
  saveCancelled: string;
  /** The kind of file in the "save as" dialog. */
  fileType: string;
  downloadNeedsDetails: string;
  /** The storage line once a reminder is due: where the answers are, the count, one download instruction. */
  changesSinceDownload(n: number, stored: boolean): string;
  leaveWarning: string;
  detailsTitle: string;
  municipality: string;
  municipalityHint: string;
  /** The CBS municipality code (optional; docs/answer-file.md). */
  gemeentecode: string;
  gemeentecodeHint: string;
  gemeentecodeInvalid: string;
  roleRequired: string;
  name: string;
  date: string;
  dateHint: string;
  datePicker: string;
  dateRequired: string;
  dateInvalid: string;
  optional: string;
  errorTitle: string;
  errorPrefix: string;
  next: string;
  previous: string;
  toOverview: string;
  backToOverview: string;
  answerHints: Record<"ja" | "deels" | "nee" | "weet-niet", string>;
  more: string;
  evidence: string;
  example(municipality: string): string;
  basis: string;
  terms: string;
  note: string;
  source: string;
  themesNav: string;
  themeProgress(answered: number, applicable: number): string;
  overviewTitle: string;
  overviewIntro: string;
  notAnswered: string;
  change: string;
  changeLabel(number: number): string;
  yourNote: string;
  yourSource: string;
  toResult: string;
  openQuestions(n: number): string;
  practiceOffer(vngRows: boolean): string;
  practiceYes: string;
  resultTitle: string;
  resultIntro: string;
  /** The summary of the report's technical stamp (versions, fingerprints, when it was made), closed at first. */
  resultTechnical: string;
  /** The comment at the top of a downloaded answer file: what it is, how to continue it in the form. */
  fileComment(title: string, file: string): string[];
  paperTitle: string;
  paperIntro: string;
  paperWho: string;
  paperScope(n: number, practice: boolean, vngRows: boolean): string;
  paperNote: string;
  answersTitle: string;
  noScript: string;
  /** The storage line before anything is filled in: nothing is kept yet, and nothing can be downloaded. */
  nothingYet: string;
  /** The storage line while the details that an answer file needs are still missing. */
  downloadLater(stored: boolean): string;
  saved: string;
  notSaved: string;
  /** Under a note or source that reached its most characters (the field takes no more). */
  textAtLimit(limit: number): string;
  /** Under a note or source (from an older page) longer than an answer file allows. */
  textTooLong(length: number, limit: number): string;
  /** A text longer than an answer file allows blocks the download: what and where. */
  overLimitIntro: string;
  overLimitItem(
    what: "municipality" | "name" | "note" | "evidence",
    question: string | undefined,
    length: number,
    limit: number,
  ): string;
  /** Under the note and source while the question has no answer yet. */
  pendingHint: string;
  /** Another tab or window of the same form wrote answers. */
  otherTab: string;
  /** The chosen file is not an answer file at all (the form itself, a Word file, a picture). */
  notAnswerFile(file: string): string;
  notAnswerFileHint: string;
  /** The second and later downloads in one session: the time, and which file to send. */
  downloadedAgain(file: string, time: string): string;
  /** Progress: answered, and skipped because they do not apply. */
  progressAnswered(answered: number, total: number, skipped: number): string;
}

const NL: FormTexts = {
  ...A.nl,
  appTitle: "Zelftest onafhankelijke cliëntondersteuning",
  welcomeTitle: "Welkom",
  welcome: (legal, practice, vngRows) => [
    `${A.nl.welcomeWhat} U kunt hem alleen invullen of samen, bijvoorbeeld met de adviesraad aan tafel.`,
    A.nl.welcomeLegal(legal, vngRows) + (practice > 0 ? ` ${A.nl.welcomePractice(legal, practice)}` : ""),
    A.nl.welcomeDontKnow,
  ],
  privacy:
    'Uw antwoorden blijven op deze computer. Dit formulier verstuurt niets: er gaat geen gegeven naar internet of naar de gemeente. U bewaart uw antwoorden zelf in een bestand, met de knop "Download antwoordbestand". Die knop verschijnt bovenaan zodra u de gemeente, wie u bent en de datum hebt ingevuld.',
  storageOn:
    "Deze browser bewaart uw antwoorden ook na elk antwoord. Sluit u het venster, dan kunt u hier later verdergaan. Download toch af en toe het antwoordbestand: dat is uw echte kopie.",
  storageOff:
    'Let op: deze browser bewaart uw antwoorden niet (bijvoorbeeld door een instelling van uw organisatie). Download het antwoordbestand voordat u stopt, en open het later weer met "Open antwoordbestand".',
  draftFound: (m, a, t, at) =>
    `In deze browser staan antwoorden van een eerdere keer${m ? ` (${m})` : ""}: ${a} van de ${t} vragen beantwoord, bewaard op ${at}.`,
  continue: "Verder gaan",
  startOver: "Opnieuw beginnen",
  startOverConfirm:
    "Weet u het zeker? De antwoorden die in deze browser staan, worden gewist. Een antwoordbestand dat u hebt gedownload, blijft bestaan.",
  startOverYes: "Ja, wis de antwoorden en begin opnieuw",
  startOverNo: "Nee, ga terug",
  start: "Beginnen",
  fileTools: "Antwoordbestand",
  open: "Open antwoordbestand",
  openReplaceConfirm: (n) =>
    `U hebt ${count("nl", n, { one: "gewijzigd antwoord dat", other: "gewijzigde antwoorden die" })} u nog niet hebt gedownload. Een antwoordbestand openen vervangt alle antwoorden in dit formulier. Wilt u uw antwoorden vervangen?`,
  openReplaceYes: "Ja, vervang mijn antwoorden",
  openDownloadFirst: "Eerst downloaden, dan openen",
  openReplaceNo: "Nee, ga terug",
  download: "Download antwoordbestand",
  print: "Afdrukken",
  printBlank: (what) => `Lege vragenlijst afdrukken: ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
  paperHeading: "Liever op papier?",
  paperOffer:
    "Vult u de zelftest samen in, aan tafel? Druk dan eerst een lege vragenlijst af. Neem de antwoorden daarna over in dit formulier.",
  opened: (f, a, t) => `Antwoordbestand ${f} geopend: ${a} van de ${t} vragen beantwoord.`,
  progressAnswered: (a, t, s) =>
    `${a} van de ${t} vragen beantwoord${s > 0 ? `, ${count("nl", s, { one: "vraag", other: "vragen" })} niet van toepassing` : ""}`,
  openFailed: (f, n) =>
    `Het bestand ${f} is niet geopend: ${plural("nl", n, { one: "er staat een fout in", other: `er staan ${count("nl", n, { one: "fout", other: "fouten" })} in` })}. Uw antwoorden in dit formulier zijn niet veranderd.`,
  openFailedIntro:
    "Is dit bestand met de hand veranderd? Open dan een eerdere download, of vraag wie u het bestand gaf om het te herstellen. Zelf herstellen kan ook: open het bestand in een teksteditor (zoals Kladblok of TextEdit), zoek de regel op die hieronder staat, pas die aan en bewaar het bestand.",
  line: (l, c) => `Regel ${l}, kolom ${c}`,
  fix: "Wat u kunt doen",
  inTheFile: "Zo staat het in het bestand:",
  technicalDetails: "Technische details",
  problems: {
    YAML_SYNTAX: (p) =>
      ({
        tab: {
          message: "Deze regel springt in met een tab.",
          hint: "Vervang de tab door spaties, zodat de regel even ver inspringt als de regels op hetzelfde niveau.",
        },
        indent: {
          message: "Deze regel springt niet even ver in als de regels op hetzelfde niveau.",
          hint: "Laat de regel met spaties precies even ver inspringen als de regels erboven die erbij horen.",
        },
        colon: {
          message:
            "Hier staat een dubbele punt op een plek waar die niet kan, of de regel eronder springt niet goed in.",
          hint: 'Staat hier tekst met een dubbele punt, zoals Let op: …? Zet die tekst dan tussen aanhalingstekens: "Let op: …". Kijk anders of deze regel en de regel eronder even ver inspringen als de regels eromheen.',
        },
        unclosed: {
          message: "Een aanhalingsteken of haakje is geopend maar niet gesloten.",
          hint: 'Zoek op deze regel of de regels erboven de tekst die met een aanhalingsteken (") of haakje begint, en zet het sluitende teken aan het eind van die tekst.',
        },
        escape: {
          message: "Tussen aanhalingstekens staat een schuine streep (\\) die niet kan.",
          hint: "Schrijf twee schuine strepen (\\\\), of zet de tekst tussen enkele aanhalingstekens (').",
        },
        documents: {
          message: "Het bestand bestaat uit meer dan één deel: er staat een regel met --- in.",
          hint: "Een antwoordbestand heeft één deel. Haal de regel met --- en wat erna komt weg, of maak er twee bestanden van.",
        },
        other: {
          message: "De opbouw van het bestand klopt hier niet.",
          hint: "Kijk of aanhalingstekens in paren staan, of tekst met een dubbele punt of # tussen aanhalingstekens staat, en of de regels met spaties even ver inspringen.",
        },
      })[yamlKind(p)],
    FILE_EMPTY: () => ({ hint: "Kies een antwoordbestand dat u uit dit formulier hebt gedownload." }),
    ROOT_NOT_MAPPING: () => ({
      message: "Dit is geen antwoordbestand van de zelftest.",
      hint: "Kies een antwoordbestand dat u uit dit formulier hebt gedownload, of dat met het programma zelftest is gemaakt.",
    }),
    MISSING_FIELD: (p) => ({
      hint: `Voeg "${String(p.field)}" op deze plek toe. Hoe dat eruitziet, ziet u in een antwoordbestand dat u uit dit formulier downloadt.`,
    }),
    INVALID_TYPE: () => ({
      hint: "Pas de waarde aan. Hoe het eruit moet zien, ziet u in een antwoordbestand dat u uit dit formulier downloadt.",
    }),
    UNKNOWN_ITEM: (p) => ({
      message: `Het bestand geeft een antwoord op een vraag die deze vragenlijst niet heeft ("${String(p.id)}").`,
      ...(p.suggestion ? {} : { hint: "Haal dit antwoord weg, of controleer of dit het goede formulier is." }),
    }),
    QUESTIONNAIRE_MISMATCH: (p) => ({
      message: `Dit antwoordbestand hoort bij een andere vragenlijst ("${String(p.found)}") dan dit formulier.`,
      hint: "Open het in het formulier van die vragenlijst. Vraag het aan wie u dit formulier gaf.",
    }),
    UNKNOWN_QUESTIONNAIRE: (p) => ({
      message: `Dit antwoordbestand hoort bij een andere vragenlijst ("${String(p.found)}") dan dit formulier.`,
      hint: "Open het in het formulier van die vragenlijst. Vraag het aan wie u dit formulier gaf.",
    }),
    VERSION_MISMATCH: (p) => ({
      message: `Dit antwoordbestand is gemaakt voor versie ${String(p.found)} van de vragenlijst; dit formulier heeft versie ${String(p.expected)}. De vragen passen niet meer bij elkaar.`,
      hint: "Vraag om een formulier van die versie, of vul de zelftest opnieuw in met dit formulier.",
    }),
  },
  downloaded: (f) => `Het antwoordbestand ${f} is gedownload (kijk in uw map Downloads).`,
  savedTo: (f) =>
    `Uw antwoorden zijn opgeslagen in ${f}. Kiest u later weer "Download antwoordbestand", dan komen uw nieuwe antwoorden in hetzelfde bestand.`,
  saveCancelled: "Niet opgeslagen: het opslaan is afgebroken.",
  fileType: "Antwoordbestand van de zelftest",
  downloadNeedsDetails: "Vul eerst de gemeente, wie u bent en de datum in. Die horen in het antwoordbestand.",
  changesSinceDownload: (n, stored) =>
    `${stored ? "Bewaard in deze browser." : "Niet bewaard in deze browser."} ${count("nl", n, { one: "gewijzigd antwoord", other: "gewijzigde antwoorden" })} sinds de laatste download. Download het antwoordbestand om ${plural("nl", n, { one: "het", other: "ze" })} veilig te bewaren.`,
  leaveWarning: "Uw antwoorden zijn niet bewaard. Download eerst het antwoordbestand.",
  detailsTitle: "Over de zelftest",
  municipality: "Gemeente",
  municipalityHint: A.nl.municipalityQuestion,
  gemeentecode: "CBS-gemeentecode",
  gemeentecodeHint:
    "De code van het CBS voor de gemeente, zoals GM0177 of alleen 177. Weet u hem niet? Laat dit dan leeg.",
  gemeentecodeInvalid:
    "Een gemeentecode is GM met vier cijfers, zoals GM0177, of alleen het getal, zoals 177. Weet u de code niet? Laat het veld dan leeg.",
  roleRequired: "Kies wie de zelftest invult.",
  name: "Uw naam of de naam van uw groep",
  date: "Datum van de zelftest",
  dateHint: "Als dag-maand-jaar (dd-mm-jjjj), bijvoorbeeld 01-09-2025.",
  datePicker: "Of kies de datum in de kalender",
  dateRequired: "Vul de datum van de zelftest in als dag-maand-jaar (dd-mm-jjjj), bijvoorbeeld 01-09-2025.",
  dateInvalid: "Deze datum klopt niet. Schrijf de datum als dag-maand-jaar (dd-mm-jjjj), bijvoorbeeld 01-09-2025.",
  optional: "(niet verplicht)",
  errorTitle: "Er is een probleem",
  errorPrefix: "Fout: ",
  next: "Volgende",
  previous: "Vorige",
  toOverview: "Naar het overzicht",
  backToOverview: "Terug naar het overzicht",
  answerHints: {
    ja: "Het is geregeld en vastgelegd.",
    deels: "Gedeeltelijk, of wel in de praktijk maar niet vastgelegd.",
    nee: "Het is niet geregeld.",
    "weet-niet": "U weet het niet of kunt het niet nagaan.",
  },
  more: "Meer uitleg",
  evidence: "Hieraan ziet u dat het geregeld is",
  example: (m) => `Voorbeeld uit de praktijk: ${m}`,
  basis: "Grondslag",
  terms: "Wat betekent…",
  note: "Toelichting",
  source: "Bron, zoals een document, hoofdstuk of link",
  themesNav: "Thema's",
  themeProgress: (a, n) => `${a} van ${n} beantwoord`,
  overviewTitle: "Overzicht van uw antwoorden",
  overviewIntro: 'Kijk uw antwoorden na. Met "Wijzig" past u een antwoord aan; daarna komt u hier terug.',
  notAnswered: "Nog niet beantwoord",
  change: "Wijzig",
  changeLabel: (n) => `antwoord op vraag ${n}`,
  yourNote: "Toelichting",
  yourSource: "Bron",
  toResult: "Bekijk de uitslag",
  openQuestions: (n) =>
    `${count("nl", n, { one: "vraag is", other: "vragen zijn" })} nog niet beantwoord. ${plural("nl", n, { one: "Die telt", other: "Die tellen" })} in de uitslag als onbekend.`,
  practiceOffer: (vngRows) =>
    `U hebt alleen de vragen over ${A.nl.legalPart(vngRows)} beantwoord. Wilt u ook de vragen over goede praktijk beantwoorden?`,
  practiceYes: "Ja, ook goede praktijk beantwoorden",
  resultTitle: "Uitslag",
  resultTechnical: "Technische gegevens (om de uitslag na te rekenen)",
  fileComment: (title, file) => [
    `${title}: uw antwoorden, gedownload uit het formulier.`,
    'Verder invullen of iets wijzigen? Open het formulier in uw browser, kies "Open antwoordbestand" en kies dit bestand.',
    "Verander dit bestand liever niet met de hand: na een vergissing kan het formulier het niet meer openen.",
    `Met het programma zelftest: zelftest report ${file}`,
  ],
  resultIntro:
    "Dit is de uitslag van uw antwoorden. Wie uw antwoordbestand later met het programma zelftest opent, bijvoorbeeld de beleidsmedewerker, krijgt precies dezelfde uitslag.",
  paperTitle: "Zelftest onafhankelijke cliëntondersteuning: vragenlijst op papier",
  paperIntro:
    'Zet bij elke vraag één kruisje. Weet u het antwoord niet, kruis dan "Weet niet" aan. Neem de antwoorden daarna over in het formulier op de computer.',
  paperWho: "Wie vult de zelftest in",
  paperScope: (n, practice, vngRows) =>
    `${practice ? (vngRows ? "De wet, de VNG-zelftest en goede praktijk" : "De wettelijke eisen en goede praktijk") : vngRows ? "De wet en de VNG-zelftest" : "De wettelijke eisen"}: ${n} vragen.`,
  paperNote: "Toelichting en bron",
  answersTitle: "Uw antwoorden",
  noScript:
    "Dit formulier heeft JavaScript nodig. Zet JavaScript aan, of open het bestand in een andere browser (Edge, Chrome, Firefox of Safari).",
  nothingYet: "U hebt nog niets ingevuld.",
  downloadLater: (stored) =>
    `${stored ? "Bewaard in deze browser." : "Niet bewaard in deze browser."} Het antwoordbestand kunt u downloaden zodra de gemeente, wie u bent en de datum zijn ingevuld.`,
  saved: "Bewaard in deze browser.",
  notSaved: "Niet bewaard in deze browser: download het antwoordbestand.",
  textAtLimit: (l) =>
    `U hebt het maximum van ${formatNumber(l, "nl")} tekens bereikt: wat u verder typt of plakt, komt er niet bij. Zet een lange tekst liever in een apart document en noem dat document als bron.`,
  textTooLong: (n, l) =>
    `Deze tekst is ${formatNumber(n, "nl")} tekens lang; in een antwoordbestand passen er hoogstens ${formatNumber(l, "nl")}. Maak hem korter, anders kunt u niet downloaden.`,
  overLimitIntro:
    "Het antwoordbestand is niet gedownload: een tekst is te lang. Het programma zelftest kan zo'n bestand niet lezen. Maak de tekst korter en download opnieuw.",
  overLimitItem: (what, question, n, l) =>
    `${{ municipality: "De naam van de gemeente", name: "Uw naam", note: "De toelichting", evidence: "De bron" }[what]}${question ? ` bij ${question.charAt(0).toLowerCase()}${question.slice(1)}` : ""}: ${formatNumber(n, "nl")} tekens, hoogstens ${formatNumber(l, "nl")}.`,
  pendingHint:
    "Kies ook een antwoord hierboven. Uw toelichting en bron blijven in deze browser bewaard, maar komen pas in het antwoordbestand als er een antwoord is.",
  otherTab:
    "Dit formulier is ook open in een ander tabblad of venster. Wat u daar invult, staat nu ook hier; er gaat niets verloren. Werk liever in één tabblad.",
  notAnswerFile: (f) =>
    `Het bestand ${f} is geen antwoordbestand van de zelftest. Uw antwoorden in dit formulier zijn niet veranderd.`,
  notAnswerFileHint:
    'Een antwoordbestand komt uit "Download antwoordbestand" in dit formulier, of uit het programma zelftest. Het heet meestal zelftest-…yaml en staat vaak in uw map Downloads. Dit formulier zelf, een Word-bestand of een pdf kan het formulier niet openen.',
  downloadedAgain: (f, time) =>
    `Het antwoordbestand ${f} is om ${time} opnieuw gedownload (kijk in uw map Downloads). Staat er al een bestand met die naam, dan zet de browser er soms (1) of (2) achter: stuur dan het nieuwste bestand.`,
};

const EN: FormTexts = {
  ...A.en,
  appTitle: "Self-assessment of independent client support",
  welcomeTitle: "Welcome",
  welcome: (legal, practice, vngRows) => [
    `${A.en.welcomeWhat} You can fill it in alone or together, for example with the advisory council at the table.`,
    A.en.welcomeLegal(legal, vngRows) + (practice > 0 ? ` ${A.en.welcomePractice(legal, practice)}` : ""),
    A.en.welcomeDontKnow,
  ],
  privacy:
    'Your answers stay on this computer. This form sends nothing: no data goes to the internet or to the municipality. You keep your answers yourself in a file, with the button "Download answer file". That button appears at the top once you have filled in the municipality, who you are and the date.',
  storageOn:
    "This browser also keeps your answers after every answer. If you close the window, you can continue here later. Still download the answer file now and then: that is your real copy.",
  storageOff:
    'Note: this browser does not keep your answers (for example because of a setting of your organisation). Download the answer file before you stop, and open it again later with "Open answer file".',
  draftFound: (m, a, t, at) =>
    `This browser holds answers from an earlier session${m ? ` (${m})` : ""}: ${a} of ${t} questions answered, saved on ${at}.`,
  continue: "Continue",
  startOver: "Start again",
  startOverConfirm:
    "Are you sure? The answers kept in this browser will be deleted. An answer file you downloaded stays as it is.",
  startOverYes: "Yes, delete the answers and start again",
  startOverNo: "No, go back",
  start: "Start",
  fileTools: "Answer file",
  open: "Open answer file",
  openReplaceConfirm: (n) =>
    `You have ${count("en", n, { one: "changed answer", other: "changed answers" })} that you have not downloaded yet. Opening an answer file replaces all answers in this form. Do you want to replace your answers?`,
  openReplaceYes: "Yes, replace my answers",
  openDownloadFirst: "Download first, then open",
  openReplaceNo: "No, go back",
  download: "Download answer file",
  print: "Print",
  printBlank: (what) => `Print the blank questionnaire: ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
  paperHeading: "Prefer paper?",
  paperOffer:
    "Filling in the self-assessment together, at the table? Print a blank questionnaire first. Afterwards, copy the answers into this form.",
  opened: (f, a, t) => `Answer file ${f} opened: ${a} of ${t} questions answered.`,
  progressAnswered: (a, t, s) =>
    `${a} of ${t} questions answered${s > 0 ? `, ${count("en", s, { one: "question does", other: "questions do" })} not apply` : ""}`,
  openFailed: (f, n) =>
    `The file ${f} was not opened: ${plural("en", n, { one: "it has a mistake in it", other: `it has ${count("en", n, { one: "mistake", other: "mistakes" })} in it` })}. Your answers in this form have not changed.`,
  openFailedIntro:
    "Was this file changed by hand? Then open an earlier download, or ask whoever gave you the file to repair it. You can also repair it yourself: open the file in a text editor (such as Notepad or TextEdit), find the line given below, change it and save the file.",
  line: (l, c) => `Line ${l}, column ${c}`,
  fix: "What you can do",
  inTheFile: "This is how it is in the file:",
  technicalDetails: "Technical details",
  problems: {
    YAML_SYNTAX: (p) =>
      ({
        tab: {
          message: "This line is indented with a tab.",
          hint: "Replace the tab with spaces, so that the line is indented as far as the lines at the same level.",
        },
        indent: {
          message: "This line is not indented as far as the lines at the same level.",
          hint: "Indent the line with spaces exactly as far as the lines above it that belong with it.",
        },
        colon: {
          message: "There is a colon where it cannot be, or the line below is not indented correctly.",
          hint: 'Is there text with a colon here, such as Note: …? Then put that text in quotes: "Note: …". Otherwise check that this line and the line below are indented as far as the lines around them.',
        },
        unclosed: {
          message: "A quote or bracket is opened but not closed.",
          hint: 'On this line or the lines above, find the text that starts with a quote (") or bracket, and put the closing mark at the end of that text.',
        },
        escape: {
          message: "Between quotes there is a backslash (\\) that is not allowed.",
          hint: "Write two backslashes (\\\\), or put the text in single quotes (').",
        },
        documents: {
          message: "The file has more than one part: there is a line with --- in it.",
          hint: "An answer file has one part. Remove the line with --- and what follows, or make two files of it.",
        },
        other: {
          message: "The structure of the file is not right here.",
          hint: "Check that quotes come in pairs, that text with a colon or # is in quotes, and that lines are indented equally with spaces.",
        },
      })[yamlKind(p)],
    FILE_EMPTY: () => ({ hint: "Choose an answer file that you downloaded from this form." }),
    ROOT_NOT_MAPPING: () => ({
      message: "This is not an answer file of the self-assessment.",
      hint: "Choose an answer file that you downloaded from this form, or that was made with the zelftest program.",
    }),
    MISSING_FIELD: (p) => ({
      hint: `Add "${String(p.field)}" at this place. An answer file downloaded from this form shows what it looks like.`,
    }),
    INVALID_TYPE: () => ({
      hint: "Change the value. An answer file downloaded from this form shows what it should look like.",
    }),
    UNKNOWN_ITEM: (p) => ({
      message: `The file answers a question that this questionnaire does not have ("${String(p.id)}").`,
      ...(p.suggestion ? {} : { hint: "Remove this answer, or check that this is the right form." }),
    }),
    QUESTIONNAIRE_MISMATCH: (p) => ({
      message: `This answer file belongs to another questionnaire ("${String(p.found)}") than this form.`,
      hint: "Open it in the form of that questionnaire. Ask whoever gave you this form.",
    }),
    UNKNOWN_QUESTIONNAIRE: (p) => ({
      message: `This answer file belongs to another questionnaire ("${String(p.found)}") than this form.`,
      hint: "Open it in the form of that questionnaire. Ask whoever gave you this form.",
    }),
    VERSION_MISMATCH: (p) => ({
      message: `This answer file was made for version ${String(p.found)} of the questionnaire; this form has version ${String(p.expected)}. The questions no longer match.`,
      hint: "Ask for a form of that version, or fill in the self-assessment again with this form.",
    }),
  },
  downloaded: (f) => `The answer file ${f} was downloaded (look in your Downloads folder).`,
  savedTo: (f) =>
    `Your answers were saved in ${f}. If you choose "Download answer file" again later, your new answers go into the same file.`,
  saveCancelled: "Not saved: saving was cancelled.",
  fileType: "Answer file of the self-assessment",
  downloadNeedsDetails: "First fill in the municipality, who you are and the date. They belong in the answer file.",
  changesSinceDownload: (n, stored) =>
    `${stored ? "Kept in this browser." : "Not kept in this browser."} ${count("en", n, { one: "changed answer", other: "changed answers" })} since the last download. Download the answer file to keep ${plural("en", n, { one: "it", other: "them" })} safe.`,
  leaveWarning: "Your answers are not saved. Download the answer file first.",
  detailsTitle: "About this self-assessment",
  municipality: "Municipality",
  municipalityHint: A.en.municipalityQuestion,
  gemeentecode: "CBS municipality code",
  gemeentecodeHint:
    "The code of Statistics Netherlands (CBS) for the municipality, such as GM0177 or just 177. Don't know it? Leave this empty.",
  gemeentecodeInvalid:
    "A municipality code is GM followed by four digits, such as GM0177, or just the number, such as 177. Don't know it? Leave the field empty.",
  roleRequired: "Choose who is filling in the self-assessment.",
  name: "Your name or the name of your group",
  date: "Date of the self-assessment",
  dateHint: "As day-month-year (dd-mm-yyyy), for example 01-09-2025.",
  datePicker: "Or pick the date in the calendar",
  dateRequired: "Fill in the date of the self-assessment as day-month-year (dd-mm-yyyy), for example 01-09-2025.",
  dateInvalid: "This date is not valid. Write the date as day-month-year (dd-mm-yyyy), for example 01-09-2025.",
  optional: "(optional)",
  errorTitle: "There is a problem",
  errorPrefix: "Error: ",
  next: "Next",
  previous: "Previous",
  toOverview: "To the overview",
  backToOverview: "Back to the overview",
  answerHints: {
    ja: "It is in place and recorded.",
    deels: "Partly, or done in practice but not recorded.",
    nee: "It is not in place.",
    "weet-niet": "You do not know or cannot check it.",
  },
  more: "More explanation",
  evidence: "What shows it is in place",
  example: (m) => `Example from practice: ${m}`,
  basis: "Basis",
  terms: "What does it mean…",
  note: "Note",
  source: "Source, such as a document, chapter or link",
  themesNav: "Themes",
  themeProgress: (a, n) => `${a} of ${n} answered`,
  overviewTitle: "Overview of your answers",
  overviewIntro: 'Check your answers. "Change" lets you change an answer; after that you come back here.',
  notAnswered: "Not answered yet",
  change: "Change",
  changeLabel: (n) => `answer to question ${n}`,
  yourNote: "Note",
  yourSource: "Source",
  toResult: "See the result",
  openQuestions: (n) =>
    `${count("en", n, { one: "question is", other: "questions are" })} not answered yet. ${plural("en", n, { one: "It counts", other: "They count" })} as unknown in the result.`,
  practiceOffer: (vngRows) =>
    `You answered only the questions on ${A.en.legalPart(vngRows)}. Do you also want to answer the good-practice questions?`,
  practiceYes: "Yes, answer good practice too",
  resultTitle: "Result",
  resultTechnical: "Technical details (to check the result)",
  fileComment: (title, file) => [
    `${title}: your answers, downloaded from the form.`,
    'To continue or change something: open the form in your browser, choose "Open answer file" and choose this file.',
    "Better not change this file by hand: after a slip the form can no longer open it.",
    `With the zelftest program: zelftest report ${file}`,
  ],
  resultIntro:
    "This is the result of your answers. Whoever opens your answer file later with the zelftest program, for example the policy officer, gets exactly the same result.",
  paperTitle: "Self-assessment of independent client support: paper questionnaire",
  paperIntro:
    'Tick one box for each question. If you do not know the answer, tick "Don\'t know". Afterwards, copy the answers into the form on the computer.',
  paperWho: "Who is filling in the self-assessment",
  paperScope: (n, practice, vngRows) =>
    `${practice ? (vngRows ? "The law, the VNG self-assessment and good practice" : "The legal requirements and good practice") : vngRows ? "The law and the VNG self-assessment" : "The legal requirements"}: ${n} questions.`,
  paperNote: "Note and source",
  answersTitle: "Your answers",
  noScript:
    "This form needs JavaScript. Turn JavaScript on, or open the file in another browser (Edge, Chrome, Firefox or Safari).",
  nothingYet: "You have not filled in anything yet.",
  downloadLater: (stored) =>
    `${stored ? "Kept in this browser." : "Not kept in this browser."} You can download the answer file once the municipality, who you are and the date are filled in.`,
  saved: "Kept in this browser.",
  notSaved: "Not kept in this browser: download the answer file.",
  textAtLimit: (l) =>
    `You have reached the maximum of ${formatNumber(l, "en")} characters: what you type or paste beyond it is not added. Put a long text in a separate document and name that document as the source.`,
  textTooLong: (n, l) =>
    `This text is ${formatNumber(n, "en")} characters long; an answer file holds at most ${formatNumber(l, "en")}. Shorten it, or you cannot download.`,
  overLimitIntro:
    "The answer file was not downloaded: a text is too long. The zelftest program cannot read such a file. Shorten the text and download again.",
  overLimitItem: (what, question, n, l) =>
    `${{ municipality: "The name of the municipality", name: "Your name", note: "The explanation", evidence: "The source" }[what]}${question ? ` at ${question.charAt(0).toLowerCase()}${question.slice(1)}` : ""}: ${formatNumber(n, "en")} characters, at most ${formatNumber(l, "en")}.`,
  pendingHint:
    "Choose an answer above too. Your explanation and source are kept in this browser, but go into the answer file only once there is an answer.",
  otherTab:
    "This form is also open in another tab or window. What you fill in there is now here too; nothing is lost. Better to work in one tab.",
  notAnswerFile: (f) => `The file ${f} is not a zelftest answer file. Your answers in this form have not changed.`,
  notAnswerFileHint:
    'An answer file is made with "Download answer file" in this form, or by the zelftest program. It is usually called zelftest-….yaml and is often in your Downloads folder. The form cannot open this form itself, a Word file or a PDF.',
  downloadedAgain: (f, time) =>
    `The answer file ${f} was downloaded again at ${time} (look in your Downloads folder). If a file of that name was already there, the browser may add (1) or (2) to the name: send the newest file.`,
};

export const FORM_TEXT: Record<Lang, FormTexts> = { nl: NL, en: EN };
