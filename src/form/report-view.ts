// The result in the page: the report of the current answers, as `zelftest report FILE --format
// html` renders it for the downloaded file (the same model, template and scores).
import { sha256 } from "../load/hash.js";
import { LOCALE } from "../messages/intl.js";
import { buildReport } from "../report/build-report.js";
import { renderHtml } from "../report/render-report.js";
import { scoreAnswers } from "../score/score-answers.js";
import REPORT_TEMPLATE from "../../templates/report.html.mustache";
import { answerFileName, answerFileText } from "./answer-file.js";
import type { FormContext } from "./context.js";
import { fileHeader } from "./files.js";

/** The report's nodes for this document; undefined while the details an answer file needs are missing. */
export function reportNodes(ctx: FormContext): Node[] | undefined {
  const { t, lang, state } = ctx;
  const answers = state.answerSet();
  if (!answers) return undefined;
  const fileText = answerFileText(answers, ctx.q, fileHeader(ctx, answerFileName(answers)));
  const model = buildReport(scoreAnswers(ctx.q, answers), ctx.q, lang, {
    toolVersion: ctx.data.toolVersion,
    generatedAt: new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeStyle: "short" }).format(ctx.env.now()),
    answersHash: sha256(new TextEncoder().encode(fileText)),
  });
  // Only the report's own part: the page has its own CSS (with the report's) and its own main.
  const html = renderHtml(
    model,
    { html: REPORT_TEMPLATE, css: "" },
    // The stamp (tool and questionnaire versions, fingerprints, when it was made) is for whoever
    // checks the result: closed, under a name that says so.
    { embedded: { mainClass: "zf-report-main", stampClass: "zf-technical", stampSummary: t.resultTechnical } },
  );
  const doc = new DOMParser().parseFromString(html, "text/html");
  return [...doc.body.childNodes].map((n) => document.importNode(n, true));
}
