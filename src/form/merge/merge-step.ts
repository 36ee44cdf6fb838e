// Samenvoegen in the form (docs/form.md): the chair opens the members' answer files at once, the
// page refuses files that do not belong together (as `zelftest samenvoegen` does, with the same
// checks and words), and shows per question the members' answers side by side with the rule's
// proposal chosen; where they differ comes first. The group chooses, writes its note and downloads
// one group answer file, made by the shared merge (score/merge-answers.ts) and the shared writer.
// The files and the choices are kept in the browser (a reload at the meeting loses nothing).
import type { Diagnostic } from "../../errors.js";
import type { Item } from "../../model/questionnaire.js";
import { ANSWER_VALUES, ROLES } from "../../model/vocabulary.js";
import type { AnswerValue, Role } from "../../model/vocabulary.js";
import { dutchDate, parseDateInput } from "../../flow/date-input.js";
import { wording } from "../../messages/error-messages.js";
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";
import { itemKindShort } from "../../messages/legal.js";
import { ANSWER_LABEL, formatDate, ROLE_LABEL } from "../../messages/ui.js";
import { checkMerge, groupTexts, mergeAnswerSets } from "../../score/merge-answers.js";
import { ANSWER_LIMITS } from "../../model/answer-limits.js";
import { answerFileName, answerFileText } from "../answer-file.js";
import { errorSummary } from "../components/error-summary.js";
import { field, radio } from "../components/field.js";
import { fileProblems } from "../components/file-problems.js";
import { backToStart, openedFiles, takeChosenFiles } from "../components/opened-files.js";
import type { OpenFiles } from "../components/opened-files.js";
import { limitText } from "../components/text-limit.js";
import type { FormContext } from "../context.js";
import { isoDate } from "../dates.js";
import { append, h, offerDownload, rich } from "../dom.js";
import { openStore } from "../storage.js";
import type { Store } from "../storage.js";
import { buildAgenda } from "./agenda.js";
import { filePicker } from "./file-picker.js";
import { readMembers } from "./read-files.js";
import { commonRole, emptyChoices, fromSavedSession, tableOf, toSavedSession } from "./session.js";
import type { Table, TableChoices, TableItem } from "./session.js";

/** What the table holds while the page is open (and, where the browser keeps it, after a reload). */
interface Desk extends OpenFiles {
  readonly store: Store;
  choices: TableChoices;
  /** When a session of an earlier visit was found, when it was kept. */
  restoredAt?: string;
}

const desks = new WeakMap<FormContext, Desk>();

function deskOf(ctx: FormContext): Desk {
  let desk = desks.get(ctx);
  if (desk) return desk;
  const store = openStore(ctx.q, "samenvoegen");
  const restored = fromSavedSession(store.read(), ctx.q, ctx.today());
  const read = restored ? readMembers(restored.members, ctx.q, ctx.data.limits.answerFileBytes) : undefined;
  desk = {
    store,
    files: read?.opened ?? [],
    failed: [],
    choices: restored?.choices ?? emptyChoices(ctx.today()),
    ...(restored && read && read.opened.length > 0 ? { restoredAt: restored.savedAt } : {}),
  };
  desks.set(ctx, desk);
  return desk;
}

function keep(ctx: FormContext, desk: Desk): boolean {
  if (desk.files.length === 0) {
    desk.store.clear();
    return desk.store.available;
  }
  return desk.store.write(toSavedSession(desk.files, desk.choices, ctx.env.now()));
}

