// The report's fixed texts (headings, sentences of the first page, explanations, method) in Dutch
// and English. Sentences with counts are functions, so that singular and plural stay right.
import type { Lang, Role } from "../model/vocabulary.js";
import { formatList, plural } from "./intl.js";

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
  unknownIntro: string;
  /** The next steps, in the order this reader takes them. */
  next(c: { plan: number; unknown: number; noSource: boolean; vngRows: boolean }): string[];
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
  /**
   * The counts of one lens in a sentence: "Wat de wet zelf vraagt (…): 4 van de 6 eisen zijn
   * geregeld, 2 deels." `lawDate` (law lens only) is the date of the text of the law.
   */
  countsSentence(c: LegalCounts, lens: Lens, lawDate?: string): string;
  /** The verdict of one lens: "voldoet (niet) aan de wet" only for the law lens. */
  verdictSentence: Record<
    Lens,
    {
      voldoet: string;
      deels(n: number): string;
      onbekend(n: number): string;
      "voldoet-niet"(n: number): string;
    }
  >;
  noLegal: string;
  /** unknown: legal items answered ‘weet niet’ or not answered, which count as 0 in the score. */
  scoreSentence(score: string, unknown: number, lens: Lens): string;
  /** The table of the law lens on the first page: each requirement of the law's own text and its outcome. */
  lawTable: { caption: string; requirement: string; article: string; outcome: string };
  /** open: answered, not (yet) in order; unanswered: no answer given (counts as 0 in the score). */
  practiceSentence(inOrder: number, total: number, open: number, unanswered: number): string;
  practiceNotFilled: string;
  /** In the theme table: a theme whose good practice was not answered at all (not a score of 0). */
  practiceCellNotFilled: string;
  countsCaption: Record<Lens, string>;
  countsLabels: { voldoet: string; deels: string; "voldoet-niet": string; onbekend: string; total: string };
  findingsTitle: string;
  finding: { "voldoet-niet": string; deels: string; onbekend: string };
  /** A finding without its final full stop: the template adds the articles and the stop. */
  themeFinding(theme: string, total: number, c: { niet: number; deels: number; onbekend: number }, lens: Lens): string;
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
  /** The theme table's column with the law lens's verdict. */
  lawCol: string;
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
  answerGiven: string;
  respondentNote: string;
  respondentEvidence: string;
  noSource: string;
  yesNoSource: string;
  why: string;
  recommendation: string;
  legalBasis: string;
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
  /** "Vraag" / "Question": the label before the question an action answers. */
  planQuestion: string;
  noPlan: string;
  glossaryTitle: string;
  glossaryIntro: string;
  methodTitle: string;
  methodRules: string[];
  /** The method's lines on the two lenses; `law` names the text of the law the articles were read in. */
  methodLenses(law: { title: string; date: string; url: string } | undefined, vngRows: boolean): string[];
  priorityRule: string;
  stampTitle: string;
  stamp: {
    tool: string;
    questionnaire: string;
    questionnaireHash: string;
    lawText: string;
    answersHash: string;
    generated: string;
  };
  notApplicable: string;
}

/**
 * Which set of legal items a sentence is about (docs/scoring.md, "Two lenses on the legal part"):
 * `wet` the law's own text (lawVerdict), `vng` the rows of the VNG zelftest (verdict), `legal` every
 * legal item of a questionnaire that marks no VNG row (verdict of a custom or older questionnaire).
 */
export type Lens = "wet" | "vng" | "legal";

const NL_NOUN: Record<Lens, [string, string]> = {
  wet: ["eis uit de wet", "eisen uit de wet"],
  vng: ["eis van de VNG-zelftest", "eisen van de VNG-zelftest"],
  legal: ["wettelijke eis", "wettelijke eisen"],
};
const EN_NOUN: Record<Lens, [string, string]> = {
  wet: ["requirement of the law", "requirements of the law"],
  vng: ["requirement of the VNG self-assessment", "requirements of the VNG self-assessment"],
  legal: ["legal requirement", "legal requirements"],
};

const NL_UNKNOWN_INTRO_OUTSIDE =
  "Van deze eisen kon de invuller niet zeggen of ze geregeld zijn. Dat is zelf een bevinding. Bij elke eis staat waar die op rust, en welke stukken en antwoorden u bij de gemeente kunt opvragen.";
const nlPackages = (rows: number, vngRows: boolean) =>
  `${rows} ${plural("nl", rows, { one: "werkpakket", other: "werkpakketten" })}, ${vngRows ? "de wet en de VNG-zelftest" : "de wettelijke eisen"} eerst`;
const nlAskUnknown = (n: number) =>
  `Vraag de gemeente om de stukken die onder ‘Niet na te gaan’ bij ${plural("nl", n, { one: "de eis", other: `de ${n} eisen` })} staan.`;
const NL_KEEP = "Leg bij elk antwoord ‘Ja’ de bron vast.";
const NL_REPEAT = "Doe de zelftest over een jaar opnieuw en vergelijk.";
/** Steps for a reader outside the municipality: ask first, then talk, then propose. */
const nlOutside = (talk: string, propose: (rows: number, vngRows: boolean) => string, ask = nlAskUnknown) => {
  return (c: { plan: number; unknown: number; noSource: boolean; vngRows: boolean }) => [
    ...(c.unknown > 0 ? [ask(c.unknown)] : []),
    talk,
    ...(c.plan > 0 ? [propose(c.plan, c.vngRows)] : []),
    ...(c.noSource ? [NL_KEEP] : []),
    NL_REPEAT,
  ];
};

