// The questionnaire 1.2 fields the report reads (legal basis, how to check, the stand-alone action,
// work packages), each with the fallback a custom questionnaire without them gets: the
// recommendation texts, no legal line, the plan grouped by theme. Pure.
import type { Item, LegalBasis, LocalizedText } from "../model/questionnaire.js";
import type { FailingAnswer } from "../model/vocabulary.js";

export function legalOf(item: Item): LegalBasis | undefined {
  return item.level === "wettelijk" ? item.legal : undefined;
}

/** "Zo gaat u het na"; without it, the recommendation for "weet niet" says what to ask for. */
export function checkOf(item: Item): LocalizedText {
  return item.check ?? item.recommendations["weet-niet"];
}

/** The action that stands alone; without it, the recommendation for the answer given. */
export function actionOf(item: Item, answer: FailingAnswer): LocalizedText {
  return item.action ?? item.recommendations[answer];
}
