// How a basis (source + section) is cited wherever it is shown: the report, the interview and
// the form. One format: "Author (year), Title, section — article". And the one way a legal basis
// is cited (citeLegal): grouped by kind, the law's own text first, each group named. Pure.
import type { Basis, LegalBasis, Source } from "./questionnaire.js";

/** Who wrote it: "Author (year), Title", or just the title, or the source key when it is unknown. */
export function citeSource(key: string, sources: ReadonlyMap<string, Source>): string {
  const s = sources.get(key);
  if (!s) return key;
  return s.author ? `${s.author}${s.year ? ` (${s.year})` : ""}, ${s.title}` : s.title;
}

/**
 * One basis as a line: "Author (year), Title, section — article", with the note (already in the
 * reader's language) in brackets after it when given.
 */
export function citeBasis(basis: Basis, sources: ReadonlyMap<string, Source>, note?: string): string {
  const where = `${citeSource(basis.source, sources)}, ${basis.section}${basis.article ? ` — ${basis.article}` : ""}`;
  return note ? `${where} (${note})` : where;
}

/**
 * Articles as one phrase, grouped by law: ["Wmo 2015, art. 2.3.2 lid 3", "Wmo 2015, art. 1.1.1"]
 * → "art. 2.3.2 lid 3 en art. 1.1.1 Wmo 2015" (`join` makes the list in the reader's language).
 * An article in another form stays as it is; a repeated article is named once.
 */
export function citeArticles(articles: readonly string[], join: (parts: string[]) => string): string {
  const laws: { law: string; arts: string[] }[] = [];
  for (const a of articles) {
    const m = /^(.+?),\s*(art\..+)$/.exec(a);
    const law = m ? m[1]! : "";
    const art = m ? m[2]! : a;
    const group = laws.find((g) => g.law === law);
    if (group) {
      if (!group.arts.includes(art)) group.arts.push(art);
    } else laws.push({ law, arts: [art] });
  }
  return laws.map(({ law, arts }) => (law ? `${join(arts)} ${law}` : join(arts))).join("; ");
}

/** How each kind of legal basis is named, around the articles (messages/legal.ts has the words). */
export interface LegalCitationWords {
  /** The law's own text: "Wet (art. 2.3.2 lid 3 Wmo 2015)". */
  readonly wet: (articles: string) => string;
  /** The explanatory memorandum: "Memorie van toelichting (bij art. …)". */
  readonly toelichting: (articles: string) => string;
  /** The VNG zelftest's reading: "VNG-zelftest (lezing van art. 1.1.1 Wmo 2015)". */
  readonly vng: (articles: string) => string;
}

const KIND_ORDER = ["wet", "toelichting", "vng"] as const;

/**
 * The one way a legal basis is cited: each item's article, grouped by how directly the law says
 * it (the law's own text first), every group named, e.g. "Wet (art. 2.3.2 lid 3 Wmo 2015);
 * VNG-zelftest (lezing van art. 1.1.1 Wmo 2015)". So a VNG reading is never presented as the law.
 */
export function citeLegal(
  legals: readonly Pick<LegalBasis, "article" | "kind">[],
  words: LegalCitationWords,
  join: (parts: string[]) => string,
): string {
  return KIND_ORDER.flatMap((kind) => {
    const articles = legals.filter((l) => l.kind === kind).map((l) => l.article);
    return articles.length > 0 ? [words[kind](citeArticles(articles, join))] : [];
  }).join("; ");
}
