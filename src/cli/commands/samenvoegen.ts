// `zelftest samenvoegen FILE FILE... [--out FILE] [--role ROLE] [--name TEXT] [--date DATE]`
// (alias `merge`): the group answer of several respondents' files (docs/answer-file.md, "Group
// answers"), by rule meerderheid. Every file is read and checked first; a reason to refuse
// (another municipality, questionnaire or major version, the same file twice, a group file, roles
// that differ without --role) is reported for every file at once, with exit 2 and nothing written.
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { InputError, UsageError } from "../../errors.js";
import type { Diagnostic } from "../../errors.js";
import { loadAnswerFile } from "../../load/load-files.js";
import { parseAnswers } from "../../load/parse-answers.js";
import { SourceDocument } from "../../load/source-document.js";
import type { LoadedAnswers } from "../../load/load-files.js";
import { answerFileFormat, answerFileName, serializeAnswers } from "../../load/write-answers.js";
import { ANSWER_LIMITS, textLength } from "../../model/answer-limits.js";
import { isCalendarDate } from "../../model/dates.js";
import type { Lang, Role } from "../../model/vocabulary.js";
import { CLI_TEXT } from "../../messages/cli.js";
import { GROUP_TEXT } from "../../messages/group.js";
import { escapeTerminal } from "../../report/escape.js";
import { mergeAnswerSets, mergeItems } from "../../score/merge-answers.js";
import { terminalWording } from "../format-diagnostics.js";
import type { Io } from "../io.js";
import { writeOutput } from "../output.js";
import { resolvePath } from "../paths.js";
import { makeStyle } from "../style.js";
import { localToday } from "../today.js";

export interface SamenvoegenOptions {
  out?: string;
  role?: Role;
  name?: string;
  date?: string;
  questionnaire?: string;
  lang: Lang;
}

export async function samenvoegenCommand(files: readonly string[], o: SamenvoegenOptions, io: Io): Promise<number> {
  if (files.length < 2)
    throw new UsageError("MISSING_ARGUMENT", { description: CLI_TEXT[o.lang].mergeSecondFile, command: "samenvoegen" });
  if (o.date !== undefined && !isCalendarDate(o.date))
    throw new UsageError("INVALID_OPTION", { option: "--date", value: o.date, allowed: [] });
  // Counted as the schema counts the name the group file gets (code points of the trimmed text).
  if (o.name !== undefined && (o.name.trim() === "" || textLength(o.name.trim()) > ANSWER_LIMITS.name))
    throw new UsageError("INVALID_OPTION", { option: "--name", value: o.name.slice(0, 40), allowed: [] });

  // Read every file and report every problem at once before refusing.
  const loaded: LoadedAnswers[] = [];
  const problems: Diagnostic[] = [];
  for (const f of files) {
    try {
      loaded.push(loadAnswerFile(resolvePath(f, io.cwd), o.questionnaire));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.diagnostics);
    }
  }
  if (problems.length > 0) throw new InputError(problems);

  const t = GROUP_TEXT[o.lang];
  const questionnaire = loaded[0]!.questionnaire;
  // Files are named as typed, in messages and nowhere in the group file (it keeps their sha256).
  const members = loaded.map((l, k) => ({ file: files[k]!, answers: l.answers }));
  const result = mergeAnswerSets(members, questionnaire, {
    date: o.date ?? localToday(),
    ...(o.role !== undefined ? { role: o.role } : {}),
    ...(o.name !== undefined ? { name: o.name } : {}),
    memberLabel: t.member,
  });
  const style = await makeStyle(io, "stderr");
  for (const w of result.warnings) {
    const { message, hint } = terminalWording(w, o.lang);
    io.stderr.write(`${style.bold(`${t.warning} (${w.code})`)}: ${message}\n  ${hint}\n`);
  }
  if (!result.ok) throw new InputError(result.problems);

  const group = result.answers;
  // Without --out: the usual name in the working folder, beside (never over) an earlier one.
  const target = o.out ?? freeName(join(io.cwd, answerFileName(group)));
  const text = serializeAnswers(
    group,
    questionnaire,
    t.header(members.length, group.date, basename(target)),
    answerFileFormat(target, undefined),
  );
  // The group file reads back as what was merged (the writer's promise; test/load/write-answers.test.ts).
  parseAnswers(SourceDocument.parse(text, target, { json: target.toLowerCase().endsWith(".json") }), questionnaire);
  writeOutput(
    text,
    target,
    io,
    loaded.map((l) => l.answers.origin),
    { kind: "answers" },
  );
  const differ = mergeItems(members, questionnaire, t.member).filter((i) => i.differ).length;
  const lines = t.merged({
    members: members.length,
    answered: group.answers.size,
    differ,
    file: escapeTerminal(target),
  });
  io.stderr.write(`${lines.join("\n")}\n`);
  return 0;
}

/** `a.yaml`, or `a-2.yaml` (then -3, …) when that is taken: an earlier group answer is never overwritten unasked. */
function freeName(file: string): string {
  if (!existsSync(file)) return file;
  const dot = file.lastIndexOf(".");
  const [stem, ext] = dot > file.length - 6 ? [file.slice(0, dot), file.slice(dot)] : [file, ""];
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
}
