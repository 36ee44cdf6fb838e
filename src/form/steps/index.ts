// The step registry: which view renders each position of the form. To add a mode (a start page,
// merging, comparing, a closing step), add its positions to `Position` in draft.ts (and to
// `restorePosition` there if a reload may return to it), write its view as a module in steps/ (or
// a folder of its own), and register it here; app.ts needs no change.
import type { StepView } from "../context.js";
import type { Position } from "../draft.js";
import { renderDetails } from "./details.js";
import { renderOverview } from "./overview.js";
import { renderQuestion } from "./question.js";
import { renderResult } from "./result.js";
import { renderWelcome } from "./welcome.js";
import { renderClosing } from "../closing/closing-step.js";
import { renderOwnResult } from "../closing/own-result.js";
import type { renderCompare } from "../compare/compare-step.js";
import { fromLater } from "../load-later.js";
import type { renderMerge } from "../merge/merge-step.js";

type Registry = { readonly [S in Position["step"]]: StepView<Extract<Position, { step: S }>> };

export const STEPS: Registry = {
  welcome: renderWelcome,
  details: renderDetails,
  question: renderQuestion,
  overview: renderOverview,
  closing: renderClosing,
  result: renderOwnResult,
  report: renderResult,
  // The modes at the table are in the form's second part, run when first asked for (load-later.ts).
  merge: (ctx) => fromLater<typeof renderMerge>("renderMerge")(ctx),
  compare: (ctx) => fromLater<typeof renderCompare>("renderCompare")(ctx),
};

/** The view of a position (typed by its step). */
export function stepView(pos: Position): StepView {
  return STEPS[pos.step] as StepView;
}
