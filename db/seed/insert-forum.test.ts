import { asc, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forumCategories, forumPosts, forumThreads, users } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-db";
import { generateCommunity } from "./community";
import { BENCHMARK_TITLE_PREFIX, FORUM_SPAN_SECONDS, generateForum } from "./forum";
import { insertCommunity } from "./insert-community";
import { insertForum } from "./insert-forum";

type Db = ReturnType<typeof createTestDatabase>["db"];

const NOW = new Date("2026-03-01T12:00:00Z");
const NOW_S = NOW.getTime() / 1000;

/** A test database with a few demo-like accounts and a small community to author the forum. */
function withMembers(): Db {
  const { db } = createTestDatabase();
  db.insert(users).values({ email: "learner@example.com", handle: "lena", displayName: "Lena Learner" }).run();
  insertCommunity(db, generateCommunity({ mentors: 10, learners: 20 }), "scrypt$test-hash");
  return db;
}

const counts = (db: Db) => ({
  threads: db.select({ n: count() }).from(forumThreads).get()!.n,
  posts: db.select({ n: count() }).from(forumPosts).get()!.n,
});

/** Threads whose postCount, createdAt or lastPostAt disagree with their posts. */
function inconsistentThreads(db: Db): unknown[] {
  return db.$client
    .prepare(
      `SELECT t.id FROM forum_threads t JOIN (SELECT thread_id, count(*) n, min(created_at) first, max(created_at) last, min(id) first_id FROM forum_posts GROUP BY thread_id) p ON p.thread_id = t.id
       WHERE t.post_count != p.n OR t.created_at != p.first OR t.last_post_at != p.last
          OR t.author_id IS NOT (SELECT author_id FROM forum_posts WHERE id = p.first_id)
          OR (SELECT created_at FROM forum_posts WHERE id = p.first_id) != p.first`,
    )
    .all();
}

/** Posts whose time goes backwards against the post before them in the same thread. */
function postsOutOfOrder(db: Db): number {
  return (
    db.$client
      .prepare("SELECT count(*) n FROM (SELECT created_at, lag(created_at) OVER (PARTITION BY thread_id ORDER BY id) prev FROM forum_posts) WHERE created_at <= prev")
      .get() as { n: number }
  ).n;
}

