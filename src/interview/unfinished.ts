// The interview stopped with Ctrl-C before the details (who and what) were all given: what was
// given is kept in an unfinished file (load/unfinished-header.ts) that `--resume` continues, and
// once its details are in the answer file under their own name, that file is removed.
import { InterruptedError, UsageError } from "../errors.js";
import { missingOf } from "../load/unfinished-header.js";
import type { UnfinishedHeader } from "../load/unfinished-header.js";
import { answerFileFormat, answerFileName, serializeUnfinished, slug } from "../load/write-answers.js";
import type { AnswerFileFormat } from "../load/write-answers.js";
import { reasonText, wording } from "../messages/error-messages.js";
import { INTERVIEW_TEXT } from "../messages/interview.js";
import type { Lang } from "../model/vocabulary.js";
import { escapeTerminal as safe } from "../report/escape.js";
import { wrap } from "../report/render-summary.js";
import type { InterviewContext } from "./context.js";
import { freeNameBeside } from "./session.js";

/** `zelftest-<gemeente>-onvolledig.yaml` ("…-incomplete.yaml" in English). */
export function unfinishedFileName(municipality: string, lang: Lang, format: AnswerFileFormat = "yaml"): string {
  return `zelftest-${slug(municipality) || "gemeente"}-${INTERVIEW_TEXT[lang].unfinishedWord}.${format}`;
}

/** Whether a path has a name unfinishedFileName gives, in either language (or the "-2", "-3" beside it when that was taken). */
export function isUnfinishedName(path: string): boolean {
  const base = path.split(/[/\\]/).pop() ?? "";
  const words = Object.values(INTERVIEW_TEXT).map((t) => t.unfinishedWord);
  return new RegExp(`^zelftest-.*-(${words.join("|")})(-\\d+)?\\.(ya?ml|json)$`, "i").test(base);
}

/**
 * The unfinished file (`--resume`) that goes on in place: one the person named (`--out` at the
 * start); one the interview named moves to the name its details give.
 */
export function continuedInPlace(o: InterviewContext["o"]): string | undefined {
  return o.unfinished !== undefined && o.resume !== undefined && !isUnfinishedName(o.resume) ? o.resume : undefined;
}

/**
 * Ctrl-C before the first save: what was given of the details is kept, so that nothing typed is
 * lost. With a role and a date it is an ordinary answer file without answers, named as any;
 * without, an unfinished file (load/unfinished-header.ts) that `--resume` continues. It goes to the
 * unfinished file being continued, else to `--out`, else to a name of its own, never over another
 * file. When the disk refuses, the details are shown on the screen instead.
 */
export function keepUnfinished(c: InterviewContext, h: UnfinishedHeader, unfinishedText?: string): InterruptedError {
  const { o, t, q, files, prompter } = c;
  const missing = missingOf(h);
  // The unfinished file being continued is written again while it is still unfinished, or when the
  // person named it (as chooseFile continues it); complete details go to their own name. A file
  // another process changed since it was read is never written over.
  const continued = continuedInPlace(o) ?? (missing.length > 0 && o.unfinished !== undefined ? o.resume : undefined);
  const own = continued !== undefined && files.read(continued) === unfinishedText ? continued : undefined;
  const name =
    missing.length === 0
      ? answerFileName({
          municipality: h.municipality,
          respondent: { role: h.role!, ...(h.name ? { name: h.name } : {}) },
          date: h.date!,
        })
      : unfinishedFileName(h.municipality, o.lang);
  let target = o.out ?? own ?? files.resolve(name);
  if (target !== own && files.exists(target)) target = freeNameBeside(target, files.exists);
  const comment = [t.welcomeTitle, ...(missing.length > 0 ? [t.unfinishedComment(missing)] : []), t.resumeHint(target)];
  try {
    files.save(
      target,
      serializeUnfinished(h, q, comment, answerFileFormat(target, own === target ? files.read(target) : undefined)),
    );
  } catch (err) {
    if (!(err instanceof UsageError) || err.code !== "OUTPUT_FAILED") throw err;
    const { message } = wording("OUTPUT_FAILED", err.params, o.lang);
    prompter.print(
      `\n${o.style.bold(wrap(t.unfinishedNotSaved(safeDetails(c, h)), o.width - 2, ""))}\n${wrap(safe(message), o.width - 2, "")}\n`,
    );
    return new InterruptedError(undefined, { missing });
  }
  return new InterruptedError(target, { missing });
}

/** The details as a line, for the screen when they could not be saved. */
function safeDetails(c: InterviewContext, h: UnfinishedHeader): string {
  return safe(
    [h.municipality, h.gemeentecode, h.role ? c.t.roleChoices[h.role] : undefined, h.name, h.date]
      .filter((v) => v !== undefined)
      .join(", "),
  );
}

/**
 * The unfinished file that was continued, once its details are saved in the answer file under
 * their own name: removed when it is still exactly as it was read (else it is left alone), and
 * what happened said: removed, already gone, changed, or not removable and why.
 */
export function removeUnfinished(c: InterviewContext, path: string, text: string, now: string): void {
  const { files, prompter, t, o } = c;
  const removal = files.removeIfUnchanged(path, text);
  const said =
    removal.outcome === "removed"
      ? t.unfinishedRemoved(path, now)
      : removal.outcome === "gone"
        ? t.unfinishedGone(path, now)
        : removal.outcome === "changed"
          ? t.unfinishedLeft(path)
          : t.unfinishedNotRemoved(path, now, reasonText(removal.reason, o.lang));
  prompter.print(`${o.style.dim(wrap(said, o.width - 2, ""))}\n`);
}
