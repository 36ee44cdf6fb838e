// Where the numbers come from: the questionnaire and the tool. The same for every row of a batch,
// whatever the rows are (a file, an item of a file, a municipality × year × role), so defined once
// here for every table (file.ts, item.ts, panel.ts). Pure.
import type { ColumnEntry } from "./column.js";
import { label } from "./column.js";

/** The provenance columns, for rows of any kind. */
export function provenanceColumns<R>() {
  return {
    questionnaire: (q) => ({
      name: "questionnaire",
      label: label("questionnaireId"),
      type: "string",
      scope: "batch",
      get: () => q.id,
    }),
    questionnaireVersion: (q) => ({
      name: "questionnaire_version",
      label: label("questionnaireVersion"),
      type: "string",
      scope: "batch",
      get: () => q.version,
    }),
    questionnaireSha256: (q) => ({
      name: "questionnaire_sha256",
      label: label("questionnaireSha256"),
      type: "string",
      scope: "batch",
      get: () => q.contentHash,
    }),
    toolVersion: (_q, o) => ({
      name: "tool_version",
      label: label("toolVersion"),
      type: "string",
      scope: "batch",
      get: () => o.toolVersion,
    }),
  } satisfies Record<string, ColumnEntry<R>>;
}
