// `zelftest compare FILE FILE [FILE...] [--format md|html|json] [--out FILE]`: perspectives side
// by side (municipality and advisory council) or the trend over the years, for one municipality.
import { InputError, UsageError } from "../../errors.js";
import { CLI_TEXT } from "../../messages/cli.js";
import type { Diagnostic } from "../../errors.js";
import { loadAnswerFile } from "../../load/load-files.js";
import type { LoadedAnswers } from "../../load/load-files.js";
import { municipalityLabel, sameMunicipalityOf } from "../../model/municipality.js";
import type { Lang } from "../../model/vocabulary.js";
import { buildCompareView } from "../../report/build-compare-view.js";
import { renderHtmlTemplate, renderMarkdownTemplate } from "../../report/render-report.js";
import { compareAssessments } from "../../score/compare.js";
import type { Comparison } from "../../score/compare.js";
import { scoreAnswers } from "../../score/score-answers.js";
import type { Io } from "../io.js";
import { resolvePath } from "../paths.js";
import { readTemplate } from "../read-templates.js";
import { outputFormat, writeOutput } from "../output.js";
import { forTerminal, terminalText } from "../terminal-text.js";

export interface CompareOptions {
  format?: string;
  /** Ask for perspectives side by side, or for the development over time; without either, it is chosen and said why. */
  perspectives?: boolean;
  trend?: boolean;
  out?: string;
  questionnaire?: string;
  allowMixed?: boolean;
  /** Show the questions' technical ids (for questionnaire authors). */
  verbose?: boolean;
  lang: Lang;
}

/** The JSON form: the comparison with every differing item (agenda order) and the agreeing ids. */
export function comparisonJson(c: Comparison): object {
  const byId = new Map(c.items.map((i) => [i.id, i]));
  const { items, ...rest } = c;
  return {
    ...rest,
    differences: c.agenda.map((id) => byId.get(id)!),
    agreeing: items.filter((i) => i.agree && i.answers.some((a) => a !== null)).map((i) => i.id),
  };
}

export async function compareCommand(files: readonly string[], o: CompareOptions, io: Io): Promise<number> {
  const format = outputFormat(o.format, o.out, ["md", "html", "json"]);
  if (o.perspectives && o.trend)
    throw new UsageError("OPTIONS_EXCLUSIVE", { options: ["--perspectives", "--trend"], command: "compare" });
  if (files.length < 2)
    throw new UsageError("MISSING_ARGUMENT", { description: CLI_TEXT[o.lang].compareSecondFile, command: "compare" });

  // Load every file and report every problem at once before refusing.
  const loaded: LoadedAnswers[] = [];
  const problems: Diagnostic[] = [];
  for (const f of files) {
    try {
      // Read in the working folder; the output names each file as it was typed.
      loaded.push(loadAnswerFile(resolvePath(f, io.cwd), o.questionnaire));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.diagnostics);
    }
  }
  if (problems.length > 0) throw new InputError(problems);

  const distinct = (xs: string[]) => [...new Set(xs)];
  const questionnaires = distinct(loaded.map((l) => `${l.questionnaire.id} ${l.questionnaire.version}`));
  // One municipality: the same gemeentecode when both files have one, else the same name (model/municipality.ts).
  const first = loaded[0]!.answers;
  const sameMunicipality = loaded.every((l) => sameMunicipalityOf(first, l.answers));
  const municipalities = distinct(loaded.map((l) => municipalityLabel(l.answers)));
  if (!o.allowMixed && questionnaires.length > 1)
    throw new UsageError("COMPARE_MIXED", { what: "questionnaire", values: questionnaires });
  if (!o.allowMixed && !sameMunicipality)
    throw new UsageError("COMPARE_MIXED", { what: "municipality", values: municipalities });

  const questionnaire = loaded[0]!.questionnaire;
  const comparison = compareAssessments(
    loaded.map((l, k) => ({ file: files[k]!, assessment: scoreAnswers(questionnaire, l.answers) })),
    questionnaire,
    {
      mixed: questionnaires.length > 1 || !sameMunicipality,
      ...(o.trend ? { kind: "trend" as const } : o.perspectives ? { kind: "perspectives" as const } : {}),
    },
  );
  let text: string;
  if (format === "json") text = `${JSON.stringify(comparisonJson(comparison), null, 2)}\n`;
  else {
    const view = buildCompareView(comparison, questionnaire, o.lang, { verbose: Boolean(o.verbose) });
    text =
      format === "md"
        ? renderMarkdownTemplate(readTemplate("compare.md.mustache"), view, {
            item: readTemplate("compare-item.md.mustache"),
          })
        : renderHtmlTemplate(
            readTemplate("compare.html.mustache"),
            readTemplate("report.css"),
            view,
            {},
            { item: readTemplate("compare-item.html.mustache") },
          );
  }
  // On a terminal, readable text instead of Markdown (piped or with --format md: the Markdown).
  const terminalReady = format === "md" && forTerminal(io, o);
  if (terminalReady) text = await terminalText(text, io);
  writeOutput(text, o.out, io, [...files, o.questionnaire], { terminalReady });
  return 0;
}
