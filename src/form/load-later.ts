// Runs the form's second part (later.ts) the first time it is needed: the page carries its code as
// a data block (a <script> the browser does not run); it is put in a new inline script, which the
// page's Content-Security-Policy allows by its hash, and runs at once. So a step that needs it
// stays synchronous, and nothing is fetched: the code was in the page from the start.
// This module imports nothing (the second part imports the first part's modules, not the other
// way round): a caller names the export it needs and its type, `fromLater<typeof x>("x")` with
// `import type { x }` from the module that defines it; test/form/later-part.test.ts checks the names.

/** The id of the data block with the second part's code (templates/form.html.mustache). */
export const LATER_ELEMENT_ID = "zelftest-later";
/** The global the second part leaves its exports on (esbuild's globalName, scripts/build-form.mjs). */
const LATER_GLOBAL = "__zelftestLater";

let later: Readonly<Record<string, unknown>> | undefined;

function loadLater(): Readonly<Record<string, unknown>> {
  if (later) return later;
  const source = document.getElementById(LATER_ELEMENT_ID);
  if (!source) throw new Error(`the form's second part (#${LATER_ELEMENT_ID}) is missing from the page`);
  const script = document.createElement("script");
  script.textContent = source.textContent;
  document.head.append(script);
  const loaded = (globalThis as unknown as Record<string, Readonly<Record<string, unknown>> | undefined>)[LATER_GLOBAL];
  if (!loaded) throw new Error("the form's second part did not run (its hash is not in the page's policy?)");
  later = loaded;
  return later;
}

/** One export of the second part (src/form/later.ts), run first if it has not run yet. */
export function fromLater<T>(name: string): T {
  const value = loadLater()[name];
  if (value === undefined) throw new Error(`the form's second part has no ${name}`);
  return value as T;
}
