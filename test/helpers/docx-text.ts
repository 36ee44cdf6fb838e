// Reads a .docx for tests: the main document's XML, and its text with one line per paragraph and
// table cells separated by " | ", so that golden files can hold a Word report as text.
import { strFromU8, unzipSync } from "fflate";

export function docxXml(bytes: Uint8Array, part = "word/document.xml"): string {
  const files = unzipSync(bytes, { filter: (f) => f.name === part });
  const xml = files[part];
  if (!xml) throw new Error(`${part} is missing from the docx`);
  return strFromU8(xml);
}

export function docxParts(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes, { filter: () => true }));
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The document's text: headings marked with their style (# Heading1 …), tables as rows of cells. */
export function docxText(bytes: Uint8Array): string {
  const xml = docxXml(bytes);
  const body = xml.slice(xml.indexOf("<w:body>"), xml.lastIndexOf("</w:body>"));
  const lines: string[] = [];
  const paragraphText = (p: string) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1];
    const list = /<w:numPr>/.test(p) ? "- " : "";
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((m) => (m[0] === "<w:br/>" ? "⏎" : decode(m[1]!)))
      .join("");
    const prefix =
      style === "Title" ? "= " : style?.startsWith("Heading") ? `${"#".repeat(Number(style.slice(7)) || 1)} ` : list;
    return prefix + text;
  };
  // Walk top-level paragraphs and tables in order.
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const block = m[0];
    if (block.startsWith("<w:tbl>")) {
      for (const row of block.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
        const cells = [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
          [...c[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join(" / "),
        );
        lines.push(`| ${cells.join(" | ")} |`);
      }
    } else if (block !== "<w:p/>") lines.push(paragraphText(block));
  }
  return `${lines.filter((l) => l.trim() !== "").join("\n")}\n`;
}
