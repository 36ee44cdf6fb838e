// The build id: one sha256 over everything that decides what a compiled questionnaire looks like
// (the TypeScript in src/, the JSON schemas in schemas/). The build stamps it into every compiled
// questionnaire (scripts/build-generated.mjs) and into the bundle (scripts/bundle.mjs, as the
// constant below); a compiled questionnaire is used only when both match, so a code or schema
// change without a rebuild never serves stale content. Unbundled (tests, the tsc output) the id
// is computed from the source tree once per process; without src/ there is none.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "./hash.js";

/** Replaced by the bundler with the id of the build (see scripts/bundle.mjs). */
declare const __ZELFTEST_BUILD_ID__: string | undefined;

// src/load and dist/load (and dist/bundle) are two levels below the package root.
const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function filesUnder(dir: string, ext: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(ext))
    .map((f) => f.split("\\").join("/"))
    .sort();
}

/** The build id of the source tree at `root`; undefined when it has no src/ (an installed package). */
export function computeBuildId(root: string): string | undefined {
  let files: string[];
  try {
    files = [
      ...filesUnder(join(root, "src"), ".ts").map((f) => `src/${f}`),
      ...filesUnder(join(root, "schemas"), ".json").map((f) => `schemas/${f}`),
    ];
  } catch {
    return undefined;
  }
  const parts = files.map((f) => `${f}\n${sha256(readFileSync(join(root, f)))}\n`);
  return sha256(parts.join(""));
}

let computed: { id: string | undefined } | undefined;

/** The id of the code that is running now. */
export function currentBuildId(): string | undefined {
  if (typeof __ZELFTEST_BUILD_ID__ === "string") return __ZELFTEST_BUILD_ID__;
  computed ??= { id: computeBuildId(PACKAGE_ROOT) };
  return computed.id;
}
