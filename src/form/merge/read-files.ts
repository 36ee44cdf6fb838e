// Several answer files opened at once (Samenvoegen and Vergelijken): each read with exactly the
// checks of `zelftest validate` (answer-file.ts), the size limit before reading. A file that
// cannot be read is named with its problems; the others are kept.
import type { Diagnostic } from "../../errors.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import { readAnswerFile, tooLarge } from "../answer-file.js";
import type { MemberFile, OpenedMember } from "./session.js";

export interface FileProblems {
  readonly file: string;
  readonly problems: readonly Diagnostic[];
}

export interface ReadFiles {
  readonly opened: OpenedMember[];
  readonly failed: FileProblems[];
}

/** Bytes already in hand (from the browser's storage, or just read): parsed and checked. */
export function readMembers(files: readonly MemberFile[], q: Questionnaire, maxBytes: number): ReadFiles {
  const opened: OpenedMember[] = [];
  const failed: FileProblems[] = [];
  for (const f of files) {
    const result = readAnswerFile(f.bytes, f.file, q, maxBytes);
    if (result.ok) opened.push({ ...f, answers: result.answers });
    else failed.push({ file: f.file, problems: result.problems });
  }
  return { opened, failed };
}

/** Files the person chose or dropped: a file over the limit is refused before it is read. */
export async function readChosenFiles(files: readonly File[], q: Questionnaire, maxBytes: number): Promise<ReadFiles> {
  const opened: OpenedMember[] = [];
  const failed: FileProblems[] = [];
  for (const file of files) {
    if (file.size > maxBytes) {
      const refused = tooLarge(file.name, file.size, maxBytes);
      if (!refused.ok) failed.push({ file: file.name, problems: refused.problems });
      continue;
    }
    const read = readMembers([{ file: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }], q, maxBytes);
    opened.push(...read.opened);
    failed.push(...read.failed);
  }
  return { opened, failed };
}

/**
 * Files just read added to those already open. The very same file chosen again (same name and
 * bytes) is the same file: kept once, without a refusal, and said (`again`).
 */
export function addOpened(
  open: readonly OpenedMember[],
  read: readonly OpenedMember[],
): { readonly files: OpenedMember[]; readonly again: OpenedMember[] } {
  const same = (a: OpenedMember, b: OpenedMember) =>
    a.file === b.file && a.answers.contentHash === b.answers.contentHash;
  const again = read.filter((m) => open.some((o) => same(o, m)));
  return { files: [...open, ...read.filter((m) => !again.includes(m))], again };
}
