// The report's fixed texts (headings, sentences of the first page, explanations, method) in Dutch
// and English. Sentences with counts are functions, so that singular and plural stay right.
import type { Lang, Role } from "../model/vocabulary.js";
import { formatList } from "./intl.js";

export interface LegalCounts {
  readonly total: number;
  readonly voldoet: number;
  readonly deels: number;
  readonly niet: number;
  readonly onbekend: number;
}

/**
 * What changes with who filled in the answers: the first page's heading and next steps. The
 * municipality looks inside (its own documents, its college); an advisory council, a client
 * organisation, a provider or a researcher looks from outside and asks the municipality.
 */
export interface RoleTexts {
  /** The respondent in a sentence: "de adviesraad", "de invuller". */
  who: string;
  /** The first page's heading ("Samenvatting voor het college"). */
  summaryTitle: string;
  /** The subtitle of the first page alone (`--kort`). */
  shortSubtitle: string;
  /** The sentence in the conclusion that points to ‘Niet na te gaan’. */
  unknownSentence(n: number): string;
  unknownIntro: string;
  /** The next steps, in the order this reader takes them. */
  next(c: { plan: number; unknown: number; noSource: boolean }): string[];
}

export interface ReportTexts {
  documentTitle(municipality: string): string;
  subtitle: string;
  toc: string;
  header: { municipality: string; respondent: string; date: string; questionnaire: string; version: string };
  /** The summary's heading when nothing is known about the reader (the form's result page uses role texts too). */
  summaryTitle: string;
  role: Record<Role, RoleTexts>;
  conclusionTitle: string;
  /** "9 van de 15 wettelijke eisen zijn geregeld, 3 deels, 2 niet; 1 kon niet worden nagegaan." */
  countsSentence(c: LegalCounts): string;
  verdictSentence: {
    voldoet: string;
    deels(n: number): string;
    onbekend(n: number): string;
    "voldoet-niet"(n: number): string;
  };
  noLegal: string;
  /** unknown: legal items answered ‘weet niet’ or not answered, which count as 0 in the score. */
  scoreSentence(score: string, unknown: number): string;
  /** open: answered, not (yet) in order; unanswered: no answer given (counts as 0 in the score). */
  practiceSentence(inOrder: number, total: number, open: number, unanswered: number): string;
  practiceNotFilled: string;
  /** In the theme table: a theme whose good practice was not answered at all (not a score of 0). */
  practiceCellNotFilled: string;
  countsCaption: string;
  countsLabels: { voldoet: string; deels: string; "voldoet-niet": string; onbekend: string; total: string };
  findingsTitle: string;
  finding: { "voldoet-niet": string; deels: string; onbekend: string };
  /** A finding without its final full stop: the template adds the articles and the stop. */
  themeFinding(theme: string, total: number, c: { niet: number; deels: number; onbekend: number }): string;
  noFindings: string;
  aboutTitle: string;
  about(who: string, withSource: number, yes: number): string[];
  nextTitle: string;
  themesTitle: string;
  themesIntro: string;
  chartTitle: string;
  themesCaption: string;
  chartDesc(list: string): string;
  themeCol: string;
  verdictCol: string;
  scoreCol: string;
  practiceCol: string;
  gapsTitle: string;
  gapsIntro: string;
  noGaps: string;
  unknownTitle: string;
  noUnknown: string;
  check: string;
  opportunitiesTitle: string;
  opportunitiesIntro: string;
  opportunityAction: string;
  notAnsweredPracticeTitle(n: number): string;
  legalItem: string;
  practiceItem: string;
  answerGiven: string;
  respondentNote: string;
  respondentEvidence: string;
  noSource: string;
  yesNoSource: string;
  why: string;
  recommendation: string;
  legalBasis: string;
  legalKind: { wet: string; toelichting: string; vng: string };
  basis: string;
  example: string;
  evidenceNeeded: string;
  inOrderTitle: string;
  inOrderIntro(yes: number, withSource: number): string;
  inOrderNone: string;
  planTitle: string;
  planIntro: string;
  planCaption: string;
  planCols: {
    nr: string;
    package: string;
    actions: string;
    items: string;
    priority: string;
    moment: string;
    evidence: string;
    owner: string;
    deadline: string;
    /** Plan CSV only (added after the columns above): per action line its kind, and its article. */
    kind: string;
    article: string;
    /** Plan CSV only: the question texts, one per line of the "Vragen" column (which holds the ids). */
    questionTexts: string;
  };
  priority: { hoog: string; middel: string; kans: string };
  /** What a package's priority rests on: its legal items (and, apart, its good-practice points). */
  priorityNote(legal: number, practice: number): string;
  actionKind: { legal(article: string): string; practice: string };
  /** "Vraag" / "Question": the label before the question an action answers. */
  planQuestion: string;
  noPlan: string;
  glossaryTitle: string;
  glossaryIntro: string;
  methodTitle: string;
  methodRules: string[];
  priorityRule: string;
  stampTitle: string;
  stamp: { tool: string; questionnaire: string; questionnaireHash: string; answersHash: string; generated: string };
  notApplicable: string;
}

