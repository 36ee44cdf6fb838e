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

const result = await build({
  entryPoints: [join(root, "src", "form", "main.ts")],
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
  plugins: [browserOnly],
  // Only Node code paths that the browser never reaches read import.meta.url (load/source-document.ts
  // finds the yaml library with Node's require where the code runs unbundled); an iife has no
  // import.meta, so say so instead of a warning at every build.
  define: { "import.meta.url": "undefined" },
  logLevel: "warning",
});

// The script sits inline in a <script> element: it must not end it early.
let script = result.outputFiles[0].text.trim();
if (/<\/script|<!--/i.test(script)) script = script.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
const style = [
  readFileSync(join(root, "templates", "report.css"), "utf8"),
  readFileSync(join(root, "templates", "form.css"), "utf8"),
  readFileSync(join(root, "templates", "form-table.css"), "utf8"),
]
  .map((s) => s.trim())
  .join("\n");
const hash = (text) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

writeAtomic(join(outDir, "form.js"), script);
writeAtomic(join(outDir, "form.css"), style);
writeAtomic(
  join(outDir, "manifest.json"),
  `${JSON.stringify(
    {
      scriptHash: hash(script),
      styleHash: hash(style),
      scriptBytes: Buffer.byteLength(script),
      styleBytes: Buffer.byteLength(style),
    },
    null,
    2,
  )}\n`,
);
