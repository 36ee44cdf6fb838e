// The answer file in the page: "Download antwoordbestand" (the browser's save-as dialog where it
// has one, else a download) and "Open antwoordbestand" (asking first while changes are not
// downloaded; a refused file is explained and changes nothing).
import { h, offerDownload } from "./dom.js";
import { scopeOf } from "../flow/question-flow.js";
import { errorSummary } from "./components/error-summary.js";
import type { answerFileName, answerFileText, readAnswerFile, tooLarge } from "./answer-file.js";
import type { fileProblems } from "./components/file-problems.js";
import { fromLater } from "./load-later.js";
import type { FormContext } from "./context.js";
import { fromAnswerSet } from "./draft.js";

/**
 * The browser's "save as" dialog (File System Access API): Chromium and Edge have it, also for a
 * page opened from disk; Firefox and Safari do not, and an organisation can block it.
 */
type SaveFilePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<{
  readonly name: string;
  createWritable(): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }>;
}>;

export interface Files {
  saveAnswerFile(): Promise<void>;
  download(): boolean;
  /** Forgets the file chosen in the save-as dialog (a new draft gets its own). */
  forgetTarget(): void;
}

/** The time as hh:mm. */
const clock = (d: Date) => `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;

/** The comment at the top of a downloaded answer file. */
export function fileHeader(ctx: FormContext, fileName: string): string[] {
  return ctx.t.fileComment(ctx.appTitle, fileName);
}

export function installFiles(ctx: FormContext): Files {
  const { t, shell, state } = ctx;
  /** Downloads in this session: from the second on, the message gives the time (the browser may rename the file). */
  let downloads = 0;

  /**
   * The answer set to write, or undefined with an error shown: the details are missing, or a text is
   * longer than an answer file allows (from an older page: the fields take no more than the limit).
   */
  function writable(): ReturnType<typeof state.answerSet> {
    const answers = state.answerSet();
    if (!answers) {
      if (state.at.step !== "details") ctx.showMessageError(t.downloadNeedsDetails, { step: "details" });
      else ctx.showMessageError(t.downloadNeedsDetails);
      return undefined;
    }
    const over = state.overLimit();
    if (over.length > 0) {
      shell.status.textContent = "";
      errorSummary(shell.main, t, [
        h("p", {}, t.overLimitIntro),
        h(
          "ul",
          {},
          over.map((o) => {
            const fi = o.id ? state.flow.find(o.id) : undefined;
            const label = t.overLimitItem(
              o.field,
              fi ? t.questionHeader(fi.number, state.flow.total) : undefined,
              o.length,
              o.limit,
            );
            const go = fi ? { step: "question" as const, id: fi.item.id } : { step: "details" as const };
            return h("li", {}, h("button", { type: "button", class: "zf-link", onclick: () => ctx.show(go) }, label));
          }),
        ),
      ]);
      return undefined;
    }
    return answers;
  }
  /** The file chosen in the browser's "save as" dialog, for the file name it was chosen for. */
  let saveTarget: { readonly suggested: string; readonly handle: Awaited<ReturnType<SaveFilePicker>> } | undefined;

  /**
   * Where the browser has a "save as" dialog, the person chooses the file once and saving again
   * writes the new answers into that same file (as long as the page stays open and the file name
   * would be the same); elsewhere, or when the dialog is blocked, a download.
   */
  async function saveAnswerFile(): Promise<void> {
    const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
    if (typeof picker !== "function") {
      download();
      return;
    }
    const answers = writable();
    if (!answers) return;
    const name = fromLater<typeof answerFileName>("answerFileName")(answers);
    try {
      if (saveTarget?.suggested !== name) {
        const handle = await picker({
          suggestedName: name,
          types: [{ description: t.fileType, accept: { "application/yaml": [".yaml", ".yml"] } }],
        });
        saveTarget = { suggested: name, handle };
      }
      const writable = await saveTarget.handle.createWritable();
      await writable.write(
        fromLater<typeof answerFileText>("answerFileText")(answers, ctx.q, fileHeader(ctx, saveTarget.handle.name)),
      );
      await writable.close();
    } catch (err) {
      // Cancelled by the person: nothing is saved, and no download comes instead.
      if (err instanceof DOMException && err.name === "AbortError") {
        ctx.announce(t.saveCancelled);
        return;
      }
      // Blocked (a policy of the organisation) or the file cannot be written: a download instead.
      saveTarget = undefined;
      download();
      return;
    }
    state.resetChanges();
    ctx.save();
    ctx.announce(t.savedTo(saveTarget.handle.name));
  }

  function download(): boolean {
    const answers = writable();
    if (!answers) return false;
    const name = fromLater<typeof answerFileName>("answerFileName")(answers);
    offerDownload(name, fromLater<typeof answerFileText>("answerFileText")(answers, ctx.q, fileHeader(ctx, name)));
    state.resetChanges();
    ctx.save();
    downloads += 1;
    ctx.announce(downloads === 1 ? t.downloaded(name) : t.downloadedAgain(name, clock(ctx.env.now())));
    return true;
  }

  function askBeforeOpen(): void {
    if (state.changeCount() === 0) {
      shell.fileInput.click();
      return;
    }
    shell.openConfirmText.textContent = t.openReplaceConfirm(state.changeCount());
    shell.openConfirm.hidden = false;
    shell.openReplaceYes.focus();
  }

  function closeOpenConfirm(refocus: boolean): void {
    shell.openConfirm.hidden = true;
    if (refocus) shell.openButton.focus();
  }

  async function openChosenFile(): Promise<void> {
    const file = shell.fileInput.files?.[0];
    shell.fileInput.value = "";
    if (!file) return;
    // Size first, before reading: the same limit and message as the command line.
    const limit = ctx.data.limits.answerFileBytes;
    const result =
      file.size > limit
        ? fromLater<typeof tooLarge>("tooLarge")(file.name, file.size, limit)
        : fromLater<typeof readAnswerFile>("readAnswerFile")(
            new Uint8Array(await file.arrayBuffer()),
            file.name,
            ctx.q,
            limit,
          );
    if (!result.ok) {
      shell.status.textContent = "";
      errorSummary(
        shell.main,
        t,
        result.notAnswerFile
          ? [h("p", {}, t.notAnswerFile(file.name)), h("p", {}, t.notAnswerFileHint)]
          : fromLater<typeof fileProblems>("fileProblems")(t, ctx.lang, file.name, result.problems),
      );
      return;
    }
    state.replace(fromAnswerSet(result.answers, scopeOf(ctx.q, result.answers.answers)));
    saveTarget = undefined;
    ctx.rebuildPaper();
    const p = state.flow.progress(state.draft.answers);
    ctx.show(state.continueAt());
    ctx.announce(t.opened(file.name, p.answered, p.total));
  }

  shell.openButton.addEventListener("click", askBeforeOpen);
  shell.downloadButton.addEventListener("click", () => void saveAnswerFile());
  shell.openReplaceYes.addEventListener("click", () => {
    closeOpenConfirm(false);
    shell.fileInput.click();
  });
  shell.openDownloadFirst.addEventListener("click", () => {
    if (download()) {
      closeOpenConfirm(false);
      shell.fileInput.click();
    }
  });
  shell.openReplaceNo.addEventListener("click", () => closeOpenConfirm(true));
  shell.fileInput.addEventListener("change", () => void openChosenFile());

  return {
    saveAnswerFile,
    download,
    forgetTarget: () => {
      saveTarget = undefined;
    },
  };
}
