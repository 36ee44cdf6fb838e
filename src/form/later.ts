// The form's second part (docs/form.md, "Start-up"): what opening the page and answering the
// questions do not need, so that the browser neither compiles nor runs it at start. The page
// carries it as a data block; load-later.ts runs it the first time one of these is asked for.
// scripts/build-form.mjs builds it with the modules of the first part read from there, never twice.
export { renderCompare } from "./compare/compare-step.js";
export { renderMerge } from "./merge/merge-step.js";
export { reportNodes } from "./report-view.js";
export { answerFileName, answerFileText, readAnswerFile, tooLarge } from "./answer-file.js";
export { fileProblems } from "./components/file-problems.js";
export { richToHtml } from "../report/rich-text.js";
