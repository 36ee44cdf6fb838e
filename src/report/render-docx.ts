// Renders the report model as a Word document (docx package): real headings (Heading 1-3), real
// tables, the theme chart as a table with bars, the plan van aanpak in a landscape section, and
// A4 pages. Answer-file text only ever goes into plain text runs: it never becomes a field, a
// hyperlink or markup. Questionnaire Markdown keeps its emphasis; links show their address as
// text. Pure: returns the bytes. Loaded only by `zelftest report --format docx`.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ISectionOptions } from "docx";
import type { ItemStatus } from "../model/vocabulary.js";
import type { ItemView, ReportModel, RichText, StatusView } from "./build-report.js";
import { richToRuns } from "./rich-text.js";
import { xmlSafe } from "./escape.js";
import { LOCALE } from "../messages/intl.js";

const ACCENT = "154273";
const MUTED = "4A4A4A";
const STATUS_COLOUR: Record<ItemStatus, string> = {
  voldoet: "1B6E3A",
  deels: "7A4F00",
  onbekend: "5B3A8A",
  "voldoet-niet": "B3261E",
  "niet-van-toepassing": "595959",
};
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1020, bottom: 1020, left: 1020, right: 1020 };
const BULLETS = "opsomming";
const NUMBERS = "nummering";

type Child = Paragraph | Table;

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
  readonly size?: number;
}

/** Plain text (possibly from an answer file) as runs; line breaks become breaks, nothing else is read. */
function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return String(text)
    .split(/\r\n|\r|\n/)
    .map((line, k) => new TextRun({ text: line, ...style, ...(k > 0 ? { break: 1 } : {}) }));
}

function richRuns(rich: RichText, style: RunStyle = {}): TextRun[] {
  return richToRuns(rich.rich).map(
    (r) =>
      new TextRun({
        text: r.text,
        ...style,
        ...(r.bold || style.bold ? { bold: true } : {}),
        ...(r.italics ? { italics: true } : {}),
      }),
  );
}

const para = (children: TextRun[], extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) =>
  new Paragraph({ children, ...extra });
const text = (s: string, style: RunStyle = {}) => para(textRuns(s, style));
const heading = (s: string, level: 1 | 2 | 3, extra: { pageBreakBefore?: boolean } = {}) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    children: textRuns(s),
    keepNext: true,
    ...extra,
  });
const bullet = (children: TextRun[], level = 0) =>
  new Paragraph({ children, numbering: { reference: BULLETS, level } });
const numbered = (children: TextRun[], instance: number) =>
  new Paragraph({ children, numbering: { reference: NUMBERS, level: 0, instance } });
/** "Label: value" with the label in bold. */
const labelled = (label: string, value: TextRun[]) =>
  para([new TextRun({ text: `${label}: `, bold: true }), ...value], { indent: { left: 284 } });

const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "C8C8C8" };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

function cell(children: Child[] | string, o: { header?: boolean; width?: number; right?: boolean } = {}): TableCell {
  const content =
    typeof children === "string"
      ? [para(textRuns(children, o.header ? { bold: true } : {}), o.right ? { alignment: AlignmentType.RIGHT } : {})]
      : children;
  return new TableCell({
    children: content.length > 0 ? content : [para([])],
    margins: CELL_MARGINS,
    ...(o.width ? { width: { size: o.width, type: WidthType.PERCENTAGE } } : {}),
    ...(o.header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "F3F4F6" } } : {}),
  });
}

function table(head: string[], rows: (Child[] | string)[][], widths: number[], rightCols: number[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: head.map((h, k) => cell(h, { header: true, width: widths[k]!, right: rightCols.includes(k) })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: r.every((c) => typeof c === "string"),
            children: r.map((c, k) => cell(c, { width: widths[k]!, right: rightCols.includes(k) })),
          }),
      ),
    ],
  });
}

