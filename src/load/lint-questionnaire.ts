// Content lint for a questionnaire that passed the schema: unique ids, item ids under their
// theme, conditions that point to earlier items, known sources and work packages, unique glossary
// terms, `legal` only on legal items, and every text in every declared language. A questionnaire
// with `strict: true` (every built-in one) must also have the complete 1.2 content: `legal` on
// each legal item, `check`, `action` and `package` on each item, `packages` and `glossary`; and the
// 1.3 content: `lawText`, and `legal.vng2015: true` on each of the 15 rows of the VNG zelftest it
// has. `vng2015` is allowed on those 15 rows only (model/questionnaire.ts VNG_ZELFTEST_2015_ROWS).
// Reports all problems at once. Pure.
import type { Diagnostic } from "../errors.js";
import { VNG_ZELFTEST_2015_ROWS } from "../model/questionnaire.js";
import type { QuestionnaireDocument, Text } from "./schema-types.js";
import type { PathSegment, SourceDocument } from "./source-document.js";

export function lintQuestionnaire(q: QuestionnaireDocument, source: SourceDocument): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const languages = q.languages;

  const checkText = (text: Text | undefined, path: PathSegment[]) => {
    if (text === undefined) return;
    if (typeof text === "string") {
      if (languages.length > 1)
        problems.push(source.diagnostic("MISSING_TRANSLATION", { languages: languages.slice(1) }, path));
      return;
    }
    for (const lang of Object.keys(text)) {
      if (!languages.includes(lang)) {
        problems.push(
          source.diagnostic("UNDECLARED_LANGUAGE", { language: lang, declared: languages }, [...path, lang], "key"),
        );
      }
    }
    const missing = languages.filter((l) => !(l in text));
    if (missing.length > 0) problems.push(source.diagnostic("MISSING_TRANSLATION", { languages: missing }, path));
  };

  checkText(q.title, ["title"]);
  checkText(q.description, ["description"]);
  const strict = q.strict === true;
  const requireField = (present: unknown, field: string, where: string, path: PathSegment[]) => {
    if (strict && present === undefined)
      problems.push(source.diagnostic("STRICT_FIELD_MISSING", { field, where }, path, "key"));
  };

  const packageIds = new Set<string>();
  (q.packages ?? []).forEach((pkg, k) => {
    const path: PathSegment[] = ["packages", k];
    if (packageIds.has(pkg.id)) problems.push(source.diagnostic("DUPLICATE_ID", { id: pkg.id }, [...path, "id"]));
    packageIds.add(pkg.id);
    for (const field of ["title", "moment", "description"] as const) checkText(pkg[field], [...path, field]);
  });
  requireField(q.packages, "packages", "", []);
  requireField(q.lawText, "lawText", "", []);

  const terms = new Map<string, Set<string>>(); // language → lower-cased terms seen
  (q.glossary ?? []).forEach((entry, k) => {
    const path: PathSegment[] = ["glossary", k];
    checkText(entry.term, [...path, "term"]);
    checkText(entry.definition, [...path, "definition"]);
    const byLang = typeof entry.term === "string" ? { [languages[0]!]: entry.term } : entry.term;
    for (const [lang, term] of Object.entries(byLang)) {
      const seen = terms.get(lang) ?? new Set<string>();
      const key = term.trim().toLowerCase();
      if (seen.has(key)) {
        problems.push(
          source.diagnostic(
            "DUPLICATE_TERM",
            { term: term.trim(), language: lang },
            typeof entry.term === "string" ? [...path, "term"] : [...path, "term", lang],
          ),
        );
      }
      seen.add(key);
      terms.set(lang, seen);
    }
  });
  requireField(q.glossary, "glossary", "", []);

  const themeIds = new Set<string>();
  const seenItems = new Map<string, number>(); // id → position in questionnaire order
  const allItemIds = new Set(q.themes.flatMap((t) => t.items.map((i) => i.id)));
  const levels = new Map(q.themes.flatMap((t) => t.items.map((i) => [i.id, i.level] as const)));
  let order = 0;

  q.themes.forEach((theme, t) => {
    const themePath: PathSegment[] = ["themes", t];
    if (themeIds.has(theme.id))
      problems.push(source.diagnostic("DUPLICATE_ID", { id: theme.id }, [...themePath, "id"]));
    themeIds.add(theme.id);
    checkText(theme.title, [...themePath, "title"]);
    checkText(theme.summary, [...themePath, "summary"]);

    theme.items.forEach((item, i) => {
      const path: PathSegment[] = [...themePath, "items", i];
      if (seenItems.has(item.id)) problems.push(source.diagnostic("DUPLICATE_ID", { id: item.id }, [...path, "id"]));
      if (!item.id.startsWith(`${theme.id}.`)) {
        problems.push(source.diagnostic("ITEM_ID_THEME_MISMATCH", { id: item.id, theme: theme.id }, [...path, "id"]));
      }
      for (const field of ["question", "why", "help", "evidence", "check", "action"] as const)
        checkText(item[field], [...path, field]);
      for (const field of ["check", "action", "package"] as const) requireField(item[field], field, item.id, path);
      if (item.level === "wettelijk") requireField(item.legal, "legal", item.id, path);
      if (item.legal) {
        if (item.level !== "wettelijk")
          problems.push(source.diagnostic("LEGAL_ON_PRACTICE_ITEM", { id: item.id }, [...path, "legal"], "key"));
        checkText(item.legal.note, [...path, "legal", "note"]);
        if (item.legal.vng2015 === true && !VNG_ZELFTEST_2015_ROWS.includes(item.id))
          problems.push(source.diagnostic("NOT_A_VNG_ROW", { id: item.id }, [...path, "legal", "vng2015"]));
      }
      if (item.level === "wettelijk" && item.legal && VNG_ZELFTEST_2015_ROWS.includes(item.id)) {
        if (item.legal.vng2015 !== true) requireField(undefined, "legal.vng2015", item.id, [...path, "legal"]);
      }
      if (item.package !== undefined && !packageIds.has(item.package)) {
        problems.push(
          source.diagnostic("UNKNOWN_PACKAGE", { package: item.package, known: [...packageIds] }, [...path, "package"]),
        );
      }
      for (const answer of ["deels", "nee", "weet-niet"] as const) {
        checkText(item.recommendations[answer], [...path, "recommendations", answer]);
      }
      for (const answer of ["ja", "deels", "nee", "weet-niet"] as const) {
        checkText(item.answerMeaning?.[answer], [...path, "answerMeaning", answer]);
      }
      item.basis.forEach((b, k) => {
        // Own keys only: a source named toString (or any Object.prototype name) is not a source.
        if (!Object.hasOwn(q.sources, b.source)) {
          problems.push(
            source.diagnostic("UNKNOWN_SOURCE", { source: b.source, known: Object.keys(q.sources) }, [
              ...path,
              "basis",
              k,
              "source",
            ]),
          );
        }
        checkText(b.note, [...path, "basis", k, "note"]);
      });
      (item.examples ?? []).forEach((ex, k) => {
        if (!Object.hasOwn(q.sources, ex.source)) {
          problems.push(
            source.diagnostic("UNKNOWN_SOURCE", { source: ex.source, known: Object.keys(q.sources) }, [
              ...path,
              "examples",
              k,
              "source",
            ]),
          );
        }
        checkText(ex.text, [...path, "examples", k, "text"]);
      });
      if (item.when) {
        const target = item.when.item;
        const wherePath = [...path, "when", "item"];
        if (item.level === "wettelijk") {
          problems.push(source.diagnostic("CONDITION_ON_LEGAL_ITEM", { id: item.id }, [...path, "when"], "key"));
        }
        if (!allItemIds.has(target))
          problems.push(source.diagnostic("CONDITION_UNKNOWN_ITEM", { id: item.id, target }, wherePath));
        else if (!seenItems.has(target) || target === item.id) {
          problems.push(
            source.diagnostic(
              "CONDITION_NOT_EARLIER",
              { id: item.id, target, level: levels.get(target) ?? "" },
              wherePath,
            ),
          );
        }
      }
      seenItems.set(item.id, order);
      order += 1;
    });
  });
  return problems;
}
