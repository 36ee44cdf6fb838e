// When two answer files are about the same municipality (docs/answer-file.md): by their CBS codes
// when both have one; otherwise by the name as written, trimmed and with runs of white space made
// one space, which is shown; the same name in lower case (Dutch rules) is the key.
// "  Rijssen-Holten" and "rijssen-holten" are one municipality, and so are "Gemeente Rijssen
// Holten" and "Rijssen-Holten" when both files say GM1742. Pure.
import { GEMEENTECODE_PATTERN } from "./answer-limits.js";

/** The name to show: trimmed, runs of white space as one space. */
export function displayMunicipality(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

/** The key under which names of the same municipality meet. */
export function municipalityKey(name: string): string {
  // Remembered: a batch asks for every file, and Dutch lower case (ICU) costs more than the rest of
  // a file's aggregate. A few hundred names in practice; bounded for a batch of all-different ones.
  let key = KEYS.get(name);
  if (key === undefined) {
    key = displayMunicipality(name).toLocaleLowerCase("nl");
    if (KEYS.size >= 10_000) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}
const KEYS = new Map<string, string>();

/** Whether two names denote the same municipality. */
export function sameMunicipality(a: string, b: string): boolean {
  return municipalityKey(a) === municipalityKey(b);
}

/** What a file says about its municipality: the name, and the CBS code when it gives one. */
export interface MunicipalityRef {
  readonly municipality: string;
  readonly gemeentecode?: string;
}

/**
 * Whether two files are about the same municipality: equal codes when both have a code (the names
 * may then be spelled differently), else equal names after normalisation (municipalityKey).
 */
export function sameMunicipalityOf(a: MunicipalityRef, b: MunicipalityRef): boolean {
  if (a.gemeentecode !== undefined && b.gemeentecode !== undefined) return a.gemeentecode === b.gemeentecode;
  return sameMunicipality(a.municipality, b.municipality);
}

/** How a file names its municipality in a message: "Rijssen-Holten (GM1742)". */
export function municipalityLabel(a: MunicipalityRef): string {
  const name = displayMunicipality(a.municipality);
  return a.gemeentecode !== undefined ? `${name} (${a.gemeentecode})` : name;
}

/** A CBS municipality code (gemeentecode): GM followed by four digits, as in GM0177 (the answer schema's pattern). */
export const GEMEENTECODE = GEMEENTECODE_PATTERN;

/**
 * A municipality code as people type it → the CBS form: "GM0177", "gm0177", "177" and "0177" all
 * become "GM0177"; anything else is not a code (undefined).
 */
export function normalizeGemeentecode(input: string): string | undefined {
  const s = input.trim().toUpperCase();
  const code = /^[0-9]{1,4}$/.test(s) ? `GM${s.padStart(4, "0")}` : s;
  return GEMEENTECODE.test(code) ? code : undefined;
}

export interface Municipality {
  readonly code: string;
  readonly name: string;
}

/** An official list of municipalities (`batch --municipalities FILE.csv`), looked up by code or by name. */
export class MunicipalityList {
  private readonly byCode: Map<string, string>;
  private readonly byName: Map<string, Municipality>;

  constructor(
    readonly entries: readonly Municipality[],
    /** The file the list came from, for messages. */
    readonly origin: string,
  ) {
    this.byCode = new Map(entries.map((m) => [m.code, m.name]));
    this.byName = new Map(entries.map((m) => [municipalityKey(m.name), m]));
  }

  nameOf(code: string): string | undefined {
    return this.byCode.get(code);
  }

  /** The listed municipality whose official name is this name as written (case and spaces aside). */
  byWrittenName(name: string): Municipality | undefined {
    return this.byName.get(municipalityKey(name));
  }
}
