import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { passwordSchema } from "./password-policy";

/** The messages the schema gives, or [] when the password is accepted. */
const problems = (password: string) => passwordSchema.safeParse(password).error?.issues.map((i) => i.message) ?? [];

const listed = readFileSync(path.join(import.meta.dirname, "common-passwords.txt"), "utf8")
  .split("\n")
  .filter((line) => line && !line.startsWith("#"));

describe("passwordSchema", () => {
  it("wants at least 12 characters", () => {
    expect(problems("a7#kq2!zx9m")).toEqual(["Use at least 12 characters."]); // 11
    expect(problems("a7#kq2!zx9mw")).toEqual([]); // 12
    expect(problems("")).toEqual(["Use at least 12 characters."]);
  });

  it("allows at most 128 characters", () => {
    const base = "xq7-".repeat(32); // 128
    expect(problems(base)).toEqual([]);
    expect(problems(`${base}z`)).toEqual(["Use at most 128 characters."]);
  });

  it("counts characters as code points, not UTF-16 units", () => {
    const emoji = "🔐"; // two UTF-16 units
    expect(emoji.repeat(6)).toHaveLength(12);
    expect(problems(emoji.repeat(6))).toEqual(["Use at least 12 characters."]);
    expect(problems(emoji.repeat(12))).toEqual([]);
    expect(problems(emoji.repeat(128))).toEqual([]);
    expect(problems(emoji.repeat(129))).toEqual(["Use at most 128 characters."]);
  });

  it("refuses a common password whatever its case", () => {
    expect(listed).toContain("leavemealone");
    expect(listed.length).toBe(5000);
    expect(listed.every((p) => p === p.toLowerCase() && [...p].length >= 8)).toBe(true);

    const tooCommon = ["This password is too common; choose one that is harder to guess."];
    expect(problems("leavemealone")).toEqual(tooCommon);
    expect(problems("LeaveMeAlone")).toEqual(tooCommon);
    expect(problems("leavemealone!")).toEqual([]);
  });

  it("applies no composition rules", () => {
    expect(problems("all lowercase words here")).toEqual([]);
  });
});
