// Dates as people type them: the Dutch way (dd-mm-jjjj, also with / or . and one-digit day or
// month) or ISO (jjjj-mm-dd). Both front-ends read date fields through this and store ISO, as the
// answer file needs (docs/answer-file.md). Pure, no Node imports.
import { isCalendarDate } from "../model/dates.js";

/** "15-1-2026", "15/01/2026", "15.01.2026" or "2026-01-15" → "2026-01-15"; anything else → undefined. */
export function parseDateInput(text: string): string | undefined {
  const s = text.trim();
  const pad = (n: string) => n.padStart(2, "0");
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const iso = dutch
    ? `${dutch[3]}-${pad(dutch[2]!)}-${pad(dutch[1]!)}`
    : /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
      ? s.replace(/-(\d)(?=-|$)/g, "-0$1")
      : "";
  return isCalendarDate(iso) ? iso : undefined;
}

/** "2026-01-15" → "15-01-2026", the way a Dutch reader writes a date. */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}
