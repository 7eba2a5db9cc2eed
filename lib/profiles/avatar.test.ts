import { describe, expect, it } from "vitest";
import { AVATAR_COLOURS, avatarColour, avatarFor, initialsOf } from "./avatar";

describe("avatar", () => {
  it("takes the first letters of the first and last words", () => {
    expect(initialsOf("Lena Learner")).toBe("LL");
    expect(initialsOf("Ana María de la Cruz")).toBe("AC");
    expect(initialsOf("ada")).toBe("A");
    expect(initialsOf("  élodie   ozturk ")).toBe("ÉO");
    expect(initialsOf("Zoë O'Neil")).toBe("ZO");
    expect(initialsOf("李 小龙")).toBe("李小");
  });

  it("falls back to a question mark when the name has no letters", () => {
    expect(initialsOf("")).toBe("?");
    expect(initialsOf("-- !! --")).toBe("?");
  });

  it("picks a colour from the palette, the same for the same handle", () => {
    expect(avatarColour("lena-learner")).toBe(avatarColour("lena-learner"));
    expect(AVATAR_COLOURS).toContain(avatarColour("lena-learner"));
    const colours = new Set(["a", "b", "c", "d", "e", "f", "g", "h"].map(avatarColour));
    expect(colours.size).toBeGreaterThan(2);
  });

  it("combines initials and colour", () => {
    expect(avatarFor({ displayName: "Marco Mentor", handle: "marco-mentor" })).toEqual({
      initials: "MM",
      background: avatarColour("marco-mentor"),
      foreground: "#ffffff",
    });
  });
});
