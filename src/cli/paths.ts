// Every path on the command line is resolved here, once, against the injected working folder
// (io.cwd), as commander parses it: file arguments, --out, --resume and --questionnaire. The
// commands receive absolute paths and never look at the process's own folder. Two commands name
// their inputs in their output as typed, so they get them as typed and resolve them with
// resolvePath when reading: `compare` (its files) and `batch` (globs and folders, resolved by
// collect-files against the same folder).
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { isBuiltinQuestionnaire } from "../load/load-files.js";

/** A file path as typed → an absolute path in the working folder. */
export function resolvePath(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** Commander argument parser for a variadic list of paths (it folds the values one by one). */
export function pathList(cwd: string): (value: string, previous: string[] | undefined) => string[] {
  return (value, previous) => [...(previous ?? []), resolvePath(value, cwd)];
}

/**
 * `--questionnaire FILE|ID`: a built-in id first (so that a folder or file that happens to have
 * that name does not get in the way), else a path in the working folder when it looks like one
 * or exists there; anything else stays as typed, for the UNKNOWN_QUESTIONNAIRE message.
 */
export function questionnaireArgument(ref: string, cwd: string): string {
  if (isBuiltinQuestionnaire(ref)) return ref;
  const path = resolvePath(ref, cwd);
  return /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref) || existsSync(path) ? path : ref;
}