function firstPage(m: ReportModel): Child[] {
  const t = m.t;
  const f = m.firstPage;
  const out: Child[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(m.title) }),
    text(m.subtitle, { color: MUTED }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      },
      rows: (
        [
          [t.header.municipality, m.header.municipality],
          [t.header.respondent, m.header.respondent],
          [t.header.date, m.header.date],
          [t.header.questionnaire, m.header.questionnaire],
        ] as const
      ).map(
        ([k, v]) =>
          new TableRow({
            children: [
              cell([para(textRuns(k, { bold: true }))], { width: 22 }),
              cell([para(textRuns(v))], { width: 78 }),
            ],
          }),
      ),
    }),
    heading(f.title, 1),
    heading(t.conclusionTitle, 2),
    ...f.conclusion.map((s) =>
      para(textRuns(s, { size: 23 }), {
        border: {
          left: {
            style: BorderStyle.THICK,
            size: 18,
            color: f.status ? STATUS_COLOUR[f.status.cls] : ACCENT,
            space: 8,
          },
        },
        indent: { left: 200 },
      }),
    ),
  ];
  if (f.law) {
    out.push(para([]));
    out.push(text(f.law.caption, { bold: true }));
    out.push(
      table(
        [t.lawTable.requirement, t.lawTable.article, t.lawTable.outcome],
        f.law.rows.map((r) => [[para(richRuns(r.question))], r.article, statusCell(r.status)]),
        [56, 22, 22],
      ),
    );
  }
  if (f.counts.length > 0) {
    out.push(para([]));
    out.push(text(f.countsCaption, { bold: true }));
    out.push(
      table(
        f.counts.map((c) => c.label),
        [
          f.counts.map((c) => [
            para([new TextRun({ text: String(c.value), bold: true, size: 26 })], { alignment: AlignmentType.RIGHT }),
          ]),
        ],
        f.counts.map(() => 20),
        f.counts.map((_, k) => k),
      ),
    );
  }
  if (f.score) out.push(text(f.score, { color: MUTED }));
  out.push(text(f.practice));
  out.push(heading(t.findingsTitle, 2));
  if (f.findings.length === 0) out.push(text(t.noFindings));
  for (const fi of f.findings)
    out.push(
      numbered(
        [
          new TextRun({ text: fi.label, bold: true, color: STATUS_COLOUR[fi.cls] }),
          ...textRuns(` – ${fi.statement}.`),
          ...(fi.articles ? textRuns(` ${fi.articles}.`, { color: MUTED }) : []),
        ],
        1,
      ),
    );
  out.push(heading(t.aboutTitle, 2));
  for (const s of f.about) out.push(bullet(textRuns(s)));
  out.push(heading(t.nextTitle, 2));
  for (const s of f.next) out.push(numbered(textRuns(s), 2));
  return out;
}

/** A table cell with a status (mark and label, bold, in the status's colour); a dash without one. */
function statusCell(status: StatusView | null): Child[] | string {
  return status
    ? [para([new TextRun({ text: `${status.mark} ${status.label}`, bold: true, color: STATUS_COLOUR[status.cls] })])]
    : "–";
}

/** The per-theme row without its law column when the questionnaire has no item of the law's own text. */
function withoutLaw<T>(m: ReportModel, row: T[]): T[] {
  return m.hasLaw ? row : row.filter((_, k) => k !== 1);
}

function themes(m: ReportModel): Child[] {
  const t = m.t;
  const bar = (v: number | null) => (v === null ? "" : "█".repeat(Math.round(v / 5)));
  return [
    heading(t.themesTitle, 1, { pageBreakBefore: true }),
    text(t.themesIntro),
    text(t.themesCaption, { bold: true }),
    table(
      withoutLaw(m, [t.themeCol, t.lawCol, t.verdictCol, t.chartTitle, t.scoreCol, t.practiceCol]),
      m.themes.map((th) =>
        withoutLaw(m, [
          th.title,
          statusCell(th.lawStatus),
          statusCell(th.status),
          th.scoreValue === null
            ? ""
            : [
                para([
                  new TextRun({
                    text: bar(th.scoreValue),
                    color: th.status ? STATUS_COLOUR[th.status.cls] : ACCENT,
                    size: 16,
                  }),
                ]),
              ],
          th.score,
          th.practiceScore,
        ]),
      ),
      m.hasLaw ? [22, 15, 15, 26, 10, 12] : [28, 22, 28, 10, 12],
      m.hasLaw ? [4, 5] : [3, 4],
    ),
  ];
}

function itemHead(i: ItemView, label: string | null, colour: string | null): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_3,
    keepNext: true,
    children: [
      ...(label ? [new TextRun({ text: `${label} – `, color: colour ?? undefined })] : []),
      ...richRuns(i.question),
    ],
  });
}

function itemMeta(m: ReportModel, i: ItemView, withLevel = true): Paragraph {
  const parts = [...(withLevel ? [i.levelLabel] : []), i.theme, ...(m.showIds ? [i.id] : [])];
  return para(textRuns(parts.join(" · "), { color: MUTED, size: 18 }), { keepNext: true });
}

