// One file's entry in the batch JSON output: the assessment (docs/scoring.md) or the file's problems,
// with the file's number in the batch, its code, meta and fingerprint. Respondent names and the
// free-text notes and evidence are left out unless asked for (privacy). Pure.
import type { FileOutcome } from "../model/file-outcome.js";
import { shareableParams, shareableProblem } from "./shareable-problem.js";
import type { Dissent } from "../model/answers.js";
import { withoutMemberNames } from "../model/group-names.js";
import { GROUP_TEXT } from "../messages/group.js";
import type { Assessment } from "../model/assessment.js";
import type { AggregateResult } from "../score/aggregate-types.js";
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

/**
 * The assessment without what names or quotes a person, unless asked for: the respondent's name
 * and, in a group answer, the members' names (`--include-names`); notes and evidence, the
 * dissenting members' among them (`--include-notes`), replaced by hasNote / hasEvidence.
 */
function withoutPrivate(a: Assessment, o: JsonOptions): Assessment {
  if (o.includeNames && o.includeNotes) return a;
  const respondent = o.includeNames || !a.respondent.name ? a.respondent : { role: a.respondent.role };
  const source = a.group;
  const group =
    source === undefined || o.includeNames
      ? source
      : { ...source, members: source.members.map(({ name: _name, ...member }) => member) };
  // Notes asked for, names not: a group's text says "Lid 2" where it named a member.
  const text = <T extends { note?: string; evidence?: string }>(x: T): T => {
    if (source === undefined || o.includeNames || (x.note === undefined && x.evidence === undefined)) return x;
    const place = GROUP_TEXT[o.lang].member;
    return {
      ...x,
      ...(x.note !== undefined ? { note: withoutMemberNames(x.note, source, place) } : {}),
      ...(x.evidence !== undefined ? { evidence: withoutMemberNames(x.evidence, source, place) } : {}),
    };
  };
  /** Without notes: only whether there was one. */
  const flags = <T extends { note?: string; evidence?: string }>(x: T) => {
    if (o.includeNotes) return text(x);
    if (x.note === undefined && x.evidence === undefined) return x;
    const { note: _note, evidence: _evidence, ...rest } = x;
    return { ...rest, hasNote: x.note !== undefined, hasEvidence: x.evidence !== undefined };
  };
  const dissent = (d: Dissent) => {
    const { name: _name, ...unnamed } = d;
    return flags(o.includeNames ? d : unnamed);
  };
  return {
    ...a,
    respondent,
    ...(group !== undefined ? { group } : {}),
    themes: a.themes.map((th) => ({
      ...th,
      items: th.items.map((r) => flags(r.dissent === undefined ? r : { ...r, dissent: r.dissent.map(dissent) })),
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
    ...(f.unknownCode ? { unknown_code: true } : {}),
    ...(meta.length > 0 ? { meta: Object.fromEntries(meta.map((k) => [k, f.meta![k]])) } : {}),
    ...(f.sha256 !== undefined ? { answers_sha256: f.sha256 } : {}),
    ...(f.groupSize !== undefined ? { group_size: f.groupSize } : {}),
    ...(f.newerItems !== undefined ? { newer_items: f.newerItems } : {}),
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
        ...shareableProblem(d, o),
      })),
    };
  }
  return { ...common, valid: true, assessment: withoutPrivate(outcome.assessment, o) };
}

/**
 * The aggregate as the JSON output carries it: the invalid files and the files with answers that
 * do not apply by `fileId`, their paths only with `--include-paths`; without the panel, and
 * without the names of the files' meta keys (only `--meta` brings a meta key into an output;
 * the names are for the notice on the terminal that says which keys were left out).
 */
export function jsonAggregate(all: AggregateResult, o: Pick<JsonOptions, "includePaths" | "includeNotes">): object {
  // The panel is its own format (--format panel), not part of the JSON.
  const { panel: _panel, metaKeys: _metaKeys, ...whole } = all;
  // An invalid file's problem without the file's own words (shareable-problem.ts).
  const agg = { ...whole, invalid: whole.invalid.map((f) => ({ ...f, params: shareableParams(f.params, o, f.code) })) };
  if (o.includePaths) return agg;
  return {
    ...agg,
    invalid: agg.invalid.map(({ file: _file, ...rest }) => rest),
    notApplicableAnswered: agg.notApplicableAnswered.map(({ file: _file, ...rest }) => rest),
    newerItems: agg.newerItems.map(({ first: _first, ...rest }) => rest),
  };
}
