// What the command puts in the page beside the script (a JSON data block, so that the script and
// its CSP hash stay the same for every questionnaire and language): the questionnaire, the
// language, the tool version and the answer-file size limit. Read once at start.
import type { Questionnaire, Source } from "../model/questionnaire.js";
import type { Lang } from "../model/vocabulary.js";

/** The id of the <script type="application/json"> element that holds the data. */
export const DATA_ELEMENT_ID = "zelftest-data";

/** The questionnaire as JSON: its `sources` map as a list. */
export type QuestionnaireJson = Omit<Questionnaire, "sources"> & { sources: Source[] };

export interface PageData {
  readonly lang: Lang;
  readonly toolVersion: string;
  readonly questionnaire: QuestionnaireJson;
  readonly limits: { readonly answerFileBytes: number };
}

/** JSON for the data block; `<` is escaped so that no text in it can end the element. */
export function pageDataJson(data: PageData): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function questionnaireJson(q: Questionnaire): QuestionnaireJson {
  return { ...q, sources: [...q.sources.values()] };
}

export function questionnaireFromJson(json: QuestionnaireJson): Questionnaire {
  return { ...json, sources: new Map(json.sources.map((s) => [s.key, s])) };
}
