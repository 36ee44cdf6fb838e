// Bundles the CLI with its dependencies into dist/bundle/ (one file per lazily loaded command),
// because loading ~90 small module files of commander and yaml costs ~40 ms at every start.
// dist/bundle/ sits two levels below the package root, like dist/load/, so the paths the code
// computes from import.meta.url (questionnaires/, generated/, package.json) stay the same.
// The package ships only this folder of dist/ (plus bin/): every library is bundled in, so the
// libraries are devDependencies and an install pulls in no other package. scripts/clean.mjs has
// removed the previous build first.
import { build } from "esbuild";
import { computeBuildId } from "../dist/load/build-id.js";

await build({
  entryPoints: { main: "dist/cli/main.js", io: "dist/cli/io.js", "batch-worker": "dist/batch/worker.js" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node22",
  outdir: "dist/bundle",
  outExtension: { ".js": ".mjs" },
  // Bundled CommonJS (yaml) calls require(); some CommonJS reads __filename: give the ESM bundle both.
  banner: {
    js: "import { createRequire as __zelftestRequire } from 'node:module'; import { fileURLToPath as __zelftestPath } from 'node:url'; const require = __zelftestRequire(import.meta.url); const __filename = __zelftestPath(import.meta.url);",
  },
  // The id of this build, which compiled questionnaires must carry to be used (src/load/build-id.ts).
  define: { __ZELFTEST_BUILD_ID__: JSON.stringify(computeBuildId(".")) },
  logLevel: "warning",
});
