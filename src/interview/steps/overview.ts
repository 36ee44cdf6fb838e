// Step: the overview, one screen per theme: first the themes with how far each is answered, then
// the questions of the chosen theme, where any answer can be changed. Questions that a changed
// answer opens are asked before the result; with the legal questions only, good practice can
// still be added here.
import type { FlowItem } from "../../flow/question-flow.js";
import { statusOfAnswer } from "../../model/item-outcome.js";
import { ANSWER_VALUES } from "../../model/vocabulary.js";
import type { AnswerValue } from "../../model/vocabulary.js";
import { formatList } from "../../messages/intl.js";
import { ANSWER_LABEL } from "../../messages/ui.js";
import { STATUS_MARK } from "../../report/render-summary.js";
import type { Draft, InterviewContext } from "../context.js";
import type { Session } from "../session.js";
import { askItem, askQuestions } from "./question.js";

export async function review(c: InterviewContext, s: Session, d: Draft): Promise<"done" | "stop"> {
  const { prompter, t, o, sizes } = c;
  for (;;) {
    if (c.flowOf(d).firstUnanswered(d.answers)) {
      if ((await askQuestions(c, s, d)) === "stop") return "stop";
      continue;
    }
    const overview = c.flowOf(d).overview(d.answers);
    prompter.print(`\n${o.style.bold(t.reviewTitle)}\n`);
    const choice = await prompter.select<string>(t.reviewWhat, [
      { value: "", name: t.reviewDone },
      ...overview.map((th) => ({
        value: th.theme.id,
        name: t.reviewTheme(th.themeNumber, c.text(th.theme.title), marks(c, th.items)),
        short: c.text(th.theme.title),
      })),
      ...(d.scope === "legal" && c.hasPractice
        ? [{ value: "+practice", name: t.addPractice(sizes.all - sizes.legal), separated: true }]
        : []),
    ]);
    if (choice === "") return "done";
    if (choice === "+practice") d.scope = "all";
    else await reviewTheme(c, s, d, choice);
  }
}

async function reviewTheme(c: InterviewContext, s: Session, d: Draft, themeId: string): Promise<void> {
  const { prompter, t, o } = c;
  for (;;) {
    const th = c
      .flowOf(d)
      .overview(d.answers)
      .find((x) => x.theme.id === themeId)!;
    const shown = th.items.filter((x) => x.state !== "closed" && x.state !== "waiting");
    prompter.print(
      `\n${o.style.bold(t.themeHeader(th.themeNumber, c.flowOf(d).themes.length, c.text(th.theme.title)))}\n`,
    );
    const skipped = th.items.length - shown.length;
    if (skipped > 0) prompter.print(`${o.style.dim(t.reviewSkipped(skipped))}\n`);
    const picked = await prompter.select<string>(t.reviewPickItem, [
      { value: "", name: t.reviewBack },
      ...shown.map((x) => ({
        value: x.item.id,
        name: reviewLine(c, d, x),
        short: t.questionHeader(x.number, c.flowOf(d).total),
      })),
    ]);
    const fi = shown.find((x) => x.item.id === picked);
    if (!fi) return;
    await askItem(c, s, d, fi, { back: false, stop: false });
  }
}

/** "1 ja, 1 deels" for a theme line of the overview, in answer order; open questions last. */
function marks(c: InterviewContext, items: readonly { state: string; answer?: AnswerValue }[]): string {
  const { t, o } = c;
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

function reviewLine(c: InterviewContext, d: Draft, fi: FlowItem): string {
  const { o } = c;
  const answer = d.answers.get(fi.item.id)?.answer;
  const mark = answer ? STATUS_MARK[statusOfAnswer(answer)] : "·";
  const label = ANSWER_LABEL[o.lang][answer ?? "none"];
  const head = `${mark} ${label.padEnd(15)} ${String(fi.number).padStart(2)}. `;
  const question = c.text(fi.item.question) + (o.verbose ? ` (${fi.item.id})` : "");
  const room = Math.max(20, o.width - head.length - 6);
  return head + (question.length > room ? `${question.slice(0, room - 1)}…` : question);
}
