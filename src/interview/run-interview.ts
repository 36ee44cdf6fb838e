// The terminal interview: welcome, who and what, the questions theme by theme (with "more
// explanation", an optional note and source, "back" and "save and stop"), an overview per theme
// where any answer can be changed, and the result. Which questions, in what order, their numbers
// and what applies come from the shared question flow (src/flow/), the same one the form uses.
//
// Nothing is lost: the answer file is saved after every confirmed step (an answer, a note, a
// source), in the file's own format (a JSON file stays JSON). Before each save the file is read
// back: when something else changed it since (a second interview on the same file), the answers
// go to a new file next to it instead, and the person is told. An existing file is never
// overwritten without asking. Terminal and files come in as parameters, so all of this is tested
// without a TTY; Ctrl-C arrives as InterruptedError from the prompter.
import { createFlow, scopeOf, scopeSizes } from "../flow/question-flow.js";
import type { Flow, FlowItem, Scope } from "../flow/question-flow.js";
import { dutchDate, parseDateInput } from "../flow/date-input.js";
import type { Answer, AnswerSet } from "../model/answers.js";
import { glossaryTermsIn } from "../model/glossary.js";
import { statusOfAnswer } from "../model/item-outcome.js";
import { normalizeGemeentecode } from "../model/municipality.js";
import { localize } from "../model/questionnaire.js";
import type { Item, Questionnaire, Theme } from "../model/questionnaire.js";
import { ANSWER_VALUES, ROLES } from "../model/vocabulary.js";
import type { AnswerValue, Lang, Role } from "../model/vocabulary.js";
import { InterruptedError, UsageError } from "../errors.js";
import { wording } from "../messages/error-messages.js";
import { NAME_MAX_LENGTH } from "../messages/answering.js";
import { formatList } from "../messages/intl.js";
import { ANSWER_LABEL } from "../messages/ui.js";
import { INTERVIEW_TEXT } from "../messages/interview.js";
import { legalCitation } from "../messages/legal.js";
import { explainItem } from "../report/explain-item.js";
import { escapeTerminal as safe } from "../report/escape.js";
import { renderSummary, STATUS_MARK, wrap } from "../report/render-summary.js";
import type { Style } from "../report/render-summary.js";
import { scoreAnswers } from "../score/score-answers.js";
import type { Choice, Prompter } from "./prompter.js";
import { handEdits } from "./hand-edits.js";
import { answerFileFormat, answerFileName, serializeAnswers } from "../load/write-answers.js";
import type { AnswerFileFormat } from "../load/write-answers.js";

export interface InterviewFiles {
  exists(path: string): boolean;
  /** The file's text as it is on disk now; undefined when there is no such file. */
  read(path: string): string | undefined;
  /** Writes atomically (temp file + rename). */
  save(path: string, text: string): void;
  /** Reads and validates an answer file; throws InputError when it is not valid. */
  load(path: string): AnswerSet;
  /** Where a file name without a folder goes (the current folder). */
  resolve(name: string): string;
}

/** Renders the report of the saved answer file, exactly as `zelftest report FILE` would. */
export type ReportMaker = (answerFile: string, format: "md" | "html") => string;

export interface InterviewOptions {
  readonly questionnaire: Questionnaire;
  /** Renders the report for the offer at the end; without it, no report is offered. */
  readonly makeReport?: ReportMaker;
  readonly lang: Lang;
  /** Today as YYYY-MM-DD, the default date. */
  readonly today: string;
  readonly out?: string;
  readonly resume?: string;
  readonly style: Style;
  readonly width: number;
  /** Show the technical item ids beside the questions (for questionnaire authors). */
  readonly verbose?: boolean;
}

export type InterviewOutcome =
  | { readonly status: "done" | "stopped"; readonly file: string; readonly answers: AnswerSet }
  | { readonly status: "cancelled" };

