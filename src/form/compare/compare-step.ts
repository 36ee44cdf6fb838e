// Vergelijken in the form (docs/form.md): two or more answer files opened at once, refused as
// `zelftest compare` refuses them, and compared by the same code with the same view builder and
// template (score/compare.ts, report/build-compare-view.ts, templates/compare.html.mustache):
// the page shows what `zelftest compare --format html` writes. Rendered only when asked for.
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";
import { formatDate, ROLE_LABEL } from "../../messages/ui.js";
import { wording } from "../../messages/error-messages.js";
import type { FormContext } from "../context.js";
import { append, h } from "../dom.js";
import { errorSummary } from "../components/error-summary.js";
import { fileProblems } from "../components/file-problems.js";
import { backToStart, openedFiles, takeChosenFiles } from "../components/opened-files.js";
import type { OpenFiles } from "../components/opened-files.js";
import { filePicker } from "../merge/file-picker.js";
import { compareView } from "./compare-view.js";

const benches = new WeakMap<FormContext, OpenFiles>();

function benchOf(ctx: FormContext): OpenFiles {
  let bench = benches.get(ctx);
  if (!bench) {
    bench = { files: [], failed: [] };
    benches.set(ctx, bench);
  }
  return bench;
}

export function renderCompare(ctx: FormContext): string {
  const { lang, shell } = ctx;
  const g = GROUP_FORM_TEXT[lang];
  const bench = benchOf(ctx);
  const main = shell.main;
  append(main, [
    h("h1", {}, g.compareTitle),
    g.compareIntro.map((p) => h("p", {}, p)),
    openedFiles(ctx, {
      pickerId: "zf-compare-files",
      files: bench.files,
      describe: (m) =>
        [m.answers.respondent.name, ROLE_LABEL[lang][m.answers.respondent.role], formatDate(m.answers.date, lang)]
          .filter(Boolean)
          .join(", "),
      onRemove: (m) => {
        bench.files = bench.files.filter((x) => x !== m);
        bench.failed = [];
        ctx.show({ step: "compare" }, false);
      },
    }),
    filePicker(ctx, {
      id: "zf-compare-files",
      label: bench.files.length > 0 ? g.chooseMore : g.chooseFiles,
      onFiles: (files) => void addFiles(ctx, bench, files),
    }),
  ]);
  const problems: (Node | string)[] = [];
  for (const f of bench.failed) problems.push(...fileProblems(ctx.t, lang, f.file, f.problems));
  let view: HTMLElement | undefined;
  if (bench.files.length >= 2) {
    const result = compareView(ctx, bench.files);
    if (result.ok) view = result.view;
    else {
      problems.push(
        h("p", {}, g.compareMixed),
        h(
          "ul",
          { class: "zf-problems" },
          result.problems.map((d) => {
            const w = wording(d.code, d.params, lang);
            return h("li", {}, [w.message, w.hint].filter(Boolean).join(" "));
          }),
        ),
      );
    }
  }
  if (view) {
    append(main, [
      view,
      h(
        "div",
        { class: "zf-buttons" },
        h(
          "button",
          { type: "button", class: "zf-button zf-secondary", onclick: () => globalThis.print() },
          g.printCompare,
        ),
      ),
    ]);
  }
  append(main, [backToStart(ctx)]);
  if (problems.length > 0) {
    shell.status.textContent = "";
    errorSummary(main, ctx.t, problems);
  }
  return g.compareTitle;
}

function addFiles(ctx: FormContext, bench: OpenFiles, files: readonly File[]): Promise<void> {
  return takeChosenFiles(ctx, bench, files, {
    show: () => ctx.show({ step: "compare" }, false),
    focusOn: ".zf-compare-view h1",
  });
}
