import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumFlags, forumPosts, forumThreads } from "@/db/schema";
import { refreshThreadStats } from "@/lib/forum/stats";
import { writeLog } from "./audit";
import type { LogAction } from "./labels";
import { notifyPostModerated } from "./notifications";
import { fieldErrorsOf, reasonSchema } from "./schema";
import { activeStaff, refuse, writeTransaction, type Actor, type Refusal, type Result } from "./staff";
import { POST_NOT_FOUND } from "./flags";

// A moderator's review of a post, from the queue or the thread page:
//   approve  the flags were wrong: they are cleared and the post shown again;
//   hide     the post stays, visible to staff and its author only, with the reason;
//   remove   a soft delete (deletedAt, deletedBy = the moderator);
//   restore  undoes a hide or a moderator's removal (never an author's own deletion).
// Each resolves the post's open flags, records one log entry with the optional
// reason (the author sees it: postNotices in ./audit, and hiddenReason on a
// hidden post) and recounts the thread, all in one transaction.

export const DEFAULT_HIDE_REASON = "Hidden by a moderator";

type PostArgs = { actor: Actor | null; postId: number; reason?: unknown; now?: Date };
type PostRow = { id: number; threadId: number; authorId: number | null; hiddenAt: Date | null; deletedAt: Date | null; deletedBy: number | null; openFlags: boolean };
type Change = { action: LogAction; set: Partial<typeof forumPosts.$inferInsert>; message: string };

function moderatePost(db: Db, { actor, postId, reason, now = new Date() }: PostArgs, decide: (post: PostRow, ctx: { reason: string | null; now: Date; staffId: number }) => Refusal | Change): Result<{ message: string }> {
  const staff = activeStaff(db, actor, now);
  if (!staff.ok) return staff;
  const parsed = reasonSchema.safeParse(reason);
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error, "reason"));

  return writeTransaction(db, (t) => {
    const row = t
      .select({ id: forumPosts.id, threadId: forumPosts.threadId, authorId: forumPosts.authorId, hiddenAt: forumPosts.hiddenAt, deletedAt: forumPosts.deletedAt, deletedBy: forumPosts.deletedBy, threadDeleted: forumThreads.deletedAt })
      .from(forumPosts)
      .innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
      .where(eq(forumPosts.id, postId))
      .get();
    if (!row || row.threadDeleted) return refuse(POST_NOT_FOUND, 404);
    const openFlags = !!t.select({ id: forumFlags.id }).from(forumFlags).where(and(eq(forumFlags.postId, postId), isNull(forumFlags.resolvedAt))).get();
    const change = decide({ ...row, openFlags }, { reason: parsed.data, now, staffId: staff.member.id });
    if ("ok" in change) return change;

    t.update(forumPosts).set(change.set).where(eq(forumPosts.id, postId)).run();
    t.update(forumFlags).set({ resolvedAt: now }).where(and(eq(forumFlags.postId, postId), isNull(forumFlags.resolvedAt))).run();
    writeLog(t, { actor: staff.member, action: change.action, targetType: "post", targetId: postId, reason: parsed.data, now });
    refreshThreadStats(t, row.threadId);
    notifyPostModerated(t, { moderatorId: staff.member.id, postId, action: change.action, wasHidden: !!row.hiddenAt, reason: parsed.data, now });
    return { ok: true as const, message: change.message };
  });
}

const removedByAuthor = (p: PostRow) => !!p.deletedAt && p.deletedBy !== null && p.deletedBy === p.authorId;

/** The flags were wrong: they are cleared and the post is shown again. */
export function approvePost(db: Db, args: PostArgs): Result<{ message: string }> {
  return moderatePost(db, args, (p) => {
    if (p.deletedAt) return refuse("This post was removed: restore it instead.", 409);
    if (!p.openFlags && !p.hiddenAt) return refuse("This post has no open flags and is not hidden: there is nothing to approve.", 409);
    return { action: "post.approve", set: { hiddenAt: null, hiddenReason: null }, message: "Post approved: its flags are cleared and everyone sees it." };
  });
}

/** Hidden from everyone but staff and its author, with the reason. Confirms a hide by flags too. */
export function hidePost(db: Db, args: PostArgs): Result<{ message: string }> {
  return moderatePost(db, args, (p, { reason, now }) => {
    if (p.deletedAt) return refuse("This post was removed.", 409);
    if (p.hiddenAt && !p.openFlags) return refuse("This post is already hidden.", 409);
    return { action: "post.hide", set: { hiddenAt: now, hiddenReason: reason ?? DEFAULT_HIDE_REASON }, message: "Post hidden: only staff and its author see it." };
  });
}

/** A soft delete by a moderator: the post's place shows it was removed. */
export function removePost(db: Db, args: PostArgs): Result<{ message: string }> {
  return moderatePost(db, args, (p, { now, staffId }) => {
    if (p.deletedAt) return refuse("This post is already removed.", 409);
    return { action: "post.remove", set: { deletedAt: now, deletedBy: staffId }, message: "Post removed." };
  });
}

/** Undoes a hide or a moderator's removal; a post its author deleted stays deleted. */
export function restorePost(db: Db, args: PostArgs): Result<{ message: string }> {
  return moderatePost(db, args, (p) => {
    if (removedByAuthor(p)) return refuse("Its author deleted this post: it cannot be restored.", 409);
    if (!p.hiddenAt && !p.deletedAt) return refuse("This post is neither hidden nor removed: there is nothing to restore.", 409);
    return { action: "post.restore", set: { hiddenAt: null, hiddenReason: null, deletedAt: null, deletedBy: null }, message: "Post restored: everyone sees it again." };
  });
}

export const POST_ACTIONS = { approve: approvePost, hide: hidePost, remove: removePost, restore: restorePost } as const;
export type PostActionName = keyof typeof POST_ACTIONS;
