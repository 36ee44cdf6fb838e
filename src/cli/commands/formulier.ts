// `zelftest formulier [--out FILE] [--lang nl|en] [--questionnaire FILE|ID] [--municipality NAME]
// [--municipality-code GM0000] [--role ROLE] [--contact TEXT] [--deadline DATE]` (alias `form`):
// writes the offline form (docs/form.md), one self-contained HTML file. The browser code and its
// CSS were built with their CSP hashes by scripts/build-form.mjs (generated/form/); this fills
// them into templates/form.html.mustache with the questionnaire, the language and the officer's
// invitation (municipality, code and role shown as fixed; where and by when to send the file), as
// data. Then three lines say what to mail, to whom, and what to ask back.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Mustache from "mustache";
import { UsageError } from "../../errors.js";
import { loadQuestionnaire } from "../../load/load-files.js";
import { LIMITS } from "../../load/read-file.js";
import { localize } from "../../model/questionnaire.js";
import type { Questionnaire } from "../../model/questionnaire.js";
import { ANSWER_LIMITS, textLength } from "../../model/answer-limits.js";
import { isCalendarDate } from "../../model/dates.js";
import { normalizeGemeentecode } from "../../model/municipality.js";
import type { Lang, Role } from "../../model/vocabulary.js";
import { GROUP_TEXT } from "../../messages/group.js";
import { FORM_TEXT } from "../../messages/form.js";
import { escapeHtml, escapeTerminal } from "../../report/escape.js";
import { pageDataJson, questionnaireJson } from "../../form/page-data.js";
import type { Invitation } from "../../form/page-data.js";
import type { Io } from "../io.js";
import { packageVersion } from "../package-version.js";
import { readTemplate } from "../read-templates.js";
import { writeOutput } from "../output.js";

export interface FormulierOptions {
  out?: string;
  questionnaire?: string;
  municipality?: string;
  municipalityCode?: string;
  role?: Role;
  contact?: string;
  deadline?: string;
  lang: Lang;
}

/**
 * The officer's settings, checked: a name and a contact of 1 to 200 characters (code points, as
 * the schema counts the municipality the answer files get), a CBS code as
 * people type it ("1742", "gm1742" → "GM1742"), a real date as year-month-day. Anything else is
 * INVALID_OPTION (exit 2, nothing written) saying how to write it.
 */
export function invitationOf(o: FormulierOptions): Invitation | undefined {
  const text = (option: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const v = value.trim();
    if (v === "" || textLength(v) > ANSWER_LIMITS.name)
      throw new UsageError("INVALID_OPTION", { option, value: value.slice(0, 40), allowed: [] });
    return v;
  };
  const municipality = text("--municipality", o.municipality);
  const contact = text("--contact", o.contact);
  let gemeentecode: string | undefined;
  if (o.municipalityCode !== undefined) {
    gemeentecode = normalizeGemeentecode(o.municipalityCode);
    if (!gemeentecode)
      throw new UsageError("INVALID_OPTION", { option: "--municipality-code", value: o.municipalityCode, allowed: [] });
  }
  if (o.deadline !== undefined && !isCalendarDate(o.deadline))
    throw new UsageError("INVALID_OPTION", { option: "--deadline", value: o.deadline, allowed: [] });
  const invitation: Invitation = {
    ...(municipality !== undefined ? { municipality } : {}),
    ...(gemeentecode !== undefined ? { gemeentecode } : {}),
    ...(o.role !== undefined ? { role: o.role } : {}),
    ...(contact !== undefined ? { contact } : {}),
    ...(o.deadline !== undefined ? { deadline: o.deadline } : {}),
  };
  return Object.keys(invitation).length > 0 ? invitation : undefined;
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
  /** The second part (src/form/later.ts), carried as a data block and run when first needed. */
  readonly later: string;
  readonly style: string;
  readonly manifest: { readonly scriptHash: string; readonly laterHash: string; readonly styleHash: string };
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
    later: readFileSync(join(dir, "form-later.js"), "utf8"),
    style: readFileSync(join(dir, "form.css"), "utf8"),
    manifest: JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Built["manifest"],
  };
}

/** The page's Content-Security-Policy: only its own script and style, by hash; nothing loads, nothing is sent. */
export function formCsp(manifest: Built["manifest"]): string {
  return [
    "default-src 'none'",
    `script-src '${manifest.scriptHash}' '${manifest.laterHash}'`,
    `style-src '${manifest.styleHash}'`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

export function renderForm(
  questionnaire: Questionnaire,
  lang: Lang,
  toolVersion: string,
  invitation?: Invitation,
): string {
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
      laterSafe: built.later,
      dataSafe: pageDataJson({
        lang,
        toolVersion,
        questionnaire: questionnaireJson(questionnaire, lang),
        limits: { answerFileBytes: LIMITS.answerFileBytes },
        ...(invitation ? { invitation } : {}),
      }),
    },
    {},
    { escape: escapeHtml },
  );
}

export async function formulierCommand(options: FormulierOptions, io: Io): Promise<number> {
  const invitation = invitationOf(options);
  const questionnaire = loadQuestionnaire(options.questionnaire);
  const html = renderForm(questionnaire, options.lang, packageVersion(), invitation);
  const out = options.out ?? DEFAULT_FORM_FILE;
  writeOutput(html, out, io, [options.questionnaire], { kind: "form" });
  // What to mail, to whom, and what to ask back (the texts from the officer's options are escaped).
  const lines = GROUP_TEXT[options.lang].formSent({
    file: escapeTerminal(basename(out)),
    ...(invitation?.municipality !== undefined ? { municipality: escapeTerminal(invitation.municipality) } : {}),
    ...(invitation?.role !== undefined ? { role: invitation.role } : {}),
    ...(invitation?.contact !== undefined ? { contact: escapeTerminal(invitation.contact) } : {}),
    ...(invitation?.deadline !== undefined ? { deadline: invitation.deadline } : {}),
    lang: options.lang,
  });
  io.stderr.write(`${lines.join("\n")}\n`);
  return 0;
}
