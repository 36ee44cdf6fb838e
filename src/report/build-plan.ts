// The plan van aanpak: one row per work package (from the questionnaire's `packages`; without
// them, per theme) with its stand-alone actions, the questions it covers, a priority, the moment
// it fits and the evidence to produce. Owner and deadline stay empty for the reader. Pure.
//
// Legal first, and recognisably so: every action says what it rests on — Wet (art. …) or
// VNG-zelftest (lezing van art. …), through messages/legal.ts — or that it is good practice; within a package the legal actions come first; a package's
// priority comes from its legal gaps alone (good practice never raises it).
import type { Assessment, ItemResult } from "../model/assessment.js";
import { localize } from "../model/questionnaire.js";
import { LEGAL_KINDS } from "../model/questionnaire.js";
import type { Item, LegalBasis, Questionnaire } from "../model/questionnaire.js";
import { citeArticles } from "../model/citation.js";
import { LEGAL_KIND_LABEL, legalCitation } from "../messages/legal.js";
import { LEVEL_LABEL } from "../messages/ui.js";
import { byUrgency } from "../model/severity.js";
import type { Lang, Level } from "../model/vocabulary.js";
import { formatList } from "../messages/intl.js";
import { reportTexts } from "../messages/report.js";
import { marksVngRows } from "../model/legal-lens.js";
import { anchorOf } from "./anchor.js";
import type { RichText } from "./rich-text-type.js";
import { actionOf, legalOf } from "./questionnaire-fields.js";

export type PlanPriority = "hoog" | "middel" | "kans";

export interface PlanQuestion {
  readonly id: string;
  /** Only a-z, 0-9 and "-" (anchorOf): safe as an id and in href="#…". */
  readonly anchorSafe: string;
  readonly question: RichText;
}

export interface PlanAction {
  readonly level: Level;
  /** True for a legal action: a template without logic picks its style and words by it. */
  readonly legal: boolean;
  /** "Wet (art. 2.3.2 lid 3 Wmo 2015)", "VNG-zelftest (lezing van art. 1.1.1 Wmo 2015)" or "Goede praktijk". */
  readonly kindLabel: string;
  /** Just the kind, for a column: "Wet", "VNG-zelftest", "Wet; VNG-zelftest" or "Goede praktijk". */
  readonly kindShort: string;
  /** The articles the action rests on, "art. 2.3.2 lid 3 Wmo 2015"; empty for good practice. */
  readonly article: string;
  readonly text: RichText;
  /** The questions this action answers (more than one when items share the same action). */
  readonly questions: readonly PlanQuestion[];
}

export interface PlanRow {
  readonly nr: number;
  /** The work package id, or the theme id when the questionnaire has no packages. */
  readonly id: string;
  readonly title: string;
  readonly moment: string;
  /** From the package's legal gaps only: Hoog (not in place or not checkable), Middel (partly), else Kans. */
  readonly priority: PlanPriority;
  readonly priorityLabel: string;
  /** What the priority rests on: "2 wettelijke eisen, 3 goede praktijk". */
  readonly priorityNote: string;
  /** Legal actions first (most urgent first), then good practice. */
  readonly actions: readonly PlanAction[];
  readonly items: readonly PlanQuestion[];
  readonly evidence: readonly RichText[];
}

const RANK: Record<PlanPriority, number> = { hoog: 0, middel: 1, kans: 2 };

function priorityOf(r: ItemResult): PlanPriority {
  if (r.level === "aanbeveling") return "kans";
  return r.status === "deels" ? "middel" : "hoog";
}

/** Which items need an action: legal items not in place, and good practice answered other than Ja. */
function needsAction(r: ItemResult, practiceAnswered: boolean): boolean {
  if (r.status === "voldoet" || r.status === "niet-van-toepassing") return false;
  if (r.level === "wettelijk") return true;
  return practiceAnswered && r.answer !== null;
}

/** "Wmo 2015, art. 2.3.2 lid 3" → "art. 2.3.2 lid 3 Wmo 2015" (model/citation.ts citeArticles, in the reader's language). */
export function articleLabel(articles: readonly string[], lang: Lang): string {
  return citeArticles(articles, (parts) => formatList(parts, lang));
}