const n1 = (n: number, one: string, many: string) => (n === 1 ? one : many);

const NL_UNKNOWN_OUTSIDE = (n: number) =>
  `Het rapport noemt onder ‘Niet na te gaan’ per eis welke stukken en antwoorden u bij de gemeente kunt opvragen om ${n1(n, "die eis", `die ${n} eisen`)} toch te beoordelen.`;
const NL_UNKNOWN_INTRO_OUTSIDE =
  "Van deze wettelijke eisen kon de invuller niet zeggen of ze geregeld zijn. Dat is zelf een bevinding. Bij elke eis staat welke stukken en antwoorden u bij de gemeente kunt opvragen.";
const nlPackages = (rows: number) => `${rows} ${n1(rows, "werkpakket", "werkpakketten")}, wettelijke eisen eerst`;
const nlAskUnknown = (n: number) =>
  `Vraag de gemeente om de stukken die onder ‘Niet na te gaan’ bij ${n1(n, "de eis", `de ${n} eisen`)} staan.`;
const NL_KEEP = "Leg bij elk antwoord ‘Ja’ de bron vast.";
const NL_REPEAT = "Doe de zelftest over een jaar opnieuw en vergelijk.";
/** Steps for a reader outside the municipality: ask first, then talk, then propose. */
const nlOutside = (talk: string, propose: (rows: number) => string, ask = nlAskUnknown) => {
  return (c: { plan: number; unknown: number; noSource: boolean }) => [
    ...(c.unknown > 0 ? [ask(c.unknown)] : []),
    talk,
    ...(c.plan > 0 ? [propose(c.plan)] : []),
    ...(c.noSource ? [NL_KEEP] : []),
    NL_REPEAT,
  ];
};

const NL_ROLES: Record<Role, RoleTexts> = {
  gemeente: {
    who: "de gemeente",
    summaryTitle: "Samenvatting voor het college",
    shortSubtitle: "Samenvatting voor het college: de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownSentence: (n) =>
      `Het rapport noemt onder ‘Niet na te gaan’ per eis welke stukken en antwoorden nodig zijn om ${n1(n, "die eis", `die ${n} eisen`)} toch te beoordelen.`,
    unknownIntro:
      "Van deze wettelijke eisen kon de invuller niet zeggen of ze geregeld zijn. Dat is zelf een bevinding. Bij elke eis staat welke stukken en antwoorden nodig zijn om het na te gaan, binnen de gemeente of bij de aanbieders.",
    next: (c) => [
      ...(c.plan > 0
        ? [`Neem het plan van aanpak (${nlPackages(c.plan)}) over in een projectplan en vul eigenaar en termijn in.`]
        : []),
      ...(c.unknown > 0
        ? [
            `Zoek de stukken op die nodig zijn om ${n1(c.unknown, "de eis", `de ${c.unknown} eisen`)} onder ‘Niet na te gaan’ te beoordelen, ook bij de aanbieders.`,
          ]
        : []),
      "Bespreek de uitkomst met de Wmo-adviesraad of cliëntenraad en met de aanbieders.",
      ...(c.noSource ? [NL_KEEP] : []),
      NL_REPEAT,
    ],
  },
  adviesraad: {
    who: "de adviesraad",
    summaryTitle: "Samenvatting van de adviesraad",
    shortSubtitle: "Samenvatting van de adviesraad: de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownSentence: NL_UNKNOWN_OUTSIDE,
    unknownIntro: NL_UNKNOWN_INTRO_OUTSIDE,
    next: nlOutside(
      "Bespreek de uitkomst met de wethouder en de beleidsmedewerker Wmo; begin met wat niet geregeld is.",
      (rows) => `Bied het plan van aanpak (${nlPackages(rows)}) aan het college aan als advies.`,
    ),
  },
  clientorganisatie: {
    who: "de cliëntorganisatie",
    summaryTitle: "Samenvatting van de cliëntorganisatie",
    shortSubtitle: "Samenvatting van de cliëntorganisatie: de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownSentence: NL_UNKNOWN_OUTSIDE,
    unknownIntro: NL_UNKNOWN_INTRO_OUTSIDE,
    next: nlOutside(
      "Bespreek de uitkomst met de Wmo-adviesraad en met de gemeente, en laat uw achterban weten wat eruit kwam.",
      (rows) => `Geef het plan van aanpak (${nlPackages(rows)}) aan de gemeente als voorstel.`,
    ),
  },
  aanbieder: {
    who: "de aanbieder",
    summaryTitle: "Samenvatting van de aanbieder",
    shortSubtitle: "Samenvatting van de aanbieder: de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownSentence: NL_UNKNOWN_OUTSIDE,
    unknownIntro: NL_UNKNOWN_INTRO_OUTSIDE,
    next: nlOutside(
      "Bespreek de uitkomst met de gemeente als opdrachtgever en met de andere aanbieders.",
      (rows) =>
        `Kijk welke acties uit het plan van aanpak (${nlPackages(rows)}) uw eigen organisatie kan oppakken; spreek de rest af met de gemeente.`,
    ),
  },
  onderzoeker: {
    who: "de onderzoeker",
    summaryTitle: "Samenvatting van het onderzoek",
    shortSubtitle: "Samenvatting van het onderzoek: de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownSentence: NL_UNKNOWN_OUTSIDE,
    unknownIntro: NL_UNKNOWN_INTRO_OUTSIDE,
    next: nlOutside(
      "Leg de uitkomst voor aan de gemeente, zodat zij kan reageren voordat u iets publiceert.",
      (rows) => `Neem het plan van aanpak (${nlPackages(rows)}) op als aanbeveling aan de gemeente.`,
      (n) =>
        `Vraag de gemeente om de stukken bij ${n1(n, "de eis", `de ${n} eisen`)} onder ‘Niet na te gaan’ en vul de antwoorden aan.`,
    ),
  },
  anders: {
    who: "de invuller",
    summaryTitle: "Samenvatting",
    shortSubtitle: "Samenvatting van de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownSentence: NL_UNKNOWN_OUTSIDE,
    unknownIntro: NL_UNKNOWN_INTRO_OUTSIDE,
    next: nlOutside(
      "Bespreek de uitkomst met de gemeente en met de Wmo-adviesraad.",
      (rows) => `Gebruik het plan van aanpak (${nlPackages(rows)}) in het gesprek met de gemeente.`,
    ),
  },
};

