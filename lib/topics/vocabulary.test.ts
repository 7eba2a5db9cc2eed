import { describe, expect, it } from "vitest";
import { isTopic, TOPICS } from "./vocabulary";

describe("topic vocabulary", () => {
  it("holds the seed articles' subjects and keywords and the added topics", () => {
    for (const t of ["Education Studies", "Engineering", "Education & Career", "mentorship", "networking", "professional development", "Career growth", "Writing"]) {
      expect(TOPICS).toContain(t);
    }
  });

  it("is sorted ignoring case and has no duplicates", () => {
    const lower = TOPICS.map((t) => t.toLowerCase());
    expect(new Set(lower).size).toBe(TOPICS.length);
    expect([...lower].sort((a, b) => a.localeCompare(b, "en"))).toEqual(lower);
  });

  it("accepts only exact names", () => {
    expect(isTopic("mentorship")).toBe(true);
    expect(isTopic("Mentorship")).toBe(false);
    expect(isTopic("cooking")).toBe(false);
    expect(isTopic(42)).toBe(false);
  });
});
