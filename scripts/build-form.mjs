// Builds the browser code of the offline form (`zelftest formulier`, docs/form.md) into
// generated/form/: one script (src/form/ with the shared load, flow, score and report code it
// imports, bundled by esbuild), one stylesheet (the report's CSS, the form's and that of its modes at the table), and a manifest
// with their sha256 hashes for the page's Content-Security-Policy. The command only fills these
// into templates/form.html.mustache with the questionnaire: the hashes are fixed at build time.
//
// The browser has no Node: `node:crypto` and `node:buffer` are replaced by the small browser
// versions in src/form/node/, load/validators.ts by the one that imports the precompiled ajv
// validator statically. Any other Node module in the bundle fails the build.
// Runs in `npm run build` after build-generated.mjs (it needs generated/validate-answers.cjs).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "generated", "form");

const NODE_SHIMS = {
  "node:crypto": join(root, "src", "form", "node", "crypto.ts"),
  "node:buffer": join(root, "src", "form", "node", "buffer.ts"),
};

/** @type {import("esbuild").Plugin} */
const browserOnly = {
  name: "zelftest-browser-only",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => {
      const shim = NODE_SHIMS[args.path];
      if (shim) return { path: shim };
      return {
        errors: [
          {
            text: `${args.path} cannot run in the browser (imported by ${args.importer}); the form imports nothing from Node`,
          },
        ],
      };
    });
    b.onResolve({ filter: /^\.\/validators\.js$/ }, (args) =>
      args.importer.endsWith(join("src", "load", "parse-answers.ts"))
        ? { path: join(root, "src", "form", "node", "validators.ts") }
        : undefined,
    );
  },
};

function writeAtomic(target, text) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
}

/** The options both parts are built with. */
const common = {
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  // "Any current browser": the last few years of Edge, Chrome, Firefox and Safari.
  target: ["chrome100", "edge100", "firefox100", "safari16"],
  minify: true,
  legalComments: "eof",
  charset: "utf8",
  loader: { ".mustache": "text", ".css": "text" },
  // Only Node code paths that the browser never reaches read import.meta.url (load/source-document.ts
  // finds the yaml library with Node's require where the code runs unbundled); an iife has no
  // import.meta, so say so instead of a warning at every build.
  define: { "import.meta.url": "undefined" },
  logLevel: "warning",
  metafile: true,
};

// Two parts (docs/form.md, "What is in the file"). The first part (src/form/main.ts) is all that opening the
// page and answering needs; the second (src/form/later.ts: the result's report, Samenvoegen,
// Vergelijken, opening and writing answer files) sits in the page as a data block that the browser
// neither compiles nor runs until it is asked for (src/form/load-later.ts), then runs as an inline
// script allowed by its hash. Modules both parts use are in the first part only: it publishes them
// on a global, and the second part's imports of them read that global, so that no code is twice in
// the page and both parts share one instance of each module (state, WeakMaps).
const SHARED = "__zelftestShared";
const entry = (name) => join(root, "src", "form", name);
const inputsOf = (r) => new Set(Object.keys(r.metafile.inputs).map((f) => join(root, f)));
const firstAlone = await build({ ...common, entryPoints: [entry("main.ts")], plugins: [browserOnly] });
const laterAlone = await build({ ...common, entryPoints: [entry("later.ts")], plugins: [browserOnly] });
const firstInputs = inputsOf(firstAlone);
const shared = [...inputsOf(laterAlone)].filter((f) => firstInputs.has(f) && /\.(ts|js|mjs|cjs)$/.test(f)).sort();
const key = (f) =>
  f
    .slice(root.length + 1)
    .split("\\")
    .join("/");

/** The first part: main.ts, then the shared modules published under their path. */
const publish = {
  name: "zelftest-publish-shared",
  setup(b) {
    b.onResolve({ filter: /^zelftest:first$/ }, () => ({ path: "first", namespace: "zelftest-first" }));
    b.onLoad({ filter: /.*/, namespace: "zelftest-first" }, () => ({
      resolveDir: root,
      loader: "js",
      contents: [
        `import ${JSON.stringify(entry("main.ts"))};`,
        ...shared.map((f, k) => `import * as m${k} from ${JSON.stringify(f)};`),
        // A mark on each namespace, so that the second part reads a default export as one.
        `const shared = [${shared.map((f, k) => `[${JSON.stringify(key(f))}, m${k}]`).join(", ")}];`,
        `globalThis.${SHARED} = Object.freeze(Object.fromEntries(shared.map(([k, m]) => [k, Object.defineProperty(Object.create(null, Object.getOwnPropertyDescriptors(m)), "__esModule", { value: true })])));`,
      ].join("\n"),
    }));
  },
};

/** The second part: what the first part holds is read from it, never bundled again. */
const fromFirst = {
  name: "zelftest-from-first",
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === "inner" || args.kind === "entry-point") return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: "inner",
      });
      if (r.errors.length > 0 || !shared.includes(r.path)) return undefined;
      return { path: key(r.path), namespace: "zelftest-shared" };
    });
    b.onLoad({ filter: /.*/, namespace: "zelftest-shared" }, (args) => ({
      loader: "js",
      contents: `module.exports = globalThis.${SHARED}[${JSON.stringify(args.path)}];`,
    }));
  },
};

const first = await build({ ...common, entryPoints: ["zelftest:first"], plugins: [publish, browserOnly] });
const later = await build({
  ...common,
  entryPoints: [entry("later.ts")],
  globalName: "__zelftestLater",
  plugins: [fromFirst, browserOnly],
});
// Nothing of the first part may be in the second (each module in one place only).
for (const f of inputsOf(later)) {
  if (firstInputs.has(f) && !f.includes("zelftest-shared"))
    throw new Error(`${key(f)} is in both parts of the form's script`);
}

/** The script sits inline in a <script> element: it must not end it early. */
function inline(text) {
  const t = text.trim();
  return /<\/script|<!--/i.test(t) ? t.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--") : t;
}
const script = inline(first.outputFiles[0].text);
const laterScript = inline(later.outputFiles[0].text);
const style = [
  readFileSync(join(root, "templates", "report.css"), "utf8"),
  readFileSync(join(root, "templates", "form.css"), "utf8"),
  readFileSync(join(root, "templates", "form-table.css"), "utf8"),
]
  .map((s) => s.trim())
  .join("\n");
const hash = (text) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

writeAtomic(join(outDir, "form.js"), script);
writeAtomic(join(outDir, "form-later.js"), laterScript);
writeAtomic(join(outDir, "form.css"), style);
writeAtomic(
  join(outDir, "manifest.json"),
  `${JSON.stringify(
    {
      scriptHash: hash(script),
      laterHash: hash(laterScript),
      styleHash: hash(style),
      scriptBytes: Buffer.byteLength(script),
      laterBytes: Buffer.byteLength(laterScript),
      styleBytes: Buffer.byteLength(style),
    },
    null,
    2,
  )}\n`,
);
