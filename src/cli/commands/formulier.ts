// `zelftest formulier [--out FILE] [--lang nl|en] [--questionnaire FILE|ID]` (alias `form`):
// writes the offline form (docs/form.md), one self-contained HTML file. The browser code and its
// CSS were built with their CSP hashes by scripts/build-form.mjs (generated/form/); this fills
// them into templates/form.html.mustache with the questionnaire and the language, as data.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Mustache from "mustache";
import { loadQuestionnaire } from "../../load/load-files.js";
import { LIMITS } from "../../load/read-file.js";
import { localize } from "../../model/questionnaire.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import type { Lang } from "../../model/vocabulary.js";
import { FORM_TEXT } from "../../messages/form.js";
import { escapeHtml } from "../../report/escape.js";
import { pageDataJson, questionnaireJson } from "../../form/page-data.js";
import type { Io } from "../io.js";
import { packageVersion } from "../package-version.js";
import { readTemplate } from "../read-templates.js";
import { writeOutput } from "../output.js";

export interface FormulierOptions {
  out?: string;
  questionnaire?: string;
  lang: Lang;
}

/** The default file name, in the folder the command runs in. */
export const DEFAULT_FORM_FILE = "zelftest-formulier.html";

// src/cli/commands and dist/cli/commands (and dist/bundle) sit below the package root.
const GENERATED = [
  join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "generated", "form"),
  join(dirname(fileURLToPath(import.meta.url)), "..", "..", "generated", "form"),
];

interface Built {
  readonly script: string;
  readonly style: string;
  readonly manifest: { readonly scriptHash: string; readonly styleHash: string };
}

function readBuilt(): Built {
  const dir = GENERATED.find((d) => {
    try {
      readFileSync(join(d, "manifest.json"));
      return true;
    } catch {
      return false;
    }
  });
  if (!dir) throw new Error("generated/form/ is missing: run `npm run build`");
  return {
    script: readFileSync(join(dir, "form.js"), "utf8"),
    style: readFileSync(join(dir, "form.css"), "utf8"),
    manifest: JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Built["manifest"],
  };
}

/** The page's Content-Security-Policy: only its own script and style, by hash; nothing loads, nothing is sent. */
export function formCsp(manifest: Built["manifest"]): string {
  return [
    "default-src 'none'",
    `script-src '${manifest.scriptHash}'`,
    `style-src '${manifest.styleHash}'`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

export function renderForm(questionnaire: Questionnaire, lang: Lang, toolVersion: string): string {
  const built = readBuilt();
  const t = FORM_TEXT[lang];
  const fallback = questionnaire.languages[0] ?? "nl";
  return Mustache.render(
    readTemplate("form.html.mustache"),
    {
      lang,
      toolVersion,
      title: localize(questionnaire.title, lang, fallback) || t.appTitle,
      noScript: t.noScript,
      csp: formCsp(built.manifest),
      cssSafe: built.style,
      scriptSafe: built.script,
      dataSafe: pageDataJson({
        lang,
        toolVersion,
        questionnaire: questionnaireJson(questionnaire, lang),
        limits: { answerFileBytes: LIMITS.answerFileBytes },
      }),
    },
    {},
    { escape: escapeHtml },
  );
}

export async function formulierCommand(options: FormulierOptions, io: Io): Promise<number> {
  const questionnaire = loadQuestionnaire(options.questionnaire);
  const html = renderForm(questionnaire, options.lang, packageVersion());
  writeOutput(html, options.out ?? DEFAULT_FORM_FILE, io, [options.questionnaire], { kind: "form" });
  return 0;
}
