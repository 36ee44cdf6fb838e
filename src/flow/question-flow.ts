// The question flow that the terminal interview and the offline form share, so that they cannot
// drift: which questions are in scope, in what order, which apply given the answers so far, how
// they are numbered, how progress is counted, where "next", "previous" and "continue" go, and the
// overview per theme. Pure: no I/O and no Node imports (the form bundles it into a browser page).
//
// Decisions, the same for both front-ends:
// - Scope: "legal" asks only the items at level `wettelijk`; "all" asks every item (the legal
//   requirements together with good practice). Always in questionnaire order: themes in order,
//   items in order within a theme.
// - Applicability: an item with a condition (`when`) applies only while the earlier item it names
//   has one of the listed answers. The rule itself lives in model/ (`isApplicable`), where scoring
//   reads it too.
// - Numbers: every item in scope has a fixed number, 1 to `total`, conditional items included.
//   Answering never changes a number or the total: when a condition opens a question it was
//   already counted, and when a condition closes one its number is skipped (as on paper: "ga door
//   naar vraag 21"). So "Vraag 17 van 56" is the same question in the interview, in the form and on
//   the printed blank form.
// - Progress: `done` = answered + closed (conditional questions whose condition is settled and not
//   met). A question whose condition still waits for an answer is neither done nor skipped, so
//   `done` never goes down when a condition opens; it only moves as answers are given.
// - Scope of a file that is continued (`scopeOf`): "all" when any good-practice item is answered,
//   else "legal". The answer file has no field for the scope (docs/answer-file.md), so the file itself is the
//   state. Someone who chose "all" and stopped before the first good-practice question continues
//   with the legal questions; front-ends offer good practice again once those are done.
//
// Use:
//   const flow = createFlow(questionnaire, "all");
//   const q = flow.firstUnanswered(answers);          // where to continue, or undefined when done
//   `Vraag ${q.number} van ${flow.total}`
//   flow.next(q.item.id, answers)                     // after answering; undefined at the end
//   flow.progress(answers).done / flow.total          // for a progress bar
//   flow.overview(answers)                            // per theme, for the overview page
import type { Item, Questionnaire, Theme } from "../model/questionnaire.js";
import { isApplicable } from "../model/item-outcome.js";
import type { AnswersById } from "../model/item-outcome.js";
import type { AnswerValue } from "../model/vocabulary.js";

export const SCOPES = ["legal", "all"] as const;
/** "legal": the legal requirements only; "all": together with good practice. */
export type Scope = (typeof SCOPES)[number];

export type { AnswersById };

/** One question in scope, with its fixed place. */
export interface FlowItem {
  readonly item: Item;
  /** 1 … flow.total, fixed for the scope. */
  readonly number: number;
  readonly theme: Theme;
  /** 1 … flow.themes.length: the theme's place among the themes in scope. */
  readonly themeNumber: number;
}

/**
 * Where a question stands given the answers so far: `answered`; `open` (applies, no answer yet);
 * `closed` (its condition is settled and not met: skipped); `waiting` (its condition depends on a
 * question not answered yet).
 */
export type QuestionState = "answered" | "open" | "closed" | "waiting";

export interface Progress {
  /** Questions in scope, conditional ones included (= flow.total). */
  readonly total: number;
  /** Questions that apply and have an answer. */
  readonly answered: number;
  /** Conditional questions that are skipped because their condition is settled and not met. */
  readonly closed: number;
  /** answered + closed: what a progress bar shows out of `total`. */
  readonly done: number;
  /** Every question that applies has an answer (nothing open or waiting). */
  readonly complete: boolean;
}

export interface OverviewItem extends FlowItem {
  readonly state: QuestionState;
  /** The answer given, also for a closed question that was answered before its condition closed. */
  readonly answer?: AnswerValue;
}

export interface ThemeOverview {
  readonly theme: Theme;
  readonly themeNumber: number;
  /** Every question of the theme in scope, closed ones included (front-ends may hide them). */
  readonly items: readonly OverviewItem[];
  /** Answered / applicable questions of this theme (closed and waiting ones left out). */
  readonly answered: number;
  readonly applicable: number;
}

