import { describe, expect, it } from "vitest";
import { displayMunicipality, municipalityKey, sameMunicipality } from "../../src/model/municipality.js";

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