export function renderMerge(ctx: FormContext): string {
  const { lang, shell } = ctx;
  const g = GROUP_FORM_TEXT[lang];
  const desk = deskOf(ctx);
  const main = shell.main;
  const label = (n: number) => g.unnamedMember(n);
  const check = checkMerge(
    desk.files.map((m) => ({ file: m.file, answers: m.answers })),
    desk.choices.role !== "" ? { role: desk.choices.role } : {},
  );
  // Members of different roles are not a reason to stop at the table: the group chooses its role (below).
  const refusals = check.refusals.filter((d) => d.code !== "MERGE_ROLES");
  const ready = desk.files.length >= 2 && refusals.length === 0;

  const picker = filePicker(ctx, {
    id: "zf-merge-files",
    label: desk.files.length > 0 ? g.chooseMore : g.chooseFiles,
    onFiles: (files) => void addFiles(ctx, desk, files),
  });
  append(main, [
    h("h1", {}, g.mergeTitle),
    g.mergeIntro.map((p) => h("p", {}, p)),
    h("p", { class: "zf-notice" }, desk.store.available ? g.keptHere : g.notKeptHere),
    desk.restoredAt ? h("p", { class: "zf-draft" }, g.restored(desk.files.length, whenText(desk.restoredAt))) : null,
    openedFiles(ctx, {
      pickerId: "zf-merge-files",
      files: desk.files,
      // Who answered, role, date and how much of what they were asked.
      describe: (m, place) =>
        g.memberLine(
          m.answers.respondent.name ?? g.unnamedMember(place),
          ROLE_LABEL[lang][m.answers.respondent.role],
          formatDate(m.answers.date, lang),
          m.answers.answers.size,
          tableOf([m], ctx.q, emptyChoices(""), g.unnamedMember).total,
        ),
      onRemove: (m) => {
        desk.files = desk.files.filter((x) => x !== m);
        desk.failed = [];
        keep(ctx, desk);
        ctx.show({ step: "merge" }, false);
      },
    }),
    picker,
  ]);
  if (desk.files.length > 0) {
    append(main, [
      h(
        "p",
        {},
        h(
          "button",
          {
            type: "button",
            class: "zf-link",
            onclick: () => {
              desk.files = [];
              desk.failed = [];
              desk.choices = emptyChoices(ctx.today());
              delete desk.restoredAt;
              keep(ctx, desk);
              ctx.show({ step: "merge" });
            },
          },
          g.startAgain,
        ),
      ),
    ]);
  }
  if (ready) renderTable(ctx, desk, label);
  append(main, [backToStart(ctx)]);

  // What cannot go on, at the top: files that could not be read, files that do not belong together.
  const problems: (Node | string)[] = [];
  for (const f of desk.failed) problems.push(...fileProblems(ctx.t, lang, f.file, f.problems));
  if (check.refusals.length > 0) {
    problems.push(
      h("h3", {}, g.refusedTitle),
      h(
        "ul",
        { class: "zf-problems" },
        check.refusals.map((d) => h("li", {}, said(ctx, d))),
      ),
      h("p", {}, g.refusedIntro),
    );
  }
  if (problems.length > 0) {
    shell.status.textContent = "";
    errorSummary(main, ctx.t, problems);
  } else if (check.warnings.length > 0) {
    main.querySelector("h1")?.after(
      h(
        "div",
        { class: "zf-notice", role: "note" },
        h("p", {}, h("strong", {}, g.warningsTitle)),
        check.warnings.map((d) => h("p", {}, said(ctx, d))),
      ),
    );
  }
  return g.mergeTitle;
}

/** A problem or warning in the form's plain words, else in those of `zelftest samenvoegen` (messages/error-messages.ts). */
function said(ctx: FormContext, d: Diagnostic): string {
  const plain = GROUP_FORM_TEXT[ctx.lang].mergeProblems[d.code]?.(d.params);
  if (plain) return plain;
  const w = wording(d.code, d.params, ctx.lang);
  return [w.message, w.hint].filter(Boolean).join(" ");
}

async function addFiles(ctx: FormContext, desk: Desk, files: readonly File[]): Promise<void> {
  let stored = true;
  await takeChosenFiles(ctx, desk, files, {
    show: () => {
      delete desk.restoredAt;
      stored = keep(ctx, desk);
      ctx.show({ step: "merge" }, false);
    },
    focusOn: "#zf-merge-table-title",
    more: () => (stored ? "" : GROUP_FORM_TEXT[ctx.lang].notKeptHere),
  });
}

