// The formats of `zelftest batch` and, per option that works with only some of them, which ones:
// one list for the command line's choices (main.ts), the checks and their messages (batch.ts).
// Constants only, so that main.ts can take the choices without loading the batch command.
import { UsageError } from "../errors.js";

export const BATCH_FORMATS = ["csv", "csv-long", "parquet", "panel", "json", "md", "html"] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** The formats an option works with (docs/research-outputs.md); any other is OPTION_REQUIRES. */
export const FORMATS_FOR = {
  /** The research summary's breakdown. */
  "--by": ["md", "html"],
  /** Answer columns of the wide CSV (csv-long has the answers already). */
  "--items": ["csv"],
  /** The pairs of roles: kept by the summaries and the JSON. */
  "--pairs": ["md", "html", "json"],
  /** A codebook describes the columns of a CSV or Parquet file. */
  "--codebook": ["csv", "csv-long", "parquet", "panel"],
  /** SPSS syntax reads a CSV (SPSS does not read Parquet). */
  "--codebook FILE.sps": ["csv", "csv-long", "panel"],
} as const satisfies Record<string, readonly BatchFormat[]>;

/** Whether `format` is one of the formats the option works with. */
export function worksWith<O extends keyof typeof FORMATS_FOR>(
  option: O,
  format: BatchFormat,
): format is (typeof FORMATS_FOR)[O][number] {
  return (FORMATS_FOR[option] as readonly BatchFormat[]).includes(format);
}

/** Refuses an option given with a format it does not work with (OPTION_REQUIRES, naming the formats it does). */
export function requireFormat(option: keyof typeof FORMATS_FOR, format: BatchFormat): void {
  if (!worksWith(option, format))
    throw new UsageError("OPTION_REQUIRES", { option, requires: FORMATS_FOR[option].map((f) => `--format ${f}`) });
}
