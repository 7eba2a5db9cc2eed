import { describe, expect, it } from "vitest";
import { cachedResultsPath, termsFromSegment } from "./search-path";

describe("termsFromSegment", () => {
  it("reads back the segment cachedResultsPath writes", () => {
    const segment = cachedResultsPath("mentor network", 1).split("/")[3]!;
    expect(termsFromSegment(segment)).toBe("mentor network");
  });

  it("refuses a spelling that is not the canonical one", () => {
    expect(termsFromSegment("Mentor%2C%20network!")).toBeNull();
  });

  // Found by the HTTP fuzz (e2e/http-fuzz.spec.ts): /search/results/%25E0%25A4%25A/1
  // reached the page as "%E0%A4%A" and decodeURIComponent threw, a 500.
  it("answers null, not a URIError, for a malformed percent-encoding", () => {
    for (const segment of ["%E0%A4%A", "%", "%zz", "mentor%"]) expect(termsFromSegment(segment)).toBeNull();
  });
});