/** The group's details, the questions in the order of discussion, and Download / Print agenda. */
function renderTable(ctx: FormContext, desk: Desk, label: (n: number) => string): void {
  const { lang, q, shell } = ctx;
  const g = GROUP_FORM_TEXT[lang];
  const main = shell.main;
  const c = desk.choices;
  const table: Table = tableOf(desk.files, q, c, label);
  const items = new Map(q.items.map((i) => [i.id, i]));
  const parts = {
    differ: table.items.filter((i) => i.part === "differ"),
    agree: table.items.filter((i) => i.part === "agree"),
    none: table.items.filter((i) => i.part === "none"),
  };
  const agenda = agendaSection(ctx);
  const refreshAgenda = () => {
    agenda.replaceChildren(...buildAgenda(ctx, desk.files, tableOf(desk.files, q, c, label), label));
  };
  const changed = () => {
    keep(ctx, desk);
    refreshAgenda();
  };

  // ---- the group ----
  const name = h("input", {
    type: "text",
    id: "zf-group-name",
    autocomplete: "off",
    "aria-describedby": "zf-group-name-hint",
  });
  name.value = c.groupName;
  name.addEventListener("input", () => {
    c.groupName = name.value;
    changed();
  });
  const date = h("input", {
    type: "text",
    id: "zf-group-date",
    autocomplete: "off",
    class: "zf-date",
    "aria-describedby": "zf-group-date-hint",
  });
  date.value = c.dateText;
  date.addEventListener("input", () => {
    c.dateText = date.value.trim();
    changed();
  });
  const common = commonRole(desk.files);
  const roleField =
    common === undefined
      ? h(
          "div",
          { class: "zf-field", id: "zf-group-role-field" },
          h(
            "fieldset",
            { "aria-describedby": "zf-group-role-hint" },
            h("legend", {}, g.groupRole),
            h("p", { class: "zf-hint", id: "zf-group-role-hint" }, g.groupRoleHint),
            h(
              "div",
              { class: "zf-radios", id: "zf-group-role" },
              ROLES.map((r) => {
                const el = radio("zf-group-role", `zf-group-role-${r}`, r, ctx.t.roleChoices[r], c.role === r);
                el.querySelector("input")!.addEventListener("change", () => {
                  c.role = r as Role;
                  changed();
                  ctx.show({ step: "merge" }, false);
                  ctx.shell.main.querySelector<HTMLElement>(`#zf-group-role-${r}`)?.focus();
                });
                return el;
              }),
            ),
          ),
        )
      : null;
  append(main, [
    h(
      "section",
      { class: "zf-group-details", "aria-labelledby": "zf-group-title" },
      h("h2", { id: "zf-group-title" }, g.groupDetailsTitle),
      field("zf-group-name", g.groupName, name, g.groupNameHint),
      field("zf-group-date", g.meetingDate, date, ctx.t.dateHint),
      roleField,
    ),
  ]);

  // ---- the questions: where they differ first (its heading takes the focus once files are open) ----
  const section = (id: string, title: string, intro: string, list: readonly TableItem[]) =>
    h(
      "section",
      { class: "zf-merge-part", "aria-labelledby": `${id}-title` },
      h("h2", { id: `${id}-title` }, title),
      h("p", {}, intro),
      list.map((it) => questionBlock(ctx, it, items.get(it.id)!, table, c, changed)),
    );
  append(main, [
    h(
      "div",
      { id: "zf-merge-table", class: "zf-merge-table" },
      section(
        "zf-merge-table",
        g.differHeading(parts.differ.length),
        parts.differ.length > 0 ? g.differIntro : g.noDifferences,
        parts.differ,
      ),
      parts.agree.length > 0
        ? section("zf-merge-agree", g.agreeHeading(parts.agree.length), g.agreeIntro, parts.agree)
        : null,
      parts.none.length > 0
        ? section("zf-merge-none", g.noneAnsweredHeading(parts.none.length), g.noneAnsweredIntro, parts.none)
        : null,
    ),
  ]);

  // ---- download and print ----
  append(main, [
    h(
      "div",
      { class: "zf-buttons zf-merge-actions" },
      h(
        "button",
        { type: "button", class: "zf-button", onclick: () => downloadGroup(ctx, desk, label, date) },
        g.downloadGroup,
      ),
      h(
        "button",
        {
          type: "button",
          class: "zf-button zf-secondary",
          onclick: () => {
            refreshAgenda();
            globalThis.print();
          },
        },
        g.printAgenda,
      ),
    ),
  ]);
  refreshAgenda();
}