export function buildPlan(a: Assessment, q: Questionnaire, lang: Lang, practiceAnswered: boolean): PlanRow[] {
  const t = reportTexts(lang, marksVngRows(q));
  const fallback = q.languages[0] ?? "nl";
  const text = (x: Parameters<typeof localize>[0]) => localize(x, lang, fallback);
  const items = new Map(q.items.map((i, k) => [i.id, { item: i, order: k }]));
  const packages = new Map(q.packages.map((p, k) => [p.id, { p, order: k }]));
  const themes = new Map(q.themes.map((th, k) => [th.id, { th, order: k }]));

  interface Group {
    id: string;
    title: string;
    moment: string;
    order: number;
    entries: { r: ItemResult; item: Item }[];
  }
  const groups = new Map<string, Group>();
  for (const theme of a.themes) {
    for (const r of theme.items) {
      if (!needsAction(r, practiceAnswered)) continue;
      const { item } = items.get(r.id)!;
      const pkg = item.package ? packages.get(item.package) : undefined;
      const key = pkg ? `p:${pkg.p.id}` : `t:${theme.id}`;
      let g = groups.get(key);
      if (!g) {
        const th = themes.get(theme.id)!;
        g = pkg
          ? { id: pkg.p.id, title: text(pkg.p.title), moment: text(pkg.p.moment), order: pkg.order, entries: [] }
          : { id: theme.id, title: text(th.th.title), moment: "", order: 1000 + th.order, entries: [] };
        groups.set(key, g);
      }
      g.entries.push({ r, item });
    }
  }

  const failing = (r: ItemResult) => (r.answer === "deels" || r.answer === "nee" ? r.answer : "weet-niet");
  const question = (r: ItemResult, item: Item): PlanQuestion => ({
    id: r.id,
    anchorSafe: anchorOf(r.id),
    question: { rich: text(item.question) },
  });

  const rows = [...groups.values()].map((g) => {
    // Legal items first, the most urgent first; then good practice; questionnaire order within.
    const entries = [...g.entries].sort(
      (x, y) =>
        Number(x.r.level !== "wettelijk") - Number(y.r.level !== "wettelijk") ||
        byUrgency(x.r.status, y.r.status) ||
        items.get(x.r.id)!.order - items.get(y.r.id)!.order,
    );
    const legalEntries = entries.filter(({ r }) => r.level === "wettelijk");
    const priority = legalEntries.reduce<PlanPriority>(
      (p, { r }) => (RANK[priorityOf(r)] < RANK[p] ? priorityOf(r) : p),
      "kans",
    );
    // One action per distinct text: items that share an action share its line (legal if any is).
    const byText = new Map<string, { legal: boolean; legals: LegalBasis[]; questions: PlanQuestion[] }>();
    for (const { r, item } of entries) {
      const key = text(actionOf(item, failing(r)));
      const entry = byText.get(key) ?? { legal: false, legals: [], questions: [] };
      const legal = legalOf(item);
      if (r.level === "wettelijk") entry.legal = true;
      if (legal) entry.legals.push(legal);
      entry.questions.push(question(r, item));
      byText.set(key, entry);
    }
    const actions: PlanAction[] = [...byText].map(([rich, e]) => {
      const article = e.legal
        ? articleLabel(
            e.legals.map((l) => l.article),
            lang,
          )
        : "";
      const kinds = [...new Set(e.legals.map((l) => l.kind))].sort(
        (x, y) => LEGAL_KINDS.indexOf(x) - LEGAL_KINDS.indexOf(y),
      );
      return {
        level: e.legal ? "wettelijk" : "aanbeveling",
        legal: e.legal,
        kindLabel: !e.legal
          ? LEVEL_LABEL[lang].aanbeveling
          : e.legals.length > 0
            ? legalCitation(e.legals, lang)
            : LEVEL_LABEL[lang].wettelijk,
        kindShort: !e.legal
          ? LEVEL_LABEL[lang].aanbeveling
          : kinds.length > 0
            ? kinds.map((k) => LEGAL_KIND_LABEL[lang][k]).join("; ")
            : LEVEL_LABEL[lang].wettelijk,
        article,
        text: { rich },
        questions: e.questions,
      };
    });
    return {
      g,
      priority,
      actions,
      legalCount: legalEntries.length,
      practiceCount: entries.length - legalEntries.length,
      entries,
    };
  });

  return rows
    .sort((x, y) => RANK[x.priority] - RANK[y.priority] || x.g.order - y.g.order)
    .map(({ g, priority, actions, legalCount, practiceCount, entries }, k) => ({
      nr: k + 1,
      id: g.id,
      title: g.title,
      moment: g.moment || "–",
      priority,
      priorityLabel: t.priority[priority],
      priorityNote: t.priorityNote(legalCount, practiceCount),
      actions,
      items: entries.map(({ r, item }) => question(r, item)),
      evidence: [...new Set(entries.map(({ item }) => text(item.evidence)))].map((rich) => ({ rich })),
    }));
}
