// Scores one answer file for `batch`: the assessment, or the file's coded problems. Reading is
// apart from scoring, so that the main thread can read while the worker threads parse and score.
// With a municipality list the code is checked and the official name used; a code the list does
// not have is flagged (unknownCode), or makes the file invalid with --strict-municipalities. An
// invalid file keeps whatever metadata could still be read (municipality, role, date, code).
import { InputError, UsageError } from "../errors.js";
import type { Diagnostic } from "../errors.js";
import { sha256 } from "../load/hash.js";
import { isCalendarDate } from "../model/dates.js";
import { parseAnswerSource, sourceFromBytes } from "../load/load-files.js";
import { LIMITS, readFileBytes } from "../load/read-file.js";
import type { SourceDocument } from "../load/source-document.js";
import type { FileFacts, FileOutcome } from "../model/file-outcome.js";
import { GEMEENTECODE } from "../model/municipality.js";
import { newerItemsAnswered } from "../model/questionnaire.js";
import type { MunicipalityList } from "../model/municipality.js";
import type { Municipality } from "../model/municipality.js";
import { isRole } from "../model/vocabulary.js";
import { scoreAnswers } from "../score/score-answers.js";

/** A file's bytes, or why they could not be read. */
export type ReadResult = { readonly bytes: Uint8Array } | { readonly diagnostics: readonly Diagnostic[] };

function problemsOf(err: unknown, file: string): readonly Diagnostic[] {
  if (err instanceof InputError) return err.diagnostics;
  if (err instanceof UsageError) return [{ code: err.code, file, params: err.params }];
  throw err;
}

export function readAnswerFile(path: string): ReadResult {
  try {
    return { bytes: readFileBytes(path, LIMITS.answerFileBytes) };
  } catch (err) {
    return { diagnostics: problemsOf(err, path) };
  }
}

/** The metadata of a file that failed validation, as far as it can be read safely. */
function readableFacts(
  source: SourceDocument | undefined,
  bytes: Uint8Array,
  list: MunicipalityList | undefined,
): FileFacts {
  const value = source?.value;
  const raw = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" && v.length <= 200 ? v.trim() : undefined);
  const respondent =
    raw.respondent && typeof raw.respondent === "object" ? (raw.respondent as Record<string, unknown>) : {};
  const role = isRole(respondent.role) ? respondent.role : undefined;
  const date = typeof raw.date === "string" && isCalendarDate(raw.date) ? raw.date : undefined;
  const code =
    typeof raw.gemeentecode === "string" && GEMEENTECODE.test(raw.gemeentecode) ? raw.gemeentecode : undefined;
  const municipality = text(raw.municipality);
  const name = text(respondent.name);
  const questionnaire = text(raw.questionnaire);
  const group = raw.group && typeof raw.group === "object" ? (raw.group as Record<string, unknown>) : {};
  const groupSize = Array.isArray(group.members) ? group.members.length : undefined;
  return {
    ...(questionnaire !== undefined ? { questionnaire } : {}),
    ...(municipality !== undefined ? { municipality } : {}),
    ...(code !== undefined ? { gemeentecode: code } : {}),
    ...(code !== undefined && list !== undefined && list.nameOf(code) === undefined ? { unknownCode: true } : {}),
    ...(role !== undefined ? { role } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(groupSize !== undefined ? { groupSize } : {}),
    sha256: sha256(bytes),
  };
}

/** The official name and code for what the file says, or why its code is wrong. */
function matchMunicipality(
  list: MunicipalityList,
  written: string,
  code: string | undefined,
): Municipality | "unknown-code" | undefined {
  if (code !== undefined) {
    const name = list.nameOf(code);
    return name === undefined ? "unknown-code" : { code, name };
  }
  return list.byWrittenName(written);
}

export type { FileFacts, FileOutcome };

export interface ScoreOptions {
  readonly questionnaireRef: string;
  readonly municipalities?: MunicipalityList | undefined;
  /**
   * `--strict-municipalities`: a code that is not in the list makes the file invalid
   * (UNKNOWN_MUNICIPALITY_CODE). Without it the file is scored with its code and name as
   * written, and flagged (`unknownCode`).
   */
  readonly strictMunicipalities?: boolean | undefined;
  /** Bytes → parsed document; default sourceFromBytes (plain YAML first). The comparison test passes the full parser. */
  readonly parse?: (bytes: Uint8Array, file: string) => SourceDocument;
}

/** Parses and scores what was read; `file` is the name shown in the output, `index` its place (from 0). */
export function scoreRead(index: number, file: string, read: ReadResult, o: ScoreOptions): FileOutcome {
  if ("diagnostics" in read) return { index, file, facts: {}, diagnostics: read.diagnostics };
  let source: SourceDocument | undefined;
  try {
    source = (o.parse ?? sourceFromBytes)(read.bytes, file);
    const { answers, questionnaire } = parseAnswerSource(source, read.bytes, o.questionnaireRef);
    let municipality = answers.municipality;
    let gemeentecode = answers.gemeentecode;
    let unknownCode = false;
    if (o.municipalities) {
      const match = matchMunicipality(o.municipalities, municipality, gemeentecode);
      if (match === "unknown-code" && !o.strictMunicipalities) unknownCode = true;
      else if (match === "unknown-code") {
        throw new InputError([
          source.diagnostic("UNKNOWN_MUNICIPALITY_CODE", { code: gemeentecode ?? "", list: o.municipalities.origin }, [
            "gemeentecode",
          ]),
        ]);
      }
      if (match && match !== "unknown-code") ({ name: municipality, code: gemeentecode } = match);
    }
    const scored = scoreAnswers(questionnaire, answers);
    const newer = newerItemsAnswered(questionnaire, answers.version, (id) => answers.answers.has(id));
    const assessment = municipality === scored.municipality ? scored : { ...scored, municipality };
    const facts: FileFacts = {
      questionnaire: answers.questionnaire,
      municipality,
      ...(municipality !== answers.municipality ? { municipalityWritten: answers.municipality } : {}),
      ...(gemeentecode !== undefined ? { gemeentecode } : {}),
      ...(unknownCode ? { unknownCode } : {}),
      role: answers.respondent.role,
      ...(answers.respondent.name !== undefined ? { name: answers.respondent.name } : {}),
      date: answers.date,
      sha256: answers.contentHash,
      ...(answers.meta !== undefined ? { meta: answers.meta } : {}),
      ...(answers.group !== undefined ? { groupSize: answers.group.members.length } : {}),
      ...(newer.length > 0 ? { newerItems: newer } : {}),
    };
    return { index, file, facts, assessment };
  } catch (err) {
    return {
      index,
      file,
      facts: readableFacts(source, read.bytes, o.municipalities),
      diagnostics: problemsOf(err, file),
    };
  }
}
