import { describe, expect, it } from "vitest";
import { parseHandle } from "./handle";

describe("parseHandle", () => {
  it("accepts handles as sign-up makes them", () => {
    expect(parseHandle("lena-learner")).toBe("lena-learner");
    expect(parseHandle("ana-maria-2")).toBe("ana-maria-2");
  });

  it("refuses anything else", () => {
    for (const raw of ["", "Lena", "-lena", "lena-", "a--b", "lena%2Fx", "%E0%A4%A", "x".repeat(65), "<script>"]) expect(parseHandle(raw)).toBeNull();
  });
});
