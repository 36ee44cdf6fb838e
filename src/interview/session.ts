// Where the interview's answers are saved, and the saving itself: nothing is lost. The answer
// file is saved after every confirmed step, in the file's own format (a JSON file stays JSON).
// Before each save the file is read back: when something else changed it since (a second
// interview on the same file), the answers go to a new file next to it instead, and the person is
// told. When the disk refuses a save, the answers stay in memory and the person chooses to try
// again, to save elsewhere, or to stop.
import { scopeOf } from "../flow/question-flow.js";
import type { AnswerSet } from "../model/answers.js";
import { UsageError } from "../errors.js";
import { wording } from "../messages/error-messages.js";
import { escapeTerminal as safe } from "../report/escape.js";
import { wrap } from "../report/render-summary.js";
import { answerFileFormat, serializeAnswers } from "../load/write-answers.js";
import type { AnswerFileFormat } from "../load/write-answers.js";
import type { Draft, InterviewContext } from "./context.js";

/** "a/b.yaml" → "a/b-2.yaml" (then -3, …): the first name next to `file` that is not taken. */
export function freeNameBeside(file: string, exists: (path: string) => boolean): string {
  const m = /^(.*?)(\.[^./\\]+)?$/.exec(file)!;
  for (let n = 2; ; n += 1) {
    const candidate = `${m[1]}-${n}${m[2] ?? ""}`;
    if (!exists(candidate)) return candidate;
  }
}

export class Session {
  /** Where the answers go; undefined until the person has said who and what. */
  file: string | undefined;
  /** The format they are written in. */
  format: AnswerFileFormat = "yaml";
  /** The file's text as last read or written, to notice other writers. */
  known: string | undefined;
  /** What was not saved when a save failed, until a later save succeeds (said when Ctrl-C stops). */
  unsaved: string | undefined;

  constructor(private readonly c: InterviewContext) {}

  toAnswerSet(d: Draft): AnswerSet {
    const q = this.c.q;
    return {
      questionnaire: q.id,
      version: q.version,
      municipality: d.municipality,
      ...(d.gemeentecode !== undefined ? { gemeentecode: d.gemeentecode } : {}),
      respondent: d.name ? { role: d.role, name: d.name } : { role: d.role },
      date: d.date,
      ...d.carried,
      answers: d.answers,
      contentHash: "",
      origin: this.file ?? "",
    };
  }

  fromAnswerSet(a: AnswerSet): Draft {
    return {
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
      scope: scopeOf(this.c.q, a.answers),
    };
  }

  /** Continue an existing file: its answers, its format, and its text as the baseline for changes. */
  continueFrom(path: string, target: string): Draft {
    const files = this.c.files;
    const source = files.read(path);
    this.format = answerFileFormat(target, source);
    this.known = files.read(target);
    return this.fromAnswerSet(files.load(path));
  }

  /** Whether the answers are on disk as the file now is (so Ctrl-C can point to it). */
  get savedTo(): string | undefined {
    return this.file !== undefined && this.known !== undefined ? this.file : undefined;
  }

  private write(d: Draft, target: string): void {
    const { t, q, files } = this.c;
    const out = serializeAnswers(this.toAnswerSet(d), q, [t.welcomeTitle, t.resumeHint(target)], this.format);
    files.save(target, out);
    [this.file, this.known] = [target, out];
  }

  private saveNow(d: Draft): void {
    const { t, o, prompter, files } = this.c;
    if (!this.file) return;
    const now = files.read(this.file);
    if (now !== undefined && now !== this.known) {
      // Someone else wrote the file since we read or wrote it: keep theirs, move ours aside.
      const other = this.file;
      this.write(d, freeNameBeside(other, files.exists));
      const [warning, ...command] = t.changedOnDisk(other, this.file).split("\n");
      prompter.print(`\n${o.style.bold(wrap(warning!, o.width - 2, ""))}\n${command.join("\n")}\n`);
      return;
    }
    this.write(d, this.file);
  }

  /**
   * Saves; when the disk refuses (full, read-only, a share or stick that dropped out), the answers
   * stay in memory: the person is told which one (`what`) was not saved and chooses to try again,
   * to save elsewhere, or to stop (the answers since the last save are then lost, and the error
   * says so).
   */
  async save(d: Draft, what: string): Promise<void> {
    const { t, o, prompter, files } = this.c;
    for (;;) {
      try {
        this.saveNow(d);
        this.unsaved = undefined;
        return;
      } catch (err) {
        if (!(err instanceof UsageError) || err.code !== "OUTPUT_FAILED") throw err;
        this.unsaved = what;
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
          this.file = files.resolve(typed.trim());
          this.format = answerFileFormat(this.file, undefined);
          this.known = undefined;
        }
      }
    }
  }
}
