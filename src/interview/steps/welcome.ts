// Step: the welcome, and where the answers go. A new interview asks who and what (details.ts) and
// names the file after them; `--resume` continues a file, and for an unfinished file (stopped
// before the details were all given, load/unfinished-header.ts) asks the details first. An existing file is never overwritten
// without asking, and a file edited by hand is not rewritten without saying what would be lost.
import { answerFileFormat, answerFileName } from "../../load/write-answers.js";
import { escapeTerminal as safe } from "../../report/escape.js";
import { wrap } from "../../report/render-summary.js";
import { continuedInPlace } from "../unfinished.js";
import type { DetailsSoFar, Draft, InterviewContext } from "../context.js";
import { handEdits } from "../hand-edits.js";
import { freeNameBeside } from "../session.js";
import type { Session } from "../session.js";
import { askDetails } from "./details.js";

export function printWelcome(c: InterviewContext): void {
  const { prompter, t, o, sizes } = c;
  prompter.print(
    `\n${o.style.bold(t.welcomeTitle)}\n\n${t.welcome(sizes.legal, sizes.all - sizes.legal, c.vngRows)}\n`,
  );
}

/**
 * The draft to go on with and, in the session, the file it goes to; undefined when the person
 * stops rather than overwrite or rewrite a file.
 */
export async function chooseFile(
  c: InterviewContext,
  s: Session,
  given: DetailsSoFar = {},
  /** The unfinished file being continued (`--resume`), as read at the start. */
  unfinishedText?: string,
): Promise<Draft | undefined> {
  const { prompter, files, t, o } = c;
  let draft: Draft;
  if (o.resume && o.unfinished === undefined) {
    const target = o.out ?? o.resume;
    if (target !== o.resume && files.exists(target)) {
      const overwrite = await prompter.select(t.outExists(target, o.resume), [
        { value: false, name: t.existingStop },
        { value: true, name: t.outOverwrite },
      ]);
      if (!overwrite) return undefined;
    }
    draft = s.continueFrom(o.resume, target);
    const where = target === o.resume ? await whereToContinue(c, s, target) : target;
    if (where === undefined) return undefined;
    s.file = where;
    const open = c
      .flowOf(draft)
      .questions(draft.answers)
      .filter((fi) => !draft.answers.has(fi.item.id)).length;
    prompter.print(`\n${t.continuing(draft.scope === "all", open, c.vngRows)}\n`);
    return draft;
  }
  const header = await askDetails(c, given);
  // An unfinished file (`--resume`) the interview named itself moves to the name the details give;
  // one the person named (`--out` at the start) is continued where it is.
  const own = continuedInPlace(o);
  const target = o.out ?? own ?? files.resolve(answerFileName(s.toAnswerSet(header)));
  s.format = answerFileFormat(target, undefined);
  if (target === o.resume) {
    // Continuing the unfinished file itself: its text as read before the details were asked is the
    // baseline (a change made meanwhile by another process is then found, not written over).
    s.known = unfinishedText;
    s.format = answerFileFormat(target, s.known);
    draft = header;
  } else if (files.exists(target)) {
    const choice = await prompter.select(t.fileExists(target), [
      { value: "resume", name: t.existingResume },
      { value: "overwrite", name: t.existingOverwrite },
      { value: "stop", name: t.existingStop },
    ] as const);
    if (choice === "stop") return undefined;
    if (choice === "resume") {
      // Continue the file's answers, in the wider of the scope just chosen and the file's own.
      draft = s.continueFrom(target, target);
      if (header.scope === "all") draft.scope = "all";
      const where = await whereToContinue(c, s, target);
      if (where === undefined) return undefined;
      s.file = where;
    } else {
      s.format = answerFileFormat(target, files.read(target));
      s.known = files.read(target);
      draft = header;
    }
  } else draft = header;
  s.file ??= target;
  return draft;
}

/**
 * Continuing a file edited by hand that a rewrite would change (comments, numbers, spaces):
 * says what would be lost and asks first — continue in a new file beside it (the original
 * stays), continue in it anyway, or stop. Undefined for stop.
 */
async function whereToContinue(c: InterviewContext, s: Session, path: string): Promise<string | undefined> {
  const { prompter, files, t, o } = c;
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
  s.known = undefined; // a new file: nothing there to compare with
  return beside;
}
