// Step: the questions, theme by theme, from the first open one to the end of the flow. Each
// question offers the four answers, one optional step for a note and a source, "more
// explanation", "back" and "save and stop"; every confirmed step is saved at once. In a group
// answer (a file from `zelftest samenvoegen`) each question also shows the members' votes and who
// answered differently, and a changed answer keeps what the members said (changeGroupAnswer).
import type { FlowItem } from "../../flow/question-flow.js";
import { InterruptedError } from "../../errors.js";
import type { Answer } from "../../model/answers.js";
import { ANSWER_LIMITS, textLength } from "../../model/answer-limits.js";
import { glossaryTermsIn } from "../../model/glossary.js";
import type { Item, Theme } from "../../model/questionnaire.js";
import { ANSWER_VALUES } from "../../model/vocabulary.js";
import type { AnswerValue } from "../../model/vocabulary.js";
import { GROUP_TEXT } from "../../messages/group.js";
import { legalCitation } from "../../messages/legal.js";
import { ANSWER_LABEL } from "../../messages/ui.js";
import { escapeTerminal as safe } from "../../report/escape.js";
import { dissentLines, votesLine } from "../../report/group-lines.js";
import { changeGroupAnswer } from "../../score/merge-answers.js";
import { wrap } from "../../report/render-summary.js";
import type { Draft, InterviewContext } from "../context.js";
import { explain } from "../explain.js";
import type { Choice } from "../prompter.js";
import type { Session } from "../session.js";

type Step = AnswerValue | "details" | "more" | "back" | "stop";

/** Asks from the first open question to the end of the flow (or until the person stops). */
export async function askQuestions(c: InterviewContext, s: Session, d: Draft): Promise<"done" | "stop"> {
  const { prompter, t, o } = c;
  let at = c.flowOf(d).firstUnanswered(d.answers);
  let shownTheme: Theme | undefined;
  while (at) {
    const flow = c.flowOf(d);
    if (at.theme !== shownTheme) {
      prompter.print(
        `\n${o.style.bold(t.themeHeader(at.themeNumber, flow.themes.length, c.text(at.theme.title)))}\n${o.style.dim(wrap(c.text(at.theme.summary), o.width - 2, ""))}\n`,
      );
      shownTheme = at.theme;
    }
    const previous = flow.previous(at.item.id, d.answers);
    const step = await askItem(c, s, d, at, { back: previous !== undefined, stop: true });
    if (step === "stop") return "stop";
    at = step === "back" ? previous : flow.next(at.item.id, d.answers);
  }
  return "done";
}

/** The line above a question: its number, legal requirement or good practice, and (verbose) its id. */
function position(c: InterviewContext, d: Draft, fi: FlowItem): string {
  const { t, o } = c;
  const level =
    fi.item.level === "wettelijk"
      ? t.levelLegal(fi.item.legal ? safe(legalCitation([fi.item.legal], o.lang)) : undefined)
      : t.levelPractice;
  const parts = [t.questionHeader(fi.number, c.flowOf(d).total), level];
  if (fi.item.when) {
    const gate = c.flowOf(d).find(fi.item.when.item);
    if (gate) parts.push(t.followUp(gate.number));
  }
  if (o.verbose) parts.push(fi.item.id);
  return parts.join(" · ");
}

/** The glossary terms used in the question and its help text. */
function termsOf(c: InterviewContext, item: Item) {
  return glossaryTermsIn(
    [c.text(item.question), ...(item.help ? [c.text(item.help)] : [])],
    c.q.glossary,
    c.o.lang,
    c.fallback,
  );
}

/** Asks one question until it is answered (or the person goes back or stops); saves after every confirmed step. */
export async function askItem(
  c: InterviewContext,
  s: Session,
  d: Draft,
  fi: FlowItem,
  allow: { back: boolean; stop: boolean },
): Promise<Step> {
  const { prompter, t, o } = c;
  const item = fi.item;
  for (;;) {
    const current = d.answers.get(item.id);
    const help = item.help ? `\n${o.style.dim(wrap(c.text(item.help), o.width - 2, "  "))}` : "";
    const given = [
      ...(current?.note ? [`${t.noteLabel}: ${safe(current.note)}`] : []),
      ...(current?.evidence ? [`${t.evidenceLabel}: ${safe(current.evidence)}`] : []),
      ...groupSaid(c, d, current),
    ].map((line) => `\n${o.style.dim(wrap(line, o.width - 2, "  "))}`);
    // Point to the explanation of a difficult word the first time it comes up, not at every question.
    const terms = termsOf(c, item)
      .filter((e) => !c.hinted.has(e))
      .map((e) => {
        c.hinted.add(e);
        return c.text(e.term);
      });
    const glossary = terms.length > 0 ? `\n${o.style.dim(wrap(t.termsExplained(terms), o.width - 2, "  "))}` : "";
    prompter.print(
      `\n${o.style.dim(position(c, d, fi))}\n${o.style.bold(wrap(c.text(item.question), o.width - 2, ""))}${help}${glossary}${given.join("")}\n`,
    );
    const choices: Choice<Step>[] = [
      ...answerChoices(c, item),
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
      prompter.print(explain(c, item));
      continue;
    }
    if (step === "back" || step === "stop") return step;
    const what = t.questionHeader(fi.number, c.flowOf(d).total);
    if (step === "details") return askNoteAndSource(c, s, d, item, what);
    d.answers.set(item.id, answered(c, d, current, step));
    await s.save(d, what);
    return step;
  }
}

