// One order for texts that must sort the same on every machine and in every locale: by code point.
// (Names shown to people sort with `localeCompare(…, "nl")`; this is for paths, keys and codes.)
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
