// Texts of the group answer (docs/answer-file.md, "Group answers") in Dutch and English: how a
// member without a name is called, what `zelftest samenvoegen` writes at the top of the group file
// and says when it is done, and the three lines `zelftest formulier` prints about what to send.
import type { Lang, Role } from "../model/vocabulary.js";
import { count, formatDate, formatList } from "./intl.js";
import { ROLE_LABEL } from "./ui.js";

export interface GroupTexts {
  /** A member without a name, by their place in the group: "Lid 2". */
  member(n: number): string;
  /** After a member's note in the batch's dissent column: "bron: …". */
  dissentSource(evidence: string): string;
  /** The comment lines at the top of a group answer file. */
  header(members: number, date: string, file: string): readonly string[];
  /** What `samenvoegen` says after writing (stderr), line by line. */
  merged(o: { members: number; answered: number; differ: number; file: string }): readonly string[];
  /** "Let op" before a warning. */
  warning: string;
  /** Page 1 of a group answer's report: how it was made. */
  madeFrom(members: number, names: string, date: string): string;
  /** Under an item of a group answer: the members' votes, and who answered differently. */
  votesLabel: string;
  dissentLabel: string;
  /**
   * The label of members who gave the group's answer whose words were too long together for the
   * group's note: kept apart, each in their own entry (docs/answer-file.md).
   */
  ownWordsLabel: string;
  /** "2 × Ja" */
  votes(n: number, answer: string): string;
  /** The three lines after `formulier`: what to mail, to whom, what to ask back. */
  formSent(o: {
    file: string;
    municipality?: string;
    role?: Role;
    contact?: string;
    deadline?: string;
    lang: Lang;
  }): readonly [string, string, string];
}

const NL: GroupTexts = {
  member: (n) => `Lid ${n}`,
  dissentSource: (evidence) => `bron: ${evidence}`,
  header: (members, date, file) => [
    `Groepsantwoord van ${count("nl", members, { one: "lid", other: "leden" })}, gemaakt op ${formatDate(date, "nl")} met zelftest samenvoegen (regel meerderheid).`,
    'Bespreken en aanpassen: open het formulier in uw browser, kies "Open antwoordbestand" en kies dit bestand.',
    "Onder elke vraag staat bij votes hoe de leden antwoordden, en bij dissent wie anders antwoordde, met hun eigen woorden.",
    `Met het programma zelftest: zelftest report ${file}`,
  ],
  merged: ({ members, answered, differ, file }) => [
    `${count("nl", members, { one: "antwoordbestand", other: "antwoordbestanden" })} samengevoegd volgens regel meerderheid: ${count("nl", answered, { one: "vraag", other: "vragen" })} beantwoord; bij ${count("nl", differ, { one: "vraag", other: "vragen" })} verschillen de leden van mening.`,
    `Bespreek de verschillen in de vergadering: zelftest report ${file} toont onder elke vraag wie wat antwoordde.`,
  ],
  warning: "Let op",
  madeFrom: (members, names, date) =>
    `Samengesteld uit ${count("nl", members, { one: "antwoordbestand", other: "antwoordbestanden" })} (${names}) op ${formatDate(date, "nl")} volgens regel meerderheid: per vraag het antwoord dat de meeste leden gaven, bij gelijke stand het voorzichtigste. Bij elke vraag staat hoe de leden stemden en wie anders antwoordde.`,
  votesLabel: "Stemmen van de leden",
  dissentLabel: "Anders geantwoord",
  ownWordsLabel: "Eigen woorden (zelfde antwoord als de groep)",
  votes: (n, answer) => `${n} × ${answer}`,
  formSent: ({ file, municipality, role, contact, deadline }) => [
    `Stuur ${file} per e-mail naar ${role ? `de ${ROLE_LABEL.nl[role]}` : "de invullers"}${municipality ? ` van ${municipality}` : ""}: elk opent het in de browser en vult het in, zonder installatie.`,
    contact
      ? `Het formulier vraagt hen hun antwoordbestand ${deadline ? `vóór ${formatDate(deadline, "nl")} ` : ""}te sturen naar ${contact}.`
      : `Zeg in uw e-mail naar wie zij hun antwoordbestand sturen${deadline ? ` (het formulier noemt ${formatDate(deadline, "nl")} als uiterste datum)` : " en wanneer"}; met --contact en --deadline staat dat ook in het formulier.`,
    "Vraag terug: het bestand dat het formulier downloadt (zelftest-…yaml, in de map Downloads), niet het formulier; daarna: zelftest samenvoegen of zelftest compare.",
  ],
};

const EN: GroupTexts = {
  member: (n) => `Member ${n}`,
  dissentSource: (evidence) => `source: ${evidence}`,
  header: (members, date, file) => [
    `Group answer of ${count("en", members, { one: "member", other: "members" })}, made on ${formatDate(date, "en")} with zelftest merge (rule meerderheid, majority).`,
    'To discuss and change it: open the form in your browser, choose "Open answer file" and choose this file.',
    "Under each question, votes says how the members answered, and dissent who answered differently, in their own words.",
    `With the zelftest program: zelftest report ${file}`,
  ],
  merged: ({ members, answered, differ, file }) => [
    `${count("en", members, { one: "answer file", other: "answer files" })} merged by rule meerderheid (majority): ${count("en", answered, { one: "question", other: "questions" })} answered; on ${count("en", differ, { one: "question", other: "questions" })} the members differ.`,
    `Discuss the differences at the meeting: zelftest report ${file} shows under each question who answered what.`,
  ],
  warning: "Note",
  madeFrom: (members, names, date) =>
    `Made from ${count("en", members, { one: "answer file", other: "answer files" })} (${names}) on ${formatDate(date, "en")} by rule meerderheid (majority): per question the answer most members gave, on a tie the most cautious. Each question shows how the members voted and who answered differently.`,
  votesLabel: "Members' votes",
  dissentLabel: "Answered differently",
  ownWordsLabel: "Own words (the group's answer)",
  votes: (n, answer) => `${n} × ${answer}`,
  formSent: ({ file, municipality, role, contact, deadline }) => [
    `Send ${file} by e-mail to ${role ? `the ${ROLE_LABEL.en[role]}` : "the respondents"}${municipality ? ` of ${municipality}` : ""}: each opens it in a browser and fills it in, nothing to install.`,
    contact
      ? `The form asks them to send their answer file to ${contact}${deadline ? ` by ${formatDate(deadline, "en")}` : ""}.`
      : `Say in your e-mail whom to send their answer file to${deadline ? ` (the form names ${formatDate(deadline, "en")} as the deadline)` : " and by when"}; with --contact and --deadline the form says so too.`,
    "Ask back: the file the form downloads (zelftest-…yaml, in the Downloads folder), not the form; then: zelftest merge or zelftest compare.",
  ],
};

export const GROUP_TEXT: Record<Lang, GroupTexts> = { nl: NL, en: EN };

/** "A. de Vries, B. Bakker en Lid 3": the members of a group by name. */
export function memberNames(names: readonly (string | undefined)[], lang: Lang): string {
  return formatList(
    names.map((n, k) => n ?? GROUP_TEXT[lang].member(k + 1)),
    lang,
  );
}
