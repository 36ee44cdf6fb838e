// The offline form's texts for the council's work (docs/form.md): the start page's three choices,
// merging the members' answer files into one group answer at the table (Samenvoegen), comparing
// answer files (Vergelijken), the closing step that says which file to send to whom and by when,
// and a single respondent's own result ("Uw antwoorden"). Dutch and English, plain words (B1).
// The button names "Antwoorden samenvoegen" and "Antwoorden vergelijken" are fixed by docs/form.md.
import type { ErrorCode, Params } from "../errors.js";
import type { Lang } from "../model/vocabulary.js";
import { count } from "./intl.js";

/** Why files cannot be merged, in the form's words (no command-line options); else the words of `zelftest samenvoegen`. */
type MergeWords = Partial<Record<ErrorCode, (p: Params) => string>>;
const list = (v: unknown) => (Array.isArray(v) ? v.join(", ") : String(v ?? ""));

export interface Sending {
  /** The answer file's name. */
  readonly file: string;
  /** Where the browser put it: the download folder, or the file the person chose in the save dialog. */
  readonly chosen: boolean;
  readonly contact?: string;
  /** The deadline as the reader reads a date ("15 januari 2027"). */
  readonly deadline?: string;
}

export interface GroupFormTexts {
  // ---- start page ----
  fillInTitle: string;
  tableTitle: string;
  tableIntro: string;
  mergeButton: string;
  mergeOffer: string;
  compareButton: string;
  compareOffer: string;
  backToStart: string;

  // ---- opening several files ----
  chooseFiles: string;
  chooseMore: string;
  dropHint: string;
  filesHeading(n: number): string;
  /** One opened file: who answered, in what role, on which day, how much. */
  memberLine(who: string, role: string, date: string, answered: number, total: number): string;
  fileLabel: string;
  remove: string;
  removeLabel(file: string): string;
  needTwo: string;
  notOpened(file: string): string;
  opened(n: number): string;
  refusedTitle: string;
  refusedIntro: string;
  warningsTitle: string;
  sameFileAgain(file: string): string;
  startAgain: string;
  restored(n: number, savedAt: string): string;

  // ---- merging ----
  mergeTitle: string;
  mergeIntro: string[];
  groupDetailsTitle: string;
  groupName: string;
  groupNameHint: string;
  meetingDate: string;
  groupRole: string;
  groupRoleHint: string;
  unnamedMember(n: number): string;
  differHeading(n: number): string;
  differIntro: string;
  agreeHeading(n: number): string;
  agreeIntro: string;
  noneAnsweredHeading(n: number): string;
  noneAnsweredIntro: string;
  noDifferences: string;
  questionLabel(n: number, total: number): string;
  votes(parts: readonly string[]): string;
  notAnsweredBy(n: number): string;
  proposal(answer: string): string;
  proposalNone: string;
  groupAnswer: string;
  changedFromProposal: string;
  membersCaption: string;
  member: string;
  answer: string;
  note: string;
  evidence: string;
  groupNote: string;
  groupNoteHint: string;
  downloadGroup: string;
  printAgenda: string;
  downloadedGroup(file: string): string;
  savedGroupTo(file: string): string;
  mergeFailed: string;
  agendaTitle: string;
  agendaIntro(municipality: string, members: string, date: string): string;
  agendaNothing: string;
  keptHere: string;
  notKeptHere: string;

  // ---- comparing ----
  compareTitle: string;
  compareIntro: string[];
  compareMixed: string;
  otherFiles: string;
  printCompare: string;

  // ---- closing step and own result ----
  closingTitle: string;
  closingDone: string;
  closingDownloadFirst: string;
  /** "Stuur het bestand X (in uw map Downloads) vóór DATUM naar WIE." */
  sendFile(s: Sending): string;
  sendNewest: string;
  fileNameIs(file: string): string;
  toOwnResult: string;
  ownTitle: string;
  ownIntro(municipality: string): string;
  ownCounts: string;
  ownAnswersTitle: string;
  fullReport: string;
  backToOwn: string;
  fixedField: string;
  fixedHint: string;
  /** On the start page of a form with --contact and/or --deadline. */
  invited(contact: string | undefined, deadline: string | undefined): string;

