// The one bar-chart renderer (report and batch summary): its text alternative names every bar
// with its value, the bars are hidden from assistive technology, each bar has its status colour,
// hostile text is inert, and a label too long for its column is cut (whole in the description).
import { describe, expect, it } from "vitest";
import { barChartSvg } from "../../src/report/bar-chart-svg.js";

const chart = (bars: Parameters<typeof barChartSvg>[0]["bars"]) =>
  barChartSvg({ id: "c", title: "Score per thema", desc: (list) => `Staafdiagram. ${list}.`, bars });

describe("barChartSvg", () => {
  it("is an image labelled by its title and a description that names every bar with its value", () => {
    const svg = chart([
      { label: "Beleidsplan", value: 100, text: "100", tone: "voldoet" },
      { label: "Informeren", value: 33.3, text: "33,3", tone: "voldoet-niet" },
    ]);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">Score per thema</title>');
    expect(svg).toContain('<desc id="c-desc">Staafdiagram. Beleidsplan: 100; Informeren: 33,3.</desc>');
    expect(svg).toContain('<g aria-hidden="true">');
  });

  it("draws each bar in its own status colour, its length in proportion (280 for 100), none for 0 or null", () => {
    const svg = chart([
      { label: "a", value: 100, text: "100", tone: "voldoet" },
      { label: "b", value: 50, text: "50", tone: "deels" },
      { label: "c", value: 0, text: "0", tone: "voldoet-niet" },
      { label: "d", value: null, text: "–", tone: "niet-van-toepassing" },
      { label: "e", value: 250, text: "?", tone: "onbekend" },
    ]);
    expect([...svg.matchAll(/width="(\d+)"[^>]*class="chart-bar chart-([a-z-]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ["280", "voldoet"],
      ["140", "deels"],
      ["280", "onbekend"],
    ]);
    expect(svg.match(/class="chart-track"/g)).toHaveLength(5);
  });

  it("keeps text from answer files and questionnaires inert", () => {
    const svg = chart([{ label: '<script>alert("x")</script>', value: 10, text: "<b>", tone: "voldoet" }]);
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("&lt;script&gt;");
  });

  it("cuts a label longer than 44 characters with … in the chart, and keeps it whole in the description", () => {
    const long = "Contractering, financiering en verantwoording van de ondersteuning";
    const svg = chart([{ label: long, value: 10, text: "10", tone: "voldoet" }]);
    expect(svg).toContain(`class="chart-label">${[...long].slice(0, 43).join("")}…</text>`);
    expect(svg).toContain(`${long}: 10`);
  });
});
