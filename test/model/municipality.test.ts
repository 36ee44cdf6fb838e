import { describe, expect, it } from "vitest";
import {
  displayMunicipality,
  municipalityKey,
  normalizeGemeentecode,
  municipalityLabel,
  sameMunicipality,
  sameMunicipalityOf,
} from "../../src/model/municipality.js";

describe("municipality names", () => {
  it("shows the name trimmed, with runs of white space as one space", () => {
    expect(displayMunicipality("  Rijssen-\tHolten \n")).toBe("Rijssen- Holten");
    expect(displayMunicipality("Súdwest-Fryslân")).toBe("Súdwest-Fryslân");
  });

  it("meets names of one municipality under one key, whatever the case and spacing", () => {
    expect(municipalityKey(" Rijssen-Holten ")).toBe("rijssen-holten");
    expect(sameMunicipality("Rijssen-Holten", "rijssen-holten")).toBe(true);
    expect(sameMunicipality("De  Bilt", "de bilt")).toBe(true);
    expect(sameMunicipality("Ede", "Epe")).toBe(false);
  });
});

describe("municipality codes", () => {
  it("takes the code as people type it and gives the CBS form", () => {
    for (const typed of ["GM0177", "gm0177", " 177 ", "0177", "Gm0177"])
      expect(normalizeGemeentecode(typed)).toBe("GM0177");
    expect(normalizeGemeentecode("1")).toBe("GM0001");
  });
  it("refuses what is not a code", () => {
    for (const typed of ["", "GM", "GM177", "GM01770", "12345", "GM 0177", "Utrecht", "-177"])
      expect(normalizeGemeentecode(typed)).toBeUndefined();
  });
});

describe("the same municipality: by code when both files have one, else by name", () => {
  it("equal codes are one municipality, however the names are spelled", () => {
    const a = { municipality: "Rijssen-Holten", gemeentecode: "GM1742" };
    expect(sameMunicipalityOf(a, { municipality: "Gemeente Rijssen Holten", gemeentecode: "GM1742" })).toBe(true);
    expect(sameMunicipalityOf(a, { municipality: "Rijssen-Holten", gemeentecode: "GM0177" })).toBe(false);
  });
  it("without a code on either side, the names decide", () => {
    expect(
      sameMunicipalityOf(
        { municipality: "Rijssen-Holten", gemeentecode: "GM1742" },
        { municipality: " rijssen-holten" },
      ),
    ).toBe(true);
    expect(
      sameMunicipalityOf(
        { municipality: "Gemeente Rijssen Holten" },
        { municipality: "Rijssen-Holten", gemeentecode: "GM1742" },
      ),
    ).toBe(false);
  });
  it("names a municipality with its code", () => {
    expect(municipalityLabel({ municipality: " De  Bilt", gemeentecode: "GM0310" })).toBe("De Bilt (GM0310)");
    expect(municipalityLabel({ municipality: "Ede" })).toBe("Ede");
  });
});