  // ---- a group answer opened in Invullen: under each question ----
  groupSaidTitle: string;
  groupSaidIntro(members: number): string;
  /** Members who answered differently whom the file cannot name (the group changed its answer). */
  unnamedDissent(n: number): string;
  noDissent: string;
  /** Members with the group's answer whose words are kept apart (too long together for the group's note). */
  ownWordsTitle: string;
  /** At the table: the agreeing members' words are too long together for one note, so each keeps them apart. */
  keptApart(field: "note" | "evidence", length: number, limit: number): string;
  mergeProblems: MergeWords;
}

const NL: GroupFormTexts = {
  fillInTitle: "Invullen",
  tableTitle: "Voor de voorzitter en de beleidsmedewerker",
  tableIntro:
    "Hebben meer mensen de zelftest ingevuld? Dan kunt u hun antwoordbestanden hier openen. Ook dat gebeurt alleen op deze computer.",
  mergeButton: "Antwoorden samenvoegen",
  mergeOffer:
    "Van de antwoorden van de leden één antwoord van de groep maken, aan tafel. De vragen waarover u van mening verschilt, staan bovenaan.",
  compareButton: "Antwoorden vergelijken",
  compareOffer:
    "Twee of meer antwoordbestanden naast elkaar zetten, bijvoorbeeld dat van de adviesraad en dat van de gemeente.",
  backToStart: "Terug naar het begin",

  chooseFiles: "Kies antwoordbestanden",
  chooseMore: "Nog een bestand toevoegen",
  dropHint:
    "U kunt de bestanden ook hierheen slepen. Kies ze in één keer: houd Ctrl (of Cmd) ingedrukt bij het kiezen.",
  filesHeading: (n) => `Gekozen bestanden (${n})`,
  memberLine: (who, role, date, a, t) => `${who}, ${role}, ${date}: ${a} van de ${t} vragen beantwoord`,
  fileLabel: "Bestand",
  remove: "Weghalen",
  removeLabel: (f) => `Haal ${f} weg`,
  needTwo: "Kies ten minste twee antwoordbestanden.",
  notOpened: (f) => `Het bestand ${f} is niet geopend.`,
  opened: (n) => `${count("nl", n, { one: "bestand", other: "bestanden" })} geopend.`,
  refusedTitle: "Deze bestanden horen niet bij elkaar",
  refusedIntro: "Haal het bestand weg dat hier niet bij hoort, of kies het goede bestand.",
  warningsTitle: "Let op",
  sameFileAgain: (f) => `Het bestand ${f} is al gekozen.`,
  startAgain: "Opnieuw beginnen met andere bestanden",
  restored: (n, at) =>
    `De ${n} bestanden en uw keuzes van de vorige keer staan er nog (bewaard in deze browser op ${at}).`,

  mergeTitle: "Antwoorden samenvoegen",
  mergeIntro: [
    "Kies de antwoordbestanden van alle leden. Per vraag ziet u dan de antwoorden naast elkaar, met wat ieder erbij schreef.",
    "Het voorstel staat al aangevinkt. Dat is het antwoord dat het vaakst is gegeven (de regel meerderheid). Staan twee antwoorden gelijk, dan is het voorstel het voorzichtigste: eerst Nee, dan Weet niet, dan Deels, dan Ja. Samen kiest u het antwoord van de groep.",
    "Er gaat niets verloren. Wat een lid schreef dat hetzelfde antwoordt als de groep, komt met zijn naam in de toelichting van de groep. Wie iets anders antwoordt, blijft met eigen antwoord en woorden in het bestand staan.",
  ],
  groupDetailsTitle: "Over de groep",
  groupName: "Naam van de groep (niet verplicht)",
  groupNameHint: "Bijvoorbeeld: Wmo-adviesraad Rijssen-Holten.",
  meetingDate: "Datum van het groepsantwoord",
  groupRole: "Namens wie antwoordt de groep?",
  groupRoleHint: "De leden hebben niet allemaal dezelfde rol gekozen. Kies de rol van de groep.",
  unnamedMember: (n) => `Lid ${n}`,
  differHeading: (n) => `Hier verschilt u van mening: ${count("nl", n, { one: "vraag", other: "vragen" })}`,
  differIntro: "Bespreek deze vragen eerst. Kies samen het antwoord van de groep.",
  agreeHeading: (n) => `Hier bent u het eens: ${count("nl", n, { one: "vraag", other: "vragen" })}`,
  agreeIntro: "Iedereen die deze vragen beantwoordde, gaf hetzelfde antwoord. U kunt het antwoord nog veranderen.",
  noneAnsweredHeading: (n) => `Door niemand beantwoord: ${count("nl", n, { one: "vraag", other: "vragen" })}`,
  noneAnsweredIntro: "Geen van de leden beantwoordde deze vragen. U kunt samen een antwoord kiezen of ze open laten.",
  noDifferences: "De leden gaven op elke vraag hetzelfde antwoord.",
  questionLabel: (n, t) => `Vraag ${n} van ${t}`,
  votes: (parts) => parts.join(", "),
  notAnsweredBy: (n) => `${count("nl", n, { one: "lid liet", other: "leden lieten" })} de vraag open`,
  proposal: (a) => `Voorstel (meerderheid): ${a}`,
  proposalNone: "Geen voorstel: niemand beantwoordde deze vraag.",
  groupAnswer: "Antwoord van de groep",
  changedFromProposal: "Anders dan het voorstel",
  membersCaption: "Wat de leden antwoordden",
  member: "Lid",
  answer: "Antwoord",
  note: "Toelichting",
  evidence: "Bron",
  groupNote: "Toelichting van de groep (niet verplicht)",
  groupNoteHint:
    "Wat de groep wil zeggen. De toelichtingen van de leden met hetzelfde antwoord komen er met hun naam onder.",
  downloadGroup: "Download groepsantwoord",
  printAgenda: "Agenda afdrukken",
  downloadedGroup: (f) => `Het groepsantwoord is gedownload als ${f}. U vindt het in uw map Downloads.`,
  savedGroupTo: (f) => `Het groepsantwoord is opgeslagen in ${f}.`,
  mergeFailed: "Het groepsantwoord is niet gemaakt.",
  agendaTitle: "Agenda: waar de leden van mening verschillen",
  agendaIntro: (m, members, d) => `Gemeente ${m}. Antwoorden van ${members}. Gemaakt op ${d}.`,
  agendaNothing: "De leden gaven op elke vraag hetzelfde antwoord. Er is niets te bespreken.",
  keptHere: "Deze browser bewaart de bestanden en uw keuzes, ook als u het venster sluit.",
  notKeptHere:
    "Let op: deze browser bewaart de bestanden en uw keuzes niet. Download het groepsantwoord voordat u het venster sluit.",

  compareTitle: "Antwoorden vergelijken",
  compareIntro: [
    "Kies twee of meer antwoordbestanden over dezelfde gemeente. U krijgt dezelfde vergelijking als met het programma zelftest (zelftest compare).",
    "Een groepsantwoord telt als één stem. Waar leden van de groep iets anders vonden, staat dat onder de vraag.",
  ],
  compareMixed: "Deze bestanden kunnen niet worden vergeleken.",
  otherFiles: "Andere bestanden kiezen",
  printCompare: "Vergelijking afdrukken",

  closingTitle: "Klaar",
  closingDone: "U hebt alle vragen gezien. Hartelijk dank voor het invullen.",
  closingDownloadFirst: "Download eerst uw antwoordbestand met de knop hieronder.",
  sendFile: (s) =>
    `Stuur het bestand ${s.file} (${s.chosen ? "daar waar u het bewaarde" : "in uw map Downloads"})` +
    `${s.deadline ? ` vóór ${s.deadline}` : ""}${s.contact ? ` naar ${s.contact}` : ""}.`,
  sendNewest:
    "Hebt u het bestand vaker gedownload? Dan kan uw browser er (1) of (2) achter hebben gezet. Stuur het nieuwste bestand.",
  fileNameIs: (f) => `Uw antwoordbestand heet ${f}.`,
  toOwnResult: "Bekijk uw antwoorden",
  ownTitle: "Uw antwoorden",
  ownIntro: (m) =>
    `Dit zijn uw eigen antwoorden over de gemeente ${m}. Ze zijn nog niet het oordeel van de groep: dat maakt u samen, als alle antwoorden er zijn.`,
  ownCounts: "Zo hebt u geantwoord",
  ownAnswersTitle: "Al uw antwoorden",
  fullReport: "Bekijk het volledige rapport",
  backToOwn: "Terug naar uw antwoorden",
  fixedField: "Al ingevuld door wie u dit formulier stuurde",
  fixedHint: "Dit staat vast in dit formulier.",
  invited: (c, d) =>
    `Als u klaar bent, stuurt u uw antwoordbestand${d ? ` vóór ${d}` : ""}${c ? ` naar ${c}` : ""}. Aan het eind ziet u welk bestand dat is.`,
  groupSaidTitle: "Wat de leden antwoordden",
  groupSaidIntro: (n) =>
    `Dit is een groepsantwoord van ${count("nl", n, { one: "lid", other: "leden" })}. Kiest de groep een ander antwoord, dan blijven de stemmen zoals de leden antwoordden. Wie dan anders antwoordde dan de groep, staat hieronder.`,
  unnamedDissent: (n) =>
    `${count("nl", n, { one: "lid gaf", other: "leden gaven" })} een ander antwoord dan de groep. Wie dat waren, staat niet in dit bestand. Schreven zij iets, dan staat dat met hun naam in de toelichting van de groep.`,
  noDissent: "Alle leden die deze vraag beantwoordden, gaven het antwoord van de groep.",
  ownWordsTitle: "Zelfde antwoord als de groep, eigen woorden apart bewaard",
  keptApart: (f, n, l) =>
    `De ${f === "evidence" ? "bronnen" : "toelichtingen"} van de leden met dit antwoord zijn samen ${n.toLocaleString("nl-NL")} tekens. Dat past niet in één ${f === "evidence" ? "bron" : "toelichting"} (hooguit ${l.toLocaleString("nl-NL")}). Ze komen daarom ieder apart in het bestand, met de naam van het lid. Er gaat niets verloren. Schrijf hieronder een korte samenvatting van de groep.`,
  mergeProblems: {
    MERGE_MUNICIPALITY: (p) =>
      `${p.file} gaat over ${p.found}, ${p.other} over ${p.expected}: dat zijn verschillende gemeenten. Haal het bestand weg dat niet bij deze groep hoort.`,
    MERGE_QUESTIONNAIRE: (p) =>
      `${p.file} is ingevuld met een andere vragenlijst (${p.found}) dan ${p.other} (${p.expected}). Haal het weg.`,
    MERGE_SAME_FILE: (p) => `${p.file} en ${p.other} zijn hetzelfde bestand. Haal er één weg.`,
    MERGE_ROLES: (p) =>
      `De leden kozen verschillende rollen (${list(p.values)}). Kies bij "Over de groep" namens wie de groep antwoordt.`,
    MERGE_GROUP_INPUT: (p) =>
      `${p.file} is al een groepsantwoord (van ${p.members} leden). Voeg alleen de bestanden van de leden zelf samen.`,
    MERGE_TEXT_TOO_LONG: (p) =>
      `Bij vraag ${p.id} is de toelichting van de groep ${p.length} tekens, hooguit ${p.limit}. Maak haar korter.`,
    MERGE_SAME_NAME: (p) =>
      `Twee bestanden hebben dezelfde naam, ${p.name}: ${list(p.values)}. Is dat twee keer dezelfde persoon? Haal dan één bestand weg.`,
  },
};

