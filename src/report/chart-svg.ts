// The theme chart: an inline SVG bar chart of the legal score per theme, with a title and a
// description that say the same as the bars (the table next to it has the numbers too). Pure.
import { escapeHtml } from "./escape.js";
import type { ThemeView } from "./build-report.js";

const ROW = 30;
const LABEL = 210;
const BAR = 330;
const WIDTH = LABEL + BAR + 70;

/** `themes` are those with legal requirements (a legal score). */
export function chartSvg(themes: readonly ThemeView[], title: string, desc: string): string {
  const rows = themes.map((th, i) => {
    const y = 10 + i * ROW;
    const width = Math.round((BAR * (th.scoreValue ?? 0)) / 100);
    const cls = th.status?.cls ?? "niet-van-toepassing";
    const value = th.score;
    return [
      `<text x="${LABEL - 10}" y="${y + 19}" text-anchor="end" class="chart-label">${escapeHtml(th.title)}</text>`,
      `<rect x="${LABEL}" y="${y + 4}" width="${BAR}" height="${ROW - 10}" class="chart-track"/>`,
      width > 0
        ? `<rect x="${LABEL}" y="${y + 4}" width="${width}" height="${ROW - 10}" class="chart-bar chart-${cls}"/>`
        : "",
      `<text x="${LABEL + BAR + 8}" y="${y + 19}" class="chart-value">${escapeHtml(value)}</text>`,
    ].join("");
  });
  const height = 20 + themes.length * ROW;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" class="chart">` +
    `<title id="chart-title">${escapeHtml(title)}</title><desc id="chart-desc">${escapeHtml(desc)}</desc>` +
    `<g aria-hidden="true">${rows.join("")}</g></svg>`
  );
}
