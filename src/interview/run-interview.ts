// The interview flow: welcome, who and what, the questions theme by theme (with "more", "back"
// and "save and stop"), a review where any answer can be changed, and the result. The answer
// file is saved after every change. Terminal and files come in as parameters, so the flow is
// tested without a TTY; Ctrl-C arrives as InterruptedError from the prompter.
import type { Answer, AnswerSet } from "../model/answers.js";
import { citeBasis } from "../model/citation.js";
import { isApplicable, statusOfAnswer } from "../model/item-outcome.js";
import { localize } from "../model/questionnaire.js";
import type { Item, Questionnaire } from "../model/questionnaire.js";
import { ANSWER_VALUES, ROLES } from "../model/vocabulary.js";
import type { AnswerValue, Lang, Role } from "../model/vocabulary.js";
import { InterruptedError } from "../errors.js";
import { isCalendarDate } from "../load/parse-answers.js";
import { ANSWER_LABEL } from "../messages/ui.js";
import { INTERVIEW_TEXT } from "../messages/interview.js";
import { renderSummary, STATUS_MARK, wrap } from "../report/render-summary.js";
import type { Style } from "../report/render-summary.js";
import { scoreAnswers } from "../score/score-answers.js";
import type { Choice, Prompter } from "./prompter.js";
import { serializeAnswers } from "./serialize-answers.js";

export interface InterviewFiles {
  exists(path: string): boolean;
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
}

export type InterviewOutcome =
  | { readonly status: "done" | "stopped"; readonly file: string; readonly answers: AnswerSet }
  | { readonly status: "cancelled" };

interface Draft {
  municipality: string;
  role: Role;
  name?: string;
  date: string;
  answers: Map<string, Answer>;
  includePractice: boolean;
}

type Step = AnswerValue | "more" | "back" | "stop";

/** "Súdwest-Fryslân" → "sudwest-fryslan"; used in the default file name. */
export function slug(text: string): string {
  const s = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return s.slice(0, 60) || "gemeente";
}

