// One file's entry in the batch JSON output: the assessment (docs/scoring.md) or the file's problems,
// with the file's number in the batch, its code, meta and fingerprint. Respondent names and the
// free-text notes and evidence are left out unless asked for (privacy). Pure.
import type { FileOutcome } from "../model/file-outcome.js";
import { wording } from "../messages/error-messages.js";
import type { Assessment } from "../model/assessment.js";
import type { AggregateResult } from "../score/aggregate.js";
import type { Lang } from "../model/vocabulary.js";

export interface JsonOptions {
  /** `--include-paths`: each entry has `file` (the path as given). */
  readonly includePaths?: boolean;
  /** `--meta KEY,…`: the meta keys an entry carries (none without it). */
  readonly meta: readonly string[];
  readonly includeNames: boolean;
  readonly includeNotes: boolean;
  readonly lang: Lang;
}

function withoutPrivate(a: Assessment, o: JsonOptions): Assessment {
  const respondent = o.includeNames || !a.respondent.name ? a.respondent : { role: a.respondent.role };
  if (o.includeNotes) return { ...a, respondent };
  return {
    ...a,
    respondent,
    themes: a.themes.map((th) => ({
      ...th,
      items: th.items.map((r) => {
        if (r.note === undefined && r.evidence === undefined) return r;
        const { note: _note, evidence: _evidence, ...rest } = r;
        return { ...rest, hasNote: r.note !== undefined, hasEvidence: r.evidence !== undefined };
      }),
    })),
  };
}

export function jsonEntry(outcome: FileOutcome, o: JsonOptions): object {
  const f = outcome.facts;
  const meta = f.meta === undefined ? [] : o.meta.filter((k) => Object.hasOwn(f.meta!, k));
  const common = {
    file_id: outcome.index + 1,
    ...(o.includePaths ? { file: outcome.file } : {}),
    ...(f.gemeentecode !== undefined ? { gemeentecode: f.gemeentecode } : {}),
    ...(f.municipalityWritten !== undefined ? { municipality_written: f.municipalityWritten } : {}),
    ...(meta.length > 0 ? { meta: Object.fromEntries(meta.map((k) => [k, f.meta![k]])) } : {}),
    ...(f.sha256 !== undefined ? { answers_sha256: f.sha256 } : {}),
  };
  if ("diagnostics" in outcome) {
    return {
      ...common,
      valid: false,
      // What could still be read of an invalid file, its own questionnaire id among it.
      ...(f.questionnaire !== undefined ? { questionnaire: f.questionnaire } : {}),
      ...(f.municipality !== undefined ? { municipality: f.municipality } : {}),
      ...(f.role !== undefined ? { role: f.role } : {}),
      ...(f.date !== undefined ? { date: f.date } : {}),
      errors: outcome.diagnostics.map((d) => ({
        code: d.code,
        ...(d.line !== undefined ? { line: d.line, column: d.column ?? 1 } : {}),
        message: wording(d.code, d.params, o.lang).message,
      })),
    };
  }
  return { ...common, valid: true, assessment: withoutPrivate(outcome.assessment, o) };
}

/**
 * The aggregate as the JSON output carries it: the invalid files and the files with answers that
 * do not apply by `fileId`, their paths only with `--include-paths`.
 */
export function jsonAggregate(agg: AggregateResult, o: Pick<JsonOptions, "includePaths">): object {
  if (o.includePaths) return agg;
  return {
    ...agg,
    invalid: agg.invalid.map(({ file: _file, ...rest }) => rest),
    notApplicableAnswered: agg.notApplicableAnswered.map(({ file: _file, ...rest }) => rest),
  };
}
