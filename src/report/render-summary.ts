// The short plain-text summary `zelftest score` (and the interview) prints: the law lens's and the
// VNG lens's verdict and score, per theme, the practice score, and the legal items that fall short,
// each with what it rests on. Pure: colours come in as
// functions (identity functions give plain text).
import type { Assessment, ItemResult } from "../model/assessment.js";
import { localize } from "../model/questionnaire.js";
import type { Questionnaire } from "../model/questionnaire.js";
import { byUrgency } from "../model/severity.js";
import type { ItemStatus, Lang, Verdict } from "../model/vocabulary.js";
import { marksVngRows } from "../model/legal-lens.js";
import { legalCitation, VNG_ZELFTEST_IS } from "../messages/legal.js";
import { escapeTerminal as safe } from "./escape.js";
import {
  ANSWER_LABEL,
  formatDate,
  formatScore,
  ROLE_LABEL,
  STATUS_LABEL,
  UI,
  VERDICT_MEANING,
} from "../messages/ui.js";

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  status(status: ItemStatus, s: string): string;
}

export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, status: (_, s) => s };

export const STATUS_MARK: Record<ItemStatus, string> = {
  voldoet: "✓",
  deels: "~",
  onbekend: "?",
  "voldoet-niet": "✗",
  "niet-van-toepassing": "-",
};

export function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join("\n");
}

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));

/**
 * `showIds: false` leaves the item ids out of the gap list (the interview shows them only with
 * --verbose). Every value from a file (names, ids, texts) passes escapeTerminal: it is for a terminal.
 */
export function renderSummary(
  a: Assessment,
  q: Questionnaire,
  lang: Lang,
  style: Style = PLAIN,
  width = 80,
  showIds = true,
): string {
  const t = UI[lang];
  const fallback = q.languages[0] ?? "nl";
  const out: string[] = [];
  const verdictText = (v: Verdict) => style.status(v, `${STATUS_MARK[v]} ${STATUS_LABEL[lang][v]}`);
  const who = ROLE_LABEL[lang][a.respondent.role] + (a.respondent.name ? ` (${safe(a.respondent.name)})` : "");

  out.push(style.bold(`${t.title} · ${safe(a.municipality)}`));
  out.push(
    style.dim(
      wrap(
        `${t.answeredBy}: ${who} · ${formatDate(a.date, lang)} · ${t.questionnaire} ${safe(q.id)} ${safe(q.version)}`,
        width,
        "",
      ),
    ),
  );
  out.push("");
  // The law lens first, then the VNG lens (docs/scoring.md): each line names its lens.
  const vngRows = marksVngRows(q);
  const lens = (label: string, verdict: Verdict | null, score: number | null, lead: string) => {
    if (verdict === null || score === null) return;
    out.push(
      `${pad(label, 20)}${verdictText(verdict)}   ${t.score} ${style.bold(formatScore(score, lang))} ${t.scoreOf}`,
    );
    out.push(wrap(`${lead}${VERDICT_MEANING[lang][verdict]}`, width - 20, " ".repeat(20)));
  };
  lens(t.law, a.lawVerdict, a.lawScore, "");
  lens(vngRows ? t.vng : t.legal, a.verdict, a.score, vngRows ? `(${VNG_ZELFTEST_IS[lang]}) ` : "");
  const practiceAnswered = a.practiceFilledIn;
  if (q.items.some((i) => i.level === "aanbeveling")) {
    const practice = !practiceAnswered
      ? t.practiceNotFilled
      : a.practiceScore === null
        ? t.noPractice
        : `${t.score} ${style.bold(formatScore(a.practiceScore, lang))} ${t.scoreOf}`;
    out.push(`${pad(t.practice, 20)}${practice}`);
  }

  const themeRows = q.themes
    .map((theme, i) => ({ theme, result: a.themes[i]! }))
    .filter(({ result }) => result.verdict !== null || (practiceAnswered && result.practiceScore !== null));
  if (themeRows.length > 0) {
    out.push("");
    out.push(style.bold(t.perTheme));
    const title = (theme: (typeof themeRows)[number]["theme"]) => safe(localize(theme.title, lang, fallback));
    const nameWidth = Math.max(...themeRows.map(({ theme }) => [...title(theme)].length)) + 4;
    for (const { theme, result } of themeRows) {
      const name = pad(`  ${title(theme)}`, nameWidth);
      const verdict =
        result.verdict === null
          ? pad("", 16)
          : verdictText(result.verdict) + " ".repeat(Math.max(0, 16 - STATUS_LABEL[lang][result.verdict].length - 2));
      const score = result.score === null ? "" : formatScore(result.score, lang).padStart(5);
      const practice =
        result.practiceScore === null || !practiceAnswered
          ? ""
          : style.dim(`   ${t.practice.toLowerCase()} ${formatScore(result.practiceScore, lang)}`);
      out.push(`${name}${verdict}${score}${practice}`);
    }
  }

  const items = new Map(q.items.map((i) => [i.id, i]));
  const results = a.themes.flatMap((th) => th.items);
  const legalGaps = results
    .filter((r) => r.level === "wettelijk" && r.status !== "voldoet" && r.status !== "niet-van-toepassing")
    .sort((x, y) => byUrgency(x.status, y.status));
  if (a.verdict !== null || a.lawVerdict !== null) {
    out.push("");
    if (legalGaps.length === 0) out.push(style.status("voldoet", t.nothingMissing));
    else {
      out.push(style.bold(`${t.missing} (${legalGaps.length})`));
      for (const r of legalGaps) {
        const item = items.get(r.id);
        const question = item ? localize(item.question, lang, fallback) : r.id;
        out.push(...gapLines(r, item?.legal ? `${question} (${legalCitation([item.legal], lang)})` : question));
      }
    }
  }
  const practice = results.filter((r) => r.level === "aanbeveling" && r.status !== "niet-van-toepassing");
  const practiceGaps = practice.filter((r) => r.status !== "voldoet");
  if (practiceAnswered && practice.length > 0 && practiceGaps.length > 0) {
    out.push("");
    out.push(t.practiceGaps(practiceGaps.length, practice.length));
  }
  const applicable = results.filter(
    (r) => r.status !== "niet-van-toepassing" && (practiceAnswered || r.level === "wettelijk"),
  );
  out.push("");
  out.push(style.dim(t.answered(applicable.filter((r) => r.answer !== null).length, applicable.length)));
  return `${out.join("\n")}\n`;

  function gapLines(r: ItemResult, question: string): string[] {
    const label = ANSWER_LABEL[lang][r.answer ?? "none"];
    const head = `  ${style.status(r.status, `${STATUS_MARK[r.status]} ${pad(label, 15)}`)}`;
    const lines = wrap(safe(question), width - 20, " ".repeat(20)).split("\n");
    return showIds
      ? [`${head} ${style.dim(safe(r.id))}`, ...lines]
      : [`${head} ${lines[0]!.trimStart()}`, ...lines.slice(1)];
  }
}
