// The plan van aanpak: one row per work package (from the questionnaire's `packages`; without
// them, per theme) with its stand-alone actions, the questions it covers, a priority (legal
// first), the moment it fits and the evidence to produce. Owner and deadline stay empty for the
// reader. Pure.
import type { Assessment, ItemResult } from "../model/assessment.js";
import { localize } from "../model/questionnaire.js";
import type { Item, Questionnaire } from "../model/questionnaire.js";
import type { Lang } from "../model/vocabulary.js";
import { REPORT_TEXT } from "../messages/report.js";
import { anchorOf } from "./anchor.js";
import type { RichText } from "./rich-text-type.js";
import { actionOf } from "./questionnaire-fields.js";

export type PlanPriority = "hoog" | "middel" | "kans";

export interface PlanRow {
  readonly nr: number;
  /** The work package id, or the theme id when the questionnaire has no packages. */
  readonly id: string;
  readonly title: string;
  readonly moment: string;
  readonly priority: PlanPriority;
  readonly priorityLabel: string;
  readonly actions: readonly RichText[];
  readonly items: readonly { readonly id: string; readonly anchorSafe: string }[];
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

export function buildPlan(a: Assessment, q: Questionnaire, lang: Lang, practiceAnswered: boolean): PlanRow[] {
  const t = REPORT_TEXT[lang];
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
    priority: PlanPriority;
    entries: { r: ItemResult; item: Item }[];
  }
  const groups = new Map<string, Group>();
  for (const theme of a.themes) {
    for (const r of theme.items) {
      if (!needsAction(r, practiceAnswered)) continue;
      const { item } = items.get(r.id)!;
      const pkgId = item.package;
      const pkg = pkgId ? packages.get(pkgId) : undefined;
      const key = pkg ? `p:${pkg.p.id}` : `t:${theme.id}`;
      let g = groups.get(key);
      if (!g) {
        const th = themes.get(theme.id)!;
        g = pkg
          ? {
              id: pkg.p.id,
              title: text(pkg.p.title),
              moment: text(pkg.p.moment),
              order: pkg.order,
              priority: "kans",
              entries: [],
            }
          : {
              id: theme.id,
              title: text(th.th.title),
              moment: "",
              order: 1000 + th.order,
              priority: "kans",
              entries: [],
            };
        groups.set(key, g);
      }
      g.entries.push({ r, item });
      if (RANK[priorityOf(r)] < RANK[g.priority]) g.priority = priorityOf(r);
    }
  }

  const distinct = (xs: string[]) => [...new Set(xs)].map((rich) => ({ rich }));
  return [...groups.values()]
    .sort((x, y) => RANK[x.priority] - RANK[y.priority] || x.order - y.order)
    .map((g, k) => {
      // Legal items first within a package, then by urgency, so the first action is the most pressing.
      const entries = [...g.entries].sort(
        (x, y) => RANK[priorityOf(x.r)] - RANK[priorityOf(y.r)] || items.get(x.r.id)!.order - items.get(y.r.id)!.order,
      );
      const failing = (r: ItemResult) => (r.answer === "deels" || r.answer === "nee" ? r.answer : "weet-niet");
      return {
        nr: k + 1,
        id: g.id,
        title: g.title,
        moment: g.moment || "–",
        priority: g.priority,
        priorityLabel: t.priority[g.priority],
        actions: distinct(entries.map(({ r, item }) => text(actionOf(item, failing(r))))),
        items: entries.map(({ r }) => ({ id: r.id, anchorSafe: anchorOf(r.id) })),
        evidence: distinct(entries.map(({ item }) => text(item.evidence))),
      };
    });
}
