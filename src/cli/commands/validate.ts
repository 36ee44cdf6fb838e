// `zelftest validate FILE...`: checks questionnaires and answer files (the kind is detected) and
// reports every problem of every file; exit 2 when any file is invalid.
import { EXIT, InputError } from "../../errors.js";
import type { Diagnostic } from "../../errors.js";
import { detectKind, parseAnswerSource, sourceFromBytes } from "../../load/load-files.js";
import { parseQuestionnaire } from "../../load/parse-questionnaire.js";
import { LIMITS, readFileBytes } from "../../load/read-file.js";

/** A top-level key only a questionnaire has (see detectKind), in YAML or JSON. */
const QUESTIONNAIRE_KEY = /^(?:themes|languages|sources)\s*:|"(?:themes|languages|sources)"\s*:/m;
import { UI } from "../../messages/ui.js";
import type { Lang } from "../../model/vocabulary.js";
import { escapeTerminal } from "../../report/escape.js";
import { formatDiagnostics } from "../format-diagnostics.js";
import type { Io } from "../io.js";
import { makeStyle } from "../style.js";

export interface ValidateOptions {
  questionnaire?: string;
  lang: Lang;
}

export async function validateCommand(files: readonly string[], options: ValidateOptions, io: Io): Promise<number> {
  const t = UI[options.lang];
  const out = await makeStyle(io, "stdout");
  const err = await makeStyle(io, "stderr");
  let invalid = 0;
  for (const file of files) {
    try {
      io.stdout.write(
        `${out.status("voldoet", "✓")} ${escapeTerminal(file)}: ${describeValid(file, options.questionnaire, t)}\n`,
      );
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      invalid += 1;
      const ds: readonly Diagnostic[] = e.diagnostics;
      io.stderr.write(`${err.error("✗")} ${escapeTerminal(file)}: ${t.errorsIn(ds.length + e.omitted)}\n`);
      io.stderr.write(formatDiagnostics(ds, options.lang, err, e.omitted));
    }
  }
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}

function describeValid(file: string, questionnaireRef: string | undefined, t: (typeof UI)[Lang]): string {
  // Questionnaires may be larger than answer files; the kind is only known after parsing. A file
  // over the answer-file limit without a sign of being a questionnaire is refused before parsing.
  const bytes = readFileBytes(file, LIMITS.questionnaireBytes, "either");
  if (
    bytes.length > LIMITS.answerFileBytes &&
    !QUESTIONNAIRE_KEY.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"))
  ) {
    throw new InputError([
      { code: "FILE_TOO_LARGE", file, params: { size: bytes.length, limit: LIMITS.answerFileBytes } },
    ]);
  }
  const source = sourceFromBytes(bytes, file);
  if (detectKind(source) === "questionnaire") {
    const q = parseQuestionnaire(source);
    return t.validQuestionnaire(q.themes.length, q.items.length);
  }
  if (bytes.length > LIMITS.answerFileBytes) {
    throw new InputError([
      { code: "FILE_TOO_LARGE", file, params: { size: bytes.length, limit: LIMITS.answerFileBytes } },
    ]);
  }
  const { answers, questionnaire } = parseAnswerSource(source, bytes, questionnaireRef);
  return t.validAnswers(answers.answers.size, questionnaire.items.length);
}
