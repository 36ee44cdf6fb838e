// Start-up benchmark of the package as a user gets it: `npm pack`, `npm install` of that tarball
// into an empty folder (from the npm cache where it can), then the same measurement as
// startup.mjs against the installed `zelftest` (npm gives every file a new time on install, so
// this is where a cache keyed on file times would miss). Also prints the installed size.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { measureStartup } from "./measure-startup.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "zelftest-bench-installed-"));
let ok = false;
try {
  const npm = (args, cwd) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [packed] = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], root));
  const app = join(work, "app");
  mkdirSync(app);
  npm(["init", "-y"], app);
  npm(["install", "--prefer-offline", "--no-audit", "--no-fund", join(work, packed.filename)], app);
  const du = execFileSync("du", ["-sk", join(app, "node_modules")], { encoding: "utf8" });
  // Every package folder under node_modules, zelftest itself included.
  const packages = new Set(npm(["ls", "--all", "--parseable"], app).trim().split("\n").slice(1)).size;
  console.log(
    `installed package: ${packed.filename}, ${(packed.size / 1024).toFixed(0)} kB packed, ` +
      `${(Number(du.split("\t")[0]) / 1024).toFixed(1)} MB in node_modules, ${packages} packages`,
  );
  ok = measureStartup({
    title: "start-up of the installed package",
    bin: join(app, "node_modules", "zelftest", "bin", "zelftest.js"),
    example: join(root, "examples", "gemeente-rijssen-holten-2015.yaml"),
    cwd: app,
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
