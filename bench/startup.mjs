// Start-up benchmark, in the checkout: `zelftest --version` and `zelftest score FILE --json`
// against a bare `node -e 0` (see measure-startup.mjs; installed.mjs does the same for the package
// as a user installs it).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { measureStartup } from "./measure-startup.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ok = measureStartup({
  title: "start-up in the checkout",
  bin: join(root, "bin", "zelftest.js"),
  example: join(root, "examples", "gemeente-rijssen-holten-2015.yaml"),
});
process.exitCode = ok ? 0 : 1;
