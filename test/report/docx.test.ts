// The Word report: a real .docx (headings as Word heading styles, tables, A4, the plan in a
// landscape section), golden as extracted text, and answer-file text that stays text: no field,
// no hyperlink, no markup, whatever it contains.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../src/report/render-docx.js";
import { fixture, ROOT } from "../helpers/fixtures.js";
import { docxParts, docxText, docxXml } from "../helpers/docx-text.js";
import { modelOfFile } from "../helpers/reports.js";

const example = (name: string) => join(ROOT, "examples", name);

describe("the Word report", () => {
  it.each([
    ["gemeente-rijssen-holten-2015.yaml", "nl", false],
    ["adviesraad-rijssen-holten-2015.yaml", "nl", false],
    ["gemeente-half-ingevuld.json", "en", false],
    ["gemeente-rijssen-holten-2015.yaml", "nl", true],
  ] as const)("%s (%s, kort: %s) matches its golden text", async (name, lang, short) => {
    const bytes = await renderDocx(modelOfFile(example(name), lang, { short }));
    const actual = docxText(bytes);
    const golden = join(
      ROOT,
      "test",
      "golden",
      `${name.replace(/\.(ya?ml|json)$/, "")}.${lang}${short ? ".kort" : ""}.docx.txt`,
    );
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
    expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm test and review it`).toBe(true);
    expect(actual).toBe(readFileSync(golden, "utf8"));
  });

  it("is a Word document with real headings, tables, A4 pages and a landscape plan", async () => {
    const bytes = await renderDocx(modelOfFile(example("gemeente-rijssen-holten-2015.yaml")));
    expect(docxParts(bytes)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/numbering.xml"]),
    );
    const xml = docxXml(bytes);
    for (const style of ["Title", "Heading1", "Heading2", "Heading3"])
      expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4); // header, counts, themes, plan
    expect(xml).toContain("<w:tblHeader/>"); // table headings repeat on every page
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4 portrait
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/); // the plan
    const text = docxText(bytes);
    expect(text).toContain("# Samenvatting");
    expect(text).toContain("## Conclusie");
    expect(text).toContain(
      "De VNG-zelftest (de lezing van de wet door de VNG, 2015): 7 van de 15 eisen zijn geregeld, 6 deels en 2 niet.",
    );
    expect(text).toContain("De gemeente voldoet op 2 punten niet aan de VNG-zelftest");
    expect(text.indexOf("| Geregeld | Deels geregeld |")).toBeLessThan(text.indexOf("In één getal"));
    expect(text).toContain("# Plan van aanpak");
    // Good practice is an opportunity: its headings carry no status mark.
    const practice = text.slice(text.indexOf("# Kansen uit goede praktijk"), text.indexOf("# Wat op orde is"));
    expect(practice).not.toMatch(/✗|voldoet niet/);
  });

  it("--kort is the first page alone", async () => {
    const text = docxText(
      await renderDocx(modelOfFile(example("gemeente-rijssen-holten-2015.yaml"), "nl", { short: true })),
    );
    expect(text).toContain("# Samenvatting");
    expect(text).not.toContain("# Per thema");
    expect(text).not.toContain("# Plan van aanpak");
  });

  it("keeps hostile answer-file text as text: no fields, hyperlinks or injected XML", async () => {
    for (const file of [
      fixture("answers", "valid", "hostile.yaml"),
      fixture("answers", "valid", "hostile-evidence.yaml"),
    ]) {
      const bytes = await renderDocx(modelOfFile(file));
      const xml = docxXml(bytes);
      expect(xml).not.toMatch(
        /<w:hyperlink|<w:fldSimple|<w:fldChar|<w:instrText|<w:object|<w:pict|<w:drawing|<w:altChunk/,
      );
      expect(docxParts(bytes).some((p) => /_rels\/document\.xml\.rels$/.test(p))).toBe(true);
      expect(docxXml(bytes, "word/_rels/document.xml.rels")).not.toMatch(/TargetMode="External"/);
      const text = docxText(bytes);
      if (file.endsWith("hostile.yaml")) {
        expect(text).toContain("<script>alert('gemeente')</script> & Co | # Kop");
        expect(text).toContain('Regel één <iframe src="https://evil.example/"></iframe>');
      } else {
        expect(text).toContain('=HYPERLINK("https://evil.example","klik") <b>vet</b>');
        expect(text).toContain("<script>alert('ja')</script> HYPERLINK \"https://evil.example\"");
        expect(text).toContain('<w:fldSimple w:instr="HYPERLINK https://evil.example"/> ]]> <![CDATA[x]]>');
        expect(text).toContain("@SUM(1+1) [x](javascript:alert(1))");
      }
    }
  });
});
