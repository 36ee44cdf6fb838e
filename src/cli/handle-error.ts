// The one catch at the top: every error a command throws becomes its message on stderr and its
// exit code (defined in errors.ts, described in docs/exit-codes.md). No stack trace unless --debug.
import { CommanderError } from "commander";
import { EXIT, InputError, InterruptedError, UsageError } from "../errors.js";
import { UI } from "../messages/ui.js";
import type { Lang } from "../model/vocabulary.js";
import { formatDiagnostics, terminalWording } from "./format-diagnostics.js";
import type { Io } from "./io.js";
import { makeStyle } from "./style.js";

export async function handleError(err: unknown, lang: Lang, debug: boolean, io: Io): Promise<number> {
  if (err instanceof CommanderError) {
    const ok = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(err.code);
    // Commander printed its own message already; `zelftest` alone prints help and exits 0 too.
    if (err.code === "commander.executeSubCommandAsync") return EXIT.ok;
    if (ok) return EXIT.ok;
    // Every complaint this command line can cause is a UsageError by now (commandLineError); what is
    // left is a wiring mistake in zelftest: an internal error, below.
  }
  const style = await makeStyle(io, "stderr");
  if (err instanceof InputError) {
    io.stderr.write(formatDiagnostics(err.diagnostics, lang, style, err.omitted));
    return EXIT.invalid;
  }
  if (err instanceof UsageError) {
    const { message, hint } = terminalWording(err, lang);
    io.stderr.write(`${style.error(`${UI[lang].error} ${err.code}`)}: ${message}\n  ${UI[lang].fix}: ${hint}\n`);
    return EXIT.invalid;
  }
  if (err instanceof InterruptedError) return EXIT.interrupted;
  io.stderr.write(`${style.error(UI[lang].error)}: ${UI[lang].internal}\n`);
  io.stderr.write(
    debug && err instanceof Error && err.stack
      ? `${err.stack}\n`
      : `  ${err instanceof Error ? err.message : String(err)}\n`,
  );
  return EXIT.internal;
}
