// The two kinds of comparison (docs/report.md, "Compare") and why a comparison is of its kind: the
// words are part of `compare --format json` (kind, kindReason).

export type ComparisonKind = "perspectives" | "trend";

/**
 * Why the comparison is of its kind: asked for (--perspectives, --trend), or chosen because the
 * roles differ, the respondents differ (other names, or a group beside one person), some files
 * share a date, or one respondent answered on different dates (the only case chosen as a trend).
 */
export type KindReason = "asked" | "roles-differ" | "respondents-differ" | "same-date" | "one-respondent-over-time";