describe("insertForum", () => {
  it("writes the generated forum as it is: counts, titles, bodies, authors among the accounts, times counted back from now", () => {
    const db = withMembers();
    const result = insertForum(db, { threads: 40, posts: 600, seed: 3, now: NOW });
    expect(result).toEqual({ before: { threads: 0, posts: 0 }, added: { threads: 40, posts: 600 }, benchmark: true });
    expect(counts(db)).toEqual({ threads: 40, posts: 600 });

    const authorIds = db.select({ id: users.id }).from(users).orderBy(asc(users.id)).all().map((u) => u.id);
    const expected = generateForum({ threads: 40, posts: 600, seed: 3, authorCount: authorIds.length });
    const threads = db
      .select({ thread: forumThreads, slug: forumCategories.slug })
      .from(forumThreads)
      .innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
      .orderBy(asc(forumThreads.id))
      .all();
    expect(threads.map(({ thread, slug }) => ({ title: thread.title, slug, pinned: thread.pinned, postCount: thread.postCount, authorId: thread.authorId, createdAt: thread.createdAt }))).toEqual(
      expected.map((t) => ({ title: t.title, slug: t.category, pinned: t.pinned, postCount: t.postCount, authorId: authorIds[t.authorIndex], createdAt: new Date((NOW_S - t.createdAgo) * 1000) })),
    );
    const posts = db.select().from(forumPosts).orderBy(asc(forumPosts.id)).all();
    expect(posts.map((p) => ({ body: p.body, authorId: p.authorId, createdAt: p.createdAt }))).toEqual(
      expected.flatMap((t) => t.posts.map((p) => ({ body: p.body, authorId: authorIds[p.authorIndex], createdAt: new Date((NOW_S - p.ago) * 1000) }))),
    );
    // Columns the seed leaves alone keep their defaults.
    expect(posts.every((p) => p.likeCount === 0 && p.hiddenAt === null && p.deletedAt === null && p.editedAt === null)).toBe(true);
    expect(threads.every(({ thread }) => !thread.locked && thread.hiddenAt === null && thread.answerPostId === null)).toBe(true);

    for (const p of posts) {
      expect(p.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(p.createdAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime() - FORUM_SPAN_SECONDS * 1000);
    }
    expect(inconsistentThreads(db)).toEqual([]);
    expect(postsOutOfOrder(db)).toBe(0);
  });

  it("includes the 200-post benchmark thread, first, and pins six threads", () => {
    const db = withMembers();
    insertForum(db, { threads: 40, posts: 600, now: NOW });
    const first = db.select().from(forumThreads).orderBy(asc(forumThreads.id)).limit(1).get()!;
    expect(first.title.startsWith(BENCHMARK_TITLE_PREFIX)).toBe(true);
    expect(first.postCount).toBe(200);
    expect(db.select({ n: count() }).from(forumPosts).where(eq(forumPosts.threadId, first.id)).get()!.n).toBe(200);
    expect(db.select({ n: count() }).from(forumThreads).where(eq(forumThreads.pinned, true)).get()!.n).toBe(6);
  });

  it("keeps the full-text indexes in step: words of generated bodies and titles are found", () => {
    const db = withMembers();
    insertForum(db, { threads: 40, posts: 600, now: NOW });
    const match = (table: string, query: string) => db.$client.prepare(`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).all(query) as { id: number }[];

    const [post] = db.select().from(forumPosts).where(sql`${forumPosts.body} LIKE '%summary after every call%'`).limit(1).all();
    expect(post).toBeDefined();
    expect(match("forum_posts_fts", '"summary after every call"').map((r) => r.id)).toContain(post!.id);
    // Stemmed (porter): "mentor" also finds "mentors", "mentoring" and "mentored", but not "mentorship".
    const mentorPosts = match("forum_posts_fts", "mentor").length;
    expect(mentorPosts).toBeGreaterThan(50);
    expect(mentorPosts).toBe(db.select({ body: forumPosts.body }).from(forumPosts).all().filter((p) => /\bmentor(s|ing|ed)?\b/i.test(p.body)).length);

    const benchmark = db.select().from(forumThreads).where(sql`${forumThreads.title} LIKE 'Benchmark: %'`).get()!;
    expect(match("forum_threads_fts", "benchmark").map((r) => r.id)).toEqual([benchmark.id]);
    expect(db.$client.prepare("SELECT count(*) n FROM forum_posts_fts").get()).toEqual({ n: 600 });
    // The external-content index agrees with its table.
    db.$client.prepare("INSERT INTO forum_posts_fts(forum_posts_fts, rank) VALUES ('integrity-check', 1)").run();
    db.$client.prepare("INSERT INTO forum_threads_fts(forum_threads_fts, rank) VALUES ('integrity-check', 1)").run();
  });

  it("adds nothing on a second run with the same counts, nor with smaller ones", () => {
    const db = withMembers();
    insertForum(db, { threads: 40, posts: 600, now: NOW });
    const before = db.select().from(forumPosts).all();
    expect(insertForum(db, { threads: 40, posts: 600, now: new Date(NOW.getTime() + 86_400_000) })).toEqual({
      before: { threads: 40, posts: 600 },
      added: { threads: 0, posts: 0 },
      benchmark: false,
    });
    expect(insertForum(db, { threads: 10, posts: 5_000 }).added).toEqual({ threads: 0, posts: 0 });
    expect(db.select().from(forumPosts).all()).toEqual(before);
  });

  it("tops up to larger counts with new threads only, and no second benchmark thread", () => {
    const db = withMembers();
    insertForum(db, { threads: 40, posts: 600, now: NOW });
    const firstRun = db.select().from(forumThreads).orderBy(asc(forumThreads.id)).all();
    const result = insertForum(db, { threads: 65, posts: 900, now: NOW });
    expect(result).toEqual({ before: { threads: 40, posts: 600 }, added: { threads: 25, posts: 300 }, benchmark: false });
    expect(counts(db)).toEqual({ threads: 65, posts: 900 });
    const all = db.select().from(forumThreads).orderBy(asc(forumThreads.id)).all();
    expect(all.slice(0, 40)).toEqual(firstRun);
    expect(all.filter((t) => t.title.startsWith(BENCHMARK_TITLE_PREFIX))).toHaveLength(1);
    expect(all.filter((t) => t.pinned)).toHaveLength(6);
    expect(inconsistentThreads(db)).toEqual([]);

    // More threads than posts left to give: one post each.
    expect(insertForum(db, { threads: 70, posts: 900, now: NOW }).added).toEqual({ threads: 5, posts: 5 });
  });

  it("counts threads written by members, and never reuses a deleted thread's id", () => {
    const db = withMembers();
    const [author] = db.select().from(users).limit(1).all();
    const categoryId = db.select().from(forumCategories).get()!.id;
    const own = db.insert(forumThreads).values({ categoryId, authorId: author!.id, title: "My own thread", createdAt: NOW, lastPostAt: NOW, postCount: 1 }).returning().get();
    db.insert(forumPosts).values({ threadId: own.id, authorId: author!.id, body: "Hello", createdAt: NOW }).run();
    const gone = db.insert(forumThreads).values({ categoryId, authorId: author!.id, title: "Deleted soon", createdAt: NOW, lastPostAt: NOW }).returning().get();
    db.delete(forumThreads).where(eq(forumThreads.id, gone.id)).run();

    expect(insertForum(db, { threads: 11, posts: 51, now: NOW }).added).toEqual({ threads: 10, posts: 50 });
    const ids = db.select({ id: forumThreads.id }).from(forumThreads).orderBy(asc(forumThreads.id)).all().map((t) => t.id);
    expect(ids).toEqual([own.id, ...Array.from({ length: 10 }, (_, i) => gone.id + 1 + i)]);
  });

  it("writes more rows than one INSERT may bind", () => {
    const db = withMembers();
    // 1,200 threads (500 a statement) and 6,000 posts (500 a statement, 4 values a row).
    expect(insertForum(db, { threads: 1_200, posts: 6_000, now: NOW }).added).toEqual({ threads: 1_200, posts: 6_000 });
    expect(counts(db)).toEqual({ threads: 1_200, posts: 6_000 });
    expect(inconsistentThreads(db)).toEqual([]);
    expect(postsOutOfOrder(db)).toBe(0);
  });

  it("writes nothing without accounts to author the forum", () => {
    const { db } = createTestDatabase();
    expect(() => insertForum(db, { threads: 5, posts: 10 })).toThrow(/needs authors/);
    expect(counts(db)).toEqual({ threads: 0, posts: 0 });
    // Nothing asked, nothing needed.
    expect(insertForum(db, { threads: 0, posts: 0 }).added).toEqual({ threads: 0, posts: 0 });
  });
});
