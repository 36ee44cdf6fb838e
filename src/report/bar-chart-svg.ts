// The one bar-chart renderer: horizontal bars of shares or scores (0-100) as inline SVG, for the
// report (score per theme) and the batch summary (share per requirement, per theme). Its text
// alternative is a title and a description that name every bar with its value, as the table
// beside each chart does; the bars themselves are hidden from assistive technology. Each bar has
// a tone (a status colour of report.css, WCAG 2.1 AA against white). A label too long for its
// column is cut with "…" (the description and the table have it whole). Pure.
import type { ItemStatus } from "../model/vocabulary.js";
import { escapeHtml } from "./escape.js";

/** Row height, label column, bar length, value column (viewBox units, about CSS px at full width). */
const ROW = 28;
const LABEL = 320;
const BAR = 280;
const VALUE = 70;
const WIDTH = LABEL + BAR + VALUE;
/** Characters that fit in the label column at the chart's font size (report.css `.chart-label`, 13px). */
const LABEL_CHARS = 44;

export interface Bar {
  readonly label: string;
  /** 0-100; null draws only the empty track. */
  readonly value: number | null;
  /** The value as shown beside the bar and in the description ("62,5%", "33,3"). */
  readonly text: string;
  /** The bar's colour: a status (report.css `.chart-<status>`). */
  readonly tone: ItemStatus;
}

export interface BarChart {
  /** Unique in the page: the title and description are `<id>-title`, `<id>-desc`. */
  readonly id: string;
  readonly title: string;
  /** The description around the list of bars ("label: value; …"). */
  readonly desc: (list: string) => string;
  readonly bars: readonly Bar[];
}

const cut = (s: string) => ([...s].length > LABEL_CHARS ? `${[...s].slice(0, LABEL_CHARS - 1).join("")}…` : s);

function row(b: Bar, i: number): string {
  const y = 8 + i * ROW;
  const length = Math.round((BAR * Math.max(0, Math.min(100, b.value ?? 0))) / 100);
  return [
    `<text x="${LABEL - 10}" y="${y + 18}" text-anchor="end" class="chart-label">${escapeHtml(cut(b.label))}</text>`,
    `<rect x="${LABEL}" y="${y + 4}" width="${BAR}" height="${ROW - 8}" class="chart-track"/>`,
    length > 0
      ? `<rect x="${LABEL}" y="${y + 4}" width="${length}" height="${ROW - 8}" class="chart-bar chart-${b.tone}"/>`
      : "",
    `<text x="${LABEL + BAR + 8}" y="${y + 18}" class="chart-value">${escapeHtml(b.text)}</text>`,
  ].join("");
}

export function barChartSvg(chart: BarChart): string {
  const { id, bars } = chart;
  const desc = chart.desc(bars.map((b) => `${b.label}: ${b.text}`).join("; "));
  const height = 16 + bars.length * ROW;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" class="chart">` +
    `<title id="${id}-title">${escapeHtml(chart.title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>` +
    `<g aria-hidden="true">${bars.map(row).join("")}</g></svg>`
  );
}
