// When two answer files are about the same municipality (docs/answer-file.md): the name as
// written, trimmed and with runs of white space made one space, is shown; the same name in lower
// case (Dutch rules) is the key. "  Rijssen-Holten" and "rijssen-holten" are one municipality. Pure.

/** The name to show: trimmed, runs of white space as one space. */
export function displayMunicipality(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

/** The key under which names of the same municipality meet. */
export function municipalityKey(name: string): string {
  return displayMunicipality(name).toLocaleLowerCase("nl");
}

/** Whether two names denote the same municipality. */
export function sameMunicipality(a: string, b: string): boolean {
  return municipalityKey(a) === municipalityKey(b);
}
