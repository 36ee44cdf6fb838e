// The files chosen at the table (Samenvoegen and Vergelijken): one row per file with who answered,
// the file's name and a button that takes it away. One component for both steps; what a row says
// about the respondent is the step's (the merge counts the answered questions). And the way back
// to the start page that both steps end with.
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";
import type { FormContext } from "../context.js";
import { h, hidden } from "../dom.js";
import { addOpened, readChosenFiles } from "../merge/read-files.js";
import type { FileProblems } from "../merge/read-files.js";
import type { OpenedMember } from "../merge/session.js";

export interface OpenedFilesOptions {
  /** The id of the step's file picker button: focus goes back there when a file is taken away. */
  readonly pickerId: string;
  readonly files: readonly OpenedMember[];
  /** The row's first line: who answered, role, date, … */
  readonly describe: (file: OpenedMember, place: number) => string;
  /** Take the file away (the step shows itself again); focus then returns to the picker. */
  readonly onRemove: (file: OpenedMember) => void;
}

/** "Gekozen bestanden (4)" and a row per file; nothing while no file is chosen. */
export function openedFiles(ctx: FormContext, o: OpenedFilesOptions): HTMLElement | null {
  if (o.files.length === 0) return null;
  const g = GROUP_FORM_TEXT[ctx.lang];
  const title = `${o.pickerId}-title`;
  return h(
    "section",
    { class: "zf-opened-files", "aria-labelledby": title },
    h("h2", { id: title }, g.filesHeading(o.files.length)),
    h(
      "ul",
      { class: "zf-file-list" },
      o.files.map((m, k) => fileRow(ctx, m, o.describe(m, k + 1), () => o.onRemove(m), o.pickerId)),
    ),
  );
}

function fileRow(ctx: FormContext, m: OpenedMember, line: string, remove: () => void, pickerId: string): HTMLElement {
  const g = GROUP_FORM_TEXT[ctx.lang];
  return h(
    "li",
    {},
    h("p", {}, line),
    h("p", { class: "zf-hint" }, `${g.fileLabel}: ${m.file}`),
    h(
      "button",
      {
        type: "button",
        class: "zf-link",
        onclick: () => {
          remove();
          ctx.shell.main.querySelector<HTMLElement>(`#${pickerId}`)?.focus();
        },
      },
      g.remove,
      hidden(` ${g.removeLabel(m.file)}`),
    ),
  );
}

/** "Terug naar het begin": both steps at the table end with it. */
export function backToStart(ctx: FormContext): HTMLElement {
  return h(
    "div",
    { class: "zf-buttons" },
    h(
      "button",
      { type: "button", class: "zf-button zf-secondary", onclick: () => ctx.show({ step: "welcome" }) },
      GROUP_FORM_TEXT[ctx.lang].backToStart,
    ),
  );
}

/** The files open at a step, and those of the last choice that could not be read. */
export interface OpenFiles {
  files: OpenedMember[];
  failed: FileProblems[];
}

/**
 * Files the person chose or dropped, read and checked, added to those open (the very same file
 * again is kept once); `show` draws the step again, then focus goes to `focusOn` (or to the error
 * summary) and the page says how many files were opened, plus `more`.
 */
export async function takeChosenFiles(
  ctx: FormContext,
  open: OpenFiles,
  chosen: readonly File[],
  o: { readonly show: () => void; readonly focusOn: string; readonly more?: () => string },
): Promise<void> {
  const g = GROUP_FORM_TEXT[ctx.lang];
  const read = await readChosenFiles(chosen, ctx.q, ctx.data.limits.answerFileBytes);
  const { files, again } = addOpened(open.files, read.opened);
  open.files = files;
  open.failed = read.failed;
  o.show();
  if (read.failed.length === 0) {
    const focus = ctx.shell.main.querySelector<HTMLElement>(`.zf-error-summary, ${o.focusOn}`);
    focus?.setAttribute("tabindex", "-1");
    focus?.focus();
  }
  const said = [g.opened(read.opened.length - again.length), ...again.map((m) => g.sameFileAgain(m.file)), o.more?.()];
  ctx.announce(said.filter(Boolean).join(" "));
}
