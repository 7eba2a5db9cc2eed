import { describe, expect, it } from "vitest";
import { repairMojibake } from "./repair-encoding";

describe("repairMojibake", () => {
  it("restores UTF-8 that was read as Windows-1252", () => {
    expect(repairMojibake("staying current in oneâ€™s field")).toBe("staying current in one’s field");
    expect(repairMojibake("â€œquotedâ€\u009d and â€” dashes")).toBe("“quoted” and — dashes");
    expect(repairMojibake("Ã©tÃ© Ã\u00a0Paris")).toBe("été àParis");
  });

  it("restores text that was damaged twice", () => {
    const once = "â€™";
    const twice = Array.from(new TextEncoder().encode(once))
      .map((b) => String.fromCharCode(b))
      .join("")
      .replace(/[\u0080-\u009f]/g, (c) => ({ "\u0080": "€", "\u0099": "™" })[c] ?? c);
    expect(repairMojibake(twice)).toBe("’");
  });

  it("leaves correct text alone, including Latin-1 letters that only look suspicious", () => {
    for (const text of ["café naïve résumé", "Größe über", "today’s “quotes” — fine", "Â alone", "100 €", "plain ASCII"]) {
      expect(repairMojibake(text)).toBe(text);
    }
  });
});
