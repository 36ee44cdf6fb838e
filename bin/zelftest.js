#!/usr/bin/env node
// Entry point of the `zelftest` command. `--version` is answered here without loading anything,
// so that the most common probe starts as fast as bare node; everything else goes to the bundle's
// entry (dist/bundle/main.mjs: the command line and the process's input and output).
// Node 22.1+ keeps the compiled code of the bundle in its compile cache (in the system's temporary
// folder), so later starts skip parsing and compiling it (README, Performance).
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
  let cli;
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
  process.exitCode = await cli.main(args, cli.nodeIo());
}