/** In a group answer: the members' votes and who answered differently, in their own words (shown safely). */
function groupSaid(c: InterviewContext, d: Draft, current: Answer | undefined): string[] {
  if (d.carried?.group === undefined || current === undefined) return [];
  const g = GROUP_TEXT[c.o.lang];
  const votes = votesLine(current.votes, c.o.lang);
  const said = dissentLines(current.dissent, c.o.lang, c.t.evidenceLabel, current.answer);
  return [
    ...(votes ? [`${g.votesLabel}: ${votes}`] : []),
    ...said.differ.map((line) => `${g.dissentLabel}: ${safe(line)}`),
    ...said.apart.map((line) => `${g.ownWordsLabel}: ${safe(line)}`),
  ];
}

/**
 * The item with its new answer. In a group answer the members' votes stay and `dissent` follows
 * the new answer, as in the form (changeGroupAnswer): a member who gave it now agrees, those who
 * gave the old one now differ; nothing the members wrote is dropped.
 */
function answered(c: InterviewContext, d: Draft, current: Answer | undefined, step: AnswerValue): Answer {
  const group = d.carried?.group;
  if (group === undefined || current === undefined || (current.votes === undefined && current.dissent === undefined))
    return { ...current, answer: step };
  return changeGroupAnswer(current, step, group.members, GROUP_TEXT[c.o.lang].member);
}

/** The four answers; where the item says what an answer means for it, that is the choice's description. */
function answerChoices(c: InterviewContext, item?: Item): Choice<AnswerValue>[] {
  return ANSWER_VALUES.map((v) => {
    const meaning = item?.answerMeaning?.[v];
    return { value: v, name: ANSWER_LABEL[c.o.lang][v], ...(meaning ? { description: c.text(meaning) } : {}) };
  });
}

/**
 * The one optional step for a note and a source: the answer first when there is none yet (a
 * note cannot be kept without one), then the note, then the source, each saved once confirmed.
 */
async function askNoteAndSource(
  c: InterviewContext,
  s: Session,
  d: Draft,
  item: Item,
  what: string,
): Promise<AnswerValue> {
  const { prompter, t } = c;
  const answer = d.answers.get(item.id)?.answer ?? (await prompter.select(t.yourAnswer, answerChoices(c, item)));
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
    await s.save(d, what);
  };
  // Ctrl-C while a note or source is being typed keeps what was typed (within its limit), as Enter
  // would take it; nothing typed, or "-", changes nothing.
  const ask = async (field: "note" | "evidence", message: string, max: number) => {
    const current = d.answers.get(item.id)?.[field];
    try {
      return await askText(c, message, current, max);
    } catch (err) {
      const typed = err instanceof InterruptedError ? err.extra.typed : undefined;
      const kept = typed === undefined ? undefined : entered(typed, current);
      if (kept !== undefined && kept !== current && textLength(kept) <= max) await update({ [field]: kept });
      throw err;
    }
  };
  await update({});
  await update({ note: await ask("note", t.note, ANSWER_LIMITS.note) });
  await update({ evidence: await ask("evidence", t.evidence, ANSWER_LIMITS.evidence) });
  return answer;
}

async function askText(
  c: InterviewContext,
  message: string,
  current: string | undefined,
  max: number,
): Promise<string | undefined> {
  const { prompter, t, o } = c;
  // The earlier text is offered as the default, shown safely; taking it unchanged keeps the original.
  const shown = shownText(current);
  const value = await prompter.input(current ? `${message} ${o.style.dim(`(${t.keepOrClear})`)}` : message, {
    ...(shown ? { default: shown } : {}),
    // Counted as the schema counts (code points of the trimmed text); the earlier text as shown is always taken back.
    validate: (v) => (v !== shown && textLength(v.trim()) > max ? t.tooLong(max) : true),
  });
  return entered(value, current);
}

/** An earlier text as the input offers it (safe for the terminal). */
const shownText = (current: string | undefined) => (current === undefined ? undefined : safe(current));

/** What a typed text means: the earlier text when it was taken back as shown, nothing for "" or "-". */
function entered(value: string, current: string | undefined): string | undefined {
  if (current !== undefined && value === shownText(current)) return current;
  const trimmed = value.trim();
  return trimmed === "-" || trimmed === "" ? undefined : trimmed;
}
