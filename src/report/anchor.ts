// The id of an item's place in the HTML report: only a-z, 0-9 and "-", so it is safe as an id
// and after "#" in a link, whatever the questionnaire's ids hold. Pure.
export function anchorOf(id: string): string {
  return `item-${id.replace(/[^a-z0-9-]/g, "-")}`;
}
