// The built command (bin/zelftest.js → dist/bundle/) for the tests that run it as a user does, in
// a process of its own. Those tests test the build, so they refuse a build that is not of the
// current sources: the bundle carries the build id of the src/ and schemas/ it was made from
// (src/load/build-id.ts), and it must equal the id of the tree as it is now. `npm test` builds
// first; after changing src/, run `npm run build` before running such a test on its own.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { computeBuildId } from "../../src/load/build-id.js";
import { ROOT } from "./fixtures.js";

const checked = new Map<string, string>();

/** The path of bin/zelftest.js under `root`; throws when its dist/bundle/ was built from other sources. */
export function builtBin(root = ROOT): string {
  const known = checked.get(root);
  if (known) return known;
  const id = computeBuildId(root);
  const bundle = join(root, "dist", "bundle");
  const current =
    id !== undefined &&
    existsSync(bundle) &&
    readdirSync(bundle).some((f) => f.endsWith(".mjs") && readFileSync(join(bundle, f), "utf8").includes(id));
  if (!current) {
    throw new Error(
      "dist/bundle/ was not built from the current src/ and schemas/: run `npm run build` first (`npm test` does).",
    );
  }
  const bin = join(root, "bin", "zelftest.js");
  checked.set(root, bin);
  return bin;
}
