// Bundles the CLI with its dependencies into dist/bundle/ (one file per lazily loaded command),
// because loading ~90 small module files of commander and yaml costs ~40 ms at every start.
// dist/bundle/ sits two levels below the package root, like dist/load/, so the paths the code
// computes from import.meta.url (questionnaires/, generated/, package.json) stay the same.
// The package ships only this folder of dist/ (plus bin/): every library is bundled in, so the
// libraries are devDependencies and an install pulls in no other package. scripts/clean.mjs has
// removed the previous build first.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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

// The command run most often, file after file, also gets a bundle of its own: one CommonJS file
// with the command line and that command only (dist/bundle/cli-score.cjs, ~650 KB; another command
// would add as much to the package). bin/zelftest.js runs it with a V8 code cache made after the
// first run, so that the functions the command runs come compiled from the cache; Node's compile
// cache holds only what V8 compiles before a module runs (the top level) and compiles every
// function again at each start (README, Performance). Its first line is a hash of the rest: the
// name of its code cache.
const FAST_COMMANDS = ["score"];
mkdirSync("dist/bundle-meta", { recursive: true });
for (const command of FAST_COMMANDS) {
  const result = await build({
    entryPoints: { [`cli-${command}`]: "dist/cli/entry.js" },
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node22",
    outdir: "dist/bundle",
    outExtension: { ".js": ".cjs" },
    define: { __ZELFTEST_BUILD_ID__: JSON.stringify(computeBuildId(".")), "import.meta.url": "__zelftestUrl" },
    // Not builtinsByRequire: CommonJS output requires Node's modules and reads the named imports
    // from them as they are; that plugin would copy each module's exports for every importer.
    plugins: [lazyBuiltins(), onlyCommand(command), validatorsInside()],
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  const [out] = result.outputFiles;
  const key = createHash("sha256").update(out.contents).digest("hex").slice(0, 16);
  // Strict, as the ES modules it is built from; the code's paths come from import.meta.url, which
  // CommonJS has not: the bundle's own URL.
  const head = `// zelftest-code-cache ${key}\n"use strict";\nconst __zelftestUrl = require("node:url").pathToFileURL(__filename).href;\n`;
  writeFileSync(out.path, head + out.text);
  // Which modules the bundle holds and how each is reached (test/cli/startup-path.test.ts); not shipped.
  writeFileSync(`dist/bundle-meta/cli-${command}.json`, JSON.stringify(result.metafile));
}

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

/**
 * In a command's own bundle, the other commands of the command line are left out: bin/zelftest.js
 * uses cli-NAME.cjs only when the first argument is NAME, so commander never runs another command
 * there; should it ever, the import fails with this message instead of running half a program.
 * @returns {import("esbuild").Plugin}
 */
function onlyCommand(command) {
  return {
    name: "zelftest-only-command",
    setup(b) {
      b.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) => {
        if (args.kind !== "dynamic-import" || !/[\\/]dist[\\/]cli[\\/]main\.js$/.test(args.importer)) return undefined;
        const name = args.path.slice("./commands/".length, -".js".length);
        return name === command ? undefined : { path: name, namespace: "zelftest-other-command" };
      });
      b.onLoad({ filter: /.*/, namespace: "zelftest-other-command" }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`cli-${command}.cjs has no ${args.path} command: bin/zelftest.js loads main.mjs for it`)});`,
        loader: "js",
      }));
    },
  };
}

/**
 * The answer files' schema validator (generated/validate-answers.cjs, made before the bundles by
 * scripts/build-generated.mjs) goes inside a command's bundle, so that its functions are in the
 * bundle's code cache too. dist/load/validators.js requires the validators by a name it builds,
 * which esbuild cannot follow: the answers' one gets a require esbuild can; the questionnaires'
 * (five times the size, used only for a questionnaire given as YAML) is still read from disk.
 * Both are loaded on first use, as before.
 * @returns {import("esbuild").Plugin}
 */
function validatorsInside() {
  return {
    name: "zelftest-validators-inside",
    setup(b) {
      b.onLoad({ filter: /[\\/]dist[\\/]load[\\/]validators\.js$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        const own = "const require = createRequire(import.meta.url);";
        const byName = "`../../generated/validate-$" + "{name}.cjs`"; // the template literal, as text
        const dynamic = `require(${byName})`;
        if (!text.includes(own) || !text.includes(dynamic))
          throw new Error(`${args.path}: not the require this plugin replaces (scripts/bundle.mjs, validatorsInside)`);
        const fixed = `(name === "answers" ? require("../../generated/validate-answers.cjs") : fromDisk(${byName}))`;
        const contents = text.replace(own, "const fromDisk = createRequire(import.meta.url);").replace(dynamic, fixed);
        return { contents, loader: "js" };
      });
    },
  };
}