const NL: ReportTexts = {
  documentTitle: (m) => `Zelftest cliëntondersteuning – ${m}`,
  subtitle: "Rapport van de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
  toc: "Inhoud",
  header: {
    municipality: "Gemeente",
    respondent: "Ingevuld door",
    date: "Datum",
    questionnaire: "Vragenlijst",
    version: "versie",
  },
  summaryTitle: "Samenvatting",
  role: NL_ROLES,
  conclusionTitle: "Conclusie",
  countsSentence: (c) => {
    const parts = [`${c.voldoet} van de ${c.total} wettelijke eisen ${n1(c.voldoet, "is", "zijn")} geregeld`];
    if (c.deels > 0) parts.push(`${c.deels} deels`);
    if (c.niet > 0) parts.push(`${c.niet} niet`);
    const head = formatList(parts, "nl");
    return c.onbekend > 0
      ? `${head}; van ${c.onbekend} ${n1(c.onbekend, "eis", "eisen")} kon niet worden nagegaan of ${n1(c.onbekend, "die", "ze")} geregeld ${n1(c.onbekend, "is", "zijn")}.`
      : `${head}.`;
  },
  verdictSentence: {
    voldoet: "De gemeente voldoet daarmee aan alle wettelijke eisen voor cliëntondersteuning, volgens deze zelftest.",
    deels: (n) =>
      `Geen eis ontbreekt helemaal, maar ${n} ${n1(n, "is", "zijn")} maar deels geregeld of niet op papier vastgelegd. De gemeente voldoet daarmee nog niet volledig aan de wet.`,
    onbekend: (n) =>
      `Geen eis ontbreekt zeker, maar van ${n} ${n1(n, "eis", "eisen")} is niet bekend of ${n1(n, "die", "ze")} geregeld ${n1(n, "is", "zijn")}. Of de gemeente aan de wet voldoet, is daarom nog niet te zeggen.`,
    "voldoet-niet": (n) =>
      `De gemeente voldoet daarmee nog niet aan de wet: ${n} wettelijke ${n1(n, "eis is", "eisen zijn")} niet geregeld.`,
  },
  noLegal: "Deze vragenlijst heeft geen wettelijke eisen; het rapport gaat alleen over goede praktijk.",
  scoreSentence: (s, unknown) =>
    `In één getal: ${s} van 100 punten voor de wettelijke eisen (Ja telt 1 punt, Deels een half${unknown > 0 ? `; de ${unknown} ${n1(unknown, "eis", "eisen")} die niet na te gaan ${n1(unknown, "is", "zijn")}, ${n1(unknown, "telt", "tellen")} als 0` : ""}). Dit is geen rapportcijfer: de wet vraagt dat elke eis geregeld is.`,
  practiceSentence: (inOrder, total, open, unanswered) =>
    `Goede praktijk: ${inOrder} van de ${total} punten ${n1(inOrder, "is", "zijn")} op orde. ${open} ${n1(open, "punt biedt", "punten bieden")} een kans om de ondersteuning te verbeteren; de wet verplicht daar niet toe.` +
    (unanswered > 0
      ? ` ${unanswered} ${n1(unanswered, "punt is", "punten zijn")} niet beantwoord; in de score ${n1(unanswered, "telt dat", "tellen die")} als 0.`
      : ""),
  practiceNotFilled: "Goede praktijk is niet ingevuld; dit rapport gaat over de wettelijke eisen.",
  practiceCellNotFilled: "niet ingevuld",
  countsCaption: "Wettelijke eisen per uitkomst",
  countsLabels: {
    voldoet: "Geregeld",
    deels: "Deels geregeld",
    "voldoet-niet": "Niet geregeld",
    onbekend: "Niet na te gaan",
    total: "Totaal",
  },
  findingsTitle: "Belangrijkste bevindingen",
  finding: { "voldoet-niet": "Niet geregeld", deels: "Deels geregeld", onbekend: "Niet na te gaan" },
  themeFinding: (theme, total, c) => {
    const parts: string[] = [];
    const lead = (n: number, what: string) =>
      n === total
        ? n === 1
          ? `de wettelijke eis is ${what}`
          : n === 2
            ? `beide wettelijke eisen zijn ${what}`
            : `alle ${n} wettelijke eisen zijn ${what}`
        : `${n} van de ${total} wettelijke eisen ${n1(n, "is", "zijn")} ${what}`;
    if (c.niet > 0) parts.push(lead(c.niet, "niet geregeld"));
    if (c.onbekend > 0)
      parts.push(parts.length === 0 ? lead(c.onbekend, "niet na te gaan") : `${c.onbekend} niet na te gaan`);
    if (c.deels > 0) parts.push(parts.length === 0 ? lead(c.deels, "deels geregeld") : `${c.deels} deels geregeld`);
    return `${theme}: ${formatList(parts, "nl")}`;
  },
  noFindings: "Er zijn geen tekorten bij de wettelijke eisen.",
  aboutTitle: "Wat deze zelftest is, en wat niet",
  about: (who, withSource, yes) => [
    `Dit is een zelftest: ${who} beantwoordde de vragen zelf. Het is geen audit, geen oordeel van een toezichthouder en geen juridisch advies; niemand heeft de antwoorden gecontroleerd.`,
    yes === 0
      ? "Geen enkele vraag is met Ja beantwoord."
      : `Bij ${withSource} van de ${yes} antwoorden ‘Ja’ is een bron genoemd; ‘Ja, zonder bron’ is een bewering die nog onderbouwd moet worden.`,
  ],
  nextTitle: "Volgende stap",
  themesTitle: "Per thema",
  themesIntro:
    "De grafiek toont per thema de score voor de wettelijke eisen (0 tot 100). De tabel geeft ook het oordeel en, als die is ingevuld, de score voor goede praktijk.",
  chartTitle: "Score wettelijke eisen per thema",
  themesCaption: "Oordeel en score per thema",
  chartDesc: (list) => `Staafdiagram. ${list}. Dezelfde cijfers staan in de tabel hieronder.`,
  themeCol: "Thema",
  verdictCol: "Wettelijke eisen",
  scoreCol: "Score",
  practiceCol: "Goede praktijk",
  gapsTitle: "Wat ontbreekt bij de wettelijke eisen",
  gapsIntro:
    "De wettelijke eisen die niet of maar deels geregeld zijn, eerst wat niet geregeld is. Bij elke eis: het antwoord met toelichting en bron, waarom het ertoe doet, wat u kunt doen en op welk artikel de eis rust.",
  noGaps: "Geen wettelijke eis is ‘niet’ of ‘deels’ geregeld.",
  unknownTitle: "Niet na te gaan",
  noUnknown: "Alle wettelijke eisen konden worden nagegaan.",
  check: "Zo gaat u het na",
  opportunitiesTitle: "Kansen uit goede praktijk",
  opportunitiesIntro:
    "Deze punten komen uit handreikingen en ervaringen van andere gemeenten. De wet verplicht er niet toe; ze laten zien waar de ondersteuning nog beter kan.",
  opportunityAction: "Wat u kunt doen",
  notAnsweredPracticeTitle: (n) =>
    `${n} ${n1(n, "punt", "punten")} van goede praktijk ${n1(n, "is", "zijn")} niet beantwoord`,
  legalItem: "Wettelijke eis",
  practiceItem: "Goede praktijk",
  answerGiven: "Antwoord",
  respondentNote: "Toelichting",
  respondentEvidence: "Bron",
  noSource: "geen bron genoemd",
  yesNoSource: "Ja, zonder bron",
  why: "Waarom dit ertoe doet",
  recommendation: "Wat u kunt doen",
  legalBasis: "Wettelijke grondslag",
  legalKind: { wet: "tekst van de wet", toelichting: "memorie van toelichting", vng: "lezing van de VNG-zelftest" },
  basis: "Bronnen",
  example: "Voorbeeld",
  evidenceNeeded: "Dit laat zien dat het geregeld is",
  inOrderTitle: "Wat op orde is",
  inOrderIntro: (yes, withSource) =>
    `${yes} ${n1(yes, "vraag is", "vragen zijn")} met Ja beantwoord; bij ${withSource} daarvan is een bron genoemd. Onder elk punt staan de toelichting en de bron van de invuller.`,
  inOrderNone: "Nog geen enkele vraag is met Ja beantwoord.",
  planTitle: "Plan van aanpak",
  planIntro:
    "De acties per werkpakket. Werkpakketten met een wettelijk tekort staan eerst; hun prioriteit komt alleen uit de wettelijke eisen. In elk werkpakket staan eerst de acties voor een wettelijke eis, met het artikel, en daarna die uit goede praktijk. Elke actie staat op zichzelf. Eigenaar en termijn zijn leeg om in te vullen; de tabel kunt u overnemen in een projectplan.",
  planCaption: "Werkpakketten",
  planCols: {
    nr: "Nr.",
    package: "Werkpakket",
    actions: "Acties",
    items: "Vragen",
    priority: "Prioriteit",
    moment: "Moment",
    evidence: "Op te leveren bewijs",
    owner: "Eigenaar",
    deadline: "Termijn",
    kind: "Soort",
    article: "Artikel",
    questionTexts: "Vraagteksten",
  },
  priority: { hoog: "Hoog", middel: "Middel", kans: "Kans" },
  priorityNote: (legal, practice) =>
    legal === 0
      ? "alleen goede praktijk"
      : `${legal} wettelijke ${n1(legal, "eis", "eisen")}${practice > 0 ? `, ${practice} goede praktijk` : ""}`,
  actionKind: {
    legal: (article) => (article ? `Wettelijke eis (${article})` : "Wettelijke eis"),
    practice: "Goede praktijk",
  },
  planQuestion: "Vraag",
  noPlan: "Er zijn geen acties nodig.",
  glossaryTitle: "Bijlage: begrippen",
  glossaryIntro: "Wat de woorden in dit rapport betekenen.",
  methodTitle: "Werkwijze",
  methodRules: [
    "Per vraag: Ja = 1 punt (voldoet); Deels = 0,5 punt (deels); Nee = 0 punten (voldoet niet); Weet niet of niet beantwoord = 0 punten (onbekend, in dit rapport: niet na te gaan).",
    "Oordeel over een groep vragen, het slechtste telt: is er één 'voldoet niet', dan voldoet de groep niet; anders bij één 'onbekend' onbekend; anders bij één 'deels' deels; anders voldoet de groep.",
    "Oordeel en score voor de wettelijke eisen gaan alleen over de wettelijke vragen: in totaal en per thema.",
    "Score = 100 × (som van gewicht × punten) / (som van de gewichten), afgerond op één decimaal.",
    "De score voor goede praktijk gaat alleen over de aanbevelingen, op dezelfde manier; zonder aanbevelingen is er geen score.",
    "Een vraag met een voorwaarde die niet vervuld is, telt niet mee (niet van toepassing).",
    "Het plan van aanpak als spreadsheet: zelftest report --plan-csv BESTAND. Twee antwoordbestanden vergelijken (ander jaar of andere invuller): zelftest compare.",
  ],
  priorityRule:
    "Prioriteit in het plan van aanpak: Hoog als het werkpakket een wettelijke eis bevat die niet geregeld of niet na te gaan is; Middel als het een wettelijke eis bevat die deels geregeld is; anders Kans (alleen goede praktijk). Goede praktijk maakt de prioriteit nooit hoger.",
  stampTitle: "Herhaalbaarheid",
  stamp: {
    tool: "Gemaakt met",
    questionnaire: "Vragenlijst",
    questionnaireHash: "Vingerafdruk vragenlijst (SHA-256)",
    answersHash: "Vingerafdruk antwoordbestand (SHA-256)",
    generated: "Gemaakt op",
  },
  notApplicable: "niet van toepassing",
};

