// The comparison of opened answer files as `zelftest compare --format html` writes it: the same
// comparison (score/compare.ts), view (report/build-compare-view.ts) and template, placed in the
// page under its heading (its headings one level down). Built only when asked for.
import type { Diagnostic } from "../../errors.js";
import { buildCompareView } from "../../report/build-compare-view.js";
import { renderHtmlTemplate } from "../../report/render-report.js";
import { compareAssessments } from "../../score/compare.js";
import { scoreAnswers } from "../../score/score-answers.js";
import { municipalityLabel, sameMunicipalityOf } from "../../model/municipality.js";
import COMPARE_TEMPLATE from "../../../templates/compare.html.mustache";
import COMPARE_ITEM_TEMPLATE from "../../../templates/compare-item.html.mustache";
import type { FormContext } from "../context.js";
import type { OpenedMember } from "../merge/session.js";

export type CompareResult =
  | { readonly ok: true; readonly view: HTMLElement }
  | { readonly ok: false; readonly problems: readonly Diagnostic[] };

export function compareView(ctx: FormContext, files: readonly OpenedMember[]): CompareResult {
  // Refused as `zelftest compare` refuses them: one municipality, by gemeentecode first, else by name.
  // (Files of another questionnaire or major version were refused when they were opened.)
  const first = files[0]!.answers;
  if (!files.every((f) => sameMunicipalityOf(first, f.answers))) {
    const values = [...new Set(files.map((f) => municipalityLabel(f.answers)))];
    return {
      ok: false,
      problems: [{ code: "COMPARE_MIXED", file: first.origin, params: { what: "municipality", values } }],
    };
  }
  const comparison = compareAssessments(
    files.map((f) => ({ file: f.file, assessment: scoreAnswers(ctx.q, f.answers) })),
    ctx.q,
  );
  const view = buildCompareView(comparison, ctx.q, ctx.lang);
  const html = renderHtmlTemplate(COMPARE_TEMPLATE, "", view, {}, { item: COMPARE_ITEM_TEMPLATE });
  const doc = new DOMParser().parseFromString(html, "text/html");
  // One level down: the page's own h1 ("Antwoorden vergelijken") stays the only h1.
  for (const level of [5, 4, 3, 2, 1]) {
    for (const el of doc.body.querySelectorAll(`h${level}`)) {
      const lower = doc.createElement(`h${level + 1}`);
      for (const a of el.attributes) lower.setAttribute(a.name, a.value);
      lower.append(...el.childNodes);
      el.replaceWith(lower);
    }
  }
  // A wide table scrolls sideways on a narrow screen, in a region that the keyboard can reach.
  for (const table of doc.body.querySelectorAll("table")) {
    const region = doc.createElement("div");
    region.className = "zf-scroll";
    region.setAttribute("tabindex", "0");
    region.setAttribute("role", "group");
    const caption = table.querySelector("caption")?.textContent ?? "";
    const heading = table.closest("article, section")?.querySelector("h2, h3, h4")?.textContent ?? "";
    region.setAttribute("aria-label", caption || heading);
    table.replaceWith(region);
    region.append(table);
  }
  const section = document.createElement("section");
  section.className = "zf-compare-view zf-report";
  section.setAttribute("aria-label", view.title);
  for (const part of doc.body.querySelectorAll("body > header, body > main")) {
    const div = document.createElement("div");
    div.append(...[...part.childNodes].map((n) => document.importNode(n, true)));
    section.append(div);
  }
  return { ok: true, view: section };
}
