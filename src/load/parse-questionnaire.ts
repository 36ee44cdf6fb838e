// Parses a questionnaire file: schema (ajv), then the content lint, then the model. Text in,
// Questionnaire out, or an InputError with every problem and its place. Pure.
import type {
  Basis,
  GlossaryEntry,
  Item,
  LocalizedText,
  PracticeExample,
  Questionnaire,
  Source,
  Theme,
  WorkPackage,
} from "../model/questionnaire.js";
import { InputError } from "../errors.js";
import { ANSWER_VALUES } from "../model/vocabulary.js";
import { sha256 } from "./hash.js";
import { lintQuestionnaire } from "./lint-questionnaire.js";
import { sortByPlace } from "./parse-answers.js";
import { schemaDiagnostics } from "./schema-errors.js";
import type { Item as ItemDocument, QuestionnaireDocument, Text } from "./schema-types.js";
import type { SourceDocument } from "./source-document.js";
import { questionnaireValidator } from "./validators.js";

export function parseQuestionnaire(source: SourceDocument, origin = source.file): Questionnaire {
  const raw = source.value;
  const validate = questionnaireValidator();
  if (!validate(raw)) throw new InputError(sortByPlace(schemaDiagnostics(validate.errors ?? [], source)));
  const lintProblems = lintQuestionnaire(raw, source);
  if (lintProblems.length > 0) throw new InputError(sortByPlace(lintProblems));
  return buildQuestionnaire(raw, sha256(source.text), origin);
}

function buildQuestionnaire(raw: QuestionnaireDocument, contentHash: string, origin: string): Questionnaire {
  const defaultLang = raw.languages[0]!;
  const text = (t: Text): LocalizedText => (typeof t === "string" ? { [defaultLang]: t.trim() } : trimAll(t));
  const sources = new Map<string, Source>(Object.entries(raw.sources).map(([key, s]) => [key, { key, ...s }]));
  const item = (r: ItemDocument, theme: string): Item => {
    const basis: Basis[] = r.basis.map((b) => ({
      source: b.source,
      section: b.section,
      ...(b.article ? { article: b.article } : {}),
      ...(b.note ? { note: text(b.note) } : {}),
    }));
    const examples: PracticeExample[] = (r.examples ?? []).map((e) => ({ ...e, text: text(e.text) }));
    return {
      id: r.id,
      theme,
      level: r.level,
      ...(r.since !== undefined ? { since: r.since } : {}),
      weight: r.weight ?? 1,
      question: text(r.question),
      why: text(r.why),
      ...(r.help ? { help: text(r.help) } : {}),
      basis,
      recommendations: {
        deels: text(r.recommendations.deels),
        nee: text(r.recommendations.nee),
        "weet-niet": text(r.recommendations["weet-niet"]),
      },
      evidence: text(r.evidence),
      ...(r.answerMeaning
        ? {
            answerMeaning: Object.fromEntries(
              ANSWER_VALUES.flatMap((v) => {
                const m = r.answerMeaning?.[v];
                return m ? [[v, text(m)]] : [];
              }),
            ),
          }
        : {}),
      examples,
      ...(r.when ? { when: { item: r.when.item, answer: r.when.answer } } : {}),
      ...(r.legal
        ? {
            legal: {
              article: r.legal.article.trim(),
              kind: r.legal.kind,
              vng2015: r.legal.vng2015 === true,
              ...(r.legal.note ? { note: text(r.legal.note) } : {}),
            },
          }
        : {}),
      ...(r.check ? { check: text(r.check) } : {}),
      ...(r.action ? { action: text(r.action) } : {}),
      ...(r.package ? { package: r.package } : {}),
    };
  };
  const themes: Theme[] = raw.themes.map((t) => ({
    id: t.id,
    title: text(t.title),
    summary: text(t.summary),
    items: t.items.map((i) => item(i, t.id)),
  }));
  return {
    id: raw.id,
    version: raw.version,
    languages: raw.languages,
    title: text(raw.title),
    ...(raw.description ? { description: text(raw.description) } : {}),
    ...(raw.lawText
      ? { lawText: { title: raw.lawText.title.trim(), inForceOn: raw.lawText.inForceOn, url: raw.lawText.url } }
      : {}),
    sources,
    themes,
    items: themes.flatMap((t) => t.items),
    packages: (raw.packages ?? []).map(
      (p): WorkPackage => ({
        id: p.id,
        title: text(p.title),
        moment: text(p.moment),
        ...(p.description ? { description: text(p.description) } : {}),
      }),
    ),
    glossary: (raw.glossary ?? []).map((g): GlossaryEntry => ({ term: text(g.term), definition: text(g.definition) })),
    strict: raw.strict === true,
    contentHash,
    origin,
  };
}

function trimAll(t: Record<string, string>): LocalizedText {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.trim()]));
}