const EN_UNKNOWN_OUTSIDE = (n: number) =>
  `Under ‘Could not be checked’ the report lists, per requirement, the documents and answers to ask the municipality for to assess ${n1(n, "that requirement", `those ${n} requirements`)} after all.`;
const EN_UNKNOWN_INTRO_OUTSIDE =
  "For these legal requirements the respondent could not say whether they are in place. That is a finding in itself. Each lists the documents and answers to ask the municipality for.";
const enPackages = (rows: number) => `${rows} work ${n1(rows, "package", "packages")}, legal requirements first`;
const enAskUnknown = (n: number) =>
  `Ask the municipality for the documents listed under ‘Could not be checked’ for the ${n1(n, "requirement", `${n} requirements`)}.`;
const EN_KEEP = "Record the source of every answer ‘Yes’.";
const EN_REPEAT = "Repeat the self-assessment in a year and compare.";
const enOutside = (talk: string, propose: (rows: number) => string, ask = enAskUnknown) => {
  return (c: { plan: number; unknown: number; noSource: boolean }) => [
    ...(c.unknown > 0 ? [ask(c.unknown)] : []),
    talk,
    ...(c.plan > 0 ? [propose(c.plan)] : []),
    ...(c.noSource ? [EN_KEEP] : []),
    EN_REPEAT,
  ];
};

