import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumPosts, forumThreads } from "@/db/schema";
import { asViewer, POST_NOT_FOUND, refuse, THREAD_NOT_FOUND, visibleThread, writer, type Actor, type Result } from "./access";
import { openingPostId } from "./posts";
import { isRowId } from "./schema";
import { isPublic } from "./visibility";

// The answer that helped: the thread's author marks one reply of their
// thread (never the opening post, never a hidden or deleted one). Marking
// another moves the mark; unmarking clears it.

const ONLY_AUTHOR = "Only the thread's author can mark the answer.";

export function markAnswer(db: Db, { actor, postId, now = new Date() }: { actor: Actor | null; postId: number; now?: Date }): Result<{ threadId: number }> {
  const access = writer(db, actor, now);
  if (!access.ok) return access;
  const { member } = access;
  if (!isRowId(postId)) return refuse(POST_NOT_FOUND, 404);
  const post = db.select().from(forumPosts).where(eq(forumPosts.id, postId)).get();
  const thread = post ? visibleThread(db, asViewer(member), post.threadId) : null;
  if (!post || !thread || post.deletedAt !== null) return refuse(POST_NOT_FOUND, 404);
  if (thread.authorId !== member.id) return refuse(ONLY_AUTHOR, 403);
  if (!isPublic(thread)) return refuse("This thread is hidden pending review: its answer cannot change now.", 409);
  if (post.hiddenAt !== null) return refuse("A post hidden pending review cannot be the answer.", 409);
  if (openingPostId(db, thread.id) === post.id) return refuse("The opening post cannot be the answer: mark a reply.", 409);
  db.update(forumThreads).set({ answerPostId: post.id }).where(eq(forumThreads.id, thread.id)).run();
  return { ok: true, threadId: thread.id };
}

export function unmarkAnswer(db: Db, { actor, threadId, now = new Date() }: { actor: Actor | null; threadId: number; now?: Date }): Result<{ threadId: number }> {
  const access = writer(db, actor, now);
  if (!access.ok) return access;
  const { member } = access;
  const thread = visibleThread(db, asViewer(member), threadId);
  if (!thread) return refuse(THREAD_NOT_FOUND, 404);
  if (thread.authorId !== member.id) return refuse(ONLY_AUTHOR, 403);
  if (!isPublic(thread)) return refuse("This thread is hidden pending review: its answer cannot change now.", 409);
  if (thread.answerPostId === null) return refuse("No reply is marked as the answer.", 409);
  db.update(forumThreads).set({ answerPostId: null }).where(eq(forumThreads.id, thread.id)).run();
  return { ok: true, threadId: thread.id };
}
