// What the form knows while it is open: the draft being filled in, the flow of questions for its
// scope, where the person is, the scope of the blank paper questionnaire, the changes since the
// last download, and the revision of the browser's copy (to notice another tab). No DOM and no
// storage: the page shows and stores it (app.ts), so this can be tested in Node.
import type { Answer, AnswerSet } from "../model/answers.js";
import { GROUP_TEXT } from "../messages/group.js";
import { changeGroupAnswer } from "../score/merge-answers.js";
import type { MemberLabel } from "../score/merge-answers.js";
import { ANSWER_LIMITS, textLength } from "../model/answer-limits.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { createFlow } from "../flow/question-flow.js";
import type { Flow, Scope } from "../flow/question-flow.js";
import { draftFromSaved, groupOf, toAnswerSet, toSaved } from "./draft.js";
import type { Draft, PendingText, Position, Saved } from "./draft.js";

/** A text longer than an answer file allows (`id` undefined: the respondent's name or the municipality). */
export interface OverLimit {
  readonly field: "municipality" | "name" | "note" | "evidence";
  readonly id?: string;
  readonly length: number;
  readonly limit: number;
}

export class FormState {
  draft: Draft;
  flow: Flow;
  at: Position = { step: "welcome" };
  /** The scope of the blank paper questionnaire: the person's choice, or what they asked to print. */
  paperScope: Scope;
  /** The revision of the browser's copy this state was last written to or read from. */
  revision: number;
  /**
   * Changes since the last download, counted once per question (choosing with the arrow keys or
   * adding a note to the same answer is one change): questions changed since (kept over a reload),
   * plus a count from an older page that kept only a number.
   */
  private changesBefore: number;
  private readonly changedIds: Set<string>;
  /** Questions changed since the last write to storage: this tab's own, when another tab wrote too. */
  private readonly unwritten = new Set<string>();
  /** How a group member without a name is called ("Lid 2"), in the page's language (app.ts sets it). */
  memberLabel: MemberLabel = GROUP_TEXT.nl.member;

  constructor(
    readonly q: Questionnaire,
    draft: Draft,
    saved?: Pick<Saved, "changesSinceDownload" | "changedIds" | "revision">,
  ) {
    this.draft = draft;
    this.flow = createFlow(q, draft.scope);
    this.paperScope = draft.scope;
    this.changedIds = new Set(saved?.changedIds ?? []);
    this.changesBefore = saved?.changedIds ? 0 : (saved?.changesSinceDownload ?? 0);
    this.revision = saved?.revision ?? 0;
  }

  /** Never more than the questions there are. */
  changeCount(): number {
    return Math.min(this.changesBefore + this.changedIds.size, this.q.items.length);
  }

  markChanged(id: string): void {
    this.changedIds.add(id);
    this.unwritten.add(id);
  }

  /** After a download or save: nothing is new since. */
  resetChanges(): void {
    this.changesBefore = 0;
    this.changedIds.clear();
  }

  /**
   * Chooses (or removes) an answer; a note or source typed before it goes with it. In a group
   * answer (an opened group file) the members' votes stay and `dissent` follows the new answer
   * (changeGroupAnswer): what the members wrote is never dropped.
   */
  setAnswer(id: string, answer: Answer | undefined): void {
    if (answer) {
      const typed = this.draft.pending.get(id);
      this.draft.pending.delete(id);
      const before = this.draft.answers.get(id);
      const group = groupOf(this.draft);
      if (group && before && (before.votes !== undefined || before.dissent !== undefined)) {
        const kept = {
          ...(before.votes !== undefined ? { votes: before.votes } : {}),
          ...(before.dissent !== undefined ? { dissent: before.dissent } : {}),
        };
        const prev: Answer = { ...kept, ...typed, ...answer, answer: before.answer };
        this.draft.answers.set(id, changeGroupAnswer(prev, answer.answer, group.members, this.memberLabel));
      } else this.draft.answers.set(id, { ...typed, ...answer });
    } else this.draft.answers.delete(id);
    this.markChanged(id);
  }

