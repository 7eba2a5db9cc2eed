import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumPostLikes, forumPosts, forumThreads } from "@/db/schema";
import { asViewer, POST_NOT_FOUND, refuse, writer, type Actor, type Result } from "./access";
import { isRowId } from "./schema";
import { canSeeThread, isPublic } from "./visibility";

// Likes: once per member and post (the primary key says so), never on one's
// own post, only on posts everyone can see. The form sends the state wanted
// (like or unlike), so a double submit cannot undo itself.

export function setLike(
  db: Db,
  { actor, postId, liked, now = new Date() }: { actor: Actor | null; postId: number; liked: boolean; now?: Date },
): Result<{ liked: boolean; likeCount: number }> {
  const access = writer(db, actor, now);
  if (!access.ok) return access;
  const { member } = access;
  if (!isRowId(postId)) return refuse(POST_NOT_FOUND, 404);
  const post = db.select().from(forumPosts).where(eq(forumPosts.id, postId)).get();
  const thread = post && db.select().from(forumThreads).where(eq(forumThreads.id, post.threadId)).get();
  if (!post || !thread || !canSeeThread(asViewer(member), thread) || post.deletedAt !== null) return refuse(POST_NOT_FOUND, 404);
  if (!isPublic(post) || !isPublic(thread)) return refuse("Posts hidden pending review cannot be liked.", 409);
  if (post.authorId === member.id) return refuse("You cannot like your own post.", 409);
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      if (liked) t.insert(forumPostLikes).values({ postId, userId: member.id }).onConflictDoNothing().run();
      else t.delete(forumPostLikes).where(and(eq(forumPostLikes.postId, postId), eq(forumPostLikes.userId, member.id))).run();
      const likeCount = t.select({ n: count() }).from(forumPostLikes).where(eq(forumPostLikes.postId, postId)).get()?.n ?? 0;
      t.update(forumPosts).set({ likeCount }).where(eq(forumPosts.id, postId)).run();
      return { ok: true as const, liked, likeCount };
    },
    { behavior: "immediate" },
  );
}

/** Likes if not yet liked, unlikes otherwise. */
export function toggleLike(db: Db, { actor, postId, now = new Date() }: { actor: Actor | null; postId: number; now?: Date }): Result<{ liked: boolean; likeCount: number }> {
  const has = actor && isRowId(postId) && isRowId(actor.id) ? likedPostIds(db, { userId: actor.id, postIds: [postId] }).has(postId) : false;
  return setLike(db, { actor, postId, liked: !has, now });
}

/** Which of these posts the member has liked. */
export function likedPostIds(db: Db, { userId, postIds }: { userId: number; postIds: number[] }): Set<number> {
  if (postIds.length === 0) return new Set();
  const rows = db
    .select({ postId: forumPostLikes.postId })
    .from(forumPostLikes)
    .where(and(eq(forumPostLikes.userId, userId), inArray(forumPostLikes.postId, postIds)))
    .all();
  return new Set(rows.map((r) => r.postId));
}
