// The offline form (docs/form.md): welcome, who and what, the questions one by one (in the order,
// with the conditions, numbers and progress of the shared flow in src/flow/), an overview where
// any answer can be changed, and the result rendered by the report's own code. Saves to the
// browser after every change; opens and downloads answer files. All text from answers and files
// is set as text, never as markup.
//
// This file only puts the rooms together (a map is in docs/form.md, "How the code is laid out"):
//   state.ts        what the form knows (draft, flow, position, changes), no DOM
//   shell.ts        the page's fixed parts (header with the file buttons, main, print-only parts)
//   steps/          one module per step, registered by position in steps/index.ts
//   components/     error summary, field and radio group, progress, theme list, answers list, …
//   files.ts        save, download and open an answer file
//   print.ts        the blank paper questionnaire and the printed answers
//   report-view.ts  the result, as the report renders it
import { marksVngRows } from "../model/legal-lens.js";
import { localize } from "../model/questionnaire.js";
import type { LocalizedText, Questionnaire } from "../model/questionnaire.js";
import type { Lang } from "../model/vocabulary.js";
import { scopeSizes } from "../flow/question-flow.js";
import { dutchDate } from "../flow/date-input.js";
import { FORM_TEXT } from "../messages/form.js";
import { GROUP_TEXT } from "../messages/group.js";
import { h } from "./dom.js";
import { errorSummary, showFieldErrors } from "./components/error-summary.js";
import type { FormContext, FormEnv } from "./context.js";
import { isoDate } from "./dates.js";
import { draftFromSaved, emptyDraft, restoreSaved } from "./draft.js";
import type { Position } from "./draft.js";
import { installFiles } from "./files.js";
import type { Files } from "./files.js";
import type { PageData } from "./page-data.js";
import { installPrint } from "./print.js";
import type { Print } from "./print.js";
import { buildShell } from "./shell.js";
import { FormState } from "./state.js";
import { stepView } from "./steps/index.js";

export type { FormEnv } from "./context.js";

/** After this many changes without a download, the page reminds the person to download. */
const REMIND_AFTER = 10;

