// Checks the package as a user gets it (CI runs this after the build): `npm pack`, `npm install`
// of the tarball into an empty folder (offline: the package needs nothing from the registry),
// then the commands from there, on the examples of this checkout. Exits 1 on the first failure.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "zelftest-check-package-"));
const examples = join(root, "examples");

function npm(args, cwd) {
  return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

let failures = 0;
function run(title, args, check = () => true, cwd = join(work, "app")) {
  const bin = join(work, "app", "node_modules", "zelftest", "bin", "zelftest.js");
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  const ok = r.status === 0 && check(r.stdout);
  if (!ok) failures += 1;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${title}${ok ? "" : ` (exit ${r.status})\n${r.stderr}${r.stdout.slice(0, 2000)}`}`,
  );
}

try {
  const [packed] = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], root));
  const app = join(work, "app");
  mkdirSync(app);
  npm(["init", "-y"], app);
  npm(["install", "--offline", "--no-audit", "--no-fund", join(work, packed.filename)], app);
  console.log(`installed ${packed.filename} (${packed.files.length} files) into an empty folder`);

  const data = join(app, "data");
  cpSync(examples, data, { recursive: true });
  const file = join(data, "gemeente-rijssen-holten-2015.yaml");
  // 250 files: enough for the batch to use its worker threads.
  const many = join(app, "many");
  mkdirSync(many);
  for (let i = 0; i < 250; i += 1) cpSync(file, join(many, `f${i}.yaml`));

  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  run("--version", ["--version"], (out) => out.trim() === version);
  run("--help", ["--help"], (out) => out.includes("score"));
  run("score", ["score", file], (out) => out.includes("Rijssen-Holten"));
  run("score --json", ["score", file, "--json"], (out) => JSON.parse(out).municipality === "Rijssen-Holten");
  run(
    "score, relative path",
    ["score", "data/gemeente-rijssen-holten-2015.yaml", "--json"],
    (out) => JSON.parse(out).score !== undefined,
  );
  run("validate", [
    "validate",
    ...["gemeente-rijssen-holten-2015.yaml", "gemeente-half-ingevuld.json"].map((f) => join(data, f)),
  ]);
  run("report md", ["report", file, "--format", "md", "--out", "r.md"], () =>
    readFileSync(join(app, "r.md"), "utf8").startsWith("#"),
  );
  run("report html", ["report", file, "--format", "html", "--out", "r.html"], () =>
    readFileSync(join(app, "r.html"), "utf8").includes("<html"),
  );
  run("compare", ["compare", file, join(data, "gemeente-rijssen-holten-2016.yaml"), "--format", "md"], (out) =>
    out.includes("Rijssen-Holten"),
  );
  run(
    "batch csv (worker threads)",
    ["batch", many, "--format", "csv", "--out", "b.csv"],
    () => readFileSync(join(app, "b.csv"), "utf8").trim().split("\n").length === 251,
  );
  run("batch summary md", ["batch", data, "--format", "md", "--out", "b.md"], () => existsSync(join(app, "b.md")));
  const help = spawnSync(process.execPath, [join(app, "node_modules", "zelftest", "bin", "zelftest.js"), "--help"], {
    encoding: "utf8",
  }).stdout;
  if (/^\s+formulier\b/m.test(help)) {
    run("formulier", ["formulier", "--out", "formulier.html"], () =>
      readFileSync(join(app, "formulier.html"), "utf8").includes("<html"),
    );
  } else console.log("skip formulier (not a command of this version)");

  // As someone without a checkout runs it: `npm exec --package ./zelftest-x.y.z.tgz zelftest` in an
  // empty folder (what `npx zelftest` does once the package is on the registry). The outputs land
  // in that folder, never in the package's own folder.
  const empty = join(work, "leeg");
  mkdirSync(empty);
  const exec = (args) =>
    spawnSync(
      "npm",
      ["exec", "--yes", "--offline", "--package", join(work, packed.filename), "--", "zelftest", ...args],
      {
        cwd: empty,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", npm_config_cache: join(work, "npm-cache") },
      },
    );
  const check = (title, r, ok) => {
    const good = r.status === 0 && ok();
    if (!good) failures += 1;
    console.log(
      `${good ? "ok  " : "FAIL"} ${title}${good ? "" : ` (exit ${r.status})\n${r.stderr}${r.stdout.slice(0, 2000)}`}`,
    );
  };
  const v = exec(["--version"]);
  check("npm exec --package TARBALL zelftest --version, in an empty folder", v, () => v.stdout.trim() === version);
  const f = exec(["formulier"]);
  check("npm exec … zelftest formulier writes zelftest-formulier.html into the current folder", f, () =>
    existsSync(join(empty, "zelftest-formulier.html")),
  );
  cpSync(file, join(empty, "antwoorden.yaml"));
  const r = exec(["report", "antwoorden.yaml", "--out", "rapport.html"]);
  check("npm exec … zelftest report FILE --out rapport.html, relative to the current folder", r, () =>
    readFileSync(join(empty, "rapport.html"), "utf8").includes("<html"),
  );

  // Ready to publish: `npm publish --dry-run` packs the same files without an error.
  const publish = spawnSync("npm", ["publish", "--dry-run", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
  check("npm publish --dry-run", publish, () => publish.stderr.includes("zelftest@"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`${failures} check(s) of the installed package failed`);
  process.exitCode = 1;
}
