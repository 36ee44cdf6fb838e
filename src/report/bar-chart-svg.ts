// A horizontal bar chart of shares (0-100 %) as inline SVG for the batch summary: a title and a
// description that say every value the bars show (the table beside it has them too), and the
// bars themselves hidden from assistive technology. Pure.
import { escapeHtml } from "./escape.js";

const ROW = 26;
const LABEL = 300;
const BAR = 300;
const WIDTH = LABEL + BAR + 70;

export interface Bar {
  readonly label: string;
  /** 0-100. */
  readonly value: number;
  /** The value as shown ("62,5%"). */
  readonly text: string;
}

export function barChartSvg(
  id: string,
  bars: readonly Bar[],
  title: string,
  desc: string,
  cls = "chart-voldoet",
): string {
  const cut = (s: string) => ([...s].length > 42 ? `${[...s].slice(0, 41).join("")}…` : s);
  const rows = bars.map((b, i) => {
    const y = 8 + i * ROW;
    const width = Math.round((BAR * Math.max(0, Math.min(100, b.value))) / 100);
    return [
      `<text x="${LABEL - 8}" y="${y + 17}" text-anchor="end" class="chart-label">${escapeHtml(cut(b.label))}</text>`,
      `<rect x="${LABEL}" y="${y + 4}" width="${BAR}" height="${ROW - 8}" class="chart-track"/>`,
      width > 0
        ? `<rect x="${LABEL}" y="${y + 4}" width="${width}" height="${ROW - 8}" class="chart-bar ${cls}"/>`
        : "",
      `<text x="${LABEL + BAR + 8}" y="${y + 17}" class="chart-value">${escapeHtml(b.text)}</text>`,
    ].join("");
  });
  const height = 16 + bars.length * ROW;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" class="chart batch-chart">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>` +
    `<g aria-hidden="true">${rows.join("")}</g></svg>`
  );
}
