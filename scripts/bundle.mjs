// Bundles the CLI with its dependencies into dist/bundle/ (one file per lazily loaded command),
// because loading ~90 small module files of commander and yaml costs ~40 ms at every start.
// dist/bundle/ sits two levels below the package root, like dist/load/, so the paths the code
// computes from import.meta.url (questionnaires/, generated/, package.json) stay the same.
// The package ships only this folder of dist/ (plus bin/): every library is bundled in, so the
// libraries are devDependencies and an install pulls in no other package. scripts/clean.mjs has
// removed the previous build first.
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { computeBuildId } from "../dist/load/build-id.js";

await build({
  entryPoints: { main: "dist/cli/entry.js", "batch-worker": "dist/batch/worker.js" },
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
  plugins: [lazyBuiltins(), builtinsByRequire()],
  logLevel: "warning",
});

/**
 * Node modules that cost start-up time but that most commands never use get a stand-in that loads
 * the real module on first use (scripts/shims/): node:crypto in our code (~10 ms; `score --json`
 * never hashes), and node:child_process inside commander (~10 ms; it starts executable
 * subcommands, which zelftest has none of). `npm run bench` measures the start-up.
 * @returns {import("esbuild").Plugin}
 */
function lazyBuiltins() {
  const shim = (name) => fileURLToPath(new URL(`shims/${name}`, import.meta.url));
  return {
    name: "zelftest-lazy-builtins",
    setup(b) {
      // Our own code (dist/, compiled from src/) only; libraries that need crypto are not on the start-up path.
      b.onResolve({ filter: /^(node:)?crypto$/ }, (args) =>
        /[\\/]dist[\\/]/.test(args.importer) && !/[\\/]node_modules[\\/]/.test(args.importer)
          ? { path: shim("lazy-crypto.mjs") }
          : undefined,
      );
      b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
        /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
          ? { path: shim("lazy-child-process.cjs") }
          : undefined,
      );
    },
  };
}

/**
 * Every other Node module is loaded with require() instead of an ESM import. Importing a Node
 * module from ESM builds its namespace, which reads every export, lazy getters included: an
 * `import … from "node:fs"` loads fs.promises and with it readline, the REPL's history, os and all
 * of node:stream (34 modules, ~5 ms); node:util, node:process and node:tty do the same. require()
 * returns the module object as it is, so those getters run only when used. esbuild reads the
 * named imports from the required object at each use, so behaviour is the same.
 * @returns {import("esbuild").Plugin}
 */
function builtinsByRequire() {
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  return {
    name: "zelftest-builtins-by-require",
    setup(b) {
      b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) =>
        args.kind === "import-statement" && builtins.has(args.path) && args.namespace !== "zelftest-builtin"
          ? { path: args.path.startsWith("node:") ? args.path : `node:${args.path}`, namespace: "zelftest-builtin" }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: "zelftest-builtin" }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: "js",
      }));
    },
  };
}