const EN_ROLES: Record<Role, RoleTexts> = {
  gemeente: {
    who: "the municipality",
    summaryTitle: "Summary for the executive board",
    shortSubtitle: "Summary for the executive board: the self-assessment of independent client support (Wmo 2015)",
    unknownSentence: (n) =>
      `Under ‘Could not be checked’ the report lists, per requirement, the documents and answers needed to assess ${n1(n, "that requirement", `those ${n} requirements`)} after all.`,
    unknownIntro:
      "For these legal requirements the respondent could not say whether they are in place. That is a finding in itself. Each lists the documents and answers needed to check it, within the municipality or at the providers.",
    next: (c) => [
      ...(c.plan > 0
        ? [`Copy the action plan (${enPackages(c.plan)}) into a project plan and fill in owner and deadline.`]
        : []),
      ...(c.unknown > 0
        ? [
            `Find the documents needed to assess the ${n1(c.unknown, "requirement", `${c.unknown} requirements`)} under ‘Could not be checked’, also at the providers.`,
          ]
        : []),
      "Discuss the outcome with the Wmo advisory council or client council and with the providers.",
      ...(c.noSource ? [EN_KEEP] : []),
      EN_REPEAT,
    ],
  },
  adviesraad: {
    who: "the advisory council",
    summaryTitle: "Summary by the advisory council",
    shortSubtitle: "Summary by the advisory council: the self-assessment of independent client support (Wmo 2015)",
    unknownSentence: EN_UNKNOWN_OUTSIDE,
    unknownIntro: EN_UNKNOWN_INTRO_OUTSIDE,
    next: enOutside(
      "Discuss the outcome with the alderman and the Wmo policy officer; start with what is not in place.",
      (rows) => `Offer the action plan (${enPackages(rows)}) to the executive board as advice.`,
    ),
  },
  clientorganisatie: {
    who: "the client organisation",
    summaryTitle: "Summary by the client organisation",
    shortSubtitle: "Summary by the client organisation: the self-assessment of independent client support (Wmo 2015)",
    unknownSentence: EN_UNKNOWN_OUTSIDE,
    unknownIntro: EN_UNKNOWN_INTRO_OUTSIDE,
    next: enOutside(
      "Discuss the outcome with the Wmo advisory council and the municipality, and tell your members what came out.",
      (rows) => `Give the action plan (${enPackages(rows)}) to the municipality as a proposal.`,
    ),
  },
  aanbieder: {
    who: "the provider",
    summaryTitle: "Summary by the provider",
    shortSubtitle: "Summary by the provider: the self-assessment of independent client support (Wmo 2015)",
    unknownSentence: EN_UNKNOWN_OUTSIDE,
    unknownIntro: EN_UNKNOWN_INTRO_OUTSIDE,
    next: enOutside(
      "Discuss the outcome with the municipality as commissioning party and with the other providers.",
      (rows) =>
        `See which actions in the action plan (${enPackages(rows)}) your own organisation can take up; agree the rest with the municipality.`,
    ),
  },
  onderzoeker: {
    who: "the researcher",
    summaryTitle: "Summary of the study",
    shortSubtitle: "Summary of the study: the self-assessment of independent client support (Wmo 2015)",
    unknownSentence: EN_UNKNOWN_OUTSIDE,
    unknownIntro: EN_UNKNOWN_INTRO_OUTSIDE,
    next: enOutside(
      "Show the outcome to the municipality, so that it can respond before you publish anything.",
      (rows) => `Include the action plan (${enPackages(rows)}) as a recommendation to the municipality.`,
      (n) =>
        `Ask the municipality for the documents behind the ${n1(n, "requirement", `${n} requirements`)} under ‘Could not be checked’ and complete the answers.`,
    ),
  },
  anders: {
    who: "the respondent",
    summaryTitle: "Summary",
    shortSubtitle: "Summary of the self-assessment of independent client support (Wmo 2015)",
    unknownSentence: EN_UNKNOWN_OUTSIDE,
    unknownIntro: EN_UNKNOWN_INTRO_OUTSIDE,
    next: enOutside(
      "Discuss the outcome with the municipality and the Wmo advisory council.",
      (rows) => `Use the action plan (${enPackages(rows)}) in the meeting with the municipality.`,
    ),
  },
};

