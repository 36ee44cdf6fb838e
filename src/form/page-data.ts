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
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The questionnaire as the page needs it: texts only in the page's language and the
 * questionnaire's default language (what `localize` can fall back to), so that the file stays
 * small; and no local path of where it was read from (the file is sent to other people).
 */
export function questionnaireJson(q: Questionnaire, lang: string): QuestionnaireJson {
  const keep = new Set([lang, q.languages[0] ?? lang]);
  const languages = new Set(q.languages);
  const isLocalized = (v: object) => {
    const entries = Object.entries(v);
    return entries.length > 0 && entries.every(([k, x]) => languages.has(k) && typeof x === "string");
  };
  const trim = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(trim);
    if (v && typeof v === "object") {
      if (isLocalized(v)) return Object.fromEntries(Object.entries(v).filter(([k]) => keep.has(k)));
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, trim(x)]));
    }
    return v;
  };
  const { sources, origin: _origin, ...rest } = q;
  return {
    ...(trim(rest) as Omit<QuestionnaireJson, "sources" | "origin">),
    origin: `formulier:${q.id}`,
    sources: [...sources.values()],
  };
}

export function questionnaireFromJson(json: QuestionnaireJson): Questionnaire {
  return { ...json, sources: new Map(json.sources.map((s) => [s.key, s])) };
}
