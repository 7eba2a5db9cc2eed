import "server-only";
import { and, count, eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumPosts, forumThreads } from "@/db/schema";
import { publicPost } from "./visibility";

/**
 * Recounts a thread's visible posts (neither hidden nor deleted) and sets
 * postCount and lastPostAt from them; lastPostAt falls back to the thread's
 * creation when no post is visible. Call it inside the transaction of every
 * write that changes which posts are visible (a reply, a deletion, hiding or
 * restoring a post), so lists never disagree with the thread.
 */
export function refreshThreadStats(db: Db, threadId: number): void {
  const row = db
    .select({ n: count(), last: max(forumPosts.createdAt) })
    .from(forumPosts)
    .where(and(eq(forumPosts.threadId, threadId), publicPost()))
    .get();
  const thread = db.select({ createdAt: forumThreads.createdAt }).from(forumThreads).where(eq(forumThreads.id, threadId)).get();
  if (!thread) return;
  db.update(forumThreads)
    .set({ postCount: row?.n ?? 0, lastPostAt: row?.last ?? thread.createdAt })
    .where(eq(forumThreads.id, threadId))
    .run();
}