  /** A note or source as typed; empty text removes it. Without an answer yet it waits for one. */
  setText(id: string, key: "note" | "evidence", typed: string): void {
    const value = typed.trim() === "" ? undefined : typed;
    const current: Answer | PendingText | undefined = this.draft.answers.get(id) ?? this.draft.pending.get(id);
    const { [key]: _old, ...rest }: PendingText & { answer?: Answer["answer"] } = current ?? {};
    const next: PendingText & { answer?: Answer["answer"] } = value === undefined ? rest : { ...rest, [key]: value };
    if (this.draft.answers.has(id)) this.draft.answers.set(id, next as Answer);
    else if (next.note === undefined && next.evidence === undefined) this.draft.pending.delete(id);
    else this.draft.pending.set(id, next);
    this.unwritten.add(id);
  }

  /** The text typed for a question: with its answer, or waiting for one. */
  textOf(id: string): PendingText | undefined {
    return this.draft.answers.get(id) ?? this.draft.pending.get(id);
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

  /** Texts longer than an answer file allows (`zelftest validate` would refuse the file): none, normally. */
  overLimit(): OverLimit[] {
    const over: OverLimit[] = [];
    const check = (field: OverLimit["field"], text: string | undefined, id?: string) => {
      const length = text === undefined ? 0 : textLength(text);
      if (length > ANSWER_LIMITS[field])
        over.push({ field, length, limit: ANSWER_LIMITS[field], ...(id ? { id } : {}) });
    };
    check("municipality", this.draft.municipality.trim());
    check("name", this.draft.name.trim());
    for (const fi of this.flow.items) {
      const a = this.draft.answers.get(fi.item.id);
      check("note", a?.note, fi.item.id);
      check("evidence", a?.evidence, fi.item.id);
    }
    return over;
  }

  /** Where to go once the details are known: the first open question, else the overview. */
  continueAt(): Position {
    const next = this.flow.firstUnanswered(this.draft.answers);
    return next ? { step: "question", id: next.item.id } : { step: "overview" };
  }

  /** What to store; the revision goes up by one over `stored` (the highest this tab has seen). */
  toSaved(now: Date, stored = this.revision): Saved {
    this.revision = Math.max(stored, this.revision) + 1;
    this.unwritten.clear();
    return toSaved(this.draft, this.at, { count: this.changeCount(), ids: this.changedIds }, now, this.revision);
  }

  /**
   * Another tab (or window) of the same form wrote the browser's copy: take its answers and
   * details, but keep what this tab changed and has not written yet. Where both wrote a different
   * note or source for the same question, both texts are kept, this tab's first. Returns whether
   * anything here changed.
   */
  takeFromOtherTab(theirs: Saved): boolean {
    if ((theirs.revision ?? 0) <= this.revision) return false;
    this.revision = theirs.revision ?? 0;
    const other = draftFromSaved(theirs);
    const mine = this.draft;
    const answers = new Map(other.answers);
    const pending = new Map(other.pending);
    for (const id of this.unwritten) {
      const own = mine.answers.get(id);
      const ownPending = mine.pending.get(id);
      const their = other.answers.get(id) ?? other.pending.get(id);
      if (own) {
        answers.set(id, { ...own, ...bothTexts(own, their) });
        pending.delete(id);
      } else if (ownPending) {
        pending.set(id, { ...ownPending, ...bothTexts(ownPending, their) });
      } else {
        answers.delete(id);
        pending.delete(id);
      }
    }
    const changed =
      JSON.stringify([...answers, ...pending, other.municipality, other.role, other.name, other.dateText]) !==
      JSON.stringify([...mine.answers, ...mine.pending, mine.municipality, mine.role, mine.name, mine.dateText]);
    this.draft = { ...other, answers, pending, scope: mine.scope === "all" || other.scope === "all" ? "all" : "legal" };
    this.flow = createFlow(this.q, this.draft.scope);
    for (const id of theirs.changedIds ?? []) this.changedIds.add(id);
    return changed;
  }
}

/** This tab's note and source, with the other tab's after them where they differ (nobody's words are lost). */
function bothTexts(mine: PendingText, theirs: PendingText | undefined): PendingText {
  const join = (a: string | undefined, b: string | undefined) =>
    a === undefined ? b : b === undefined || a.includes(b) ? a : `${a}\n\n${b}`;
  const note = join(mine.note, theirs?.note);
  const evidence = join(mine.evidence, theirs?.evidence);
  return { ...(note !== undefined ? { note } : {}), ...(evidence !== undefined ? { evidence } : {}) };
}