const EN: GroupFormTexts = {
  fillInTitle: "Fill in",
  tableTitle: "For the chair and the policy officer",
  tableIntro:
    "Did several people fill in the self-assessment? Then you can open their answer files here. This too happens only on this computer.",
  mergeButton: "Merge answers",
  mergeOffer:
    "Make one group answer from the members' answers, at the table. The questions on which you disagree come first.",
  compareButton: "Compare answers",
  compareOffer: "Put two or more answer files side by side, for example the advisory council's and the municipality's.",
  backToStart: "Back to the start",

  chooseFiles: "Choose answer files",
  chooseMore: "Add another file",
  dropHint: "You can also drag the files here. Choose them all at once: hold Ctrl (or Cmd) while choosing.",
  filesHeading: (n) => `Files chosen (${n})`,
  memberLine: (who, role, date, a, t) => `${who}, ${role}, ${date}: ${a} of ${t} questions answered`,
  fileLabel: "File",
  remove: "Remove",
  removeLabel: (f) => `Remove ${f}`,
  needTwo: "Choose at least two answer files.",
  notOpened: (f) => `The file ${f} was not opened.`,
  opened: (n) => `${count("en", n, { one: "file", other: "files" })} opened.`,
  refusedTitle: "These files do not belong together",
  refusedIntro: "Remove the file that does not belong here, or choose the right file.",
  warningsTitle: "Please note",
  sameFileAgain: (f) => `The file ${f} has already been chosen.`,
  startAgain: "Start again with other files",
  restored: (n, at) => `The ${n} files and your choices from last time are still here (kept in this browser on ${at}).`,

  mergeTitle: "Merge answers",
  mergeIntro: [
    "Choose the answer files of all members. For each question you then see the answers side by side, with what each member wrote.",
    "The proposal is already selected. It is the answer given most often (the majority rule). When two answers are tied, the proposal is the more cautious one: first No, then Don't know, then Partly, then Yes. Together you choose the group's answer.",
    "Nothing is lost. What a member wrote who gives the same answer as the group goes into the group's note, under their name. A member who answers differently stays in the file with their own answer and words.",
  ],
  groupDetailsTitle: "About the group",
  groupName: "Name of the group (optional)",
  groupNameHint: "For example: Wmo advisory council Rijssen-Holten.",
  meetingDate: "Date of the group answer",
  groupRole: "On whose behalf does the group answer?",
  groupRoleHint: "The members did not all choose the same role. Choose the group's role.",
  unnamedMember: (n) => `Member ${n}`,
  differHeading: (n) => `Here you disagree: ${count("en", n, { one: "question", other: "questions" })}`,
  differIntro: "Discuss these questions first. Choose the group's answer together.",
  agreeHeading: (n) => `Here you agree: ${count("en", n, { one: "question", other: "questions" })}`,
  agreeIntro: "Everyone who answered these questions gave the same answer. You can still change the answer.",
  noneAnsweredHeading: (n) => `Answered by nobody: ${count("en", n, { one: "question", other: "questions" })}`,
  noneAnsweredIntro:
    "None of the members answered these questions. You can choose an answer together or leave them open.",
  noDifferences: "The members gave the same answer to every question.",
  questionLabel: (n, t) => `Question ${n} of ${t}`,
  votes: (parts) => parts.join(", "),
  notAnsweredBy: (n) => `${count("en", n, { one: "member", other: "members" })} left the question open`,
  proposal: (a) => `Proposal (majority): ${a}`,
  proposalNone: "No proposal: nobody answered this question.",
  groupAnswer: "The group's answer",
  changedFromProposal: "Differs from the proposal",
  membersCaption: "What the members answered",
  member: "Member",
  answer: "Answer",
  note: "Note",
  evidence: "Source",
  groupNote: "The group's note (optional)",
  groupNoteHint:
    "What the group wants to say. The notes of the members with the same answer are added under their names.",
  downloadGroup: "Download group answer",
  printAgenda: "Print the agenda",
  downloadedGroup: (f) => `The group answer was downloaded as ${f}. You will find it in your Downloads folder.`,
  savedGroupTo: (f) => `The group answer was saved in ${f}.`,
  mergeFailed: "The group answer was not made.",
  agendaTitle: "Agenda: where the members disagree",
  agendaIntro: (m, members, d) => `Municipality ${m}. Answers of ${members}. Made on ${d}.`,
  agendaNothing: "The members gave the same answer to every question. There is nothing to discuss.",
  keptHere: "This browser keeps the files and your choices, also when you close the window.",
  notKeptHere:
    "Please note: this browser does not keep the files and your choices. Download the group answer before you close the window.",

  compareTitle: "Compare answers",
  compareIntro: [
    "Choose two or more answer files about the same municipality. You get the same comparison as with the zelftest program (zelftest compare).",
    "A group answer counts as one voice. Where members of the group thought otherwise, it shows under the question.",
  ],
  compareMixed: "These files cannot be compared.",
  otherFiles: "Choose other files",
  printCompare: "Print the comparison",

  closingTitle: "Done",
  closingDone: "You have seen all the questions. Thank you for filling them in.",
  closingDownloadFirst: "First download your answer file with the button below.",
  sendFile: (s) =>
    `Send the file ${s.file} (${s.chosen ? "where you saved it" : "in your Downloads folder"})` +
    `${s.contact ? ` to ${s.contact}` : ""}${s.deadline ? ` before ${s.deadline}` : ""}.`,
  sendNewest:
    "Did you download the file more than once? Your browser may then have added (1) or (2) to the name. Send the newest file.",
  fileNameIs: (f) => `Your answer file is called ${f}.`,
  toOwnResult: "See your answers",
  ownTitle: "Your answers",
  ownIntro: (m) =>
    `These are your own answers about the municipality of ${m}. They are not yet the group's view: you form that together once all answers are in.`,
  ownCounts: "How you answered",
  ownAnswersTitle: "All your answers",
  fullReport: "See the full report",
  backToOwn: "Back to your answers",
  fixedField: "Filled in by whoever sent you this form",
  fixedHint: "This is fixed in this form.",
  invited: (c, d) =>
    `When you are done, send your answer file${c ? ` to ${c}` : ""}${d ? ` before ${d}` : ""}. At the end you will see which file that is.`,
  groupSaidTitle: "What the members answered",
  groupSaidIntro: (n) =>
    `This is a group answer of ${count("en", n, { one: "member", other: "members" })}. If the group chooses another answer, the votes stay as the members answered. Whoever then answered differently from the group is listed below.`,
  unnamedDissent: (n) =>
    `${count("en", n, { one: "member", other: "members" })} gave another answer than the group. This file does not say who. Anything they wrote is in the group's note, under their name.`,
  noDissent: "Every member who answered this question gave the group's answer.",
  ownWordsTitle: "The group's answer, own words kept apart",
  keptApart: (f, n, l) =>
    `The ${f === "evidence" ? "sources" : "notes"} of the members with this answer come to ${n.toLocaleString("en-GB")} characters together. That does not fit in one ${f === "evidence" ? "source" : "note"} (at most ${l.toLocaleString("en-GB")}). So each is kept apart in the file, with the member's name. Nothing is lost. Write a short summary of the group below.`,
  mergeProblems: {
    MERGE_MUNICIPALITY: (p) =>
      `${p.file} is about ${p.found}, ${p.other} about ${p.expected}: those are different municipalities. Remove the file that does not belong to this group.`,
    MERGE_QUESTIONNAIRE: (p) =>
      `${p.file} was answered with another questionnaire (${p.found}) than ${p.other} (${p.expected}). Remove it.`,
    MERGE_SAME_FILE: (p) => `${p.file} and ${p.other} are the same file. Remove one of them.`,
    MERGE_ROLES: (p) =>
      `The members chose different roles (${list(p.values)}). Choose under "About the group" on whose behalf the group answers.`,
    MERGE_GROUP_INPUT: (p) =>
      `${p.file} already is a group answer (of ${p.members} members). Merge only the members' own files.`,
    MERGE_TEXT_TOO_LONG: (p) =>
      `For question ${p.id} the group's note is ${p.length} characters, at most ${p.limit}. Please shorten it.`,
    MERGE_SAME_NAME: (p) =>
      `Two files have the same name, ${p.name}: ${list(p.values)}. Is that the same person twice? Then remove one file.`,
  },
};

export const GROUP_FORM_TEXT: Record<Lang, GroupFormTexts> = { nl: NL, en: EN };