/** One question at the table: the counts, the members side by side, the group's answer and note. */
function questionBlock(
  ctx: FormContext,
  it: TableItem,
  item: Item,
  table: Table,
  c: TableChoices,
  changed: () => void,
): HTMLElement {
  const { lang } = ctx;
  const g = GROUP_FORM_TEXT[lang];
  const key = `zf-m-${item.id.replace(/[^a-zA-Z0-9-]/g, "-")}`;
  const votes = ANSWER_VALUES.filter((a) => (it.votes[a] ?? 0) > 0).map(
    (a) => `${it.votes[a]} × ${ANSWER_LABEL[lang][a]}`,
  );
  const proposalNote = h(
    "p",
    { class: "zf-proposal", id: `${key}-proposal` },
    it.proposal ? g.proposal(ANSWER_LABEL[lang][it.proposal]) : g.proposalNone,
  );
  const changedMark = h(
    "p",
    { class: "zf-changed", id: `${key}-changed`, hidden: it.answer === it.proposal },
    g.changedFromProposal,
  );
  // When the agreeing members' words are too long together for one note, each keeps them apart
  // (score/merge-answers.ts groupTexts): said here, so that the group writes a short summary.
  const apart = h("div", { class: "zf-notice zf-kept-apart", id: `${key}-apart`, role: "status" });
  const showApart = (answer: AnswerValue | null) => {
    const kept = answer === null ? [] : groupTexts(it.members, answer, undefined).apart;
    apart.hidden = kept.length === 0;
    apart.replaceChildren(...kept.map((k) => h("p", {}, g.keptApart(k.field, k.length, ANSWER_LIMITS[k.field]))));
  };
  showApart(it.answer);
  const radios = ANSWER_VALUES.map((v) => {
    const el = radio(key, `${key}-${v}`, v, ANSWER_LABEL[lang][v], it.answer === v);
    el.querySelector("input")!.addEventListener("change", () => {
      if (v === it.proposal) c.chosen.delete(item.id);
      else c.chosen.set(item.id, v as AnswerValue);
      changedMark.hidden = v === it.proposal;
      showApart(v as AnswerValue);
      changed();
    });
    return el;
  });
  const note = h("textarea", { id: `${key}-note`, rows: 3, "aria-describedby": `${key}-note-hint` });
  note.value = it.note;
  const noteLimit = limitText(ctx.t, note, ANSWER_LIMITS.note);
  note.addEventListener("input", () => {
    if (note.value.trim() === "") c.notes.delete(item.id);
    else c.notes.set(item.id, note.value);
    changed();
  });
  // What a legal item rests on, as the report and the comparison say it: "Wet" or "VNG-zelftest" (DESIGN §4).
  const level = itemKindShort(item, lang);
  return h(
    "article",
    { class: `zf-merge-item zf-merge-${it.part}`, "aria-labelledby": `${key}-title`, "data-item": item.id },
    h("h3", { id: `${key}-title` }, `${g.questionLabel(it.number, table.total)} · ${level}`),
    h(
      "fieldset",
      { class: "zf-question", "aria-describedby": `${key}-votes ${key}-proposal` },
      rich("legend", ctx.text(item.question)),
      h(
        "p",
        { class: "zf-votes", id: `${key}-votes` },
        [g.votes(votes), it.unanswered > 0 ? g.notAnsweredBy(it.unanswered) : ""].filter(Boolean).join(" · ") ||
          ANSWER_LABEL[lang].none,
      ),
      h("h4", { class: "zf-members-title" }, g.membersCaption),
      h(
        "ul",
        { class: "zf-members" },
        it.members.map((m) =>
          h(
            "li",
            { class: m.answer === null ? "zf-member zf-member-open" : "zf-member" },
            h(
              "p",
              { class: "zf-member-answer" },
              h("strong", {}, m.label),
              `: ${ANSWER_LABEL[lang][m.answer ?? "none"]}`,
            ),
            m.note ? h("p", { class: "zf-user-text" }, `${g.note}: `, m.note) : null,
            m.evidence ? h("p", { class: "zf-user-text" }, `${g.evidence}: `, m.evidence) : null,
          ),
        ),
      ),
      proposalNote,
      h("p", { class: "zf-group-answer-label" }, h("strong", {}, g.groupAnswer)),
      h("div", { class: "zf-radios zf-radios-inline" }, radios),
      changedMark,
    ),
    h(
      "div",
      { class: "zf-field" },
      h("label", { for: note.id }, g.groupNote),
      h("p", { class: "zf-hint", id: `${key}-note-hint` }, g.groupNoteHint),
      apart,
      noteLimit,
      note,
    ),
  );
}

