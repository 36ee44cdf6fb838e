// Builds the batch worker from the current sources (src/batch/worker.ts) for the tests that run
// worker threads, so they test this code and not whatever the last `npm run build` left in dist/.
// The file goes two levels below the package root (dist/test-worker/), like dist/bundle/, because
// the worker finds questionnaires/ and generated/ relative to its own place.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { ROOT } from "./fixtures.js";

let built: Promise<string> | undefined;

/** The path of a worker bundled from src/ in this test run. */
export function workerFromSources(): Promise<string> {
  built ??= (async () => {
    const dir = join(ROOT, "dist", "test-worker");
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, "batch-worker.mjs");
    await build({
      entryPoints: [join(ROOT, "src", "batch", "worker.ts")],
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node22",
      outfile,
      banner: {
        js: "import { createRequire as __zelftestRequire } from 'node:module'; const require = __zelftestRequire(import.meta.url);",
      },
      logLevel: "warning",
    });
    return outfile;
  })();
  return built;
}
