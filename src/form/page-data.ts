// What the command puts in the page beside the script (a JSON data block, so that the script and
// its CSP hash stay the same for every questionnaire and language): the questionnaire, the
// language, the tool version and the answer-file size limit. Read once at start.
import type { Questionnaire, Source, Theme } from "../model/questionnaire.js";
import type { Lang, Role } from "../model/vocabulary.js";

/** The id of the <script type="application/json"> element that holds the data. */
export const DATA_ELEMENT_ID = "zelftest-data";

/**
 * The questionnaire as JSON: its `sources` map as a list, and each theme with the ids of its items
 * only (the items are in `items` once; `questionnaireFromJson` puts them back in the themes).
 */
export type QuestionnaireJson = Omit<Questionnaire, "sources" | "themes"> & {
  sources: Source[];
  themes: (Omit<Theme, "items"> & { items: string[] })[];
};

export interface PageData {
  readonly lang: Lang;
  readonly toolVersion: string;
  readonly questionnaire: QuestionnaireJson;
  readonly limits: { readonly answerFileBytes: number };
  /**
   * What the officer set with `zelftest formulier --municipality … --municipality-code …
   * --role … --contact … --deadline …` (docs/form.md): the first three are shown as fixed in the
   * details step; contact and deadline say in the closing step where and by when to send the file.
   * Absent when the form was made without any of them; each field only when its option was given.
   */
  readonly invitation?: Invitation;
}

/** The officer's settings of a pre-filled form; every field already checked by the command. */
export interface Invitation {
  /** The municipality's name, as the officer wrote it (trimmed). */
  readonly municipality?: string;
  /** The CBS code, GM + 4 digits (normalised: "1742" → "GM1742"). */
  readonly gemeentecode?: string;
  readonly role?: Role;
  /** Where to send the file: a name, an e-mail address, free text (at most 200 characters). */
  readonly contact?: string;
  /** The last day to send it, YYYY-MM-DD. */
  readonly deadline?: string;
}

/** JSON for the data block; `<` is escaped so that no text in it can end the element. */
export function pageDataJson(data: PageData): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The questionnaire as the page needs it, so that the file stays small: each text only in the
 * page's language, or in the questionnaire's default language where the page's is missing (what
 * `localize` would fall back to); every item once; and no local path of where it was read from
 * (the file is sent to other people).
 */
export function questionnaireJson(q: Questionnaire, lang: string): QuestionnaireJson {
  const fallback = q.languages[0] ?? lang;
  const languages = new Set(q.languages);
  const isLocalized = (v: object) => {
    const entries = Object.entries(v);
    return entries.length > 0 && entries.every(([k, x]) => languages.has(k) && typeof x === "string");
  };
  const trim = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(trim);
    if (v && typeof v === "object") {
      if (isLocalized(v)) {
        const texts = v as Record<string, string>;
        const keep = lang in texts ? lang : fallback in texts ? fallback : Object.keys(texts)[0]!;
        return { [keep]: texts[keep] };
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, trim(x)]));
    }
    return v;
  };
  const { sources, origin: _origin, themes, ...rest } = q;
  return {
    ...(trim(rest) as Omit<QuestionnaireJson, "sources" | "origin" | "themes">),
    themes: themes.map(({ items, ...theme }) => ({
      ...(trim(theme) as Omit<Theme, "items">),
      items: items.map((i) => i.id),
    })),
    origin: `formulier:${q.id}`,
    sources: [...sources.values()],
  };
}

export function questionnaireFromJson(json: QuestionnaireJson): Questionnaire {
  const items = new Map(json.items.map((i) => [i.id, i]));
  return {
    ...json,
    themes: json.themes.map((th) => ({ ...th, items: th.items.map((id) => items.get(id)!) })),
    sources: new Map(json.sources.map((s) => [s.key, s])),
  };
}
