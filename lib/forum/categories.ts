import "server-only";
import { and, asc, count, desc, eq, sum } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumCategories, forumPosts, forumThreads, users } from "@/db/schema";
import { publicPost, publicThread } from "./visibility";
import { parseCategorySlug } from "./schema";

// The six categories (seeded by migration 0009) with what /forum shows of
// each: its threads and posts as everyone sees them (hidden and deleted ones
// do not count) and the latest activity.

export type Category = { id: number; slug: string; name: string; description: string };

export type LatestActivity = {
  threadId: number;
  title: string;
  at: Date;
  /** Who wrote the thread's latest visible post; null when the account is gone. */
  by: { handle: string; displayName: string } | null;
};

export type CategorySummary = Category & { threadCount: number; postCount: number; latest: LatestActivity | null };

const categoryColumns = { id: forumCategories.id, slug: forumCategories.slug, name: forumCategories.name, description: forumCategories.description };

export function listCategories(db: Db): CategorySummary[] {
  const rows = db
    .select({ ...categoryColumns, threadCount: count(forumThreads.id), postCount: sum(forumThreads.postCount).mapWith(Number) })
    .from(forumCategories)
    .leftJoin(forumThreads, and(eq(forumThreads.categoryId, forumCategories.id), publicThread()))
    .groupBy(forumCategories.id)
    .orderBy(asc(forumCategories.position))
    .all();
  return rows.map((c) => ({ ...c, postCount: c.postCount || 0, latest: latestActivity(db, c.id) }));
}

/** The category's most recently active visible thread, and who posted last in it. */
function latestActivity(db: Db, categoryId: number): LatestActivity | null {
  // One indexed probe per pinned state (the index is category, pinned, last post).
  const newest = [true, false]
    .map((pinned) =>
      db
        .select({ threadId: forumThreads.id, title: forumThreads.title, at: forumThreads.lastPostAt })
        .from(forumThreads)
        .where(and(eq(forumThreads.categoryId, categoryId), eq(forumThreads.pinned, pinned), publicThread()))
        .orderBy(desc(forumThreads.lastPostAt), desc(forumThreads.id))
        .limit(1)
        .get(),
    )
    .filter((t) => t !== undefined)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.threadId - a.threadId)[0];
  if (!newest) return null;
  const last = db
    .select({ handle: users.handle, displayName: users.displayName })
    .from(forumPosts)
    .leftJoin(users, eq(users.id, forumPosts.authorId))
    .where(and(eq(forumPosts.threadId, newest.threadId), publicPost()))
    .orderBy(desc(forumPosts.id))
    .limit(1)
    .get();
  return { ...newest, by: last?.handle && last.displayName ? { handle: last.handle, displayName: last.displayName } : null };
}

/** The category named by a URL segment, or null (a 404). */
export function categoryBySlug(db: Db, raw: string): Category | null {
  const slug = parseCategorySlug(raw);
  if (!slug) return null;
  return db.select(categoryColumns).from(forumCategories).where(eq(forumCategories.slug, slug)).get() ?? null;
}

export function categoryById(db: Db, id: number): Category | null {
  return db.select(categoryColumns).from(forumCategories).where(eq(forumCategories.id, id)).get() ?? null;
}

/** Every category, in order: for a thread's move or a menu. */
export function allCategories(db: Db): Category[] {
  return db.select(categoryColumns).from(forumCategories).orderBy(asc(forumCategories.position)).all();
}
