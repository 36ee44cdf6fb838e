#!/usr/bin/env node
// Entry point of the `zelftest` command. `--version` is answered here without loading anything,
// so that the most common probe starts as fast as bare node. A command that has a bundle of its
// own (dist/bundle/cli-NAME.cjs: `score`) runs from it with a V8 code cache of what it
// ran before; everything else goes to the bundle's entry (dist/bundle/main.mjs), which Node's
// compile cache (Node 22.1+, in the system's temporary folder) keeps compiled (README, Performance).
// node:fs is required, not imported: an ESM import of it would load fs.promises, readline and
// node:stream with it (scripts/bundle.mjs, builtinsByRequire).
import module from "node:module";

const require = module.createRequire(import.meta.url);

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const pkg = JSON.parse(require("node:fs").readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${pkg.version}\n`);
} else {
  module.enableCompileCache?.();
  const own = commandBundle(args[0]);
  let cli = own?.exports;
  if (!cli) {
    try {
      cli = await import("../dist/bundle/main.mjs");
    } catch (err) {
      if (err && err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("dist")) {
        process.stderr.write(
          "zelftest is not built yet: run `npm install` (or `npm run build`) in the zelftest folder first.\n",
        );
        process.exit(1);
      }
      throw err;
    }
  }
  process.exitCode = await cli.main(args, cli.nodeIo());
  own?.saveCodeCache();
}

/**
 * The command's own bundle, run with the V8 code cache that an earlier run left in Node's compile
 * cache folder, or undefined: no such bundle, or no compile cache (Node before 22.8, or
 * NODE_DISABLE_COMPILE_CACHE), where main.mjs with Node's own cache starts faster. The cache is
 * made after the command ran, so it holds every function the command used; V8 refuses a cache of
 * another V8 version or other flags, and the file's name carries a hash of the bundle's text and the
 * V8 version, so a changed bundle never meets an old cache. A cache that cannot be read or written is left alone.
 */
function commandBundle(name) {
  const dir = module.getCompileCacheDir?.();
  if (!dir || typeof name !== "string" || !/^[a-z]+$/.test(name)) return undefined;
  const fs = require("node:fs");
  const path = require("node:path");
  const file = require("node:url").fileURLToPath(new URL(`../dist/bundle/cli-${name}.cjs`, import.meta.url));
  let source;
  try {
    source = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const key = /^\/\/ zelftest-code-cache ([0-9a-f]{16})\n/.exec(source)?.[1];
  if (!key) return undefined;
  // One file per V8 version, so that Node 22 and 24 on the same machine do not rewrite each other's.
  const cacheFile = path.join(dir, `zelftest-${name}-${key}-v8-${process.versions.v8}.v8cache`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // no cache yet: this run makes it
  }
  const vm = require("node:vm");
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, module.createRequire(file), mod, file, path.dirname(file));
  return {
    exports: mod.exports,
    saveCodeCache() {
      if (cachedData && !script.cachedDataRejected) return;
      const temp = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temp, script.createCachedData());
        fs.renameSync(temp, cacheFile);
      } catch {
        try {
          fs.rmSync(temp, { force: true });
        } catch {
          // the cache folder is not ours to clean
        }
      }
    },
  };
}
