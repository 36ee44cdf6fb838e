// Why an opened file was refused, for someone who does not write YAML: per problem where it is
// (line and column, and the line itself), what is wrong and what to do, in the form's plain words
// where it has them (messages/form.ts), else those of `zelftest validate`; the error code and the
// validator's own wording only under "Technische details". Problems at the same place with the same
// plain words are shown once. Where and the caret are drawn as the command line draws them
// (report/diagnostic-text.ts).
import { h } from "../dom.js";
import type { Diagnostic } from "../../errors.js";
import type { Lang } from "../../model/vocabulary.js";
import type { FormTexts } from "../../messages/form.js";
import { wording } from "../../messages/error-messages.js";
import { UI } from "../../messages/ui.js";
import { displayWidth, excerptLines, excerptOf, MAX_SHOWN_PROBLEMS, placeOf } from "../../report/diagnostic-text.js";

export function fileProblems(t: FormTexts, lang: Lang, file: string, problems: readonly Diagnostic[]): HTMLElement[] {
  const shown = new Map<string, { d: Diagnostic; message: string; hint: string; technical: string[] }>();
  for (const d of problems) {
    // A path such as "answers › toegankelijkheid.gratis › note" is named by its last part.
    const where = typeof d.params.where === "string" ? d.params.where.split(" › ").at(-1) : undefined;
    const base = wording(d.code, where === undefined ? d.params : { ...d.params, where }, lang);
    const plain = t.problems[d.code]?.(d.params) ?? {};
    const full = wording(d.code, d.params, lang);
    const message = plain.message ?? base.message;
    const technical = `${d.code} (${placeOf(d)}): ${full.message} ${full.hint}`;
    const key = `${d.line ?? ""}:${d.column ?? ""}:${message}`;
    const same = shown.get(key);
    if (same) same.technical.push(technical);
    else shown.set(key, { d, message, hint: plain.hint ?? base.hint, technical: [technical] });
  }
  const all = [...shown.values()];
  const listed = all.slice(0, MAX_SHOWN_PROBLEMS);
  const list: HTMLElement[] = [
    h("p", {}, t.openFailed(file, all.length)),
    h("p", {}, t.openFailedIntro),
    h(
      "ul",
      { class: "zf-problems" },
      listed.map(({ d, message, hint, technical }) =>
        h(
          "li",
          {},
          h(
            "p",
            {},
            d.line !== undefined ? [h("strong", {}, `${t.line(d.line, d.column ?? 1)}:`), " "] : null,
            message,
          ),
          excerpt(t, d),
          h("p", {}, `${t.fix}: ${hint}`),
          h(
            "details",
            { class: "zf-technical" },
            h("summary", {}, t.technicalDetails),
            technical.map((line) => h("p", {}, line)),
          ),
        ),
      ),
    ),
  ];
  if (all.length > listed.length) list.push(h("p", {}, UI[lang].moreErrors(all.length - listed.length)));
  return list;
}

/**
 * The line of the file with a caret under the place. The caret line is padded with the text before
 * the place itself, made invisible (.zf-caret-pad), so that the caret stands under the place in
 * whatever font the browser uses, also after an emoji; it is hidden from screen readers, which
 * have the line and column in words.
 */
function excerpt(t: FormTexts, d: Diagnostic): HTMLElement[] | null {
  const e = excerptOf(d);
  if (e === undefined) return null;
  const { gutter, blankGutter, source } = excerptLines(e);
  return [
    h("p", { class: "zf-excerpt-label" }, t.inTheFile),
    h(
      "pre",
      { class: "zf-excerpt" },
      `${gutter}${source}\n`,
      h(
        "span",
        { "aria-hidden": "true" },
        blankGutter,
        h("span", { class: "zf-caret-pad" }, e.before),
        h("span", { class: "zf-caret" }, "^".repeat(Math.max(1, displayWidth(e.marked)))),
      ),
    ),
  ];
}
