import { beforeAll, describe, expect, it } from "vitest";
import { allSeedFiles } from "@/lib/testing/seed-files";
import { useTestDatabaseForApp } from "@/lib/testing/test-db";
import { importArticles } from "./import/import-articles";
import { searchArticles } from "./search";
import { MARK_END, MARK_START } from "./search-markers";
import { parseSearchQuery, toMatchExpression } from "./search-query";

describe("parseSearchQuery", () => {
  it("keeps only words, so FTS syntax typed by a person is never syntax", () => {
    expect(parseSearchQuery('"mentor* NEAR(support) OR -title:x')).toEqual({
      kind: "terms",
      terms: ["mentor", "near", "support", "or", "title", "x"],
    });
    expect(toMatchExpression(["mentor", "near"], "all")).toBe('"mentor" "near"*');
    expect(toMatchExpression(["a", "b"], "any")).toBe('"a" OR "b"');
  });

  it("says what is wrong with empty, symbol-only and overlong searches", () => {
    expect(parseSearchQuery("   ")).toEqual({ kind: "empty" });
    expect(parseSearchQuery('"*()^')).toEqual({ kind: "no-words" });
    expect(parseSearchQuery("a".repeat(2000))).toEqual({ kind: "too-long", length: 2000 });
  });
});

describe("searchArticles", () => {
  beforeAll(() => {
    importArticles(useTestDatabaseForApp(), allSeedFiles());
  });

  it("ranks an article whose title matches above ones that only mention the word", async () => {
    const result = await searchArticles({ q: "engineering" });
    expect(result.kind).toBe("results");
    if (result.kind !== "results") return;
    expect(result.hits[0]?.title).toBe("How do engineering organizations support networking and professional development?");
  });

  it("matches word prefixes and stems, and marks the matches in the snippet", async () => {
    const result = await searchArticles({ q: "mentor" });
    if (result.kind !== "results") throw new Error(result.kind);
    expect(result.total).toBeGreaterThanOrEqual(4);
    expect(result.hits[0]?.snippet).toContain(MARK_START);
    expect(result.hits[0]?.snippet).toContain(MARK_END);
  });

  it("falls back to any of the words when no article has them all", async () => {
    const result = await searchArticles({ q: "torque mentorship" });
    if (result.kind !== "results") throw new Error(result.kind);
    expect(result.matched).toBe("any");
    expect(result.total).toBeGreaterThan(0);
  });

  it("finds nothing for words no article has", async () => {
    const result = await searchArticles({ q: "xylophone" });
    expect(result).toMatchObject({ kind: "results", total: 0, hits: [] });
  });

  it.each(['"', "*", "NEAR(", "mentor\" OR *", "AND", "title:mentorship", "a".repeat(2000), "", "(((", "^"])(
    "answers %j without throwing",
    async (q) => {
      await expect(searchArticles({ q })).resolves.toBeDefined();
    },
  );

  it("clamps a page past the end to the last page", async () => {
    const result = await searchArticles({ q: "community", page: 99 });
    if (result.kind !== "results") throw new Error(result.kind);
    expect(result.page).toBe(result.pageCount);
    expect(result.hits.length).toBeGreaterThan(0);
  });
});
