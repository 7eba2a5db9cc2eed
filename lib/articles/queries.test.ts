import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabaseForApp } from "@/lib/testing/test-db";
import { importArticles } from "./import/import-articles";
import { allSeedFiles } from "@/lib/testing/seed-files";
import { ARTICLES_PER_PAGE, getArticleIndex, getRelatedArticles, listArticles, listIndexPages, listTopics } from "./queries";

const encode = (text: string) => new TextEncoder().encode(text);
const generated = (i: number, topic: string) => ({
  file: `gen-${i}.md`,
  content: encode(`---\nid: gen-${i}\ntitle: "Generated ${String(i).padStart(2, "0")}"\nsubject: "${topic}"\ndate: 2026-01-${String(i).padStart(2, "0")}\n---\nText ${i}.\n`),
});

describe("article lists", () => {
  beforeAll(() => {
    const db = useTestDatabaseForApp();
    importArticles(db, allSeedFiles());
    importArticles(db, Array.from({ length: 22 }, (_, i) => generated(i + 1, i % 2 ? "Odd Topic" : "Even Topic")));
  });

  it("pages newest first, undated articles last, and refuses pages past the end", async () => {
    const first = await listArticles({ page: 1 });
    expect(first).toMatchObject({ total: 27, pageCount: 3, page: 1 });
    expect(first!.items).toHaveLength(ARTICLES_PER_PAGE);
    expect(first!.items[0]?.title).toBe("Generated 22");
    const last = await listArticles({ page: 3 });
    expect(last!.items.map((a) => a.publishedOn)).toEqual(["2026-01-02", "2026-01-01", "2025-01-31", "2024-12-14", "2024-05-25", null, null]);
    expect(await listArticles({ page: 4 })).toBeNull();
    expect(await listArticles({ page: 0 })).toBeNull();
    expect(await listArticles({ page: 1.5 })).toBeNull();
  });

  it("filters by topic and counts each topic", async () => {
    const odd = await listArticles({ topicSlug: "odd-topic", page: 1 });
    expect(odd?.total).toBe(11);
    expect(odd?.items.every((a) => a.topic === "Odd Topic")).toBe(true);
    expect(await listTopics()).toContainEqual({ topic: "Odd Topic", topicSlug: "odd-topic", count: 11 });
    expect(await getArticleIndex({ topicSlug: "no-such-topic" })).toBeNull();
  });

  it("lists every page after the first for prerendering", async () => {
    const pages = await listIndexPages();
    expect(pages).toContainEqual({ page: 2 });
    expect(pages).toContainEqual({ page: 3 });
    expect(pages).toContainEqual({ topicSlug: "odd-topic", page: 2 });
    expect(pages).not.toContainEqual({ topicSlug: "education-studies", page: 2 });
  });

  it("shows related articles that exist and never the article itself", async () => {
    const related = await getRelatedArticles({ slug: "how-does-community-support-contribute-to-professional-development" });
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(3);
    expect(related.map((r) => r.slug)).not.toContain("how-does-community-support-contribute-to-professional-development");
    expect(await getRelatedArticles({ slug: "missing" })).toEqual([]);
  });
});
