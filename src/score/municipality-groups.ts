// Which files belong to the same municipality in batch's figures: a file with a CBS code groups by
// that code, a file without one by its name (case and spaces aside), and, once all files are in, a
// name group joins the code group whose files carry the same name (where exactly one code does).
// Done on the merged state, so the result does not depend on how files were spread over threads.
// Also the panel's rows, which are grouped the same way. No I/O.
import { byCodePoint } from "../model/order.js";
import type { Role } from "../model/vocabulary.js";
import type { AggregateResult, AggregateState, PanelRow } from "./aggregate-types.js";
import { addCounts, exactMeanOf } from "./counts.js";
import { mergeSides } from "./role-pairs.js";

type Named = { readonly name: string; readonly code?: string };

/** The summary's order of municipalities: by name as people read it, then by code point and code. */
export const municipalityOrder = (a: Named, b: Named) =>
  a.name.localeCompare(b.name, "nl") || byCodePoint(a.name, b.name) || byCodePoint(a.code ?? "", b.code ?? "");

/**
 * The state's municipalities, pairs and panel with the files without a code joined to the code
 * group whose files carry the same name, where exactly one code does; a name with several codes is
 * a conflict and its files without a code stay apart.
 */
export function resolveNames(s: AggregateState): {
  municipalities: AggregateState["municipalities"];
  pairs: AggregateState["pairs"];
  panel: AggregateState["panel"];
  grouping: AggregateResult["grouping"];
} {
  const codesOf = new Map<string, string[]>();
  for (const [key, m] of Object.entries(s.municipalities))
    for (const n of m.nameKeys ?? []) codesOf.set(n, [...(codesOf.get(n) ?? []), key]);
  const target = (key: string) => {
    const codes = s.municipalities[key]?.code === undefined ? codesOf.get(key) : undefined;
    return codes?.length === 1 ? codes[0]! : key;
  };
  const municipalities: AggregateState["municipalities"] = {};
  let joined = 0;
  // The code groups first, so that a name group joins a code group that is in place and keeps its
  // own code and name. (By code point alone, a name such as 's-Hertogenbosch sorts before GM….)
  const withoutCode = (key: string) => (s.municipalities[key]!.code === undefined ? 1 : 0);
  const keys = Object.keys(s.municipalities).sort((a, b) => withoutCode(a) - withoutCode(b) || byCodePoint(a, b));
  for (const key of keys) {
    const m = s.municipalities[key]!;
    const to = target(key);
    const mine = municipalities[to];
    if (to !== key) joined += m.files;
    if (!mine) municipalities[to] = structuredClone(m);
    else {
      mine.files += m.files;
      addCounts(mine.score, m.score);
      addCounts(mine.themes, m.themes);
    }
  }
  const pairs: AggregateState["pairs"] = {};
  for (const k of Object.keys(s.pairs).sort(byCodePoint)) {
    const cut = k.lastIndexOf("|");
    const to = `${target(k.slice(0, cut))}${k.slice(cut)}`;
    pairs[to] ??= {};
    mergeSides(pairs[to]!, s.pairs[k]!);
  }
  // The panel's cells are keyed `municipality|year|role`: the municipality part joins as above.
  const panel: AggregateState["panel"] = {};
  for (const k of Object.keys(s.panel).sort(byCodePoint)) {
    const cut = k.lastIndexOf("|", k.lastIndexOf("|") - 1);
    const to = `${target(k.slice(0, cut))}${k.slice(cut)}`;
    const mine = panel[to];
    if (!mine) panel[to] = structuredClone(s.panel[k]!);
    else addCounts(mine, s.panel[k]!);
  }
  const conflicts = [...codesOf]
    .filter(([, codes]) => codes.length > 1)
    .map(([name, codes]) => ({ name, codes: [...codes].sort(byCodePoint) }))
    .sort((a, b) => byCodePoint(a.name, b.name));
  return { municipalities, pairs, panel, grouping: { joined, conflicts } };
}

/** The panel's rows: per municipality (as grouped, in the summary's order), year and role. */
export function panelRows(
  panel: AggregateState["panel"],
  municipalities: AggregateState["municipalities"],
  roleRank: ReadonlyMap<Role, number>,
): PanelRow[] {
  const rows = Object.entries(panel).map(([key, c]) => {
    const roleCut = key.lastIndexOf("|");
    const yearCut = key.lastIndexOf("|", roleCut - 1);
    const m = municipalities[key.slice(0, yearCut)]!;
    return {
      municipality: m.name,
      ...(m.code ? { code: m.code } : {}),
      year: key.slice(yearCut + 1, roleCut),
      role: key.slice(roleCut + 1) as Role,
      files: c.files,
      verdicts: c.verdicts,
      meanScore: exactMeanOf(c.score),
      lawVerdicts: c.lawVerdicts,
      meanLawScore: exactMeanOf(c.lawScore),
      practiceFiles: c.practiceFiles,
      meanPracticeScore: exactMeanOf(c.practice),
      themes: c.themes.map(exactMeanOf),
    };
  });
  return rows.sort(
    (a, b) =>
      municipalityOrder(
        { name: a.municipality, ...(a.code ? { code: a.code } : {}) },
        { name: b.municipality, ...(b.code ? { code: b.code } : {}) },
      ) ||
      byCodePoint(a.year, b.year) ||
      roleRank.get(a.role)! - roleRank.get(b.role)!,
  );
}