export function startForm(root: HTMLElement, data: PageData, q: Questionnaire, env: FormEnv): void {
  const lang: Lang = data.lang;
  const t = FORM_TEXT[lang];
  const fallback = q.languages[0] ?? "nl";
  const text = (x: LocalizedText | undefined) => (x ? localize(x, lang, fallback) : "");
  const appTitle = text(q.title) || t.appTitle;
  const sizes = scopeSizes(q);
  const today = () => dutchDate(isoDate(env.now()));
  const saved = restoreSaved(env.store.read(), q);
  const state = new FormState(q, saved ? draftFromSaved(saved) : emptyDraft(today()), saved);
  state.memberLabel = GROUP_TEXT[lang].member;
  const shell = buildShell(root, t, appTitle);
  let files: Files | undefined;
  let print: Print | undefined;

  const ctx: FormContext = {
    lang,
    t,
    q,
    data,
    env,
    text,
    appTitle,
    sizes,
    vngRows: marksVngRows(q),
    hasPractice: sizes.all > sizes.legal,
    today,
    saved,
    state,
    shell,
    show,
    save,
    announce,
    showMessageError(message, go) {
      shell.status.textContent = "";
      errorSummary(shell.main, t, [
        h("p", {}, message),
        go
          ? h("p", {}, h("button", { type: "button", class: "zf-link", onclick: () => show(go) }, t.detailsTitle))
          : "",
      ]);
    },
    showFieldErrors(form, errors) {
      shell.status.textContent = "";
      showFieldErrors(shell.main, t, form, errors);
    },
    saveAnswerFile: () => files!.saveAnswerFile(),
    download: () => files!.download(),
    setScope(scope) {
      if (state.setScope(scope)) print!.buildPaper();
    },
    startOver() {
      env.store.clear();
      files!.forgetTarget();
      state.replace(emptyDraft(today()));
      print!.buildPaper();
      show({ step: "details" });
    },
    rebuildPaper: () => print!.buildPaper(),
    printBlank: (scope) => print!.printBlank(scope),
    printAnswers: () => print!.printAnswers(),
  };
  files = installFiles(ctx);
  print = installPrint(ctx);
  /** A write to the browser's storage failed after the start (storage full): the answers are not kept. */
  let writeFailed = false;

  globalThis.addEventListener("beforeunload", (e) => {
    // Only when the browser does not keep the answers (at all, or no longer) and they were not downloaded.
    if ((!env.store.available || writeFailed) && state.changeCount() > 0) {
      e.preventDefault();
      e.returnValue = t.leaveWarning;
    }
  });
  // Another tab or window of the same form wrote: take its answers (keeping this tab's), say so, and
  // show the step again with them unless the person is typing in a field here.
  env.store.subscribe((value) => {
    const theirs = restoreSaved(value, q);
    if (!theirs || !state.takeFromOtherTab(theirs)) return;
    showTabNotice();
    const typing = document.activeElement?.matches?.("main textarea, main input[type=text]") ?? false;
    if (!typing) show(state.at, false, false);
    else updateStorageLine();
  });

  show({ step: "welcome" }, false);
  print.paperSoon();

  /**
   * Writes the draft to the browser. Read first: when another tab of the same form wrote since
   * (a higher revision), its answers are taken in before this tab's are written over them.
   */
  function save(): void {
    const before = env.store.available ? restoreSaved(env.store.read(), q) : undefined;
    if (before && state.takeFromOtherTab(before)) showTabNotice();
    const stored = env.store.write(state.toSaved(env.now(), before?.revision ?? 0));
    if (env.store.available) writeFailed = !stored;
    document.body.classList.toggle("has-answers", state.draft.answers.size > 0);
    print?.markStale();
    updateStorageLine(stored);
  }

  function showTabNotice(): void {
    shell.tabNotice.textContent = t.otherTab;
    shell.tabNotice.hidden = false;
  }

  /** The line under the file buttons says what is kept where; Download shows once there is a file to save. */
  function updateStorageLine(stored = env.store.available): void {
    const draft = state.draft;
    const canDownload = state.answerSet() !== undefined;
    shell.downloadButton.hidden = !canDownload;
    const started = draft.municipality.trim() !== "" || draft.role !== "" || draft.answers.size > 0;
    const changes = state.changeCount();
    const remind = changes >= (env.store.available ? REMIND_AFTER : 1);
    if (!started) shell.storageLine.textContent = t.nothingYet;
    else if (!canDownload) shell.storageLine.textContent = t.downloadLater(stored);
    else
      shell.storageLine.textContent = remind ? t.changesSinceDownload(changes, stored) : stored ? t.saved : t.notSaved;
  }

  function announce(message: string): void {
    shell.status.textContent = "";
    // A fresh text node, so that screen readers announce the same message again.
    setTimeout(() => (shell.status.textContent = message), 50);
  }

  /** "Step – questionnaire – municipality": the step first, so that every tab and window says where the person is. */
  function pageTitle(step: string): string {
    return [step, appTitle, state.draft.municipality.trim()].filter((part) => part !== "").join(" – ");
  }

  /** Shows a step; `store` false when only showing again what was just taken from another tab. */
  function show(pos: Position, focus = true, store = true): void {
    state.at = pos;
    shell.status.textContent = "";
    shell.main.replaceChildren();
    const result = stepView(pos)(ctx, pos);
    if (typeof result !== "string") {
      show(result.redirect, focus, store);
      return;
    }
    document.title = pageTitle(result);
    // The step decides what prints (form-table.css: the merge agenda, the comparison).
    document.body.dataset.step = pos.step;
    // The modes at the table work on opened files: the draft and where it stands stay as they were.
    if (pos.step !== "welcome" && pos.step !== "merge" && pos.step !== "compare" && store) save();
    else updateStorageLine();
    if (focus) {
      const heading = shell.main.querySelector<HTMLElement>("h1");
      heading?.setAttribute("tabindex", "-1");
      (heading ?? shell.main).focus();
      globalThis.scrollTo?.(0, 0);
    }
  }
}
