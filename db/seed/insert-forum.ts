import { asc, count, like } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumCategories, forumPosts, forumThreads, users } from "@/db/schema";
import { BulkInsert, lastId } from "./bulk-insert";
import { BENCHMARK_TITLE_PREFIX, FORUM_CATEGORY_SLUGS, forumThreads as generateThreads, type ForumCategorySlug } from "./forum";

// Writes a generated forum (db/seed/forum.ts) in bulk.
//
// Re-runs: the seed TOPS THE FORUM UP to the counts asked for, counting every
// thread and post already there, whoever wrote them.
// - Forum already has ≥ `threads` threads: nothing is written (so a second
//   run with the same flags adds nothing).
// - Otherwise the missing threads are added, holding the missing posts
//   (at least one each): on an empty forum that is exactly `threads` threads
//   and `posts` posts; asking for more later ends at the new counts too. The
//   added threads continue the numbering (new titles and bodies, pinned
//   threads only among the first seven ever generated), and the 200-post
//   "Benchmark: …" thread is included unless one exists already.
//
// Speed: one IMMEDIATE transaction; thread ids assigned here (after the
// table's AUTOINCREMENT high-water mark), so posts need no RETURNING; rows
// go in by multi-row INSERTs of up to 500 rows, each statement prepared once
// per size and run again with new values; foreign keys are checked at
// commit. The FTS5 triggers index every row as it lands. 100,000 posts take
// a few seconds.

export type ForumSeedOptions = {
  threads: number;
  /** Posts in all, opening posts included. */
  posts: number;
  seed?: number;
  /** The moment the generated times count back from (default: now). */
  now?: Date;
};

export type ForumCounts = { threads: number; posts: number };
export type ForumSeedResult = { before: ForumCounts; added: ForumCounts; benchmark: boolean };

/** Tops the forum up to `threads` threads and `posts` posts (see the rule above); returns what was there and what was added. */
export function insertForum(db: Db, { threads, posts, seed, now = new Date() }: ForumSeedOptions): ForumSeedResult {
  return db.transaction(
    (tx) => {
      const before: ForumCounts = {
        threads: tx.select({ n: count() }).from(forumThreads).get()?.n ?? 0,
        posts: tx.select({ n: count() }).from(forumPosts).get()?.n ?? 0,
      };
      const missing = threads - before.threads;
      if (missing <= 0) return { before, added: { threads: 0, posts: 0 }, benchmark: false };

      // Authors: every account, oldest first (the generator favours low indexes).
      const authors = tx
        .select({ id: users.id })
        .from(users)
        .orderBy(asc(users.id))
        .all()
        .map((u) => u.id);
      if (authors.length === 0) throw new Error("The forum needs authors: create accounts before seeding it.");
      const categoryIds = new Map(
        tx
          .select({ id: forumCategories.id, slug: forumCategories.slug })
          .from(forumCategories)
          .all()
          .map((c) => [c.slug, c.id]),
      );
      const categoryId = new Map<ForumCategorySlug, number>();
      for (const slug of FORUM_CATEGORY_SLUGS) {
        const id = categoryIds.get(slug);
        if (id === undefined) throw new Error(`Forum category "${slug}" is missing: run the migrations first.`);
        categoryId.set(slug, id);
      }
      const benchmark = !tx
        .select({ id: forumThreads.id })
        .from(forumThreads)
        .where(like(forumThreads.title, `${BENCHMARK_TITLE_PREFIX}%`))
        .limit(1)
        .get();

      const client = db.$client;
      let threadId = lastId(db, "forum_threads");
      // Posts may be flushed before the statement holding their thread: check at commit.
      client.pragma("defer_foreign_keys = ON");

      const threadRows = new BulkInsert(db, "INSERT INTO forum_threads (id, category_id, author_id, title, created_at, last_post_at, post_count, pinned)", 8);
      const postRows = new BulkInsert(db, "INSERT INTO forum_posts (thread_id, author_id, body, created_at)", 4);
      // Timestamps are stored as Unix seconds (Drizzle's "timestamp" mode).
      const nowSeconds = Math.floor(now.getTime() / 1000);
      const added: ForumCounts = { threads: 0, posts: 0 };
      let benchmarkAdded = false;
      const generated = generateThreads({
        threads: missing,
        posts: Math.max(posts - before.posts, missing),
        seed,
        authorCount: authors.length,
        firstThread: before.threads,
        benchmark,
      });
      for (const t of generated) {
        threadId++;
        threadRows.add(threadId, categoryId.get(t.category), authors[t.authorIndex], t.title, nowSeconds - t.createdAgo, nowSeconds - t.lastPostAgo, t.postCount, t.pinned ? 1 : 0);
        for (const p of t.posts) postRows.add(threadId, authors[p.authorIndex], p.body, nowSeconds - p.ago);
        added.threads++;
        added.posts += t.postCount;
        if (t.title.startsWith(BENCHMARK_TITLE_PREFIX)) benchmarkAdded = true;
      }
      threadRows.flush();
      postRows.flush();
      return { before, added, benchmark: benchmarkAdded };
    },
    { behavior: "immediate" },
  );
}