function gapsAndUnknown(m: ReportModel): Child[] {
  const t = m.t;
  if (!m.hasLegal) return [];
  const out: Child[] = [heading(t.gapsTitle, 1), text(t.gapsIntro)];
  if (m.gaps.length === 0) out.push(text(t.noGaps));
  for (const g of m.gaps) {
    out.push(itemHead(g, `${g.status.mark} ${g.status.label}`, STATUS_COLOUR[g.status.cls]), itemMeta(m, g));
    if (g.legal) out.push(labelled(t.legalBasis, textRuns(g.legal)));
    out.push(labelled(t.answerGiven, textRuns(g.answer)));
    if (g.note) out.push(labelled(t.respondentNote, textRuns(g.note)));
    if (g.evidenceGiven) out.push(labelled(t.respondentEvidence, textRuns(g.evidenceGiven)));
    out.push(...groupLines(m, g));
    out.push(
      labelled(t.why, richRuns(g.why)),
      labelled(t.recommendation, richRuns(g.recommendation, { bold: true })),
      labelled(t.evidenceNeeded, richRuns(g.evidenceNeeded)),
    );
    if (g.example) out.push(labelled(`${t.example} (${g.example.municipality})`, richRuns(g.example.text)));
    out.push(labelled(t.basis, textRuns(g.basisText, { color: MUTED, size: 18 })));
  }
  out.push(heading(t.unknownTitle, 1));
  if (m.unknown.length === 0) out.push(text(t.noUnknown));
  else out.push(text(m.unknownIntro));
  for (const u of m.unknown) {
    out.push(itemHead(u, `${u.status.mark} ${t.unknownTitle}`, STATUS_COLOUR.onbekend), itemMeta(m, u));
    if (u.legal) out.push(labelled(t.legalBasis, textRuns(u.legal)));
    out.push(labelled(t.answerGiven, textRuns(u.answer)));
    if (u.note) out.push(labelled(t.respondentNote, textRuns(u.note)));
    out.push(...groupLines(m, u));
    out.push(
      labelled(t.check, richRuns(u.check, { bold: true })),
      labelled(t.evidenceNeeded, richRuns(u.evidenceNeeded)),
    );
  }
  return out;
}

function plan(m: ReportModel): Child[] {
  const t = m.t;
  const c = t.planCols;
  const out: Child[] = [heading(t.planTitle, 1), text(t.planIntro)];
  if (m.plan.length === 0) return [...out, text(t.noPlan)];
  const small = { color: MUTED, size: 17 };
  out.push(
    table(
      [c.nr, c.package, c.priority, c.moment, c.actions, c.evidence, c.owner, c.deadline],
      m.plan.map((p) => [
        String(p.nr),
        [para(textRuns(p.title, { bold: true }))],
        [para(textRuns(p.priorityLabel, { bold: true })), para(textRuns(p.priorityNote, small))],
        p.moment,
        p.actions.flatMap((a, k) => [
          para(textRuns(a.kindLabel, { bold: true, size: 17, color: a.legal ? ACCENT : MUTED }), {
            keepNext: true,
            ...(k > 0 ? { spacing: { before: 120 } } : {}),
          }),
          para(richRuns(a.text)),
          ...a.questions.map((q) =>
            para([
              ...textRuns(`${t.planQuestion}: `, small),
              ...richRuns(q.question, small),
              ...(m.showIds ? textRuns(` (${q.id})`, small) : []),
            ]),
          ),
        ]),
        p.evidence.map((e) => bullet(richRuns(e))),
        "",
        "",
      ]),
      [4, 10, 9, 13, 31, 17, 8, 8],
      [0],
    ),
  );
  return out;
}

/** A group answer's votes and who answered differently, under an item. */
function groupLines(
  m: ReportModel,
  i: { readonly votes?: string; readonly dissent?: readonly string[]; readonly ownWords?: readonly string[] },
): Child[] {
  return [
    ...(i.votes ? [labelled(m.g.votesLabel, textRuns(i.votes))] : []),
    ...(i.dissent ?? []).map((d) => labelled(m.g.dissentLabel, textRuns(d))),
    ...(i.ownWords ?? []).map((d) => labelled(m.g.ownWordsLabel, textRuns(d))),
  ];
}

function practice(m: ReportModel): Child[] {
  const t = m.t;
  if (!m.hasPractice) return [];
  const out: Child[] = [heading(t.opportunitiesTitle, 1), text(t.opportunitiesIntro)];
  for (const o of m.opportunities) {
    out.push(itemHead(o, null, null), itemMeta(m, o, false), labelled(t.answerGiven, textRuns(o.answer)));
    if (o.note) out.push(labelled(t.respondentNote, textRuns(o.note)));
    if (o.evidenceGiven) out.push(labelled(t.respondentEvidence, textRuns(o.evidenceGiven)));
    out.push(...groupLines(m, o));
    out.push(labelled(t.opportunityAction, richRuns(o.action)));
  }
  if (m.practiceUnanswered.length > 0) {
    out.push(heading(m.practiceUnansweredTitle, 3));
    for (const u of m.practiceUnanswered)
      out.push(bullet([...richRuns(u.question), ...textRuns(` (${u.theme})`, { color: MUTED })]));
  }
  return out;
}

