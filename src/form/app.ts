// The offline form (docs/form.md): welcome, who and what, the questions one by one (in the order,
// with the conditions, numbers and progress of the shared flow in src/flow/), an overview where
// any answer can be changed, and the result rendered by the report's own code. Saves to the
// browser after every change; opens and downloads answer files. All text from answers and files
// is set as text, never as markup.
import type { Answer } from "../model/answers.js";
import { citeBasis } from "../model/citation.js";
import { glossaryTermsIn } from "../model/glossary.js";
import { localize } from "../model/questionnaire.js";
import type { Item, LocalizedText, Questionnaire } from "../model/questionnaire.js";
import { ANSWER_VALUES, ROLES } from "../model/vocabulary.js";
import type { AnswerValue, Lang } from "../model/vocabulary.js";
import type { Diagnostic } from "../errors.js";
import { createFlow, scopeOf, scopeSizes } from "../flow/question-flow.js";
import type { Flow, FlowItem, Scope } from "../flow/question-flow.js";
import { dutchDate, parseDateInput } from "../flow/date-input.js";
import { sha256 } from "../load/hash.js";
import { normalizeGemeentecode } from "../model/municipality.js";
import { LOCALE } from "../messages/intl.js";
import { ANSWER_LABEL, UI } from "../messages/ui.js";
import { wording } from "../messages/error-messages.js";
import { FORM_TEXT } from "../messages/form.js";
import { INTERVIEW_TEXT } from "../messages/interview.js";
import { buildReport } from "../report/build-report.js";
import { renderHtml } from "../report/render-report.js";
import { scoreAnswers } from "../score/score-answers.js";
import REPORT_TEMPLATE from "../../templates/report.html.mustache";
import { answerFileName, answerFileText, readAnswerFile, tooLarge } from "./answer-file.js";
import { append, h, hidden, rich } from "./dom.js";
import { draftFromSaved, emptyDraft, fromAnswerSet, restoreSaved, toAnswerSet, toSaved } from "./draft.js";
import type { Draft, Position, Saved } from "./draft.js";
import type { PageData } from "./page-data.js";
import type { Store } from "./storage.js";

/** After this many changes without a download, the page reminds the person to download. */
const REMIND_AFTER = 10;

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

export interface FormEnv {
  readonly store: Store;
  readonly now: () => Date;
}

interface FieldError {
  readonly id: string;
  readonly message: string;
}