const EN: ReportTexts = {
  documentTitle: (m) => `Client support self-assessment – ${m}`,
  subtitle: "Report of the self-assessment of independent client support (Wmo 2015)",
  toc: "Contents",
  header: {
    municipality: "Municipality",
    respondent: "Answered by",
    date: "Date",
    questionnaire: "Questionnaire",
    version: "version",
  },
  summaryTitle: "Summary",
  role: EN_ROLES,
  conclusionTitle: "Conclusion",
  countsSentence: (c) => {
    const parts = [`${c.voldoet} of the ${c.total} legal requirements ${n1(c.voldoet, "is", "are")} in place`];
    if (c.deels > 0) parts.push(`${c.deels} partly`);
    if (c.niet > 0) parts.push(`${c.niet} not`);
    const head = formatList(parts, "en");
    return c.onbekend > 0
      ? `${head}; for ${c.onbekend} ${n1(c.onbekend, "requirement", "requirements")} it could not be checked whether ${n1(c.onbekend, "it is", "they are")} in place.`
      : `${head}.`;
  },
  verdictSentence: {
    voldoet: "According to this self-assessment, the municipality meets every legal requirement for client support.",
    deels: (n) =>
      `No requirement is missing altogether, but ${n} ${n1(n, "is", "are")} only partly in place or not recorded. The municipality does not yet fully meet the law.`,
    onbekend: (n) =>
      `No requirement is known to be missing, but for ${n} ${n1(n, "requirement", "requirements")} it is not known whether ${n1(n, "it is", "they are")} in place. Whether the municipality meets the law cannot be said yet.`,
    "voldoet-niet": (n) =>
      `The municipality therefore does not yet meet the law: ${n} legal ${n1(n, "requirement is", "requirements are")} not in place.`,
  },
  noLegal: "This questionnaire has no legal requirements; the report covers good practice only.",
  scoreSentence: (s, unknown) =>
    `As one figure: ${s} out of 100 points for the legal requirements (Yes counts 1 point, Partly a half${unknown > 0 ? `; the ${unknown} ${n1(unknown, "requirement", "requirements")} that could not be checked count${n1(unknown, "s", "")} as 0` : ""}). This is not a grade: the law asks for every requirement to be in place.`,
  practiceSentence: (inOrder, total, open, unanswered) =>
    `Good practice: ${inOrder} of the ${total} points ${n1(inOrder, "is", "are")} in order. ${open} ${n1(open, "point offers", "points offer")} a chance to improve support; the law does not require them.` +
    (unanswered > 0
      ? ` ${unanswered} ${n1(unanswered, "point was", "points were")} not answered; in the score ${n1(unanswered, "it counts", "they count")} as 0.`
      : ""),
  practiceNotFilled: "Good practice was not filled in; this report covers the legal requirements.",
  practiceCellNotFilled: "not filled in",
  countsCaption: "Legal requirements by outcome",
  countsLabels: {
    voldoet: "In place",
    deels: "Partly in place",
    "voldoet-niet": "Not in place",
    onbekend: "Could not be checked",
    total: "Total",
  },
  findingsTitle: "Main findings",
  finding: { "voldoet-niet": "Not in place", deels: "Partly in place", onbekend: "Could not be checked" },
  themeFinding: (theme, total, c) => {
    const parts: string[] = [];
    const lead = (n: number, what: string) =>
      n === total
        ? n === 1
          ? `the legal requirement is ${what}`
          : n === 2
            ? `both legal requirements are ${what}`
            : `all ${n} legal requirements are ${what}`
        : `${n} of the ${total} legal requirements ${n1(n, "is", "are")} ${what}`;
    if (c.niet > 0) parts.push(lead(c.niet, "not in place"));
    if (c.onbekend > 0)
      parts.push(
        parts.length === 0
          ? c.onbekend === total
            ? total === 1
              ? "the legal requirement could not be checked"
              : `none of the ${total} legal requirements could be checked`
            : `${c.onbekend} of the ${total} legal requirements could not be checked`
          : `${c.onbekend} could not be checked`,
      );
    if (c.deels > 0) parts.push(parts.length === 0 ? lead(c.deels, "partly in place") : `${c.deels} partly in place`);
    return `${theme}: ${formatList(parts, "en")}`;
  },
  noFindings: "No legal requirement falls short.",
  aboutTitle: "What this self-assessment is, and is not",
  about: (who, withSource, yes) => [
    `This is a self-assessment: ${who} answered the questions. It is not an audit, not a regulator's judgement and not legal advice; nobody has checked the answers.`,
    yes === 0
      ? "No question was answered Yes."
      : `For ${withSource} of the ${yes} answers ‘Yes’ a source was given; ‘Yes, no source’ is a claim that still needs support.`,
  ],
  nextTitle: "Next step",
  themesTitle: "Per theme",
  themesIntro:
    "The chart shows the legal score per theme (0 to 100). The table also gives the verdict and, when filled in, the good-practice score.",
  chartTitle: "Legal score per theme",
  themesCaption: "Verdict and score per theme",
  chartDesc: (list) => `Bar chart. ${list}. The same figures are in the table below.`,
  themeCol: "Theme",
  verdictCol: "Legal requirements",
  scoreCol: "Score",
  practiceCol: "Good practice",
  gapsTitle: "What is missing in the legal requirements",
  gapsIntro:
    "The legal requirements that are not or only partly in place, those not in place first. For each: the answer with explanation and source, why it matters, what you can do and the article it rests on.",
  noGaps: "No legal requirement is ‘not’ or ‘partly’ in place.",
  unknownTitle: "Could not be checked",
  noUnknown: "Every legal requirement could be checked.",
  check: "How to check",
  opportunitiesTitle: "Opportunities from good practice",
  opportunitiesIntro:
    "These points come from guidance and other municipalities' experience. The law does not require them; they show where support can improve.",
  opportunityAction: "What you can do",
  notAnsweredPracticeTitle: (n) => `${n} good-practice ${n1(n, "point was", "points were")} not answered`,
  legalItem: "Legal requirement",
  practiceItem: "Good practice",
  answerGiven: "Answer",
  respondentNote: "Explanation",
  respondentEvidence: "Source",
  noSource: "no source given",
  yesNoSource: "Yes, no source",
  why: "Why this matters",
  recommendation: "What you can do",
  legalBasis: "Legal basis",
  legalKind: {
    wet: "text of the law",
    toelichting: "explanatory memorandum",
    vng: "the VNG self-assessment's reading",
  },
  basis: "Sources",
  example: "Example",
  evidenceNeeded: "This would show it is in place",
  inOrderTitle: "What is in order",
  inOrderIntro: (yes, withSource) =>
    `${yes} ${n1(yes, "question was", "questions were")} answered Yes; for ${withSource} of them a source was given. Under each point are the respondent's explanation and source.`,
  inOrderNone: "No question has been answered Yes yet.",
  planTitle: "Action plan",
  planIntro:
    "The actions per work package. Work packages with a legal shortfall come first; their priority comes from the legal requirements alone. In each package the actions for a legal requirement come first, with the article, then those from good practice. Each action stands on its own. Owner and deadline are empty to fill in; the table can be copied into a project plan.",
  planCaption: "Work packages",
  planCols: {
    nr: "No.",
    package: "Work package",
    actions: "Actions",
    items: "Questions",
    priority: "Priority",
    moment: "Moment",
    evidence: "Evidence to produce",
    owner: "Owner",
    deadline: "Deadline",
    kind: "Kind",
    article: "Article",
    questionTexts: "Question texts",
  },
  priority: { hoog: "High", middel: "Medium", kans: "Opportunity" },
  priorityNote: (legal, practice) =>
    legal === 0
      ? "good practice only"
      : `${legal} legal ${n1(legal, "requirement", "requirements")}${practice > 0 ? `, ${practice} good practice` : ""}`,
  actionKind: {
    legal: (article) => (article ? `Legal requirement (${article})` : "Legal requirement"),
    practice: "Good practice",
  },
  planQuestion: "Question",
  noPlan: "No actions are needed.",
  glossaryTitle: "Appendix: terms",
  glossaryIntro: "What the words in this report mean.",
  methodTitle: "Method",
  methodRules: [
    "Per question: Yes = 1 point (meets); Partly = 0.5 points (partly); No = 0 points (does not meet); Don't know or not answered = 0 points (unknown; in this report: could not be checked).",
    "Verdict over a group of questions, the worst counts: one 'does not meet' and the group does not meet; otherwise one 'unknown' makes it unknown; otherwise one 'partly' makes it partly; otherwise it meets.",
    "The legal verdict and score use only the legal questions: overall and per theme.",
    "Score = 100 × (sum of weight × points) / (sum of weights), rounded to one decimal.",
    "The good-practice score uses only the recommendation items, in the same way; without them there is no score.",
    "A question with a condition that is not met does not count (not applicable).",
    "The action plan as a spreadsheet: zelftest report --plan-csv FILE. To compare two answer files (another year or another respondent): zelftest compare.",
  ],
  priorityRule:
    "Priority in the action plan: High when the work package holds a legal requirement that is not in place or could not be checked; Medium when it holds a legal requirement that is partly in place; otherwise Opportunity (good practice only). Good practice never raises the priority.",
  stampTitle: "Reproducibility",
  stamp: {
    tool: "Made with",
    questionnaire: "Questionnaire",
    questionnaireHash: "Questionnaire fingerprint (SHA-256)",
    answersHash: "Answer file fingerprint (SHA-256)",
    generated: "Generated on",
  },
  notApplicable: "not applicable",
};

export const REPORT_TEXT: Record<Lang, ReportTexts> = { nl: NL, en: EN };
