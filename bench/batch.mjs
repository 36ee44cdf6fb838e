// Batch benchmark (issues 15 and 24). Answer files of every shape other tools write (the
// researcher's mix, bench/mixed-shapes.py: PyYAML safe_dump and default dump, flow style, JSON
// indented and on one line, CRLF, BOM), then, interleaved in the same run so that the load of this
// shared machine weighs on all of them alike:
//   - the floor: read and parse the same files in one Node process (bench/floor.mjs);
//   - the Python route: the script a researcher would write (bench/python-route.py: PyYAML's C
//     loader, json, scoring, a wide CSV);
//   - the tool: `zelftest batch DIR --format csv`, and `--format csv-long` right after it;
// then `--format json`, `parquet`, `panel`, `md` and `html` once each. Every figure with its wall
// time, CPU time (user + sys), peak RSS and the machine's load (1-minute average) before → after.
// Targets (issue 24): batch csv ≤ 0.5 × the floor and ≤ 0.5 × the Python route at 10,000 and
// 100,000 files on 2 cores; csv-long ≤ 1.5 × csv; peak RSS ≤ 300 MB in every format.
//
// The mix needs python3 with PyYAML (and libyaml for the Python route); without them the
// benchmark says so and runs on bench/synthetic.mjs files (the tool's own shape) without the
// Python route. BENCH_SHAPES=synthetic picks those anyway.
// BENCH_SIZES=1000,10000 picks sizes (default 10000,100000); BENCH_RUNS=3 the runs per size
// below 100,000 (100,000 files are measured once: never in a loop); BENCH_FORMATS=csv-long (or
// empty) the other formats; BENCH_KEEP=1 keeps the generated files in the temporary folder and
// reuses them in the next run (delete zelftest-bench-* there to free the space).
// PyYAML's pure-Python dumper writes about 50–100 files a second here, so a larger set repeats
// the first BENCH_DISTINCT (default 10,000) files under other names: nothing in the floor, the
// Python route or the tool keeps anything from one file to the next, so the time per file is the
// same as for distinct files.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeAnswerFiles } from "./synthetic.mjs";

const bench = dirname(fileURLToPath(import.meta.url));
const root = join(bench, "..");
const QUESTIONNAIRE = join(root, "questionnaires", "clientondersteuning-wmo2015.yaml");
const TARGET_FLOOR = 0.5;
const TARGET_PYTHON = 0.5;
const TARGET_LONG = 1.5;
const RSS_BUDGET = 300;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const formats = (process.env.BENCH_FORMATS ?? "csv-long,json,parquet,panel,md,html").split(",").filter(Boolean);
const keep = process.env.BENCH_KEEP === "1";
const SEED = 24;
const DISTINCT = Number(process.env.BENCH_DISTINCT ?? 10_000);

const python = (() => {
  const r = spawnSync("python3", ["-c", "import yaml; print(yaml.__version__, hasattr(yaml, 'CSafeLoader'))"], {
    encoding: "utf8",
  });
  if (r.status !== 0) return { ok: false, why: "python3 with PyYAML not found" };
  const [version, c] = r.stdout.trim().split(" ");
  return { ok: true, version, libyaml: c === "True" };
})();
const shapes = process.env.BENCH_SHAPES === "synthetic" || !python.ok ? "synthetic" : "mixed";

/** Where the files of `n` are made (or found again, with BENCH_KEEP=1): named after what makes them. */
function dataDir(n) {
  const hash = createHash("sha256");
  if (shapes === "mixed") {
    hash.update(readFileSync(join(bench, "mixed-shapes.py")));
    hash.update(readFileSync(QUESTIONNAIRE));
    hash.update(python.version);
  } else hash.update(readFileSync(join(bench, "synthetic.mjs")));
  return join(tmpdir(), `zelftest-bench-${shapes}-${n}-${SEED}-${hash.digest("hex").slice(0, 10)}`);
}