export function startForm(root: HTMLElement, data: PageData, q: Questionnaire, env: FormEnv): void {
  const lang: Lang = data.lang;
  const t = FORM_TEXT[lang];
  const fallback = q.languages[0] ?? "nl";
  const text = (x: LocalizedText | undefined) => (x ? localize(x, lang, fallback) : "");
  const appTitle = text(q.title) || t.appTitle;
  const sizes = scopeSizes(q);
  const hasPractice = sizes.all > sizes.legal;
  const today = () => dutchDate(isoDate(env.now()));

  const saved: Saved | undefined = restoreSaved(env.store.read(), q);
  let draft: Draft = saved ? draftFromSaved(saved) : emptyDraft(today());
  let flow: Flow = createFlow(q, draft.scope);
  let at: Position = { step: "welcome" };
  /**
   * Changes since the last download, counted once per question (choosing with the arrow keys or
   * adding a note to the same answer is one change): the count stored before a reload, plus the
   * questions changed since.
   */
  let changesBefore = saved?.changesSinceDownload ?? 0;
  const changedIds = new Set<string>();
  const changeCount = () => changesBefore + changedIds.size;
  const resetChanges = () => {
    changesBefore = 0;
    changedIds.clear();
  };
  let errorShown = false;
  /** The file chosen in the browser's "save as" dialog, for the file name it was chosen for. */
  let saveTarget: { readonly suggested: string; readonly handle: Awaited<ReturnType<SaveFilePicker>> } | undefined;
  /** The scope of the blank paper questionnaire: the person's choice, or what they asked to print. */
  let paperScope: Scope = draft.scope;

  // ---- the page shell: header with the file buttons and status, main, and what is printed ----
  const fileInput = h("input", {
    type: "file",
    accept: ".yaml,.yml,.json,application/json,application/yaml,text/yaml",
    class: "visually-hidden",
    tabindex: -1,
    "aria-hidden": "true",
  });
  const storageLine = h("p", { class: "zf-storage", id: "zf-storage" });
  // Shown once there is an answer file to save: the municipality, who answers and the date are known.
  const downloadButton = h(
    "button",
    { type: "button", class: "zf-button zf-secondary", onclick: () => void saveAnswerFile() },
    t.download,
  );
  const status = h("div", { class: "zf-status", role: "status", "aria-live": "polite" });
  const main = h("main", { id: "zf-main", tabindex: -1 });
  const paper = h("section", { id: "zf-paper", class: "print-only", "aria-hidden": "true" });
  const printed = h("section", { id: "zf-printed", class: "print-only", "aria-hidden": "true" });
  const header = h(
    "header",
    { class: "zf-header" },
    h("p", { class: "zf-app-title" }, appTitle),
    h(
      "div",
      { class: "zf-tools", role: "group", "aria-label": t.fileTools },
      h("button", { type: "button", class: "zf-button zf-secondary", onclick: askBeforeOpen }, t.open),
      downloadButton,
    ),
    storageLine,
    status,
  );
  // Opening a file replaces the answers in the page: ask first while changes are not downloaded.
  const openConfirmText = h("p", { id: "zf-open-confirm-text" });
  const openConfirm = h(
    "div",
    { class: "zf-open-confirm", id: "zf-open-confirm", hidden: true },
    openConfirmText,
    h(
      "div",
      { class: "zf-buttons" },
      h(
        "button",
        {
          type: "button",
          class: "zf-button zf-warning",
          "aria-describedby": "zf-open-confirm-text",
          onclick: () => {
            closeOpenConfirm(false);
            fileInput.click();
          },
        },
        t.openReplaceYes,
      ),
      h(
        "button",
        {
          type: "button",
          class: "zf-button zf-secondary",
          onclick: () => {
            if (download()) {
              closeOpenConfirm(false);
              fileInput.click();
            }
          },
        },
        t.openDownloadFirst,
      ),
      h(
        "button",
        { type: "button", class: "zf-button zf-secondary", onclick: () => closeOpenConfirm(true) },
        t.openReplaceNo,
      ),
    ),
  );
  header.append(openConfirm);
  root.replaceChildren(header, main, paper, printed, fileInput);
  fileInput.addEventListener("change", () => void openChosenFile());
  globalThis.addEventListener("beforeprint", fillPrinted);
  globalThis.addEventListener("afterprint", () => printed.replaceChildren());
  globalThis
    .matchMedia?.("print")
    .addEventListener?.("change", (e) => (e.matches ? fillPrinted() : printed.replaceChildren()));
  globalThis.addEventListener("beforeunload", (e) => {
    // Only when the browser does not keep the answers and they were not downloaded.
    if (!env.store.available && changeCount() > 0) {
      e.preventDefault();
      e.returnValue = t.leaveWarning;
    }
  });

  show({ step: "welcome" }, false);
  setTimeout(buildPaper, 0);

  // ---- state ----

  function save(): void {
    const stored = env.store.write(toSaved(draft, at, changeCount(), env.now()));
    document.body.classList.toggle("has-answers", draft.answers.size > 0);
    updateStorageLine(stored);
  }

  /** The line under the file buttons says what is kept where; Download shows once there is a file to save. */
  function updateStorageLine(stored = env.store.available): void {
    const canDownload = toAnswerSet(draft, q) !== undefined;
    downloadButton.hidden = !canDownload;
    const started = draft.municipality.trim() !== "" || draft.role !== "" || draft.answers.size > 0;
    const changes = changeCount();
    const remind = changes >= (env.store.available ? REMIND_AFTER : 1);
    if (!started) storageLine.textContent = t.nothingYet;
    else if (!canDownload) storageLine.textContent = t.downloadLater(stored);
    else storageLine.textContent = remind ? t.changesSinceDownload(changes, stored) : stored ? t.saved : t.notSaved;
  }

  /** "Step – questionnaire – municipality": the step first, so that every tab and window says where the person is. */
  function pageTitle(step: string): string {
    return [step, appTitle, draft.municipality.trim()].filter((part) => part !== "").join(" – ");
  }

  function setAnswer(id: string, answer: Answer | undefined): void {
    if (answer) draft.answers.set(id, answer);
    else draft.answers.delete(id);
    changedIds.add(id);
    save();
  }

  function askBeforeOpen(): void {
    if (changeCount() === 0) {
      fileInput.click();
      return;
    }
    openConfirmText.textContent = t.openReplaceConfirm(changeCount());
    openConfirm.hidden = false;
    openConfirm.querySelector("button")?.focus();
  }

  function closeOpenConfirm(refocus: boolean): void {
    openConfirm.hidden = true;
    if (refocus) header.querySelector<HTMLElement>(".zf-tools button")?.focus();
  }

  function announce(message: string): void {
    status.textContent = "";
    // A fresh text node, so that screen readers announce the same message again.
    setTimeout(() => (status.textContent = message), 50);
  }

  // ---- navigation ----

  function show(pos: Position, focus = true): void {
    at = pos;
    errorShown = false;
    status.textContent = "";
    main.replaceChildren();
    let title: string;
    switch (pos.step) {
      case "welcome":
        title = renderWelcome();
        break;
      case "details":
        title = renderDetails();
        break;
      case "question": {
        const fi = flow.find(pos.id);
        if (!fi) {
          show({ step: "overview" }, focus);
          return;
        }
        title = renderQuestion(fi, pos.returnTo === "overview");
        break;
      }
      case "overview":
        title = renderOverview();
        break;
      case "result":
        title = renderResult();
        break;
    }
    document.title = pageTitle(title);
    if (pos.step !== "welcome") save();
    else updateStorageLine();
    if (focus) {
      const heading = main.querySelector<HTMLElement>("h1");
      heading?.setAttribute("tabindex", "-1");
      (heading ?? main).focus();
      globalThis.scrollTo?.(0, 0);
    }
  }

  /** Where to go once the details are known: the first open question, else the overview. */
  function continueAt(): Position {
    const next = flow.firstUnanswered(draft.answers);
    return next ? { step: "question", id: next.item.id } : { step: "overview" };
  }

  function setScope(scope: Scope): void {
    if (scope === draft.scope) return;
    draft.scope = scope;
    flow = createFlow(q, scope);
    paperScope = scope;
    buildPaper();
  }

  // ---- steps ----

  function renderWelcome(): string {
    const intro = t.welcome(sizes.legal, hasPractice ? sizes.all - sizes.legal : 0).map((p) => h("p", {}, p));
    const privacy = h(
      "div",
      { class: "zf-notice" },
      h("p", {}, t.privacy),
      h("p", {}, env.store.available ? t.storageOn : t.storageOff),
    );
    const actions = h("div", { class: "zf-buttons" });
    if (saved && (saved.draft.municipality || Object.keys(saved.draft.answers).length > 0)) {
      const p = createFlow(q, saved.draft.scope).progress(new Map(Object.entries(saved.draft.answers)));
      const when = saved.savedAt ? new Date(saved.savedAt) : undefined;
      const whenText =
        when && !Number.isNaN(when.getTime())
          ? `${dutchDate(isoDate(when))} ${String(when.getHours()).padStart(2, "0")}:${String(when.getMinutes()).padStart(2, "0")}`
          : "";
      const confirm = h(
        "div",
        { class: "zf-confirm", hidden: true },
        h("p", { id: "zf-confirm-text" }, t.startOverConfirm),
        h(
          "div",
          { class: "zf-buttons" },
          h(
            "button",
            {
              type: "button",
              class: "zf-button zf-warning",
              "aria-describedby": "zf-confirm-text",
              onclick: startOver,
            },
            t.startOverYes,
          ),
          h(
            "button",
            {
              type: "button",
              class: "zf-button zf-secondary",
              onclick: () => {
                confirm.hidden = true;
                startOverButton.focus();
              },
            },
            t.startOverNo,
          ),
        ),
      );
      const startOverButton = h(
        "button",
        {
          type: "button",
          class: "zf-button zf-secondary",
          onclick: () => {
            confirm.hidden = false;
            confirm.querySelector("button")?.focus();
          },
        },
        t.startOver,
      );
      append(actions, [
        h(
          "button",
          {
            type: "button",
            class: "zf-button",
            onclick: () => show(saved.at.step === "welcome" ? { step: "details" } : saved.at),
          },
          t.continue,
        ),
        startOverButton,
      ]);
      append(main, [
        h("h1", {}, appTitle),
        intro,
        privacy,
        h("p", { class: "zf-draft" }, t.draftFound(saved.draft.municipality, p.done, p.total, whenText)),
        actions,
        confirm,
      ]);
    } else {
      append(actions, [
        h("button", { type: "button", class: "zf-button", onclick: () => show({ step: "details" }) }, t.start),
      ]);
      append(main, [h("h1", {}, appTitle), intro, privacy, actions]);
    }
    const printBlank = (scope: Scope) => () => {
      paperScope = scope;
      buildPaper();
      globalThis.print();
    };
    append(main, [
      h("h2", {}, t.paperHeading),
      h("p", {}, t.paperOffer),
      h(
        "ul",
        { class: "zf-print-choices" },
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "zf-link", onclick: printBlank("legal") },
            t.printBlank(t.scopeLegal(sizes.legal)),
          ),
        ),
        hasPractice
          ? h(
              "li",
              {},
              h(
                "button",
                { type: "button", class: "zf-link", onclick: printBlank("all") },
                t.printBlank(t.scopeAll(sizes.all)),
              ),
            )
          : null,
      ),
    ]);
    return t.welcomeTitle;
  }

  function startOver(): void {
    env.store.clear();
    saveTarget = undefined;
    draft = emptyDraft(today());
    flow = createFlow(q, draft.scope);
    paperScope = draft.scope;
    resetChanges();
    buildPaper();
    show({ step: "details" });
  }

  function renderDetails(): string {
    const form = h("form", { novalidate: true, class: "zf-form" });
    const municipality = h("input", {
      type: "text",
      id: "zf-municipality",
      name: "municipality",
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": "zf-municipality-hint",
    });
    municipality.value = draft.municipality;
    const name = h("input", { type: "text", id: "zf-name", name: "name", autocomplete: "name" });
    name.value = draft.name;
    const date = h("input", {
      type: "text",
      id: "zf-date",
      name: "date",
      autocomplete: "off",
      "aria-describedby": "zf-date-hint",
      class: "zf-date",
    });
    date.value = draft.dateText;
    const picker = h("input", { type: "date", id: "zf-date-picker", class: "zf-date-picker" });
    picker.value = parseDateInput(draft.dateText) ?? "";
    picker.addEventListener("change", () => {
      if (picker.value) date.value = dutchDate(picker.value);
    });
    date.addEventListener("change", () => {
      picker.value = parseDateInput(date.value) ?? "";
    });
    const code = h("input", {
      type: "text",
      id: "zf-gemeentecode",
      name: "gemeentecode",
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": "zf-gemeentecode-hint",
      class: "zf-code",
    });
    code.value = typeof draft.extra.gemeentecode === "string" ? draft.extra.gemeentecode : "";
    const roles = ROLES.map((r) => radio("zf-role", `zf-role-${r}`, r, t.roleChoices[r], draft.role === r));
    const scopes = (["legal", "all"] as const).map((s) =>
      radio(
        "zf-scope",
        `zf-scope-${s}`,
        s,
        s === "legal" ? t.scopeLegal(sizes.legal) : t.scopeAll(sizes.all),
        draft.scope === s,
      ),
    );
    append(form, [
      field("zf-municipality", t.municipality, municipality, t.municipalityHint),
      field("zf-gemeentecode", `${t.gemeentecode} ${t.optional}`, code, t.gemeentecodeHint),
      h(
        "div",
        { class: "zf-field", id: "zf-role-field" },
        h("fieldset", {}, h("legend", {}, t.role), h("div", { class: "zf-radios", id: "zf-role" }, roles)),
      ),
      field("zf-name", `${t.name} ${t.optional}`, name),
      h(
        "div",
        { class: "zf-field", id: "zf-date-field" },
        h("label", { for: "zf-date" }, t.date),
        h("p", { class: "zf-hint", id: "zf-date-hint" }, t.dateHint),
        date,
        h("div", { class: "zf-picker" }, h("label", { for: "zf-date-picker" }, t.datePicker), picker),
      ),
      hasPractice
        ? h(
            "div",
            { class: "zf-field", id: "zf-scope-field" },
            h("fieldset", {}, h("legend", {}, t.scope), h("div", { class: "zf-radios", id: "zf-scope" }, scopes)),
          )
        : null,
      h(
        "div",
        { class: "zf-buttons" },
        h(
          "button",
          { type: "button", class: "zf-button zf-secondary", onclick: () => show({ step: "welcome" }) },
          t.previous,
        ),
        h("button", { type: "submit", class: "zf-button" }, t.next),
      ),
    ]);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      draft.municipality = municipality.value;
      draft.name = name.value;
      draft.dateText = date.value.trim();
      const role = form.querySelector<HTMLInputElement>('input[name="zf-role"]:checked')?.value;
      draft.role = (ROLES as readonly string[]).includes(role ?? "") ? (role as Draft["role"]) : "";
      const scope = form.querySelector<HTMLInputElement>('input[name="zf-scope"]:checked')?.value;
      setScope(scope === "all" ? "all" : "legal");
      const errors: FieldError[] = [];
      if (draft.municipality.trim() === "") errors.push({ id: "zf-municipality", message: t.municipalityRequired });
      else if (draft.municipality.length > 200) errors.push({ id: "zf-municipality", message: t.municipalityTooLong });
      // The code as people type it (GM0177, gm0177, 177), written as the CBS form, as the interview does.
      const typedCode = code.value.trim();
      const gemeentecode = typedCode === "" ? undefined : normalizeGemeentecode(typedCode);
      if (typedCode !== "" && gemeentecode === undefined) {
        errors.push({ id: "zf-gemeentecode", message: t.gemeentecodeInvalid });
      } else {
        const { gemeentecode: _old, ...rest } = draft.extra;
        draft.extra = gemeentecode === undefined ? rest : { ...rest, gemeentecode };
        if (gemeentecode !== undefined) code.value = gemeentecode;
      }
      if (draft.role === "") errors.push({ id: `zf-role-${ROLES[0]}`, message: t.roleRequired });
      if (draft.dateText === "") errors.push({ id: "zf-date", message: t.dateRequired });
      else if (!parseDateInput(draft.dateText)) errors.push({ id: "zf-date", message: t.dateInvalid });
      save();
      if (errors.length > 0) return showFieldErrors(form, errors);
      show(continueAt());
    });
    append(main, [h("h1", {}, t.detailsTitle), form]);
    return t.detailsTitle;
  }

  function renderQuestion(fi: FlowItem, returnToOverview: boolean): string {
    const { item } = fi;
    const given = draft.answers.get(item.id);
    const progress = flow.progress(draft.answers);
    const questionId = `zf-q-${fi.number}`;
    const levelId = `${questionId}-level`;
    const form = h("form", { novalidate: true, class: "zf-form" });
    const radios = ANSWER_VALUES.map((v) => {
      const r = radio(
        questionId,
        `${questionId}-${v}`,
        v,
        ANSWER_LABEL[lang][v],
        given?.answer === v,
        t.answerHints[v],
      );
      r.querySelector("input")!.addEventListener("change", () => {
        const current = draft.answers.get(item.id);
        setAnswer(item.id, { ...current, answer: v });
        // Progress and the theme list follow the answer at once.
        const p = flow.progress(draft.answers);
        main.querySelector(".zf-progress")?.replaceWith(progressBar(p.done, p.total));
        main.querySelector(".zf-themes")?.replaceWith(themeNav(fi.theme.id));
      });
      return r;
    });
    const note = h("textarea", { id: `${questionId}-note`, rows: 3 });
    note.value = given?.note ?? "";
    const source = h("input", { type: "text", id: `${questionId}-source` });
    source.value = given?.evidence ?? "";
    const keepText = (key: "note" | "evidence", el: HTMLInputElement | HTMLTextAreaElement) => {
      el.addEventListener("input", () => {
        const current = draft.answers.get(item.id);
        // A note without an answer has no place in the answer file; it is kept once an answer is chosen.
        if (!current) return;
        const value = el.value.trim() === "" ? undefined : el.value;
        const { [key]: _old, ...rest } = current;
        draft.answers.set(item.id, value === undefined ? (rest as Answer) : { ...rest, [key]: value });
        save();
      });
      el.addEventListener("change", () => {
        if (draft.answers.has(item.id)) {
          changedIds.add(item.id);
          save();
        }
      });
    };
    keepText("note", note);
    keepText("evidence", source);
    const next = flow.next(item.id, draft.answers);
    const previous = flow.previous(item.id, draft.answers);
    const help = text(item.help);
    append(form, [
      h(
        "p",
        { class: `zf-level zf-level-${item.level}`, id: levelId },
        item.level === "wettelijk" ? t.legalItem : t.practiceItem,
      ),
      h(
        "fieldset",
        { class: "zf-question", "aria-describedby": help ? `${levelId} ${questionId}-help` : levelId },
        rich("legend", text(item.question)),
        help ? rich("p", help, { class: "zf-hint", id: `${questionId}-help` }) : null,
        h("div", { class: "zf-radios" }, radios),
      ),
      moreDetails(item),
      h("div", { class: "zf-field" }, h("label", { for: note.id }, `${t.note} ${t.optional}`), note),
      h("div", { class: "zf-field" }, h("label", { for: source.id }, `${t.source} ${t.optional}`), source),
      h(
        "div",
        { class: "zf-buttons" },
        h(
          "button",
          {
            type: "button",
            class: "zf-button zf-secondary",
            onclick: () => show(previous ? { step: "question", id: previous.item.id } : { step: "details" }),
          },
          t.previous,
        ),
        h(
          "button",
          { type: "submit", class: "zf-button" },
          returnToOverview ? t.backToOverview : next ? t.next : t.toOverview,
        ),
      ),
    ]);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      // The flow is asked again: this answer may have opened or closed a question after it.
      const after = flow.next(item.id, draft.answers);
      show(returnToOverview || !after ? { step: "overview" } : { step: "question", id: after.item.id });
    });
    append(main, [
      h("p", { class: "zf-caption" }, t.themeHeader(fi.themeNumber, flow.themes.length, text(fi.theme.title))),
      h("h1", {}, t.questionHeader(fi.number, flow.total)),
      progressBar(progress.done, progress.total),
      form,
      themeNav(fi.theme.id),
    ]);
    performance.mark?.("zelftest:question");
    return t.questionHeader(fi.number, flow.total);
  }

  function moreExplanation(item: Item): HTMLDListElement {
    const dl = h("dl", { class: "zf-more-list" });
    const entry = (term: string, body: Node | string) =>
      append(dl, [h("div", {}, h("dt", {}, term), h("dd", {}, body))]);
    entry(t.why, rich("span", text(item.why)));
    if (item.check) entry(t.check, rich("span", text(item.check)));
    entry(t.evidence, rich("span", text(item.evidence)));
    for (const ex of item.examples) entry(t.example(ex.municipality), rich("span", text(ex.text)));
    const basis = [
      ...(item.legal ? [`${item.legal.article} (${INTERVIEW_TEXT[lang].legalKind[item.legal.kind]})`] : []),
      ...item.basis.map((b) => citeBasis(b, q.sources, b.note ? text(b.note) : undefined)),
    ];
    entry(
      t.basis,
      basis.length === 1
        ? basis[0]!
        : h(
            "ul",
            {},
            basis.map((b) => h("li", {}, b)),
          ),
    );
    const terms = glossaryTermsIn(
      [text(item.question), text(item.help), text(item.why), text(item.check)],
      q.glossary,
      lang,
      fallback,
    );
    if (terms.length > 0) {
      entry(
        t.terms,
        h(
          "dl",
          { class: "zf-terms" },
          terms.map((g) => h("div", {}, h("dt", {}, text(g.term)), h("dd", {}, text(g.definition)))),
        ),
      );
    }
    return dl;
  }

  /** "Meer uitleg", filled in when it is first opened (the glossary look-up is not needed before). */
  function moreDetails(item: Item): HTMLElement {
    const details = h("details", { class: "zf-more" }, h("summary", {}, t.more));
    details.addEventListener("toggle", () => {
      if (details.open && details.childElementCount === 1) details.append(moreExplanation(item));
    });
    return details;
  }

  function progressBar(done: number, total: number): HTMLElement {
    return h(
      "p",
      { class: "zf-progress" },
      h("span", {}, t.progress(done, total)),
      h("progress", { value: done, max: total, "aria-hidden": "true" }),
    );
  }

  function themeNav(current?: string): HTMLElement {
    const overview = flow.overview(draft.answers);
    return h(
      "nav",
      { class: "zf-themes", "aria-labelledby": "zf-themes-title" },
      h("h2", { id: "zf-themes-title" }, t.themesNav),
      h(
        "ol",
        {},
        overview.map((th) => {
          const target =
            th.items.find((x) => x.state === "open") ?? th.items.find((x) => x.state === "answered") ?? th.items[0];
          return h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: "zf-link",
                "aria-current": th.theme.id === current ? "step" : undefined,
                onclick: () => target && show({ step: "question", id: target.item.id }),
              },
              text(th.theme.title),
            ),
            h("span", { class: "zf-theme-progress" }, ` (${t.themeProgress(th.answered, th.applicable)})`),
          );
        }),
      ),
      h(
        "p",
        {},
        h("button", { type: "button", class: "zf-link", onclick: () => show({ step: "overview" }) }, t.toOverview),
      ),
    );
  }

  function answersList(withButtons: boolean): HTMLElement[] {
    return flow.overview(draft.answers).map((th) =>
      h(
        "section",
        { class: "zf-overview-theme" },
        h("h2", {}, t.themeHeader(th.themeNumber, flow.themes.length, text(th.theme.title))),
        h(
          "dl",
          { class: "zf-answers" },
          th.items
            .filter((x) => x.state !== "closed")
            .map((x) => {
              const given = draft.answers.get(x.item.id);
              return h(
                "div",
                { class: "zf-answer" },
                h(
                  "dt",
                  {},
                  h("span", { class: "zf-number" }, `${t.questionHeader(x.number, flow.total)}: `),
                  rich("span", text(x.item.question)),
                ),
                h(
                  "dd",
                  {},
                  h(
                    "p",
                    { class: given ? "zf-given" : "zf-given zf-open" },
                    given ? ANSWER_LABEL[lang][given.answer] : t.notAnswered,
                  ),
                  given?.note ? h("p", { class: "zf-user-text" }, `${t.yourNote}: `, given.note) : null,
                  given?.evidence ? h("p", { class: "zf-user-text" }, `${t.yourSource}: `, given.evidence) : null,
                  withButtons
                    ? h(
                        "button",
                        {
                          type: "button",
                          class: "zf-link",
                          onclick: () => show({ step: "question", id: x.item.id, returnTo: "overview" }),
                        },
                        t.change,
                        hidden(` ${t.changeLabel(x.number)}`),
                      )
                    : null,
                ),
              );
            }),
        ),
      ),
    );
  }

  function renderOverview(): string {
    const progress = flow.progress(draft.answers);
    const open = progress.total - progress.done;
    append(main, [
      h("h1", {}, t.overviewTitle),
      h("p", {}, t.overviewIntro),
      progressBar(progress.done, progress.total),
    ]);
    if (open > 0) append(main, [h("p", { class: "zf-notice" }, t.openQuestions(open))]);
    append(main, answersList(true));
    if (draft.scope === "legal" && hasPractice) {
      append(main, [
        h(
          "div",
          { class: "zf-notice" },
          h("p", {}, t.practiceOffer),
          h(
            "button",
            {
              type: "button",
              class: "zf-button zf-secondary",
              onclick: () => {
                setScope("all");
                show(continueAt());
              },
            },
            t.practiceYes,
          ),
        ),
      ]);
    }
    append(main, [
      h(
        "div",
        { class: "zf-buttons" },
        h("button", { type: "button", class: "zf-button", onclick: () => show({ step: "result" }) }, t.toResult),
      ),
    ]);
    return t.overviewTitle;
  }

  /** The report of the current answers, as `zelftest report FILE --format html` renders it for the downloaded file. */
  function reportNodes(): Node[] | undefined {
    const answers = toAnswerSet(draft, q);
    if (!answers) return undefined;
    const fileText = answerFileText(answers, q, fileHeader(answerFileName(answers)));
    const model = buildReport(scoreAnswers(q, answers), q, lang, {
      toolVersion: data.toolVersion,
      generatedAt: new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeStyle: "short" }).format(env.now()),
      answersHash: sha256(new TextEncoder().encode(fileText)),
    });
    // Only the body is used: the page's own CSS (with the report's) is already in place.
    const body = renderHtml(model, { html: REPORT_TEMPLATE, css: "" }).replace(/<head>[\s\S]*<\/head>/, "");
    const doc = new DOMParser().parseFromString(body, "text/html");
    doc.querySelector(".skip")?.remove();
    const reportMain = doc.querySelector("main");
    if (reportMain) {
      const div = doc.createElement("div");
      div.className = "zf-report-main";
      div.append(...reportMain.childNodes);
      reportMain.replaceWith(div);
    }
    // The stamp (tool and questionnaire versions, fingerprints, when it was made) is for whoever
    // checks the result: closed, under a name that says so.
    const stamp = doc.querySelector("dl.stamp");
    if (stamp) {
      const details = doc.createElement("details");
      details.className = "zf-technical";
      const summary = doc.createElement("summary");
      summary.textContent = t.resultTechnical;
      const heading = stamp.previousElementSibling;
      if (heading?.tagName === "H3") heading.remove();
      stamp.replaceWith(details);
      details.append(summary, stamp);
    }
    return [...doc.body.childNodes].map((n) => document.importNode(n, true));
  }

  function renderResult(): string {
    const nodes = reportNodes();
    if (!nodes) {
      append(main, [h("h1", {}, t.detailsTitle)]);
      showMessageError(t.downloadNeedsDetails, { step: "details" });
      return t.detailsTitle;
    }
    const report = h("div", { class: "zf-report" });
    append(report, nodes);
    append(main, [
      report,
      h(
        "div",
        { class: "zf-buttons zf-result-actions" },
        h("button", { type: "button", class: "zf-button", onclick: () => void saveAnswerFile() }, t.download),
        h("button", { type: "button", class: "zf-button zf-secondary", onclick: () => globalThis.print() }, t.print),
        h(
          "button",
          { type: "button", class: "zf-button zf-secondary", onclick: () => show({ step: "overview" }) },
          t.backToOverview,
        ),
      ),
    ]);
    const heading = report.querySelector("h1");
    const intro = h("p", { class: "zf-hint" }, t.resultIntro);
    heading?.after(intro);
    return t.resultTitle;
  }

  // ---- errors ----

  function errorSummary(children: (Node | string)[]): HTMLElement {
    status.textContent = "";
    const box = h(
      "div",
      { class: "zf-error-summary", role: "alert", tabindex: -1, "aria-labelledby": "zf-error-title" },
      h("h2", { id: "zf-error-title" }, t.errorTitle),
      ...children,
    );
    main.querySelector(".zf-error-summary")?.remove();
    const heading = main.querySelector("h1");
    if (heading) heading.after(box);
    else main.prepend(box);
    if (!errorShown) document.title = `${t.errorPrefix}${document.title}`;
    errorShown = true;
    box.focus();
    return box;
  }

  function showFieldErrors(form: HTMLFormElement, errors: readonly FieldError[]): void {
    for (const el of form.querySelectorAll(".zf-error-message")) el.remove();
    for (const el of form.querySelectorAll(".zf-field-error")) el.classList.remove("zf-field-error");
    for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    for (const err of errors) {
      const input = form.querySelector<HTMLInputElement>(`#${err.id}`);
      const fieldEl = input?.closest(".zf-field");
      if (!input || !fieldEl) continue;
      const messageId = `${err.id}-error`;
      fieldEl.classList.add("zf-field-error");
      const message = h("p", { class: "zf-error-message", id: messageId }, hidden(t.errorPrefix), err.message);
      const anchor =
        fieldEl.querySelector("legend") ?? fieldEl.querySelector(".zf-hint") ?? fieldEl.querySelector("label");
      anchor?.after(message);
      if (input.type !== "radio") {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute(
          "aria-describedby",
          [input.getAttribute("aria-describedby"), messageId].filter(Boolean).join(" "),
        );
      } else fieldEl.querySelector("fieldset")?.setAttribute("aria-describedby", messageId);
    }
    errorSummary([
      h(
        "ul",
        {},
        errors.map((err) =>
          h(
            "li",
            {},
            h(
              "a",
              {
                href: `#${err.id}`,
                onclick: (e: Event) => {
                  e.preventDefault();
                  form.querySelector<HTMLElement>(`#${err.id}`)?.focus();
                },
              },
              err.message,
            ),
          ),
        ),
      ),
    ]);
  }

  function showMessageError(message: string, go?: Position): void {
    errorSummary([
      h("p", {}, message),
      go ? h("p", {}, h("button", { type: "button", class: "zf-link", onclick: () => show(go) }, t.detailsTitle)) : "",
    ]);
  }

  /**
   * Why an opened file was refused, for someone who does not write YAML: per problem where it is
   * (line and column, and the line itself), what is wrong and what to do, in the form's plain words
   * where it has them (messages/form.ts), else those of `zelftest validate`; the error code and the
   * validator's own wording only under "Technische details". Problems at the same place with the same
   * plain words are shown once.
   */
  function showFileProblems(file: string, problems: readonly Diagnostic[]): void {
    const shown = new Map<string, { d: Diagnostic; message: string; hint: string; technical: string[] }>();
    for (const d of problems) {
      // A path such as "answers › toegankelijkheid.gratis › note" is named by its last part.
      const where = typeof d.params.where === "string" ? d.params.where.split(" › ").at(-1) : undefined;
      const base = wording(d.code, where === undefined ? d.params : { ...d.params, where }, lang);
      const plain = t.problems[d.code]?.(d.params) ?? {};
      const full = wording(d.code, d.params, lang);
      const message = plain.message ?? base.message;
      const place = d.line !== undefined ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
      const technical = `${d.code} (${place}): ${full.message} ${full.hint}`;
      const key = `${d.line ?? ""}:${d.column ?? ""}:${message}`;
      const same = shown.get(key);
      if (same) same.technical.push(technical);
      else shown.set(key, { d, message, hint: plain.hint ?? base.hint, technical: [technical] });
    }
    const all = [...shown.values()];
    const listed = all.slice(0, 25);
    errorSummary([
      h("p", {}, t.openFailed(file, all.length)),
      h("p", {}, t.openFailedIntro),
      h(
        "ul",
        { class: "zf-problems" },
        listed.map(({ d, message, hint, technical }) => {
          const excerpt =
            d.sourceLine !== undefined && d.line !== undefined
              ? [
                  h("p", { class: "zf-excerpt-label" }, t.inTheFile),
                  h(
                    "pre",
                    { class: "zf-excerpt" },
                    `${d.line} | ${d.sourceLine}\n${" ".repeat(String(d.line).length)} | ${" ".repeat(Math.max(0, (d.caretColumn ?? 1) - 1))}${"^".repeat(Math.max(1, d.caretLength ?? 1))}`,
                  ),
                ]
              : null;
          return h(
            "li",
            {},
            h(
              "p",
              {},
              d.line !== undefined ? [h("strong", {}, `${t.line(d.line, d.column ?? 1)}:`), " "] : null,
              message,
            ),
            excerpt,
            h("p", {}, `${t.fix}: ${hint}`),
            h(
              "details",
              { class: "zf-technical" },
              h("summary", {}, t.technicalDetails),
              technical.map((line) => h("p", {}, line)),
            ),
          );
        }),
      ),
      all.length > listed.length ? h("p", {}, UI[lang].moreErrors(all.length - listed.length)) : "",
    ]);
  }

  // ---- files ----

  function fileHeader(fileName: string): string[] {
    return t.fileComment(appTitle, fileName);
  }

  /**
   * "Download antwoordbestand": where the browser has a "save as" dialog, the person chooses the file
   * once and saving again writes the new answers into that same file (as long as the page stays open
   * and the file name would be the same); elsewhere, or when the dialog is blocked, a download.
   */
  async function saveAnswerFile(): Promise<void> {
    const answers = toAnswerSet(draft, q);
    const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
    if (!answers || typeof picker !== "function") {
      download();
      return;
    }
    const name = answerFileName(answers);
    try {
      if (saveTarget?.suggested !== name) {
        const handle = await picker({
          suggestedName: name,
          types: [{ description: t.fileType, accept: { "application/yaml": [".yaml", ".yml"] } }],
        });
        saveTarget = { suggested: name, handle };
      }
      const writable = await saveTarget.handle.createWritable();
      await writable.write(answerFileText(answers, q, fileHeader(saveTarget.handle.name)));
      await writable.close();
    } catch (err) {
      // Cancelled by the person: nothing is saved, and no download comes instead.
      if (err instanceof DOMException && err.name === "AbortError") {
        announce(t.saveCancelled);
        return;
      }
      // Blocked (a policy of the organisation) or the file cannot be written: a download instead.
      saveTarget = undefined;
      download();
      return;
    }
    resetChanges();
    save();
    announce(t.savedTo(saveTarget.handle.name));
  }

  /** Downloads the answer file; false when the details it needs are missing (an error then shows). */
  function download(): boolean {
    const answers = toAnswerSet(draft, q);
    if (!answers) {
      if (at.step !== "details") showMessageError(t.downloadNeedsDetails, { step: "details" });
      else showMessageError(t.downloadNeedsDetails);
      return false;
    }
    const name = answerFileName(answers);
    const blob = new Blob([answerFileText(answers, q, fileHeader(name))], { type: "application/yaml" });
    const url = URL.createObjectURL(blob);
    const a = h("a", { href: url, download: name, class: "visually-hidden" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    resetChanges();
    save();
    announce(t.downloaded(name));
    return true;
  }

  async function openChosenFile(): Promise<void> {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    // Size first, before reading: the same limit and message as the command line.
    const limit = data.limits.answerFileBytes;
    const result =
      file.size > limit
        ? tooLarge(file.name, file.size, limit)
        : readAnswerFile(new Uint8Array(await file.arrayBuffer()), file.name, q, limit);
    if (!result.ok) {
      showFileProblems(file.name, result.problems);
      return;
    }
    const scope = scopeOf(q, result.answers.answers);
    draft = fromAnswerSet(result.answers, scope);
    flow = createFlow(q, scope);
    paperScope = scope;
    saveTarget = undefined;
    resetChanges();
    buildPaper();
    const p = flow.progress(draft.answers);
    show(continueAt());
    announce(t.opened(file.name, p.answered, p.total));
  }

  // ---- print ----

  /** The blank paper questionnaire, printed before anything is answered. */
  function buildPaper(): void {
    const flow = createFlow(q, paperScope);
    const boxes = (labels: readonly string[]) =>
      h(
        "p",
        { class: "zf-boxes" },
        labels.map((l) => h("span", { class: "zf-box" }, `☐ ${l}`)),
      );
    const lineFor = (label: string) => h("p", { class: "zf-fill" }, `${label}: `, h("span", { class: "zf-line" }));
    const themes = flow.themes.map((theme, i) =>
      h(
        "section",
        { class: "zf-paper-theme" },
        h("h2", {}, t.themeHeader(i + 1, flow.themes.length, text(theme.title))),
        flow.items
          .filter((fi) => fi.theme === theme)
          .map((fi) => {
            const cond = fi.item.when;
            const gate = cond ? flow.find(cond.item) : undefined;
            return h(
              "div",
              { class: "zf-paper-item" },
              h(
                "h3",
                {},
                `${t.questionHeader(fi.number, flow.total)} · ${fi.item.level === "wettelijk" ? t.legalItem : t.practiceItem}`,
              ),
              rich("p", text(fi.item.question), { class: "zf-paper-question" }),
              cond && gate
                ? h(
                    "p",
                    { class: "zf-hint" },
                    `(${t.questionHeader(gate.number, flow.total)}: ${cond.answer.map((v) => ANSWER_LABEL[lang][v as AnswerValue]).join(" / ")})`,
                  )
                : null,
              boxes(ANSWER_VALUES.map((v) => ANSWER_LABEL[lang][v])),
              h(
                "div",
                { class: "zf-note-box" },
                h("p", { class: "zf-note-label" }, `${t.paperNote}:`),
                [1, 2, 3].map(() => h("span", { class: "zf-line" })),
              ),
            );
          }),
      ),
    );
    paper.replaceChildren(
      h("h1", {}, t.paperTitle),
      h("p", {}, t.paperIntro),
      h("p", {}, t.paperScope(flow.total, paperScope === "all")),
      lineFor(t.municipality),
      lineFor(`${t.gemeentecode} ${t.optional}`),
      h("p", { class: "zf-fill" }, `${t.paperWho}:`),
      boxes(ROLES.map((r) => t.roleChoices[r])),
      lineFor(t.date),
      ...themes,
    );
  }

  /** The filled-in answers with the result, printed once something is answered. */
  function fillPrinted(): void {
    if (draft.answers.size === 0) {
      printed.replaceChildren();
      return;
    }
    const nodes = reportNodes();
    // The result first (it names the municipality, who answered and the date), then every answer.
    printed.replaceChildren(
      ...(nodes ? [h("div", { class: "zf-report zf-print-report" }, ...nodes)] : []),
      h("section", { class: "zf-print-answers" }, h("h1", {}, t.answersTitle), ...answersList(false)),
    );
  }

  // ---- small builders ----

  function field(id: string, label: string, input: HTMLElement, hint?: string): HTMLElement {
    return h(
      "div",
      { class: "zf-field", id: `${id}-field` },
      h("label", { for: id }, label),
      hint ? h("p", { class: "zf-hint", id: `${id}-hint` }, hint) : null,
      input,
    );
  }

  function radio(name: string, id: string, value: string, label: string, checked: boolean, hint?: string): HTMLElement {
    const input = h("input", { type: "radio", name, id, value, "aria-describedby": hint ? `${id}-hint` : undefined });
    input.checked = checked;
    return h(
      "div",
      { class: "zf-radio" },
      input,
      h("label", { for: id }, label),
      hint ? h("p", { class: "zf-radio-hint", id: `${id}-hint` }, hint) : null,
    );
  }
}

function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
