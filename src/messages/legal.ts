// How the legal part is named, in Dutch and English, wherever it is shown (report, plan, compare,
// form, interview, summaries): the one wording of the two lenses (docs/scoring.md, "Two lenses on
// the legal part"). "voldoet (niet) aan de wet" is said only of the law lens; the VNG lens is
// "de VNG-zelftest", once with what that is. Every legal item is cited through citeLegal
// (model/citation.ts) with the words below, so a VNG reading is never called the law.
import { citeLegal } from "../model/citation.js";
import type { LegalCitationWords } from "../model/citation.js";
import type { LegalBasis, LegalKind } from "../model/questionnaire.js";
import type { Lang, Level } from "../model/vocabulary.js";
import { formatList } from "./intl.js";
import { LEVEL_LABEL } from "./ui.js";

export const LEGAL_CITATION: Record<Lang, LegalCitationWords> = {
  nl: {
    wet: (a) => `Wet (${a})`,
    toelichting: (a) => `Memorie van toelichting (bij ${a})`,
    vng: (a) => `VNG-zelftest (lezing van ${a})`,
  },
  en: {
    wet: (a) => `Law (${a})`,
    toelichting: (a) => `Explanatory memorandum (on ${a})`,
    vng: (a) => `VNG self-assessment (reading of ${a})`,
  },
};

/** The short name of what a legal item rests on, for a badge or a column: "Wet", "VNG-zelftest". */
export const LEGAL_KIND_LABEL: Record<Lang, Record<LegalKind, string>> = {
  nl: { wet: "Wet", toelichting: "Memorie van toelichting", vng: "VNG-zelftest" },
  en: { wet: "Law", toelichting: "Explanatory memorandum", vng: "VNG self-assessment" },
};

/** What the VNG zelftest is, said once where its verdict is first given. */
export const VNG_ZELFTEST_IS: Record<Lang, string> = {
  nl: "de lezing van de wet door de VNG, 2015",
  en: "the VNG's reading of the law, 2015",
};

/**
 * The legal basis of one or more legal items, in the reader's language: "Wet (art. 2.3.2 lid 3
 * Wmo 2015)", "VNG-zelftest (lezing van art. 1.1.1 Wmo 2015)". With `note` (already in the
 * reader's language) as its own sentence after it.
 */
export function legalCitation(
  legals: readonly Pick<LegalBasis, "article" | "kind">[],
  lang: Lang,
  note?: string,
): string {
  const cited = citeLegal(legals, LEGAL_CITATION[lang], (parts) => formatList(parts, lang));
  return note ? `${cited}. ${note}` : cited;
}

type LevelOf = { readonly level: Level; readonly legal?: Pick<LegalBasis, "article" | "kind"> | undefined };

/**
 * The badge of an item: what a legal item rests on ("Wet (art. …)"), or "Goede praktijk"; a legal
 * item of a questionnaire that does not say what it rests on (a custom one) is a "Wettelijke eis".
 */
export function itemKindLabel(item: LevelOf, lang: Lang): string {
  if (item.level !== "wettelijk" || !item.legal) return LEVEL_LABEL[lang][item.level];
  return legalCitation([item.legal], lang);
}

/** The same in short, for a column or a heading: "Wet", "VNG-zelftest", "Wettelijke eis" or "Goede praktijk". */
export function itemKindShort(item: LevelOf, lang: Lang): string {
  if (item.level !== "wettelijk" || !item.legal) return LEVEL_LABEL[lang][item.level];
  return LEGAL_KIND_LABEL[lang][item.legal.kind];
}