export async function runInterview(prompter: Prompter, files: InterviewFiles, o: InterviewOptions): Promise<InterviewOutcome> {
  const t = INTERVIEW_TEXT[o.lang];
  const q = o.questionnaire;
  const fallback = q.languages[0] ?? "nl";
  const text = (x: Parameters<typeof localize>[0]) => localize(x, o.lang, fallback);
  const legalCount = q.items.filter((i) => i.level === "wettelijk").length;
  const practiceCount = q.items.length - legalCount;
  let file: string | undefined;

  const toAnswerSet = (d: Draft): AnswerSet => ({
    questionnaire: q.id,
    version: q.version,
    municipality: d.municipality,
    respondent: d.name ? { role: d.role, name: d.name } : { role: d.role },
    date: d.date,
    answers: d.answers,
    contentHash: "",
    origin: file ?? "",
  });
  const save = (d: Draft) => {
    if (!file) return;
    files.save(file, serializeAnswers(toAnswerSet(d), q, [`${t.welcomeTitle}`, t.resumeHint(file)]));
  };
  const fromAnswerSet = (a: AnswerSet): Draft => ({
    municipality: a.municipality,
    role: a.respondent.role,
    ...(a.respondent.name ? { name: a.respondent.name } : {}),
    date: a.date,
    answers: new Map(a.answers),
    includePractice: [...a.answers.keys()].some((id) => q.items.find((i) => i.id === id)?.level === "aanbeveling"),
  });

  try {
    prompter.print(`\n${o.style.bold(t.welcomeTitle)}\n\n${t.welcome(legalCount, practiceCount)}\n`);
    let draft: Draft;
    if (o.resume) {
      draft = fromAnswerSet(files.load(o.resume));
      file = o.out ?? o.resume;
    } else {
      const header = await askHeader();
      file = o.out ?? files.resolve(`zelftest-${slug(header.municipality)}-${header.date}.yaml`);
      if (files.exists(file)) {
        const choice = await prompter.select(t.fileExists(file), [
          { value: "resume", name: t.existingResume },
          { value: "overwrite", name: t.existingOverwrite },
          { value: "stop", name: t.existingStop },
        ] as const);
        if (choice === "stop") return { status: "cancelled" };
        draft = choice === "resume" ? fromAnswerSet(files.load(file)) : header;
      } else draft = header;
    }
    if (practiceCount > 0 && (o.resume || draft.answers.size > 0)) draft.includePractice = await askScope(draft.includePractice);
    save(draft);
    prompter.print(o.style.dim(t.savedTo(file)) + "\n");

    if ((await askQuestions(draft)) === "stop") {
      prompter.print(`\n${t.stopped(file)}\n${t.resumeHint(file)}\n`);
      return { status: "stopped", file, answers: toAnswerSet(draft) };
    }
    await review(draft);
    const answers = toAnswerSet(draft);
    prompter.print(`\n${o.style.bold(t.resultTitle)}\n\n`);
    prompter.print(renderSummary(scoreAnswers(q, answers), q, o.lang, o.style, o.width));
    prompter.print(`\n${t.stopped(file)}\n${t.nextSteps(file)}\n`);
    if (o.makeReport) await offerReport(file, o.makeReport);
    return { status: "done", file, answers };
  } catch (err) {
    if (err instanceof InterruptedError) throw new InterruptedError(file);
    throw err;
  }

  async function offerReport(answerFile: string, make: ReportMaker): Promise<void> {
    const choice = await prompter.select(t.reportOffer, [
      { value: ["html"], name: t.reportHtml },
      { value: ["md"], name: t.reportMd },
      { value: ["html", "md"], name: t.reportBoth },
      { value: [], name: t.reportNone },
    ] as { value: ("md" | "html")[]; name: string }[]);
    const written: string[] = [];
    for (const format of choice) {
      const target = answerFile.replace(/\.(ya?ml|json)$/i, "") + `.${format}`;
      if (files.exists(target)) {
        const overwrite = await prompter.select(t.reportExists(target), [
          { value: true, name: t.existingOverwrite },
          { value: false, name: t.reportSkip },
        ]);
        if (!overwrite) continue;
      }
      files.save(target, make(answerFile, format));
      written.push(target);
    }
    for (const w of written) prompter.print(`${t.reportWritten(w)}\n`);
  }

  async function askHeader(): Promise<Draft> {
    const municipality = (
      await prompter.input(t.municipality, { validate: (v) => (v.trim() === "" || v.length > 200 ? t.municipalityRequired : true) })
    ).trim();
    const role = await prompter.select<Role>(t.role, ROLES.map((r) => ({ value: r, name: t.roleChoices[r] })));
    const name = (await prompter.input(t.name, { validate: (v) => (v.length > 200 ? t.municipalityRequired : true) })).trim();
    const date = (await prompter.input(t.date, { default: o.today, validate: (v) => (isCalendarDate(v.trim()) ? true : t.dateInvalid) })).trim();
    const includePractice = practiceCount > 0 ? await askScope(false) : false;
    return { municipality, role, ...(name ? { name } : {}), date, answers: new Map(), includePractice };
  }

  async function askScope(current: boolean): Promise<boolean> {
    return prompter.select(
      t.scope,
      [
        { value: false, name: t.scopeLegal(legalCount) },
        { value: true, name: t.scopeAll(q.items.length) },
      ],
      current,
    );
  }

  /** The items to ask, in order: the legal ones, good practice if chosen, conditions respected. */
  function sequence(d: Draft): Item[] {
    return q.items.filter((item) => {
      if (item.level === "aanbeveling" && !d.includePractice) return false;
      return isApplicable(item, d.answers);
    });
  }

  async function askQuestions(d: Draft): Promise<"done" | "stop"> {
    let seq = sequence(d);
    let i = Math.max(0, seq.findIndex((item) => !d.answers.has(item.id)));
    if (seq.every((item) => d.answers.has(item.id))) return "done";
    let shownTheme = "";
    while (i < seq.length) {
      const item = seq[i]!;
      if (item.theme !== shownTheme) {
        const themes = [...new Set(seq.map((x) => x.theme))];
        const theme = q.themes.find((th) => th.id === item.theme)!;
        prompter.print(`\n${o.style.bold(t.themeHeader(themes.indexOf(item.theme) + 1, themes.length, text(theme.title)))}\n${o.style.dim(wrap(text(theme.summary), o.width - 2, ""))}\n`);
        shownTheme = item.theme;
      }
      const step = await askItem(d, item, `${t.questionHeader(i + 1, seq.length)}`, { back: i > 0, stop: true });
      if (step === "stop") return "stop";
      if (step === "back") {
        i -= 1;
        shownTheme = "";
        continue;
      }
      seq = sequence(d);
      i = seq.indexOf(item) + 1;
    }
    return "done";
  }

  /** Asks one item until it is answered (or the user goes back or stops); saves after each change. */
  async function askItem(d: Draft, item: Item, position: string, allow: { back: boolean; stop: boolean }): Promise<Step> {
    const previous = d.answers.get(item.id);
    for (;;) {
      const help = item.help ? `\n${o.style.dim(wrap(text(item.help), o.width - 2, "  "))}` : "";
      prompter.print(`\n${o.style.dim(`${position} · ${item.id}`)}\n${o.style.bold(wrap(text(item.question), o.width - 2, ""))}${help}\n`);
      const choices: Choice<Step>[] = [
        ...ANSWER_VALUES.map((v) => ({ value: v as Step, name: ANSWER_LABEL[o.lang][v] })),
        { value: "more", name: t.more },
        ...(allow.back ? [{ value: "back" as Step, name: t.back }] : []),
        ...(allow.stop ? [{ value: "stop" as Step, name: t.stop }] : []),
      ];
      const step = await prompter.select(t.yourAnswer, choices, previous?.answer);
      if (step === "more") {
        prompter.print(explain(item));
        continue;
      }
      if (step === "back" || step === "stop") return step;
      d.answers.set(item.id, { ...previous, answer: step });
      save(d);
      const note = await askText(t.note, previous?.note, 20000);
      const evidence = await askText(t.evidence, previous?.evidence, 5000);
      d.answers.set(item.id, { answer: step, ...(note ? { note } : {}), ...(evidence ? { evidence } : {}) });
      save(d);
      return step;
    }
  }

  async function askText(message: string, current: string | undefined, max: number): Promise<string | undefined> {
    const tooLong = o.lang === "nl" ? `Hoogstens ${max} tekens.` : `At most ${max} characters.`;
    const value = await prompter.input(current ? `${message} ${o.style.dim(`(${t.keepOrClear})`)}` : message, {
      ...(current ? { default: current } : {}),
      validate: (v) => (v.length > max ? tooLong : true),
    });
    const trimmed = value.trim();
    return trimmed === "-" || trimmed === "" ? undefined : trimmed;
  }

  function explain(item: Item): string {
    const lines = [`\n${o.style.bold(t.why)}`, wrap(text(item.why), o.width - 2, "  ")];
    lines.push(`${o.style.bold(t.basis)}`);
    for (const b of item.basis) lines.push(wrap(citeBasis(b, q.sources), o.width - 2, "  "));
    lines.push(`${o.style.bold(t.evidenceHint)}`, wrap(text(item.evidence), o.width - 2, "  "));
    for (const ex of item.examples) {
      lines.push(`${o.style.bold(`${t.example}: ${ex.municipality}`)}`, wrap(text(ex.text), o.width - 2, "  "));
    }
    return lines.join("\n") + "\n";
  }

  async function review(d: Draft): Promise<void> {
    for (;;) {
      const seq = sequence(d);
      const themes = q.themes.filter((th) => seq.some((i) => i.theme === th.id));
      const lines = [`\n${o.style.bold(t.reviewTitle)}`];
      for (const th of themes) {
        lines.push(`\n${o.style.bold(text(th.title))}`);
        for (const item of seq.filter((i) => i.theme === th.id)) lines.push(reviewLine(d, item));
      }
      prompter.print(lines.join("\n") + "\n");
      const choice = await prompter.select<string>(t.reviewWhat, [
        { value: "", name: t.reviewDone },
        ...themes.map((th) => ({ value: th.id, name: t.reviewChange(text(th.title)) })),
      ]);
      if (choice === "") return;
      const items = seq.filter((i) => i.theme === choice);
      const picked = await prompter.select<string>(t.reviewPickItem, [
        ...items.map((i) => ({ value: i.id, name: reviewLine(d, i).trim() })),
        { value: "", name: t.reviewBack },
      ]);
      const item = items.find((i) => i.id === picked);
      if (item) await askItem(d, item, text(q.themes.find((th) => th.id === item.theme)!.title), { back: false, stop: false });
    }
  }

  function reviewLine(d: Draft, item: Item): string {
    const answer = d.answers.get(item.id)?.answer;
    const mark = answer ? STATUS_MARK[statusOfAnswer(answer)] : "?";
    const label = ANSWER_LABEL[o.lang][answer ?? "none"];
    const question = text(item.question);
    const short = question.length > o.width - 22 ? `${question.slice(0, o.width - 23)}…` : question;
    return `  ${mark} ${label.padEnd(15)} ${short}`;
  }
}
