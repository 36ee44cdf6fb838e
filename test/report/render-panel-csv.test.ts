// The panel CSV (`batch --format panel`) from an aggregate: one line per municipality × year × role
// after the header; an aggregate that kept no panel is refused, not written as a header without rows.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/load/load-files.js";
import { Aggregator } from "../../src/score/aggregate.js";
import { scoreAnswers } from "../../src/score/score-answers.js";
import { VNG_ZELFTEST_2015_ROWS } from "../../src/model/questionnaire.js";
import { renderPanelCsv } from "../../src/report/render-panel-csv.js";
import { answerSet } from "../helpers/fixtures.js";

const q = loadQuestionnaire("clientondersteuning-wmo2015");
const options = {
  delimiter: ",",
  includePaths: false,
  includeNames: false,
  includeNotes: false,
  items: false,
  meta: [],
  toolVersion: "0.0.0-test",
  lang: "nl",
} as const;

function aggregated(panel: boolean) {
  const agg = new Aggregator(q, panel ? { panel: true } : {});
  [3, 7, 11].forEach((k, i) => {
    const a = scoreAnswers(
      q,
      answerSet(Object.fromEntries(VNG_ZELFTEST_2015_ROWS.map((id, r) => [id, r < k ? "ja" : "nee"])), {
        questionnaire: q.id,
        version: q.version,
        municipality: "Groningen",
        respondent: { role: i === 2 ? "adviesraad" : "gemeente" },
      }),
    );
    agg.add(a, { gemeentecode: "GM0014" }, `${i}.yaml`);
  });
  return agg.result();
}

describe("renderPanelCsv", () => {
  it("writes the header and one line per row of the panel", () => {
    const { text, profile } = renderPanelCsv(aggregated(true), q, options, true);
    expect(text.startsWith("\uFEFFmunicipality,gemeentecode,year,role,n_files,")).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.municipality, r.gemeentecode, r.role, r.n_files])).toEqual([
      ["Groningen", "GM0014", "gemeente", "2"],
      ["Groningen", "GM0014", "adviesraad", "1"],
    ]);
    // 3 and 7 of the 15 rows: 20 and 46.666…, mean 33.3333.
    expect(rows[0]!.mean_score).toBe("33.3333");
    expect(profile).toBeDefined();
  });

  it("refuses an aggregate that kept no panel rather than write a panel without rows", () => {
    const aggregate = aggregated(false);
    expect(aggregate.panel).toBeNull();
    expect(() => renderPanelCsv(aggregate, q, options)).toThrow(/kept no panel/);
  });
});
