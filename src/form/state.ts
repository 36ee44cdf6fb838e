// What the form knows while it is open: the draft being filled in, the flow of questions for its
// scope, where the person is, the scope of the blank paper questionnaire, and the changes since the
// last download. No DOM and no storage: the page shows and stores it (app.ts), so this can be
// tested in Node.
import type { Answer, AnswerSet } from "../model/answers.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { createFlow } from "../flow/question-flow.js";
import type { Flow, Scope } from "../flow/question-flow.js";
import { toAnswerSet, toSaved } from "./draft.js";
import type { Draft, Position, Saved } from "./draft.js";

export class FormState {
  draft: Draft;
  flow: Flow;
  at: Position = { step: "welcome" };
  /** The scope of the blank paper questionnaire: the person's choice, or what they asked to print. */
  paperScope: Scope;
  /**
   * Changes since the last download, counted once per question (choosing with the arrow keys or
   * adding a note to the same answer is one change): the count stored before a reload, plus the
   * questions changed since.
   */
  private changesBefore: number;
  private readonly changedIds = new Set<string>();

  constructor(
    readonly q: Questionnaire,
    draft: Draft,
    changesBefore = 0,
  ) {
    this.draft = draft;
    this.flow = createFlow(q, draft.scope);
    this.paperScope = draft.scope;
    this.changesBefore = changesBefore;
  }

  changeCount(): number {
    return this.changesBefore + this.changedIds.size;
  }

  markChanged(id: string): void {
    this.changedIds.add(id);
  }

  /** After a download or save: nothing is new since. */
  resetChanges(): void {
    this.changesBefore = 0;
    this.changedIds.clear();
  }

  setAnswer(id: string, answer: Answer | undefined): void {
    if (answer) this.draft.answers.set(id, answer);
    else this.draft.answers.delete(id);
    this.changedIds.add(id);
  }

  /** A note or source typed for a question that has an answer; empty text removes it. */
  setText(id: string, key: "note" | "evidence", typed: string): void {
    const current = this.draft.answers.get(id);
    if (!current) return;
    const value = typed.trim() === "" ? undefined : typed;
    const { [key]: _old, ...rest } = current;
    this.draft.answers.set(id, value === undefined ? (rest as Answer) : { ...rest, [key]: value });
  }

  /** Another scope: the flow follows, and the paper questionnaire too. False when nothing changed. */
  setScope(scope: Scope): boolean {
    if (scope === this.draft.scope) return false;
    this.draft.scope = scope;
    this.flow = createFlow(this.q, scope);
    this.paperScope = scope;
    return true;
  }

  /** A new draft (an opened answer file, or starting over): nothing is changed since. */
  replace(draft: Draft): void {
    this.draft = draft;
    this.flow = createFlow(this.q, draft.scope);
    this.paperScope = draft.scope;
    this.resetChanges();
  }

  /** The answer set to download; undefined while municipality, role or date are missing or wrong. */
  answerSet(): AnswerSet | undefined {
    return toAnswerSet(this.draft, this.q);
  }

  /** Where to go once the details are known: the first open question, else the overview. */
  continueAt(): Position {
    const next = this.flow.firstUnanswered(this.draft.answers);
    return next ? { step: "question", id: next.item.id } : { step: "overview" };
  }

  toSaved(now: Date): Saved {
    return toSaved(this.draft, this.at, this.changeCount(), now);
  }
}
