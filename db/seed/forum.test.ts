import { describe, expect, it } from "vitest";
import { FORUM_LIMITS } from "@/lib/forum/schema";
import { BENCHMARK_POSTS, BENCHMARK_TITLE_PREFIX, FORUM_CATEGORY_SLUGS, FORUM_SPAN_SECONDS, forumThreads, generateForum, type GeneratedThread } from "./forum";

// The benchmark's shape, scaled down tenfold to keep the suite quick.
const OPTIONS = { threads: 500, posts: 10_000, seed: 42, authorCount: 6_004 };
const forum = generateForum(OPTIONS);
const allPosts = forum.flatMap((t) => t.posts);

const sum = (threads: readonly GeneratedThread[]) => threads.reduce((n, t) => n + t.postCount, 0);

describe("generateForum", () => {
  it("gives the same forum for the same options, another for another seed", () => {
    expect(generateForum(OPTIONS)).toEqual(forum);
    expect(Array.from(forumThreads(OPTIONS))).toEqual(forum);
    const other = generateForum({ ...OPTIONS, seed: 43 });
    expect(other).not.toEqual(forum);
    // Not just one field: most threads differ.
    expect(other.filter((t, i) => t.title !== forum[i]!.title || t.posts[0]!.body !== forum[i]!.posts[0]!.body).length).toBeGreaterThan(OPTIONS.threads / 2);
  });

  it.each([
    [1, 1],
    [1, 500],
    [30, 150],
    [7, 7],
    [500, 10_000],
    [2_000, 2_198], // one short of a benchmark thread
    [2_000, 2_199],
    [1, 200],
  ])("writes exactly %i threads holding exactly %i posts", (threads, posts) => {
    const f = generateForum({ threads, posts, authorCount: 50 });
    expect(f).toHaveLength(threads);
    expect(sum(f)).toBe(posts);
    for (const t of f) {
      expect(t.postCount).toBeGreaterThanOrEqual(1);
      expect(t.posts).toHaveLength(t.postCount);
    }
  });

  it("writes nothing for no threads", () => {
    expect(generateForum({ threads: 0, posts: 0, authorCount: 0 })).toEqual([]);
  });

  it("opens with one 200-post 'Benchmark: ' thread when the budget allows, and only then", () => {
    const benchmarks = forum.filter((t) => t.title.startsWith(BENCHMARK_TITLE_PREFIX));
    expect(benchmarks).toEqual([forum[0]]);
    expect(forum[0]).toMatchObject({ postCount: BENCHMARK_POSTS, category: "mentorship", pinned: false });
    // It runs from about a year ago to a few hours ago.
    expect(forum[0]!.createdAgo).toBeGreaterThan(FORUM_SPAN_SECONDS * 0.99);
    expect(forum[0]!.lastPostAgo).toBeLessThan(6 * 3600 + 1);

    expect(generateForum({ threads: 2_000, posts: 2_199, authorCount: 5 })[0]).toMatchObject({ postCount: 200, title: expect.stringMatching(/^Benchmark: /) });
    expect(generateForum({ threads: 1, posts: 200, authorCount: 5 })[0]).toMatchObject({ postCount: 200, title: expect.stringMatching(/^Benchmark: /) });
    for (const f of [generateForum({ threads: 2_000, posts: 2_198, authorCount: 5 }), generateForum({ threads: 1, posts: 500, authorCount: 5 }), generateForum({ threads: 30, posts: 150, authorCount: 5 }), generateForum({ ...OPTIONS, benchmark: false })]) {
      expect(f.some((t) => t.title.startsWith(BENCHMARK_TITLE_PREFIX))).toBe(false);
    }
  });

  it("pins threads 1 to 6, one per category, and spreads the rest over every category", () => {
    expect(forum.map((t, i) => (t.pinned ? i : -1)).filter((i) => i >= 0)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(forum.slice(1, 7).map((t) => t.category)).toEqual([...FORUM_CATEGORY_SLUGS]);
    const perCategory = new Map<string, number>();
    for (const t of forum.slice(7)) perCategory.set(t.category, (perCategory.get(t.category) ?? 0) + 1);
    expect(new Set(perCategory.keys())).toEqual(new Set(FORUM_CATEGORY_SLUGS));
    // Mentorship is the busiest, site feedback the quietest (weights 30 and 5).
    expect(perCategory.get("mentorship")!).toBeGreaterThan(perCategory.get("site-feedback")! * 3);
  });

  it("orders posts in time within a thread, and threads by creation, all within the past year", () => {
    let previousStart = Infinity;
    for (const t of forum) {
      expect(t.createdAgo).toBe(t.posts[0]!.ago);
      expect(t.lastPostAgo).toBe(t.posts.at(-1)!.ago);
      expect(t.authorIndex).toBe(t.posts[0]!.authorIndex);
      expect(t.createdAgo).toBeLessThan(previousStart);
      expect(t.createdAgo).toBeLessThanOrEqual(FORUM_SPAN_SECONDS);
      previousStart = t.createdAgo;
      for (let k = 1; k < t.posts.length; k++) expect(t.posts[k]!.ago).toBeLessThan(t.posts[k - 1]!.ago);
      expect(t.lastPostAgo).toBeGreaterThanOrEqual(0);
    }
    // Spread over the year, not bunched: each quarter holds about a quarter of the threads.
    for (let q = 0; q < 4; q++) {
      const inQuarter = forum.filter((t) => t.createdAgo >= (FORUM_SPAN_SECONDS * q) / 4 && t.createdAgo < (FORUM_SPAN_SECONDS * (q + 1)) / 4).length;
      expect(inQuarter).toBeGreaterThan(OPTIONS.threads * 0.2);
    }
  });

  it("shares posts unevenly, as forums do: many short threads, a few long ones", () => {
    const sizes = forum.slice(7).map((t) => t.postCount).sort((a, b) => a - b);
    const median = sizes[sizes.length >> 1]!;
    expect(median).toBeLessThan(OPTIONS.posts / OPTIONS.threads);
    expect(sizes.at(-1)!).toBeGreaterThan(median * 5);
  });

  it("credits authors among the accounts given, regulars most", () => {
    const authors = new Map<number, number>();
    for (const p of allPosts) {
      expect(Number.isInteger(p.authorIndex) && p.authorIndex >= 0 && p.authorIndex < OPTIONS.authorCount).toBe(true);
      authors.set(p.authorIndex, (authors.get(p.authorIndex) ?? 0) + 1);
    }
    expect(authors.size).toBeGreaterThan(OPTIONS.authorCount / 2);
    const firstTenth = allPosts.filter((p) => p.authorIndex < OPTIONS.authorCount / 10).length;
    expect(firstTenth).toBeGreaterThan(allPosts.length * 0.25);
    // A single account works too.
    expect(new Set(generateForum({ threads: 5, posts: 40, authorCount: 1 }).flatMap((t) => t.posts.map((p) => p.authorIndex)))).toEqual(new Set([0]));
  });

  it("writes titles and Markdown bodies the forum accepts, with lists, quotes, emphasis and a few links", () => {
    for (const t of forum) {
      expect(t.title.length).toBeGreaterThanOrEqual(FORUM_LIMITS.title.min);
      expect(t.title.length).toBeLessThanOrEqual(FORUM_LIMITS.title.max);
      expect(t.title).toBe(t.title.trim());
    }
    for (const p of allPosts) {
      expect(p.body.length).toBeGreaterThanOrEqual(FORUM_LIMITS.body.min);
      expect(p.body.length).toBeLessThanOrEqual(FORUM_LIMITS.body.max);
      expect(p.body).toBe(p.body.trim());
      // New accounts may post at most two links.
      expect(p.body.split("](").length - 1).toBeLessThanOrEqual(2);
    }
    const share = (re: RegExp) => allPosts.filter((p) => re.test(p.body)).length / allPosts.length;
    expect(share(/^- /m)).toBeGreaterThan(0.005);
    expect(share(/^1\. /m)).toBeGreaterThan(0.05);
    expect(share(/^> /m)).toBeGreaterThan(0.05);
    expect(share(/\*\*[^*]+\*\*/)).toBeGreaterThan(0.02);
    const links = share(/\]\((\/|https:\/\/www\.example\.org\/)/);
    expect(links).toBeGreaterThan(0.01);
    expect(links).toBeLessThan(0.15);
    // Variety: far more distinct bodies than templates.
    expect(new Set(allPosts.map((p) => p.body)).size).toBeGreaterThan(allPosts.length / 3);
    expect(new Set(forum.map((t) => t.title)).size).toBeGreaterThan(OPTIONS.threads / 4);
  });

  it("continues the numbering for a top-up: new threads, no pinned ones", () => {
    const more = generateForum({ threads: 50, posts: 400, authorCount: 6_004, firstThread: 500, benchmark: false });
    expect(sum(more)).toBe(400);
    expect(more.some((t) => t.pinned)).toBe(false);
    // Thread 500 of a 1,000-thread forum is the first of the top-up, whatever the sizes.
    const whole = generateForum({ threads: 1_000, posts: 20_000, authorCount: 6_004 });
    expect(more[0]!.title).toBe(whole[500]!.title);
    expect(more.filter((t, i) => t.posts[0]!.body === forum[i]!.posts[0]!.body).length).toBeLessThan(10);
  });

  it.each([
    [{ threads: 10, posts: 9, authorCount: 5 }, /9 posts cannot fill 10 threads/],
    [{ threads: 0, posts: 9, authorCount: 5 }, /need threads/],
    [{ threads: 3, posts: 9, authorCount: 0 }, /at least one author/],
    [{ threads: -1, posts: 9, authorCount: 5 }, /threads must be a whole number/],
    [{ threads: 2.5, posts: 9, authorCount: 5 }, /threads must be a whole number/],
  ])("refuses %j", (options, message) => {
    expect(() => generateForum(options)).toThrow(message);
  });
});