function inOrder(m: ReportModel): Child[] {
  const t = m.t;
  const out: Child[] = [heading(t.inOrderTitle, 1)];
  if (m.inOrder.length === 0) return [...out, text(t.inOrderNone)];
  out.push(text(m.inOrderIntro));
  for (const i of m.inOrder) {
    out.push(
      bullet([
        new TextRun({ text: "✓ ", color: STATUS_COLOUR.voldoet }),
        ...richRuns(i.question),
        ...textRuns(` (${i.restsOn} · ${i.theme})`, { color: MUTED }),
      ]),
    );
    if (i.note) out.push(bullet([new TextRun({ text: `${t.respondentNote}: `, bold: true }), ...textRuns(i.note)], 1));
    if (i.evidenceGiven)
      out.push(
        bullet([new TextRun({ text: `${t.respondentEvidence}: `, bold: true }), ...textRuns(i.evidenceGiven)], 1),
      );
    if (i.votes) out.push(bullet([new TextRun({ text: `${m.g.votesLabel}: `, bold: true }), ...textRuns(i.votes)], 1));
    for (const d of i.dissent ?? [])
      out.push(bullet([new TextRun({ text: `${m.g.dissentLabel}: `, bold: true }), ...textRuns(d)], 1));
    for (const d of i.ownWords ?? [])
      out.push(bullet([new TextRun({ text: `${m.g.ownWordsLabel}: `, bold: true }), ...textRuns(d)], 1));
    if (i.noSource) out.push(bullet([new TextRun({ text: t.yesNoSource, bold: true })], 1));
  }
  return out;
}

function appendix(m: ReportModel): Child[] {
  const t = m.t;
  const out: Child[] = [];
  if (m.glossary.length > 0) {
    out.push(heading(t.glossaryTitle, 1), text(t.glossaryIntro));
    for (const g of m.glossary)
      out.push(para([new TextRun({ text: `${g.term}: `, bold: true }), ...richRuns(g.definition)]));
  }
  out.push(heading(t.methodTitle, 1));
  for (const r of m.method.rules) out.push(bullet(textRuns(r)));
  out.push(text(m.method.priorityRule), heading(t.stampTitle, 2));
  for (const s of m.method.stamp)
    out.push(para([new TextRun({ text: `${s.label}: `, bold: true }), ...textRuns(s.value)]));
  return out;
}

/** Every string of the model made fit for XML (xmlSafe), arrays and plain objects copied; nothing else changes. */
function xmlSafeDeep<T>(value: T): T {
  if (typeof value === "string") return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafeDeep) as T;
  if (value !== null && typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = xmlSafeDeep(v);
    return out as T;
  }
  return value;
}

export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
  // U+FFFE, U+FFFF or a lone surrogate anywhere (a note, the municipality, a questionnaire's text)
  // would make document.xml or core.xml ill-formed: Word and LibreOffice refuse the file.
  const m = xmlSafeDeep(model);
  const portrait = { page: { size: A4, margin: MARGIN } };
  const landscape = { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } };
  const sections: ISectionOptions[] = m.full
    ? [
        { properties: portrait, children: [...firstPage(m), ...themes(m), ...gapsAndUnknown(m)] },
        { properties: landscape, children: plan(m) },
        { properties: portrait, children: [...practice(m), ...inOrder(m), ...appendix(m)] },
      ]
    : [{ properties: portrait, children: firstPage(m) }];
  const language = { value: LOCALE[m.lang] };
  const doc = new Document({
    creator: "zelftest",
    title: m.title,
    description: m.t.subtitle,
    styles: {
      default: {
        document: { run: { font: "Arial", size: 20, language }, paragraph: { spacing: { after: 80, line: 264 } } },
        title: { run: { font: "Arial", size: 36, bold: true, color: ACCENT } },
        heading1: {
          run: { font: "Arial", size: 30, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 280, after: 120 } },
        },
        heading2: {
          run: { font: "Arial", size: 24, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        heading3: {
          run: { font: "Arial", size: 21, bold: true, color: "1A1A1A" },
          paragraph: { spacing: { before: 200, after: 40 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [0, 1].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level === 0 ? "•" : "–",
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
          })),
        },
        {
          reference: NUMBERS,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 400, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