export interface Flow {
  readonly questionnaire: Questionnaire;
  readonly scope: Scope;
  /** Every question in scope, numbered, in order. */
  readonly items: readonly FlowItem[];
  /** The themes that have questions in scope, in order. */
  readonly themes: readonly Theme[];
  /** Number of questions in scope: the "van N" in "Vraag 3 van N". */
  readonly total: number;
  /** The question with this id, when it is in scope. */
  find(id: string): FlowItem | undefined;
  state(id: string, answers: AnswersById): QuestionState | undefined;
  /** The questions that apply now, in order. */
  questions(answers: AnswersById): FlowItem[];
  /** The first question that applies and has no answer; undefined when everything is answered. */
  firstUnanswered(answers: AnswersById): FlowItem | undefined;
  /** The next question after `id` that applies (answered or not); undefined after the last. */
  next(id: string, answers: AnswersById): FlowItem | undefined;
  /** The question before `id` that applies; undefined at the first. */
  previous(id: string, answers: AnswersById): FlowItem | undefined;
  progress(answers: AnswersById): Progress;
  overview(answers: AnswersById): ThemeOverview[];
}

function inScope(item: Item, scope: Scope): boolean {
  return scope === "all" || item.level === "wettelijk";
}

/** How many questions each scope asks (conditional ones included), for the choice of scope. */
export function scopeSizes(q: Questionnaire): Readonly<Record<Scope, number>> {
  return { legal: q.items.filter((i) => inScope(i, "legal")).length, all: q.items.length };
}

/** The scope of answers being continued: "all" as soon as any good-practice item is answered. */
export function scopeOf(q: Questionnaire, answers: AnswersById): Scope {
  return q.items.some((i) => !inScope(i, "legal") && answers.has(i.id)) ? "all" : "legal";
}

export function createFlow(questionnaire: Questionnaire, scope: Scope): Flow {
  const themes = questionnaire.themes.filter((th) => th.items.some((i) => inScope(i, scope)));
  const items: FlowItem[] = [];
  themes.forEach((theme, t) => {
    for (const item of theme.items) {
      if (inScope(item, scope)) items.push({ item, number: items.length + 1, theme, themeNumber: t + 1 });
    }
  });
  const byId = new Map(items.map((fi) => [fi.item.id, fi]));
  const allById = new Map(questionnaire.items.map((i) => [i.id, i]));

  /** Settled: the question's outcome can no longer change without changing an earlier answer. */
  function state(item: Item, answers: AnswersById): QuestionState {
    if (isApplicable(item, answers)) return answers.has(item.id) ? "answered" : "open";
    const gate = item.when ? allById.get(item.when.item) : undefined;
    if (!gate) return "closed";
    const gateState = state(gate, answers);
    return gateState === "answered" || gateState === "closed" ? "closed" : "waiting";
  }
  const applies = (fi: FlowItem, answers: AnswersById) => isApplicable(fi.item, answers);

  function progress(answers: AnswersById): Progress {
    let answered = 0;
    let closed = 0;
    let pending = 0;
    for (const fi of items) {
      const s = state(fi.item, answers);
      if (s === "answered") answered += 1;
      else if (s === "closed") closed += 1;
      else pending += 1;
    }
    return { total: items.length, answered, closed, done: answered + closed, complete: pending === 0 };
  }

  return {
    questionnaire,
    scope,
    items,
    themes,
    total: items.length,
    find: (id) => byId.get(id),
    state: (id, answers) => {
      const fi = byId.get(id);
      return fi ? state(fi.item, answers) : undefined;
    },
    questions: (answers) => items.filter((fi) => applies(fi, answers)),
    firstUnanswered: (answers) => items.find((fi) => applies(fi, answers) && !answers.has(fi.item.id)),
    next(id, answers) {
      const at = byId.get(id)?.number ?? 0;
      return items.slice(at).find((fi) => applies(fi, answers));
    },
    previous(id, answers) {
      const at = byId.get(id)?.number ?? 1;
      return items
        .slice(0, at - 1)
        .reverse()
        .find((fi) => applies(fi, answers));
    },
    progress,
    overview(answers) {
      return themes.map((theme, t) => {
        const list: OverviewItem[] = items
          .filter((fi) => fi.theme === theme)
          .map((fi) => {
            const given = answers.get(fi.item.id)?.answer;
            return { ...fi, state: state(fi.item, answers), ...(given ? { answer: given } : {}) };
          });
        return {
          theme,
          themeNumber: t + 1,
          items: list,
          answered: list.filter((x) => x.state === "answered").length,
          applicable: list.filter((x) => x.state === "answered" || x.state === "open").length,
        };
      });
    },
  };
}