const NL_ROLES: Record<Role, RoleTexts> = {
  gemeente: {
    who: "de gemeente",
    summaryTitle: "Samenvatting voor het college",
    shortSubtitle: "Samenvatting voor het college: de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownIntro:
      "Van deze eisen kon de invuller niet zeggen of ze geregeld zijn. Dat is zelf een bevinding. Bij elke eis staat waar die op rust, en welke stukken en antwoorden nodig zijn om het na te gaan, binnen de gemeente of bij de aanbieders.",
    next: (c) => [
      ...(c.plan > 0
        ? [
            `Neem het plan van aanpak (${nlPackages(c.plan, c.vngRows)}) over in een projectplan en vul eigenaar en termijn in.`,
          ]
        : []),
      ...(c.unknown > 0
        ? [
            `Zoek de stukken op die nodig zijn om ${plural("nl", c.unknown, { one: "de eis", other: `de ${c.unknown} eisen` })} onder ‘Niet na te gaan’ te beoordelen, ook bij de aanbieders.`,
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
    unknownIntro: NL_UNKNOWN_INTRO_OUTSIDE,
    next: nlOutside(
      "Bespreek de uitkomst met de wethouder en de beleidsmedewerker Wmo; begin met wat niet geregeld is.",
      (rows, v) => `Bied het plan van aanpak (${nlPackages(rows, v)}) aan het college aan als advies.`,
    ),
  },
  clientorganisatie: {
    who: "de cliëntorganisatie",
    summaryTitle: "Samenvatting van de cliëntorganisatie",
    shortSubtitle: "Samenvatting van de cliëntorganisatie: de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownIntro: NL_UNKNOWN_INTRO_OUTSIDE,
    next: nlOutside(
      "Bespreek de uitkomst met de Wmo-adviesraad en met de gemeente, en laat uw achterban weten wat eruit kwam.",
      (rows, v) => `Geef het plan van aanpak (${nlPackages(rows, v)}) aan de gemeente als voorstel.`,
    ),
  },
  aanbieder: {
    who: "de aanbieder",
    summaryTitle: "Samenvatting van de aanbieder",
    shortSubtitle: "Samenvatting van de aanbieder: de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownIntro: NL_UNKNOWN_INTRO_OUTSIDE,
    next: nlOutside(
      "Bespreek de uitkomst met de gemeente als opdrachtgever en met de andere aanbieders.",
      (rows, v) =>
        `Kijk welke acties uit het plan van aanpak (${nlPackages(rows, v)}) uw eigen organisatie kan oppakken; spreek de rest af met de gemeente.`,
    ),
  },
  onderzoeker: {
    who: "de onderzoeker",
    summaryTitle: "Samenvatting van het onderzoek",
    shortSubtitle: "Samenvatting van het onderzoek: de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownIntro: NL_UNKNOWN_INTRO_OUTSIDE,
    next: nlOutside(
      "Leg de uitkomst voor aan de gemeente, zodat zij kan reageren voordat u iets publiceert.",
      (rows, v) => `Neem het plan van aanpak (${nlPackages(rows, v)}) op als aanbeveling aan de gemeente.`,
      (n) =>
        `Vraag de gemeente om de stukken bij ${plural("nl", n, { one: "de eis", other: `de ${n} eisen` })} onder ‘Niet na te gaan’ en vul de antwoorden aan.`,
    ),
  },
  anders: {
    who: "de invuller",
    summaryTitle: "Samenvatting",
    shortSubtitle: "Samenvatting van de zelftest onafhankelijke cliëntondersteuning (Wmo 2015)",
    unknownIntro: NL_UNKNOWN_INTRO_OUTSIDE,
    next: nlOutside(
      "Bespreek de uitkomst met de gemeente en met de Wmo-adviesraad.",
      (rows, v) => `Gebruik het plan van aanpak (${nlPackages(rows, v)}) in het gesprek met de gemeente.`,
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
  countsSentence: (c, lens, lawDate) => {
    const lead =
      lens === "wet"
        ? `Wat de wet zelf vraagt${lawDate ? ` (Wmo 2015, tekst van ${lawDate})` : ""}: `
        : lens === "vng"
          ? "De VNG-zelftest (de lezing van de wet door de VNG, 2015): "
          : "";
    const noun = lens === "legal" ? NL_NOUN.legal[1] : "eisen";
    const parts = [
      `${c.voldoet} van de ${c.total} ${noun} ${plural("nl", c.voldoet, { one: "is", other: "zijn" })} geregeld`,
    ];
    if (c.deels > 0) parts.push(`${c.deels} deels`);
    if (c.niet > 0) parts.push(`${c.niet} niet`);
    const head = lead + formatList(parts, "nl");
    return c.onbekend > 0
      ? `${head}; van ${c.onbekend} ${plural("nl", c.onbekend, { one: "eis", other: "eisen" })} kon niet worden nagegaan of ${plural("nl", c.onbekend, { one: "die", other: "ze" })} geregeld ${plural("nl", c.onbekend, { one: "is", other: "zijn" })}.`
      : `${head}.`;
  },
  verdictSentence: {
    wet: {
      voldoet: "De gemeente voldoet daarmee aan de wet, volgens deze zelftest.",
      deels: (n) =>
        `De gemeente voldoet daarmee nog niet volledig aan de wet: ${n} ${plural("nl", n, { one: "eis uit de wet is", other: "eisen uit de wet zijn" })} maar deels geregeld of niet vastgelegd.`,
      // Follows the counts sentence, which already says how many are unknown.
      onbekend: () => "Of de gemeente aan de wet voldoet, is daardoor nog niet te zeggen.",
      "voldoet-niet": (n) =>
        `De gemeente voldoet daarmee niet aan de wet: ${n} ${plural("nl", n, { one: "eis uit de wet is", other: "eisen uit de wet zijn" })} niet geregeld.`,
    },
    vng: {
      voldoet: "De gemeente voldoet daarmee aan de VNG-zelftest.",
      deels: (n) =>
        `De gemeente voldoet daarmee nog niet volledig aan de VNG-zelftest: ${n} ${plural("nl", n, { one: "eis is", other: "eisen zijn" })} maar deels geregeld of niet vastgelegd.`,
      onbekend: () => "Of de gemeente aan de VNG-zelftest voldoet, is daardoor nog niet te zeggen.",
      "voldoet-niet": (n) =>
        `De gemeente voldoet op ${n} ${plural("nl", n, { one: "punt", other: "punten" })} niet aan de VNG-zelftest: ${plural("nl", n, { one: "die eis is", other: "die eisen zijn" })} niet geregeld.`,
    },
    legal: {
      voldoet: "De gemeente voldoet daarmee aan alle wettelijke eisen van deze vragenlijst, volgens deze zelftest.",
      deels: (n) =>
        `Geen eis ontbreekt helemaal, maar ${n} ${plural("nl", n, { one: "is", other: "zijn" })} maar deels geregeld of niet op papier vastgelegd. De gemeente voldoet daarmee nog niet volledig aan de wettelijke eisen van deze vragenlijst.`,
      onbekend: (n) =>
        `Geen eis ontbreekt zeker, maar van ${n} ${plural("nl", n, { one: "eis", other: "eisen" })} is niet bekend of ${plural("nl", n, { one: "die", other: "ze" })} geregeld ${plural("nl", n, { one: "is", other: "zijn" })}. Of de gemeente aan de wettelijke eisen van deze vragenlijst voldoet, is daarom nog niet te zeggen.`,
      "voldoet-niet": (n) =>
        `De gemeente voldoet daarmee nog niet aan de wettelijke eisen van deze vragenlijst: ${n} ${plural("nl", n, { one: "eis is", other: "eisen zijn" })} niet geregeld.`,
    },
  },
  noLegal: "Deze vragenlijst heeft geen wettelijke eisen; het rapport gaat alleen over goede praktijk.",
  scoreSentence: (s, unknown, lens) =>
    `In één getal: ${s} van 100 punten voor ${lens === "vng" ? "de VNG-zelftest" : `de ${NL_NOUN[lens][1]}`} (Ja telt 1 punt, Deels een half${unknown > 0 ? `; de ${unknown} ${plural("nl", unknown, { one: "eis", other: "eisen" })} die niet na te gaan ${plural("nl", unknown, { one: "is", other: "zijn" })}, ${plural("nl", unknown, { one: "telt", other: "tellen" })} als 0` : ""}). Dit is geen rapportcijfer: elke eis hoort geregeld te zijn.`,
  lawTable: {
    caption: "Wat de wet zelf vraagt",
    requirement: "Eis uit de wet",
    article: "Artikel Wmo 2015",
    outcome: "Uitkomst",
  },
  practiceSentence: (inOrder, total, open, unanswered) =>
    `Goede praktijk: ${inOrder} van de ${total} punten ${plural("nl", inOrder, { one: "is", other: "zijn" })} op orde. ${open} ${plural("nl", open, { one: "punt biedt", other: "punten bieden" })} een kans om de ondersteuning te verbeteren; de wet verplicht daar niet toe.` +
    (unanswered > 0
      ? ` ${unanswered} ${plural("nl", unanswered, { one: "punt is", other: "punten zijn" })} niet beantwoord; in de score ${plural("nl", unanswered, { one: "telt dat", other: "tellen die" })} als 0.`
      : ""),
  practiceNotFilled: "Goede praktijk is niet ingevuld; dit rapport gaat over de wet en de VNG-zelftest.",
  practiceCellNotFilled: "niet ingevuld",
  countsCaption: {
    wet: "Eisen uit de wet per uitkomst",
    vng: "Eisen van de VNG-zelftest per uitkomst",
    legal: "Wettelijke eisen per uitkomst",
  },
  countsLabels: {
    voldoet: "Geregeld",
    deels: "Deels geregeld",
    "voldoet-niet": "Niet geregeld",
    onbekend: "Niet na te gaan",
    total: "Totaal",
  },
  findingsTitle: "Belangrijkste bevindingen",
  finding: { "voldoet-niet": "Niet geregeld", deels: "Deels geregeld", onbekend: "Niet na te gaan" },
  themeFinding: (theme, total, c, lens) => {
    const parts: string[] = [];
    const [one, many] = NL_NOUN[lens];
    const lead = (n: number, what: string) =>
      n === total
        ? plural("nl", n, {
            one: `de ${one} is ${what}`,
            other: n === 2 ? `beide ${many} zijn ${what}` : `alle ${n} ${many} zijn ${what}`,
          })
        : `${n} van de ${total} ${many} ${plural("nl", n, { one: "is", other: "zijn" })} ${what}`;
    if (c.niet > 0) parts.push(lead(c.niet, "niet geregeld"));
    if (c.onbekend > 0)
      parts.push(parts.length === 0 ? lead(c.onbekend, "niet na te gaan") : `${c.onbekend} niet na te gaan`);
    if (c.deels > 0) parts.push(parts.length === 0 ? lead(c.deels, "deels geregeld") : `${c.deels} deels geregeld`);
    return `${theme}: ${formatList(parts, "nl")}`;
  },
  noFindings: "Er zijn geen tekorten bij de eisen uit de wet en de VNG-zelftest.",
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
    "De grafiek toont per thema de score voor de VNG-zelftest (0 tot 100). De tabel geeft ook het oordeel voor de wet en voor de VNG-zelftest en, als die is ingevuld, de score voor goede praktijk.",
  chartTitle: "Score VNG-zelftest per thema",
  themesCaption: "Oordeel en score per thema",
  chartDesc: (list) => `Staafdiagram. ${list}. Dezelfde cijfers staan in de tabel hieronder.`,
  themeCol: "Thema",
  verdictCol: "VNG-zelftest",
  lawCol: "Wet",
  scoreCol: "Score",
  practiceCol: "Goede praktijk",
  gapsTitle: "Wat ontbreekt bij de wet en de VNG-zelftest",
  gapsIntro:
    "De eisen die niet of maar deels geregeld zijn, eerst wat niet geregeld is. Bij elke eis: waar die op rust (de tekst van de wet zelf, of de lezing van de wet door de VNG-zelftest), het antwoord met toelichting en bron, waarom het ertoe doet en wat u kunt doen.",
  noGaps: "Geen eis uit de wet of de VNG-zelftest is ‘niet’ of ‘deels’ geregeld.",
  unknownTitle: "Niet na te gaan",
  noUnknown: "Alle eisen uit de wet en de VNG-zelftest konden worden nagegaan.",
  check: "Zo gaat u het na",
  opportunitiesTitle: "Kansen uit goede praktijk",
  opportunitiesIntro:
    "Deze punten komen uit handreikingen en ervaringen van andere gemeenten. De wet verplicht er niet toe; ze laten zien waar de ondersteuning nog beter kan.",
  opportunityAction: "Wat u kunt doen",
  notAnsweredPracticeTitle: (n) =>
    `${n} ${plural("nl", n, { one: "punt", other: "punten" })} van goede praktijk ${plural("nl", n, { one: "is", other: "zijn" })} niet beantwoord`,
  answerGiven: "Antwoord",
  respondentNote: "Toelichting",
  respondentEvidence: "Bron",
  noSource: "geen bron genoemd",
  yesNoSource: "Ja, zonder bron",
  why: "Waarom dit ertoe doet",
  recommendation: "Wat u kunt doen",
  legalBasis: "Waar de eis op rust",
  basis: "Bronnen",
  example: "Voorbeeld",
  evidenceNeeded: "Dit laat zien dat het geregeld is",
  inOrderTitle: "Wat op orde is",
  inOrderIntro: (yes, withSource) =>
    `${yes} ${plural("nl", yes, { one: "vraag is", other: "vragen zijn" })} met Ja beantwoord; bij ${withSource} daarvan is een bron genoemd. Onder elk punt staan de toelichting en de bron van de invuller.`,
  inOrderNone: "Nog geen enkele vraag is met Ja beantwoord.",
  planTitle: "Plan van aanpak",
  planIntro:
    "De acties per werkpakket. Werkpakketten met een tekort bij de wet of de VNG-zelftest staan eerst; hun prioriteit komt alleen uit die eisen. In elk werkpakket staan eerst de acties voor zo’n eis, met waar die op rust (Wet of VNG-zelftest en het artikel), en daarna die uit goede praktijk. Elke actie staat op zichzelf. Eigenaar en termijn zijn leeg om in te vullen; de tabel kunt u overnemen in een projectplan.",
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
      : `${legal} ${plural("nl", legal, { one: "eis", other: "eisen" })} uit wet of VNG-zelftest${practice > 0 ? `, ${practice} goede praktijk` : ""}`,
  planQuestion: "Vraag",
  noPlan: "Er zijn geen acties nodig.",
  glossaryTitle: "Bijlage: begrippen",
  glossaryIntro: "Wat de woorden in dit rapport betekenen.",
  methodTitle: "Werkwijze",
  methodRules: [
    "Per vraag: Ja = 1 punt (voldoet); Deels = 0,5 punt (deels); Nee = 0 punten (voldoet niet); Weet niet of niet beantwoord = 0 punten (onbekend, in dit rapport: niet na te gaan).",
    "Oordeel over een groep vragen, het slechtste telt: is er één 'voldoet niet', dan voldoet de groep niet; anders bij één 'onbekend' onbekend; anders bij één 'deels' deels; anders voldoet de groep.",
    "Score = 100 × (som van gewicht × punten) / (som van de gewichten), afgerond op één decimaal.",
    "De score voor goede praktijk gaat alleen over de aanbevelingen, op dezelfde manier; zonder aanbevelingen is er geen score.",
    "Een vraag met een voorwaarde die niet vervuld is, telt niet mee (niet van toepassing).",
    "Het plan van aanpak als spreadsheet: zelftest report --plan-csv BESTAND. Twee antwoordbestanden vergelijken (ander jaar of andere invuller): zelftest compare.",
  ],
  priorityRule:
    "Prioriteit in het plan van aanpak: Hoog als het werkpakket een eis uit de wet of de VNG-zelftest bevat die niet geregeld of niet na te gaan is; Middel als het zo’n eis bevat die deels geregeld is; anders Kans (alleen goede praktijk). Goede praktijk maakt de prioriteit nooit hoger.",
  methodLenses: (law, vngRows) => [
    ...(vngRows
      ? [
          "Twee lenzen op de wettelijke vragen. De wet: oordeel en score over de eisen die de tekst van de wet zelf stelt. De VNG-zelftest: oordeel en score over de 15 eisen van de VNG-zelftest, de lezing van de wet door de VNG uit 2015; dat zijn dezelfde getallen als in eerdere jaren. Beide in totaal en per thema. Alleen over de eerste zegt dit rapport of de gemeente aan de wet voldoet.",
          "Bij elke eis staat waar die op rust: Wet (art. …) als de tekst van de wet het zelf zegt; Memorie van toelichting (bij art. …) als de toelichting op de wet het zegt; VNG-zelftest (lezing van art. …) als het de lezing van dat artikel door de VNG is.",
        ]
      : []),
    ...(law
      ? [
          `De artikelen en leden zijn nagelezen in de tekst van de wet zoals die gold op ${law.date}: ${law.title} (${law.url}). Als de wet verandert, kunnen de nummers van de leden veranderen.`,
        ]
      : []),
  ],
  stampTitle: "Herhaalbaarheid",
  stamp: {
    tool: "Gemaakt met",
    questionnaire: "Vragenlijst",
    questionnaireHash: "Vingerafdruk vragenlijst (SHA-256)",
    lawText: "Tekst van de wet (geldend op)",
    answersHash: "Vingerafdruk antwoordbestand (SHA-256)",
    generated: "Gemaakt op",
  },
  notApplicable: "niet van toepassing",
};

const EN_UNKNOWN_INTRO_OUTSIDE =
  "For these requirements the respondent could not say whether they are in place. That is a finding in itself. Each says what it rests on, and lists the documents and answers to ask the municipality for.";
const enPackages = (rows: number, vngRows: boolean) =>
  `${rows} work ${plural("en", rows, { one: "package", other: "packages" })}, ${vngRows ? "the law and the VNG self-assessment" : "the legal requirements"} first`;
const enAskUnknown = (n: number) =>
  `Ask the municipality for the documents listed under ‘Could not be checked’ for the ${plural("en", n, { one: "requirement", other: `${n} requirements` })}.`;
const EN_KEEP = "Record the source of every answer ‘Yes’.";
const EN_REPEAT = "Repeat the self-assessment in a year and compare.";
const enOutside = (talk: string, propose: (rows: number, vngRows: boolean) => string, ask = enAskUnknown) => {
  return (c: { plan: number; unknown: number; noSource: boolean; vngRows: boolean }) => [
    ...(c.unknown > 0 ? [ask(c.unknown)] : []),
    talk,
    ...(c.plan > 0 ? [propose(c.plan, c.vngRows)] : []),
    ...(c.noSource ? [EN_KEEP] : []),
    EN_REPEAT,
  ];
};

const EN_ROLES: Record<Role, RoleTexts> = {
  gemeente: {
    who: "the municipality",
    summaryTitle: "Summary for the executive board",
    shortSubtitle: "Summary for the executive board: the self-assessment of independent client support (Wmo 2015)",
    unknownIntro:
      "For these requirements the respondent could not say whether they are in place. That is a finding in itself. Each says what it rests on, and lists the documents and answers needed to check it, within the municipality or at the providers.",
    next: (c) => [
      ...(c.plan > 0
        ? [
            `Copy the action plan (${enPackages(c.plan, c.vngRows)}) into a project plan and fill in owner and deadline.`,
          ]
        : []),
      ...(c.unknown > 0
        ? [
            `Find the documents needed to assess the ${plural("en", c.unknown, { one: "requirement", other: `${c.unknown} requirements` })} under ‘Could not be checked’, also at the providers.`,
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
    unknownIntro: EN_UNKNOWN_INTRO_OUTSIDE,
    next: enOutside(
      "Discuss the outcome with the alderman and the Wmo policy officer; start with what is not in place.",
      (rows, v) => `Offer the action plan (${enPackages(rows, v)}) to the executive board as advice.`,
    ),
  },
  clientorganisatie: {
    who: "the client organisation",
    summaryTitle: "Summary by the client organisation",
    shortSubtitle: "Summary by the client organisation: the self-assessment of independent client support (Wmo 2015)",
    unknownIntro: EN_UNKNOWN_INTRO_OUTSIDE,
    next: enOutside(
      "Discuss the outcome with the Wmo advisory council and the municipality, and tell your members what came out.",
      (rows, v) => `Give the action plan (${enPackages(rows, v)}) to the municipality as a proposal.`,
    ),
  },
  aanbieder: {
    who: "the provider",
    summaryTitle: "Summary by the provider",
    shortSubtitle: "Summary by the provider: the self-assessment of independent client support (Wmo 2015)",
    unknownIntro: EN_UNKNOWN_INTRO_OUTSIDE,
    next: enOutside(
      "Discuss the outcome with the municipality as commissioning party and with the other providers.",
      (rows, v) =>
        `See which actions in the action plan (${enPackages(rows, v)}) your own organisation can take up; agree the rest with the municipality.`,
    ),
  },
  onderzoeker: {
    who: "the researcher",
    summaryTitle: "Summary of the study",
    shortSubtitle: "Summary of the study: the self-assessment of independent client support (Wmo 2015)",
    unknownIntro: EN_UNKNOWN_INTRO_OUTSIDE,
    next: enOutside(
      "Show the outcome to the municipality, so that it can respond before you publish anything.",
      (rows, v) => `Include the action plan (${enPackages(rows, v)}) as a recommendation to the municipality.`,
      (n) =>
        `Ask the municipality for the documents behind the ${plural("en", n, { one: "requirement", other: `${n} requirements` })} under ‘Could not be checked’ and complete the answers.`,
    ),
  },
  anders: {
    who: "the respondent",
    summaryTitle: "Summary",
    shortSubtitle: "Summary of the self-assessment of independent client support (Wmo 2015)",
    unknownIntro: EN_UNKNOWN_INTRO_OUTSIDE,
    next: enOutside(
      "Discuss the outcome with the municipality and the Wmo advisory council.",
      (rows, v) => `Use the action plan (${enPackages(rows, v)}) in the meeting with the municipality.`,
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
  countsSentence: (c, lens, lawDate) => {
    const lead =
      lens === "wet"
        ? `What the law itself asks${lawDate ? ` (Wmo 2015, text of ${lawDate})` : ""}: `
        : lens === "vng"
          ? "The VNG self-assessment (the VNG's reading of the law, 2015): "
          : "";
    const noun = lens === "legal" ? EN_NOUN.legal[1] : "requirements";
    const parts = [
      `${c.voldoet} of the ${c.total} ${noun} ${plural("en", c.voldoet, { one: "is", other: "are" })} in place`,
    ];
    if (c.deels > 0) parts.push(`${c.deels} partly`);
    if (c.niet > 0) parts.push(`${c.niet} not`);
    const head = lead + formatList(parts, "en");
    return c.onbekend > 0
      ? `${head}; for ${c.onbekend} ${plural("en", c.onbekend, { one: "requirement", other: "requirements" })} it could not be checked whether ${plural("en", c.onbekend, { one: "it is", other: "they are" })} in place.`
      : `${head}.`;
  },
  verdictSentence: {
    wet: {
      voldoet: "According to this self-assessment, the municipality therefore complies with the law.",
      deels: (n) =>
        `The municipality therefore does not yet fully comply with the law: ${n} ${plural("en", n, { one: "requirement of the law is", other: "requirements of the law are" })} only partly in place or not recorded.`,
      // Follows the counts sentence, which already says how many are unknown.
      onbekend: () => "So whether the municipality complies with the law cannot be said yet.",
      "voldoet-niet": (n) =>
        `The municipality therefore does not comply with the law: ${n} ${plural("en", n, { one: "requirement of the law is", other: "requirements of the law are" })} not in place.`,
    },
    vng: {
      voldoet: "The municipality therefore meets the VNG self-assessment.",
      deels: (n) =>
        `The municipality therefore does not yet fully meet the VNG self-assessment: ${n} ${plural("en", n, { one: "requirement is", other: "requirements are" })} only partly in place or not recorded.`,
      onbekend: () => "So whether the municipality meets the VNG self-assessment cannot be said yet.",
      "voldoet-niet": (n) =>
        `The municipality does not meet the VNG self-assessment on ${n} ${plural("en", n, { one: "point", other: "points" })}: ${plural("en", n, { one: "that requirement is", other: "those requirements are" })} not in place.`,
    },
    legal: {
      voldoet:
        "According to this self-assessment, the municipality meets every legal requirement of this questionnaire.",
      deels: (n) =>
        `No requirement is missing altogether, but ${n} ${plural("en", n, { one: "is", other: "are" })} only partly in place or not recorded. The municipality does not yet fully meet the legal requirements of this questionnaire.`,
      onbekend: (n) =>
        `No requirement is known to be missing, but for ${n} ${plural("en", n, { one: "requirement", other: "requirements" })} it is not known whether ${plural("en", n, { one: "it is", other: "they are" })} in place. Whether the municipality meets the legal requirements of this questionnaire cannot be said yet.`,
      "voldoet-niet": (n) =>
        `The municipality therefore does not yet meet the legal requirements of this questionnaire: ${n} ${plural("en", n, { one: "requirement is", other: "requirements are" })} not in place.`,
    },
  },
  noLegal: "This questionnaire has no legal requirements; the report covers good practice only.",
  scoreSentence: (s, unknown, lens) =>
    `As one figure: ${s} out of 100 points for ${lens === "vng" ? "the VNG self-assessment" : `the ${EN_NOUN[lens][1]}`} (Yes counts 1 point, Partly a half${unknown > 0 ? `; the ${unknown} ${plural("en", unknown, { one: "requirement", other: "requirements" })} that could not be checked count${plural("en", unknown, { one: "s", other: "" })} as 0` : ""}). This is not a grade: every requirement should be in place.`,
  lawTable: {
    caption: "What the law itself asks",
    requirement: "Requirement of the law",
    article: "Article Wmo 2015",
    outcome: "Outcome",
  },
  practiceSentence: (inOrder, total, open, unanswered) =>
    `Good practice: ${inOrder} of the ${total} points ${plural("en", inOrder, { one: "is", other: "are" })} in order. ${open} ${plural("en", open, { one: "point offers", other: "points offer" })} a chance to improve support; the law does not require them.` +
    (unanswered > 0
      ? ` ${unanswered} ${plural("en", unanswered, { one: "point was", other: "points were" })} not answered; in the score ${plural("en", unanswered, { one: "it counts", other: "they count" })} as 0.`
      : ""),
  practiceNotFilled: "Good practice was not filled in; this report covers the law and the VNG self-assessment.",
  practiceCellNotFilled: "not filled in",
  countsCaption: {
    wet: "Requirements of the law by outcome",
    vng: "Requirements of the VNG self-assessment by outcome",
    legal: "Legal requirements by outcome",
  },
  countsLabels: {
    voldoet: "In place",
    deels: "Partly in place",
    "voldoet-niet": "Not in place",
    onbekend: "Could not be checked",
    total: "Total",
  },
  findingsTitle: "Main findings",
  finding: { "voldoet-niet": "Not in place", deels: "Partly in place", onbekend: "Could not be checked" },
  themeFinding: (theme, total, c, lens) => {
    const parts: string[] = [];
    const [one, many] = EN_NOUN[lens];
    const lead = (n: number, what: string) =>
      n === total
        ? plural("en", n, {
            one: `the ${one} is ${what}`,
            other: n === 2 ? `both ${many} are ${what}` : `all ${n} ${many} are ${what}`,
          })
        : `${n} of the ${total} ${many} ${plural("en", n, { one: "is", other: "are" })} ${what}`;
    if (c.niet > 0) parts.push(lead(c.niet, "not in place"));
    if (c.onbekend > 0)
      parts.push(
        parts.length === 0
          ? c.onbekend === total
            ? plural("en", total, {
                one: `the ${one} could not be checked`,
                other: `none of the ${total} ${many} could be checked`,
              })
            : `${c.onbekend} of the ${total} ${many} could not be checked`
          : `${c.onbekend} could not be checked`,
      );
    if (c.deels > 0) parts.push(parts.length === 0 ? lead(c.deels, "partly in place") : `${c.deels} partly in place`);
    return `${theme}: ${formatList(parts, "en")}`;
  },
  noFindings: "No requirement of the law or the VNG self-assessment falls short.",
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
    "The chart shows the VNG self-assessment score per theme (0 to 100). The table also gives the verdict on the law and on the VNG self-assessment and, when filled in, the good-practice score.",
  chartTitle: "VNG self-assessment score per theme",
  themesCaption: "Verdict and score per theme",
  chartDesc: (list) => `Bar chart. ${list}. The same figures are in the table below.`,
  themeCol: "Theme",
  verdictCol: "VNG self-assessment",
  lawCol: "Law",
  scoreCol: "Score",
  practiceCol: "Good practice",
  gapsTitle: "What is missing: the law and the VNG self-assessment",
  gapsIntro:
    "The requirements that are not or only partly in place, those not in place first. For each: what it rests on (the text of the law itself, or the VNG self-assessment's reading of the law), the answer with explanation and source, why it matters and what you can do.",
  noGaps: "No requirement of the law or the VNG self-assessment is ‘not’ or ‘partly’ in place.",
  unknownTitle: "Could not be checked",
  noUnknown: "Every requirement of the law and the VNG self-assessment could be checked.",
  check: "How to check",
  opportunitiesTitle: "Opportunities from good practice",
  opportunitiesIntro:
    "These points come from guidance and other municipalities' experience. The law does not require them; they show where support can improve.",
  opportunityAction: "What you can do",
  notAnsweredPracticeTitle: (n) =>
    `${n} good-practice ${plural("en", n, { one: "point was", other: "points were" })} not answered`,
  answerGiven: "Answer",
  respondentNote: "Explanation",
  respondentEvidence: "Source",
  noSource: "no source given",
  yesNoSource: "Yes, no source",
  why: "Why this matters",
  recommendation: "What you can do",
  legalBasis: "What it rests on",
  basis: "Sources",
  example: "Example",
  evidenceNeeded: "This would show it is in place",
  inOrderTitle: "What is in order",
  inOrderIntro: (yes, withSource) =>
    `${yes} ${plural("en", yes, { one: "question was", other: "questions were" })} answered Yes; for ${withSource} of them a source was given. Under each point are the respondent's explanation and source.`,
  inOrderNone: "No question has been answered Yes yet.",
  planTitle: "Action plan",
  planIntro:
    "The actions per work package. Work packages with a shortfall in the law or the VNG self-assessment come first; their priority comes from those requirements alone. In each package the actions for such a requirement come first, with what it rests on (Law or VNG self-assessment and the article), then those from good practice. Each action stands on its own. Owner and deadline are empty to fill in; the table can be copied into a project plan.",
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
      : `${legal} ${plural("en", legal, { one: "requirement", other: "requirements" })} of the law or the VNG self-assessment${practice > 0 ? `, ${practice} good practice` : ""}`,
  planQuestion: "Question",
  noPlan: "No actions are needed.",
  glossaryTitle: "Appendix: terms",
  glossaryIntro: "What the words in this report mean.",
  methodTitle: "Method",
  methodRules: [
    "Per question: Yes = 1 point (meets); Partly = 0.5 points (partly); No = 0 points (does not meet); Don't know or not answered = 0 points (unknown; in this report: could not be checked).",
    "Verdict over a group of questions, the worst counts: one 'does not meet' and the group does not meet; otherwise one 'unknown' makes it unknown; otherwise one 'partly' makes it partly; otherwise it meets.",
    "Score = 100 × (sum of weight × points) / (sum of weights), rounded to one decimal.",
    "The good-practice score uses only the recommendation items, in the same way; without them there is no score.",
    "A question with a condition that is not met does not count (not applicable).",
    "The action plan as a spreadsheet: zelftest report --plan-csv FILE. To compare two answer files (another year or another respondent): zelftest compare.",
  ],
  priorityRule:
    "Priority in the action plan: High when the work package holds a requirement of the law or the VNG self-assessment that is not in place or could not be checked; Medium when it holds such a requirement that is partly in place; otherwise Opportunity (good practice only). Good practice never raises the priority.",
  methodLenses: (law, vngRows) => [
    ...(vngRows
      ? [
          "Two lenses on the legal questions. The law: verdict and score over the requirements that the text of the law itself sets. The VNG self-assessment: verdict and score over the 15 requirements of the VNG self-assessment, the VNG's reading of the law of 2015; these are the same figures as in earlier years. Both overall and per theme. Only of the first does this report say whether the municipality complies with the law.",
          "Each requirement says what it rests on: Law (art. …) when the text of the law itself says it; Explanatory memorandum (on art. …) when the explanatory memorandum says it; VNG self-assessment (reading of art. …) when it is the VNG's reading of that article.",
        ]
      : []),
    ...(law
      ? [
          `The articles and paragraphs were checked in the text of the law as in force on ${law.date}: ${law.title} (${law.url}). When the law changes, paragraph numbers may change.`,
        ]
      : []),
  ],
  stampTitle: "Reproducibility",
  stamp: {
    tool: "Made with",
    questionnaire: "Questionnaire",
    questionnaireHash: "Questionnaire fingerprint (SHA-256)",
    lawText: "Text of the law (in force on)",
    answersHash: "Answer file fingerprint (SHA-256)",
    generated: "Generated on",
  },
  notApplicable: "not applicable",
};

export const REPORT_TEXT: Record<Lang, ReportTexts> = { nl: NL, en: EN };

/**
 * The texts that name the legal part, for a questionnaire that marks no row of the VNG zelftest (a
 * custom or older one): its legal items are "de wettelijke eisen" of that questionnaire, not "the law
 * and the VNG zelftest" (docs/scoring.md, "Two lenses on the legal part"). Its law lens, if it
 * has `kind: wet` items, keeps its own words.
 */
const LEGAL_ONLY: Record<Lang, Partial<ReportTexts>> = {
  nl: {
    practiceNotFilled: "Goede praktijk is niet ingevuld; dit rapport gaat over de wettelijke eisen.",
    noFindings: "Er zijn geen tekorten bij de wettelijke eisen.",
    themesIntro:
      "De grafiek toont per thema de score voor de wettelijke eisen (0 tot 100). De tabel geeft ook het oordeel en, als die is ingevuld, de score voor goede praktijk.",
    chartTitle: "Score wettelijke eisen per thema",
    verdictCol: "Wettelijke eisen",
    gapsTitle: "Wat ontbreekt bij de wettelijke eisen",
    gapsIntro:
      "De eisen die niet of maar deels geregeld zijn, eerst wat niet geregeld is. Bij elke eis: waar die op rust, het antwoord met toelichting en bron, waarom het ertoe doet en wat u kunt doen.",
    noGaps: "Geen wettelijke eis is ‘niet’ of ‘deels’ geregeld.",
    noUnknown: "Alle wettelijke eisen konden worden nagegaan.",
    planIntro:
      "De acties per werkpakket. Werkpakketten met een tekort bij de wettelijke eisen staan eerst; hun prioriteit komt alleen uit die eisen. In elk werkpakket staan eerst de acties voor zo’n eis, met waar die op rust, en daarna die uit goede praktijk. Elke actie staat op zichzelf. Eigenaar en termijn zijn leeg om in te vullen; de tabel kunt u overnemen in een projectplan.",
    priorityNote: (legal, practice) =>
      legal === 0
        ? "alleen goede praktijk"
        : `${legal} wettelijke ${plural("nl", legal, { one: "eis", other: "eisen" })}${practice > 0 ? `, ${practice} goede praktijk` : ""}`,
    priorityRule:
      "Prioriteit in het plan van aanpak: Hoog als het werkpakket een wettelijke eis bevat die niet geregeld of niet na te gaan is; Middel als het zo’n eis bevat die deels geregeld is; anders Kans (alleen goede praktijk). Goede praktijk maakt de prioriteit nooit hoger.",
  },
  en: {
    practiceNotFilled: "Good practice was not filled in; this report covers the legal requirements.",
    noFindings: "No legal requirement falls short.",
    themesIntro:
      "The chart shows the score for the legal requirements per theme (0 to 100). The table also gives the verdict and, when filled in, the good-practice score.",
    chartTitle: "Legal requirements score per theme",
    verdictCol: "Legal requirements",
    gapsTitle: "What is missing: the legal requirements",
    gapsIntro:
      "The requirements that are not or only partly in place, those not in place first. For each: what it rests on, the answer with explanation and source, why it matters and what you can do.",
    noGaps: "No legal requirement is ‘not’ or ‘partly’ in place.",
    noUnknown: "Every legal requirement could be checked.",
    planIntro:
      "The actions per work package. Work packages with a shortfall in the legal requirements come first; their priority comes from those requirements alone. In each package the actions for such a requirement come first, with what it rests on, then those from good practice. Each action stands on its own. Owner and deadline are empty to fill in; the table can be copied into a project plan.",
    priorityNote: (legal, practice) =>
      legal === 0
        ? "good practice only"
        : `${legal} legal ${plural("en", legal, { one: "requirement", other: "requirements" })}${practice > 0 ? `, ${practice} good practice` : ""}`,
    priorityRule:
      "Priority in the action plan: High when the work package holds a legal requirement that is not in place or could not be checked; Medium when it holds such a requirement that is partly in place; otherwise Opportunity (good practice only). Good practice never raises the priority.",
  },
};

/** The report's texts for a questionnaire: with its own legal requirements when it marks no VNG row. */
export function reportTexts(lang: Lang, vngRows: boolean): ReportTexts {
  return vngRows ? REPORT_TEXT[lang] : { ...REPORT_TEXT[lang], ...LEGAL_ONLY[lang] };
}