/** The print-only agenda beside main (main itself is not printed). */
function agendaSection(ctx: FormContext): HTMLElement {
  const root = ctx.shell.main.parentElement ?? document.body;
  let el = root.querySelector<HTMLElement>("#zf-agenda");
  if (!el) {
    el = h("section", { id: "zf-agenda", class: "print-only", "aria-hidden": "true" });
    root.append(el);
  }
  return el;
}

function downloadGroup(ctx: FormContext, desk: Desk, label: (n: number) => string, dateInput: HTMLInputElement): void {
  const g = GROUP_FORM_TEXT[ctx.lang];
  const date = parseDateInput(desk.choices.dateText);
  if (!date) {
    errorSummary(ctx.shell.main, ctx.t, [
      h(
        "p",
        {},
        h(
          "a",
          {
            href: "#zf-group-date",
            onclick: (e: Event) => {
              e.preventDefault();
              dateInput.focus();
            },
          },
          desk.choices.dateText === "" ? ctx.t.dateRequired : ctx.t.dateInvalid,
        ),
      ),
    ]);
    return;
  }
  const result = mergeAnswerSets(
    desk.files.map((m) => ({ file: m.file, answers: m.answers })),
    ctx.q,
    {
      date,
      ...(desk.choices.role !== "" ? { role: desk.choices.role } : {}),
      ...(desk.choices.groupName.trim() !== "" ? { name: desk.choices.groupName.trim() } : {}),
      memberLabel: label,
      chosen: desk.choices.chosen,
      groupNotes: desk.choices.notes,
    },
  );
  if (!result.ok) {
    errorSummary(ctx.shell.main, ctx.t, [
      h("p", {}, g.mergeFailed),
      h(
        "ul",
        {},
        result.problems.map((d) => h("li", {}, said(ctx, d))),
      ),
    ]);
    return;
  }
  const name = answerFileName(result.answers);
  offerDownload(name, answerFileText(result.answers, ctx.q, ctx.t.fileComment(ctx.appTitle, name)));
  ctx.announce(g.downloadedGroup(name));
}

function whenText(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${dutchDate(isoDate(when))} ${pad(when.getHours())}:${pad(when.getMinutes())}`;
}
