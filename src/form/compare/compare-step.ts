// Vergelijken in the form (docs/form.md): two or more answer files opened at once, refused as
// `zelftest compare` refuses them, and compared by the same code with the same view builder and
// template (score/compare.ts, report/build-compare-view.ts, templates/compare.html.mustache):
// the page shows what `zelftest compare --format html` writes. Rendered only when asked for.
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";
import { formatDate, ROLE_LABEL } from "../../messages/ui.js";
import { wording } from "../../messages/error-messages.js";
import type { FormContext } from "../context.js";
import { append, h, hidden } from "../dom.js";
import { errorSummary } from "../components/error-summary.js";
import { fileProblems } from "../components/file-problems.js";
import { filePicker } from "../merge/file-picker.js";
import { readChosenFiles } from "../merge/read-files.js";
import type { FileProblems } from "../merge/read-files.js";
import type { OpenedMember } from "../merge/session.js";
import { compareView } from "./compare-view.js";

interface Bench {
  files: OpenedMember[];
  failed: FileProblems[];
}

const benches = new WeakMap<FormContext, Bench>();

function benchOf(ctx: FormContext): Bench {
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
    filesList(ctx, bench),
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
  append(main, [
    h(
      "div",
      { class: "zf-buttons" },
      h(
        "button",
        { type: "button", class: "zf-button zf-secondary", onclick: () => ctx.show({ step: "welcome" }) },
        g.backToStart,
      ),
    ),
  ]);
  if (problems.length > 0) {
    shell.status.textContent = "";
    errorSummary(main, ctx.t, problems);
  }
  return g.compareTitle;
}

async function addFiles(ctx: FormContext, bench: Bench, files: readonly File[]): Promise<void> {
  const g = GROUP_FORM_TEXT[ctx.lang];
  const read = await readChosenFiles(files, ctx.q, ctx.data.limits.answerFileBytes);
  bench.failed = read.failed;
  const same = (a: OpenedMember, b: OpenedMember) =>
    a.file === b.file && a.answers.contentHash === b.answers.contentHash;
  const again = read.opened.filter((m) => bench.files.some((o) => same(o, m)));
  bench.files = [...bench.files, ...read.opened.filter((m) => !again.includes(m))];
  ctx.show({ step: "compare" }, false);
  if (bench.failed.length === 0) {
    const focus = ctx.shell.main.querySelector<HTMLElement>(".zf-error-summary, .zf-compare-view h1");
    focus?.setAttribute("tabindex", "-1");
    focus?.focus();
  }
  ctx.announce([g.opened(read.opened.length - again.length), ...again.map((m) => g.sameFileAgain(m.file))].join(" "));
}

function filesList(ctx: FormContext, bench: Bench): HTMLElement | null {
  if (bench.files.length === 0) return null;
  const g = GROUP_FORM_TEXT[ctx.lang];
  return h(
    "section",
    { "aria-labelledby": "zf-compare-files-title" },
    h("h2", { id: "zf-compare-files-title" }, g.filesHeading(bench.files.length)),
    h(
      "ul",
      { class: "zf-file-list" },
      bench.files.map((m) =>
        h(
          "li",
          {},
          h(
            "p",
            {},
            [
              m.answers.respondent.name,
              ROLE_LABEL[ctx.lang][m.answers.respondent.role],
              formatDate(m.answers.date, ctx.lang),
            ]
              .filter(Boolean)
              .join(", "),
          ),
          h("p", { class: "zf-hint" }, `${g.fileLabel}: ${m.file}`),
          h(
            "button",
            {
              type: "button",
              class: "zf-link",
              onclick: () => {
                bench.files = bench.files.filter((x) => x !== m);
                bench.failed = [];
                ctx.show({ step: "compare" }, false);
                ctx.shell.main.querySelector<HTMLElement>("#zf-compare-files")?.focus();
              },
            },
            g.remove,
            hidden(` ${g.removeLabel(m.file)}`),
          ),
        ),
      ),
    ),
  );
}
