// Calendar dates as the answer file writes them (docs/answer-file.md: an ISO date, YYYY-MM-DD). The one
// definition of what counts as a real date, for the loader and for the front-ends' date fields. Pure.

/** "2026-02-28" → true; "2026-02-30", "2026-2-3" and "15-01-2026" → false. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
