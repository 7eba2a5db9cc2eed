import { describe, expect, it } from "vitest";
import { cachedDirectoryPath, canonicalDirectoryQuery, queryFromSegment } from "./directory-path";

describe("cached directory paths", () => {
  it("give every spelling of one search the same canonical query", () => {
    const a = canonicalDirectoryQuery(new URLSearchParams("accepting=1&language=Spanish&q=&topic="));
    const b = canonicalDirectoryQuery(new URLSearchParams("language=Spanish&accepting=1&format=nonsense"));
    expect(a).toBe(b);
    expect(canonicalDirectoryQuery(new URLSearchParams("language=Klingon"))).toBe("");
  });

  it("round-trip through a plain path segment, slashes and accents included", () => {
    const query = canonicalDirectoryQuery(new URLSearchParams("tz=Pacific/Kiritimati&within=0&q=José"));
    const segment = cachedDirectoryPath(query).split("/").pop()!;
    expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(queryFromSegment(segment)).toBe(query);
  });

  it("refuses segments this site did not make", () => {
    for (const bad of ["", "%2F", "a b", "x".repeat(401), "YQ=", "YR"]) expect(queryFromSegment(bad)).toBeNull();
  });
});
