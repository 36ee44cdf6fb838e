// Renders the report model with a logic-free Mustache template: Markdown or HTML. Each format has
// its own escape function for plain text ({{x}}); questionnaire texts (RichText) are rendered by
// the format's hardened rich-text renderer into `.safe` ({{{x.safe}}}); nothing else is raw. Pure:
// templates come in as strings.
import { createHash } from "node:crypto";
import Mustache from "mustache";
import type { ReportModel, RichText } from "./build-report.js";
import { barChartSvg } from "./bar-chart-svg.js";
import { escapeHtml, escapeMarkdown } from "./escape.js";
import { richToHtml, richToMarkdown } from "./rich-text.js";

export type ReportFormat = "md" | "html";

export interface Templates {
  readonly md: string;
  readonly html: string;
  readonly css: string;
}

/** Replaces every RichText in the model by { rich, safe } with `safe` rendered for the format. */
function withSafeText(value: unknown, render: (s: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => withSafeText(v, render));
  if (value && typeof value === "object") {
    if ("rich" in value && typeof (value as RichText).rich === "string")
      return { ...value, safe: render((value as RichText).rich) };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSafeText(v, render)]));
  }
  return value;
}

/** Any view (with RichText inside) through a Markdown template (and its partials, `{{> name}}`). */
export function renderMarkdownTemplate(template: string, view: object, partials: Record<string, string> = {}): string {
  return Mustache.render(template, withSafeText(view, richToMarkdown) as object, partials, { escape: escapeMarkdown })
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()
    .concat("\n");
}

/** Any view through an HTML template (and its partials), with our CSS inline and a CSP that allows only that CSS. */
export function renderHtmlTemplate(
  template: string,
  css: string,
  view: object,
  extra: Record<string, string> = {},
  partials: Record<string, string> = {},
): string {
  const style = css.trim();
  const cssHash = createHash("sha256").update(style).digest("base64");
  const full = {
    ...(withSafeText(view, richToHtml) as object),
    ...extra,
    cssSafe: style,
    csp: `default-src 'none'; style-src 'sha256-${cssHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`,
  };
  return Mustache.render(template, full, partials, { escape: escapeHtml });
}

function renderMarkdown(model: ReportModel, templates: Pick<Templates, "md">): string {
  return renderMarkdownTemplate(templates.md, model);
}

/**
 * The report inside another page (the offline form): no document around it (no head, no skip
 * link; the page has its own CSS), the body in a `div` of `mainClass` instead of `main`, and the
 * technical stamp closed in a `details` of `stampClass` under `stampSummary`.
 */
export interface EmbeddedOptions {
  readonly mainClass: string;
  readonly stampClass: string;
  readonly stampSummary: string;
}

export function renderHtml(
  model: ReportModel,
  templates: Pick<Templates, "html" | "css">,
  options: { readonly embedded?: EmbeddedOptions } = {},
): string {
  // The chart shows the legal score, so only themes with legal requirements; the table has them all.
  const legalThemes = model.themes.filter((th) => th.scoreValue !== null);
  const chart = barChartSvg({
    id: "chart",
    title: model.t.chartTitle,
    desc: model.t.chartDesc,
    bars: legalThemes.map((th) => ({
      label: th.title,
      value: th.scoreValue,
      text: th.score,
      tone: th.status?.cls ?? "niet-van-toepassing",
    })),
  });
  return renderHtmlTemplate(
    templates.html,
    templates.css,
    { ...model, embedded: options.embedded ?? false },
    {
      chartSafe: chart,
    },
  );
}

/** The text formats; Word (docx) has its own renderer, render-docx.ts, loaded only when asked for. */
export function renderReport(model: ReportModel, format: ReportFormat, templates: Templates): string {
  return format === "html" ? renderHtml(model, templates) : renderMarkdown(model, templates);
}