function makeFiles(n) {
  const dir = dataDir(n);
  if (existsSync(join(dir, ".complete"))) return { dir, made: "reused" };
  rmSync(dir, { recursive: true, force: true });
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const start = Date.now();
  let styles = "";
  if (shapes === "mixed" && n > DISTINCT) {
    const source = makeFiles(DISTINCT).dir;
    const names = readdirSync(source)
      .filter((d) => d.startsWith("deel-"))
      .sort()
      .flatMap((d) =>
        readdirSync(join(source, d))
          .sort()
          .map((f) => join(d, f)),
      );
    for (let k = 0; k < n; k += 1) {
      const from = names[k % names.length];
      const folder = join(partial, `deel-${String(Math.floor(k / 1000)).padStart(3, "0")}`);
      if (k % 1000 === 0) mkdirSync(folder, { recursive: true });
      copyFileSync(
        join(source, from),
        join(folder, `antwoord-${String(k).padStart(6, "0")}${from.slice(from.lastIndexOf("."))}`),
      );
    }
    styles = `(the ${names.length} files of the ${DISTINCT} set, repeated)`;
  } else if (shapes === "mixed") {
    const r = spawnSync("python3", [join(bench, "mixed-shapes.py"), QUESTIONNAIRE, partial, String(n), String(SEED)], {
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`mixed-shapes.py failed: ${r.stderr}`);
    styles = r.stdout.trim();
  } else makeAnswerFiles(partial, n, SEED);
  spawnSync("touch", [join(partial, ".complete")]);
  renameSync(partial, dir);
  return { dir, made: `made in ${((Date.now() - start) / 1000).toFixed(0)} s${styles ? ` ${styles}` : ""}` };
}

/** Wall time, CPU time (user + sys) and peak RSS of a command, from GNU time when available. */
function measure(command, args) {
  const useTime = spawnSync("/usr/bin/time", ["--version"]).status === 0;
  const before = loadavg()[0];
  const start = process.hrtime.bigint();
  const r = useTime
    ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", command, ...args], { encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 3) throw new Error(`${command} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const [kb, user, sys] = useTime ? r.stderr.trim().split("\n").at(-1).split(" ").map(Number) : [NaN, NaN, NaN];
  return { s, cpu: user + sys, rss: kb / 1024, load: `${before.toFixed(1)}→${loadavg()[0].toFixed(1)}` };
}

const fmt = (m) =>
  `${m.s.toFixed(2)} s wall, ${m.cpu.toFixed(1)} s CPU, ${m.rss.toFixed(0)} MB${m.rss > RSS_BUDGET ? ` (OVER ${RSS_BUDGET})` : ""}, load ${m.load}`;
const verdict = (ratio, target) => (ratio <= target ? `ok, ≤ ${target}` : `OVER ${target}`);
const median = (xs) => [...xs].sort((a, b) => a.s - b.s)[Math.floor(xs.length / 2)];

console.log(
  `batch on ${shapes === "mixed" ? "mixed-shape" : "synthetic (the tool's own shape)"} answer files; node ${process.version}, ${cpus().length} cores` +
    (shapes === "mixed"
      ? `, PyYAML ${python.version}${python.libyaml ? " with libyaml" : " WITHOUT libyaml (no Python route)"}`
      : python.ok
        ? ""
        : ` (${python.why}: the mixed shapes and the Python route are skipped)`),
);
const rows = [];
// The generated files (a larger set's source too) go at the end, also after a failure, unless BENCH_KEEP=1.
process.on("exit", () => {
  if (!keep) for (const n of [...sizes, DISTINCT]) rmSync(dataDir(n), { recursive: true, force: true });
});
for (const n of sizes) {
  const { dir, made } = makeFiles(n);
  const outs = [];
  const out = (format) => {
    const file = join(tmpdir(), `zelftest-bench-out-${process.pid}.${format}`);
    outs.push(file);
    return file;
  };
  const tool = (format, ...more) => [
    join(root, "bin", "zelftest.js"),
    "batch",
    dir,
    "--format",
    format,
    "--out",
    out(format),
    ...more,
  ];
  const floorArgs = [join(bench, "floor.mjs"), dir];
  const pyArgs = [join(bench, "python-route.py"), QUESTIONNAIRE, out("py.csv"), dir];
  const withPython = shapes === "mixed" && python.libyaml;
  try {
    console.log(`  ${n} files (${made}) in ${dir}`);
    const runs = n >= 100_000 ? 1 : RUNS;
    const floor = [];
    const py = [];
    const csv = [];
    const long = [];
    const withLong = formats.includes("csv-long");
    let longSize = 0;
    for (let i = 0; i < runs; i += 1) {
      floor.push(measure(process.execPath, floorArgs));
      if (withPython) py.push(measure("python3", pyArgs));
      csv.push(measure(process.execPath, tool("csv")));
      if (withLong) {
        long.push(measure(process.execPath, tool("csv-long")));
        longSize = statSync(outs.at(-1)).size;
        // Removed at once: its pages (225 MB at 10,000 files) would otherwise be written back
        // during the next run, the floor's, and make the floor slower than it is.
        rmSync(outs.at(-1), { force: true });
      }
    }
    const [f, p, c] = [median(floor), withPython ? median(py) : undefined, median(csv)];
    console.log(`    floor        ${fmt(f)}`);
    if (p) console.log(`    Python route ${fmt(p)}`);
    console.log(`    tool csv     ${fmt(c)}`);
    // The ratio of each run to the run next to it (interleaved: the same load), their median judged.
    const ratioText = (xs, target, ys = csv) => {
      const ratios = ys.map((x, i) => x.s / xs[i].s).sort((a, b) => a - b);
      const cpus = ys.map((x, i) => x.cpu / xs[i].cpu).sort((a, b) => a - b);
      const mid = ratios[Math.floor(ratios.length / 2)];
      const all = (rs) => (rs.length > 1 ? ` (runs ${rs.map((r) => r.toFixed(2)).join("–")})` : "");
      return `${mid.toFixed(2)}${all(ratios)} ${verdict(mid, target)}; CPU ${cpus[Math.floor(cpus.length / 2)].toFixed(2)}${all(cpus)}`;
    };
    console.log(`    csv / floor  ${ratioText(floor, TARGET_FLOOR)}`);
    if (p) console.log(`    csv / Python ${ratioText(py, TARGET_PYTHON)}`);
    const row = { n, csv: c };
    const sizeText = (size) => `${(size / 1e6).toFixed(size < 1e7 ? 1 : 0)} MB`;
    if (withLong) {
      // Each csv-long run right after a csv run, judged against it (issue 24: ≤ 1.5 × csv).
      console.log(`    tool csv-long ${fmt(median(long))}, output ${sizeText(longSize)}`);
      console.log(`    long / csv   ${ratioText(csv, TARGET_LONG, long)}`);
    }
    for (const format of formats.filter((f) => f !== "csv-long")) {
      const m = measure(process.execPath, tool(format));
      console.log(`    tool ${format.padEnd(8)} ${fmt(m)}, output ${sizeText(statSync(outs.at(-1)).size)}`);
    }
    rows.push(row);
  } finally {
    for (const file of outs) rmSync(file, { force: true });
  }
}
if (rows.length > 1) {
  const [a, b] = [rows[0], rows.at(-1)];
  console.log(
    `  growth: ${(b.n / a.n).toFixed(0)}× the files took ${(b.csv.s / a.csv.s).toFixed(1)}× the time (linear = ${(b.n / a.n).toFixed(0)}×)`,
  );
}