interface Draft {
  municipality: string;
  gemeentecode?: string;
  /** Fields of a continued file that the interview does not ask, written back unchanged. */
  carried?: Pick<AnswerSet, "meta" | "group">;
  role: Role;
  name?: string;
  date: string;
  answers: Map<string, Answer>;
  scope: Scope;
}

type Step = AnswerValue | "details" | "more" | "back" | "stop";

/** "a/b.yaml" → "a/b-2.yaml" (then -3, …): the first name next to `file` that is not taken. */
export function freeNameBeside(file: string, exists: (path: string) => boolean): string {
  const m = /^(.*?)(\.[^./\\]+)?$/.exec(file)!;
  for (let n = 2; ; n += 1) {
    const candidate = `${m[1]}-${n}${m[2] ?? ""}`;
    if (!exists(candidate)) return candidate;
  }
}

export async function runInterview(
  prompter: Prompter,
  files: InterviewFiles,
  o: InterviewOptions,
): Promise<InterviewOutcome> {
  const t = INTERVIEW_TEXT[o.lang];
  const q = o.questionnaire;
  const fallback = q.languages[0] ?? "nl";
  // Every text from a file (the questionnaire's, the answers' notes) passes escapeTerminal before
  // it is shown, so that it cannot steer the terminal; our own layout and colours do not.
  const text = (x: Parameters<typeof localize>[0]) => safe(localize(x, o.lang, fallback));
  const sizes = scopeSizes(q);
  const hasPractice = sizes.all > sizes.legal;
  /** Glossary entries whose explanation was already pointed to (see askItem). */
  const hinted = new Set<(typeof q.glossary)[number]>();
  const flows = new Map<Scope, Flow>();
  const flowOf = (d: Draft): Flow => flows.get(d.scope) ?? flows.set(d.scope, createFlow(q, d.scope)).get(d.scope)!;

  /** Where the answers go, in which format, and its text as last read or written (to notice other writers). */
  let file: string | undefined;
  let format: AnswerFileFormat = "yaml";
  let known: string | undefined;

  const toAnswerSet = (d: Draft): AnswerSet => ({
    questionnaire: q.id,
    version: q.version,
    municipality: d.municipality,
    ...(d.gemeentecode !== undefined ? { gemeentecode: d.gemeentecode } : {}),
    respondent: d.name ? { role: d.role, name: d.name } : { role: d.role },
    date: d.date,
    ...d.carried,
    answers: d.answers,
    contentHash: "",
    origin: file ?? "",
  });
  const serialize = (d: Draft, target: string) =>
    serializeAnswers(toAnswerSet(d), q, [t.welcomeTitle, t.resumeHint(target)], format);
  const write = (d: Draft, target: string) => {
    const out = serialize(d, target);
    files.save(target, out);
    [file, known] = [target, out];
  };
  const saveNow = (d: Draft) => {
    if (!file) return;
    const now = files.read(file);
    if (now !== undefined && now !== known) {
      // Someone else wrote the file since we read or wrote it: keep theirs, move ours aside.
      const other = file;
      write(d, freeNameBeside(other, files.exists));
      const [warning, ...command] = t.changedOnDisk(other, file).split("\n");
      prompter.print(`\n${o.style.bold(wrap(warning!, o.width - 2, ""))}\n${command.join("\n")}\n`);
      return;
    }
    write(d, file);
  };
  /** What was not saved when a save fails and the person stops (Ctrl-C) before it is saved after all. */
  let unsaved: string | undefined;
  /**
   * Saves; when the disk refuses (full, read-only, a share or stick that dropped out), the answers
   * stay in memory: the person is told which one was not saved and chooses to try again, to save
   * elsewhere, or to stop (the answers since the last save are then lost, and the error says so).
   */
  const save = async (d: Draft, what: string): Promise<void> => {
    for (;;) {
      try {
        saveNow(d);
        unsaved = undefined;
        return;
      } catch (err) {
        if (!(err instanceof UsageError) || err.code !== "OUTPUT_FAILED") throw err;
        unsaved = what;
        const { message } = wording("OUTPUT_FAILED", err.params, o.lang);
        prompter.print(
          `\n${o.style.bold(wrap(t.saveFailed(what), o.width - 2, ""))}\n${wrap(safe(message), o.width - 2, "")}\n`,
        );
        const choice = await prompter.select(t.saveFailedWhat, [
          { value: "retry", name: t.saveRetry },
          { value: "elsewhere", name: t.saveElsewhere },
          { value: "stop", name: t.saveGiveUp },
        ] as const);
        if (choice === "stop") throw err;
        if (choice === "elsewhere") {
          const typed = await prompter.input(t.saveWhere, {
            validate: (v) =>
              v.trim() === "" ? t.saveWhereEmpty : files.exists(files.resolve(v.trim())) ? t.saveWhereTaken : true,
          });
          file = files.resolve(typed.trim());
          format = answerFileFormat(file, undefined);
          known = undefined;
        }
      }
    }
  };
  const fromAnswerSet = (a: AnswerSet): Draft => ({
    municipality: a.municipality,
    ...(a.gemeentecode !== undefined ? { gemeentecode: a.gemeentecode } : {}),
    carried: {
      ...(a.meta !== undefined ? { meta: a.meta } : {}),
      ...(a.group !== undefined ? { group: a.group } : {}),
    },
    role: a.respondent.role,
    ...(a.respondent.name ? { name: a.respondent.name } : {}),
    date: a.date,
    answers: new Map(a.answers),
    scope: scopeOf(q, a.answers),
  });
  /** Continue an existing file: its answers, its format, and its text as the baseline for changes. */
  const continueFrom = (path: string, target: string): Draft => {
    const source = files.read(path);
    format = answerFileFormat(target, source);
    known = files.read(target);
    return fromAnswerSet(files.load(path));
  };

  try {
    prompter.print(`\n${o.style.bold(t.welcomeTitle)}\n\n${t.welcome(sizes.legal, sizes.all - sizes.legal)}\n`);
    let draft: Draft;
    if (o.resume) {
      const target = o.out ?? o.resume;
      if (target !== o.resume && files.exists(target)) {
        const overwrite = await prompter.select(t.outExists(target, o.resume), [
          { value: false, name: t.existingStop },
          { value: true, name: t.outOverwrite },
        ]);
        if (!overwrite) return { status: "cancelled" };
      }
      draft = continueFrom(o.resume, target);
      const where = target === o.resume ? await whereToContinue(target) : target;
      if (where === undefined) return { status: "cancelled" };
      file = where;
      const open = flowOf(draft)
        .questions(draft.answers)
        .filter((fi) => !draft.answers.has(fi.item.id)).length;
      prompter.print(`\n${t.continuing(draft.scope === "all", open)}\n`);
    } else {
      const header = await askHeader();
      const target = o.out ?? files.resolve(answerFileName(toAnswerSet(header)));
      format = answerFileFormat(target, undefined);
      if (files.exists(target)) {
        const choice = await prompter.select(t.fileExists(target), [
          { value: "resume", name: t.existingResume },
          { value: "overwrite", name: t.existingOverwrite },
          { value: "stop", name: t.existingStop },
        ] as const);
        if (choice === "stop") return { status: "cancelled" };
        if (choice === "resume") {
          // Continue the file's answers, in the wider of the scope just chosen and the file's own.
          draft = continueFrom(target, target);
          if (header.scope === "all") draft.scope = "all";
          const where = await whereToContinue(target);
          if (where === undefined) return { status: "cancelled" };
          file = where;
        } else {
          format = answerFileFormat(target, files.read(target));
          known = files.read(target);
          draft = header;
        }
      } else draft = header;
      file ??= target;
    }
    await save(draft, t.saveWhatHeader);
    prompter.print(`${o.style.dim(t.savedTo(file))}\n`);

    if ((await askQuestions(draft)) === "stop" || (await review(draft)) === "stop") {
      prompter.print(`\n${t.stopped(file)}\n${t.resumeHint(file)}\n`);
      return { status: "stopped", file, answers: toAnswerSet(draft) };
    }
    const answers = toAnswerSet(draft);
    prompter.print(`\n${o.style.bold(t.resultTitle)}\n\n`);
    prompter.print(renderSummary(scoreAnswers(q, answers), q, o.lang, o.style, o.width, o.verbose === true));
    prompter.print(`\n${t.stopped(file)}\n${t.nextSteps(file)}\n`);
    if (o.makeReport) await offerReport(file, o.makeReport);
    return { status: "done", file, answers };
  } catch (err) {
    if (err instanceof InterruptedError) {
      if (unsaved !== undefined) prompter.print(`\n${o.style.bold(t.unsavedLost(unsaved))}\n`);
      throw new InterruptedError(file !== undefined && known !== undefined ? file : undefined);
    }
    throw err;
  }

  /**
   * Continuing a file edited by hand that a rewrite would change (comments, numbers, spaces):
   * says what would be lost and asks first — continue in a new file beside it (the original
   * stays), continue in it anyway, or stop. Undefined for stop.
   */
  async function whereToContinue(path: string): Promise<string | undefined> {
    const text = files.read(path);
    const edits = text === undefined ? [] : handEdits(text);
    if (edits.length === 0) return path;
    const beside = freeNameBeside(path, files.exists);
    const choice = await prompter.select(wrap(t.handEdited(safe(path), edits), o.width - 2, ""), [
      { value: "copy", name: t.handEditedCopy(safe(beside)) },
      { value: "here", name: t.handEditedHere },
      { value: "stop", name: t.existingStop },
    ] as const);
    if (choice === "stop") return undefined;
    if (choice === "here") return path;
    known = undefined; // a new file: nothing there to compare with
    return beside;
  }

  async function offerReport(answerFile: string, make: ReportMaker): Promise<void> {
    const choice = await prompter.select(t.reportOffer, [
      { value: ["html"], name: t.reportHtml },
      { value: ["md"], name: t.reportMd },
      { value: ["html", "md"], name: t.reportBoth },
      { value: [], name: t.reportNone },
    ] as { value: ("md" | "html")[]; name: string }[]);
    const written: string[] = [];
    for (const reportFormat of choice) {
      const target = `${answerFile.replace(/\.(ya?ml|json)$/i, "")}.${reportFormat}`;
      if (files.exists(target)) {
        const overwrite = await prompter.select(t.reportExists(target), [
          { value: true, name: t.reportOverwrite },
          { value: false, name: t.reportSkip },
        ]);
        if (!overwrite) continue;
      }
      files.save(target, make(answerFile, reportFormat));
      written.push(target);
    }
    for (const w of written) prompter.print(`${t.reportWritten(w)}\n`);
  }

  async function askHeader(): Promise<Draft> {
    const municipality = (
      await prompter.input(t.municipalityQuestion, {
        validate: (v) =>
          v.trim() === "" ? t.municipalityRequired : v.length > NAME_MAX_LENGTH ? t.municipalityTooLong : true,
      })
    ).trim();
    const gemeentecode = normalizeGemeentecode(
      await prompter.input(t.gemeentecode, {
        validate: (v) => (v.trim() === "" || normalizeGemeentecode(v) ? true : t.gemeentecodeInvalid),
      }),
    );
    const role = await prompter.select<Role>(
      t.role,
      ROLES.map((r) => ({ value: r, name: t.roleChoices[r] })),
    );
    const name = (
      await prompter.input(t.name, { validate: (v) => (v.length > NAME_MAX_LENGTH ? t.nameTooLong : true) })
    ).trim();
    const typed = await prompter.input(t.date, {
      default: t.dateDefault === "day-month-year" ? dutchDate(o.today) : o.today,
      validate: (v) => (parseDateInput(v) ? true : t.dateInvalid),
    });
    const date = parseDateInput(typed)!;
    const scope: Scope = hasPractice ? await askScope() : "legal";
    return {
      municipality,
      ...(gemeentecode ? { gemeentecode } : {}),
      role,
      ...(name ? { name } : {}),
      date,
      answers: new Map(),
      scope,
    };
  }

  async function askScope(): Promise<Scope> {
    return prompter.select<Scope>(t.scope, [
      { value: "legal", name: t.scopeLegal(sizes.legal) },
      { value: "all", name: t.scopeAll(sizes.all) },
    ]);
  }

  /** Asks from the first open question to the end of the flow (or until the person stops). */
  async function askQuestions(d: Draft): Promise<"done" | "stop"> {
    let at = flowOf(d).firstUnanswered(d.answers);
    let shownTheme: Theme | undefined;
    while (at) {
      const flow = flowOf(d);
      if (at.theme !== shownTheme) {
        prompter.print(
          `\n${o.style.bold(t.themeHeader(at.themeNumber, flow.themes.length, text(at.theme.title)))}\n${o.style.dim(wrap(text(at.theme.summary), o.width - 2, ""))}\n`,
        );
        shownTheme = at.theme;
      }
      const previous = flow.previous(at.item.id, d.answers);
      const step = await askItem(d, at, { back: previous !== undefined, stop: true });
      if (step === "stop") return "stop";
      at = step === "back" ? previous : flow.next(at.item.id, d.answers);
    }
    return "done";
  }

  /** The line above a question: its number, legal requirement or good practice, and (verbose) its id. */
  function position(d: Draft, fi: FlowItem): string {
    const level =
      fi.item.level === "wettelijk"
        ? t.levelLegal(fi.item.legal ? safe(legalCitation([fi.item.legal], o.lang)) : undefined)
        : t.levelPractice;
    const parts = [t.questionHeader(fi.number, flowOf(d).total), level];
    if (fi.item.when) {
      const gate = flowOf(d).find(fi.item.when.item);
      if (gate) parts.push(t.followUp(gate.number));
    }
    if (o.verbose) parts.push(fi.item.id);
    return parts.join(" · ");
  }

  /** Asks one question until it is answered (or the person goes back or stops); saves after every confirmed step. */
  async function askItem(d: Draft, fi: FlowItem, allow: { back: boolean; stop: boolean }): Promise<Step> {
    const item = fi.item;
    for (;;) {
      const current = d.answers.get(item.id);
      const help = item.help ? `\n${o.style.dim(wrap(text(item.help), o.width - 2, "  "))}` : "";
      const given = [
        ...(current?.note ? [`${t.noteLabel}: ${safe(current.note)}`] : []),
        ...(current?.evidence ? [`${t.evidenceLabel}: ${safe(current.evidence)}`] : []),
      ].map((line) => `\n${o.style.dim(wrap(line, o.width - 2, "  "))}`);
      // Point to the explanation of a difficult word the first time it comes up, not at every question.
      const terms = termsOf(item)
        .filter((e) => !hinted.has(e))
        .map((e) => {
          hinted.add(e);
          return text(e.term);
        });
      const glossary = terms.length > 0 ? `\n${o.style.dim(wrap(t.termsExplained(terms), o.width - 2, "  "))}` : "";
      prompter.print(
        `\n${o.style.dim(position(d, fi))}\n${o.style.bold(wrap(text(item.question), o.width - 2, ""))}${help}${glossary}${given.join("")}\n`,
      );
      const choices: Choice<Step>[] = [
        ...answerChoices(item),
        {
          value: "details",
          name: current?.note || current?.evidence ? t.detailsChange : t.detailsAdd,
          separated: true,
        },
        { value: "more", name: t.more },
        ...(allow.back ? [{ value: "back" as Step, name: t.back }] : []),
        ...(allow.stop ? [{ value: "stop" as Step, name: t.stop }] : []),
      ];
      const step = await prompter.select(t.yourAnswer, choices, current?.answer);
      if (step === "more") {
        prompter.print(explain(item));
        continue;
      }
      if (step === "back" || step === "stop") return step;
      const what = t.questionHeader(fi.number, flowOf(d).total);
      if (step === "details") return askDetails(d, item, what);
      d.answers.set(item.id, { ...current, answer: step });
      await save(d, what);
      return step;
    }
  }

  /** The four answers; where the item says what an answer means for it, that is the choice's description. */
  function answerChoices(item?: Item): Choice<AnswerValue>[] {
    return ANSWER_VALUES.map((v) => {
      const meaning = item?.answerMeaning?.[v];
      return { value: v, name: ANSWER_LABEL[o.lang][v], ...(meaning ? { description: text(meaning) } : {}) };
    });
  }

  /**
   * The one optional step for a note and a source: the answer first when there is none yet (a
   * note cannot be kept without one), then the note, then the source, each saved once confirmed.
   */
  async function askDetails(d: Draft, item: Item, what: string): Promise<AnswerValue> {
    const answer = d.answers.get(item.id)?.answer ?? (await prompter.select(t.yourAnswer, answerChoices(item)));
    const update = async (change: Partial<Answer>) => {
      const merged: Answer = { ...d.answers.get(item.id), answer, ...change };
      d.answers.set(item.id, {
        answer,
        ...(merged.note ? { note: merged.note } : {}),
        ...(merged.evidence ? { evidence: merged.evidence } : {}),
        // A group answer's votes and dissent are what the members said: kept whatever the group writes.
        ...(merged.votes ? { votes: merged.votes } : {}),
        ...(merged.dissent ? { dissent: merged.dissent } : {}),
      });
      await save(d, what);
    };
    await update({});
    await update({ note: await askText(t.note, d.answers.get(item.id)?.note, 20000) });
    await update({ evidence: await askText(t.evidence, d.answers.get(item.id)?.evidence, 5000) });
    return answer;
  }

  async function askText(message: string, current: string | undefined, max: number): Promise<string | undefined> {
    // The earlier text is offered as the default, shown safely; taking it unchanged keeps the original.
    const shown = current === undefined ? undefined : safe(current);
    const value = await prompter.input(current ? `${message} ${o.style.dim(`(${t.keepOrClear})`)}` : message, {
      ...(shown ? { default: shown } : {}),
      validate: (v) => (v.length > max ? t.tooLong(max) : true),
    });
    if (current !== undefined && value === shown) return current;
    const trimmed = value.trim();
    return trimmed === "-" || trimmed === "" ? undefined : trimmed;
  }

  /** The glossary terms used in the question and its help text. */
  function termsOf(item: Item) {
    return glossaryTermsIn(
      [text(item.question), ...(item.help ? [text(item.help)] : [])],
      q.glossary,
      o.lang,
      fallback,
    );
  }

  /** "Meer uitleg", in the order report/explain-item.ts gives it (the same as the form's). */
  function explain(item: Item): string {
    const block = (title: string, body: string) => [`${o.style.bold(title)}`, wrap(safe(body), o.width - 2, "  ")];
    const lines = [""];
    const title = { why: t.why, check: t.check, evidence: t.evidenceHint };
    for (const part of explainItem(item, q, o.lang)) {
      switch (part.kind) {
        case "example":
          lines.push(...block(`${t.example}: ${safe(part.municipality)}`, part.text));
          break;
        case "terms":
          lines.push(`${o.style.bold(t.terms)}`);
          for (const e of part.terms) lines.push(wrap(safe(`${e.term}: ${e.definition}`), o.width - 2, "  "));
          break;
        case "basis":
          lines.push(`${o.style.bold(t.basis)}`);
          for (const line of part.lines) lines.push(wrap(safe(line), o.width - 2, "  "));
          break;
        default:
          lines.push(...block(title[part.kind], part.text));
      }
    }
    return `${lines.join("\n")}\n`;
  }

  /**
   * The overview, one screen per theme: first the themes with how far each is answered, then the
   * questions of the chosen theme, where any answer can be changed. Questions that a changed
   * answer opens are asked before the result; with the legal questions only, good practice can
   * still be added here.
   */
  async function review(d: Draft): Promise<"done" | "stop"> {
    for (;;) {
      if (flowOf(d).firstUnanswered(d.answers)) {
        if ((await askQuestions(d)) === "stop") return "stop";
        continue;
      }
      const overview = flowOf(d).overview(d.answers);
      prompter.print(`\n${o.style.bold(t.reviewTitle)}\n`);
      const choice = await prompter.select<string>(t.reviewWhat, [
        { value: "", name: t.reviewDone },
        ...overview.map((th) => ({
          value: th.theme.id,
          name: t.reviewTheme(th.themeNumber, text(th.theme.title), marks(th.items)),
          short: text(th.theme.title),
        })),
        ...(d.scope === "legal" && hasPractice
          ? [{ value: "+practice", name: t.addPractice(sizes.all - sizes.legal), separated: true }]
          : []),
      ]);
      if (choice === "") return "done";
      if (choice === "+practice") d.scope = "all";
      else await reviewTheme(d, choice);
    }
  }

  async function reviewTheme(d: Draft, themeId: string): Promise<void> {
    for (;;) {
      const th = flowOf(d)
        .overview(d.answers)
        .find((x) => x.theme.id === themeId)!;
      const shown = th.items.filter((x) => x.state !== "closed" && x.state !== "waiting");
      prompter.print(
        `\n${o.style.bold(t.themeHeader(th.themeNumber, flowOf(d).themes.length, text(th.theme.title)))}\n`,
      );
      const skipped = th.items.length - shown.length;
      if (skipped > 0) prompter.print(`${o.style.dim(t.reviewSkipped(skipped))}\n`);
      const picked = await prompter.select<string>(t.reviewPickItem, [
        { value: "", name: t.reviewBack },
        ...shown.map((x) => ({
          value: x.item.id,
          name: reviewLine(d, x),
          short: t.questionHeader(x.number, flowOf(d).total),
        })),
      ]);
      const fi = shown.find((x) => x.item.id === picked);
      if (!fi) return;
      await askItem(d, fi, { back: false, stop: false });
    }
  }

  /** "1 ja, 1 deels" for a theme line of the overview, in answer order; open questions last. */
  function marks(items: readonly { state: string; answer?: AnswerValue }[]): string {
    const counts = new Map<AnswerValue | "none", number>();
    for (const x of items) {
      if (x.state === "closed" || x.state === "waiting") continue;
      counts.set(x.answer ?? "none", (counts.get(x.answer ?? "none") ?? 0) + 1);
    }
    const parts = [...ANSWER_VALUES, "none" as const]
      .filter((v) => counts.has(v))
      .map((v) => `${counts.get(v)} ${v === "none" ? t.open : ANSWER_LABEL[o.lang][v].toLowerCase()}`);
    return formatList(parts, o.lang);
  }

  function reviewLine(d: Draft, fi: FlowItem): string {
    const answer = d.answers.get(fi.item.id)?.answer;
    const mark = answer ? STATUS_MARK[statusOfAnswer(answer)] : "·";
    const label = ANSWER_LABEL[o.lang][answer ?? "none"];
    const head = `${mark} ${label.padEnd(15)} ${String(fi.number).padStart(2)}. `;
    const question = text(fi.item.question) + (o.verbose ? ` (${fi.item.id})` : "");
    const room = Math.max(20, o.width - head.length - 6);
    return head + (question.length > room ? `${question.slice(0, room - 1)}…` : question);
  }
}
