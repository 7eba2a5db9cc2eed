import "server-only";
import { and, asc, count, countDistinct, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumFlags, forumPosts, forumThreads } from "@/db/schema";
import { refreshThreadStats } from "@/lib/forum/stats";
import { formatUntil } from "@/lib/forum/time";
import { isStaff } from "@/lib/accounts/role-checks";
import { writeLog } from "./audit";
import { AUTO_HIDE_REASON, MODERATION_LIMITS } from "./labels";
import { notifyPostAutoHidden } from "./notifications";
import { fieldErrorsOf, flagSchema } from "./schema";
import { activeMember, loadMember, refuse, writeTransaction, type Actor, type Result } from "./staff";

// Any signed-in member who may post can flag someone else's post, once, with
// a reason; at most 10 flags in 24 hours. When 3 different members have open
// flags on a post it is hidden at once, pending a moderator's review, in the
// same transaction as the third flag.

const DAY = 24 * 60 * 60 * 1000;
export const POST_NOT_FOUND = "This post was not found.";
export const FLAG_CONFIRMATION = "Thank you: the moderators will look at this post.";

export function flagPost(
  db: Db,
  { actor, postId, reason, note, now = new Date() }: { actor: Actor | null; postId: number; reason: unknown; note?: unknown; now?: Date },
): Result<{ flagId: number; hidden: boolean; message: string }> {
  const who = activeMember(db, actor, now);
  if (!who.ok) return who;
  const member = who.member;
  const parsed = flagSchema.safeParse({ reason, note });
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error));

  return writeTransaction(db, (t) => {
    const post = t
      .select({ id: forumPosts.id, threadId: forumPosts.threadId, authorId: forumPosts.authorId, hiddenAt: forumPosts.hiddenAt, deletedAt: forumPosts.deletedAt, threadHidden: forumThreads.hiddenAt, threadDeleted: forumThreads.deletedAt, threadAuthor: forumThreads.authorId })
      .from(forumPosts)
      .innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
      .where(eq(forumPosts.id, postId))
      .get();
    // What the member cannot see, they cannot flag: the same "not found".
    const canSeeThread = post && !post.threadDeleted && (!post.threadHidden || isStaff(member) || post.threadAuthor === member.id);
    if (!post || !canSeeThread || post.deletedAt) return refuse(POST_NOT_FOUND, 404);
    if (post.authorId === member.id) return refuse("You cannot flag your own post.", 403);
    if (post.hiddenAt) return refuse("This post is already hidden: the moderators are reviewing it.", 409);
    const mine = t.select({ id: forumFlags.id }).from(forumFlags).where(and(eq(forumFlags.postId, postId), eq(forumFlags.flaggerId, member.id))).get();
    if (mine) return refuse("You have already flagged this post.", 409);

    const limit = MODERATION_LIMITS.flagsPerDay;
    const recent = t
      .select({ createdAt: forumFlags.createdAt })
      .from(forumFlags)
      .where(and(eq(forumFlags.flaggerId, member.id), gt(forumFlags.createdAt, new Date(now.getTime() - DAY))))
      .orderBy(asc(forumFlags.createdAt))
      .all();
    if (recent.length >= limit) {
      // A flag comes back when the one that makes the count too many leaves the day.
      const freeing = recent[recent.length - limit]!.createdAt;
      return refuse(`You can send at most ${limit} flags a day: you can flag again at ${formatUntil(new Date(freeing.getTime() + DAY), now)}.`, 409);
    }

    const flag = t
      .insert(forumFlags)
      .values({ postId, flaggerId: member.id, reason: parsed.data.reason, note: parsed.data.note, createdAt: now })
      .returning({ id: forumFlags.id })
      .get();
    const flaggers =
      t
        .select({ n: countDistinct(forumFlags.flaggerId) })
        .from(forumFlags)
        .where(and(eq(forumFlags.postId, postId), isNull(forumFlags.resolvedAt)))
        .get()?.n ?? 0;
    const hidden = flaggers >= MODERATION_LIMITS.flagsToHide;
    if (hidden) {
      t.update(forumPosts).set({ hiddenAt: now, hiddenReason: AUTO_HIDE_REASON }).where(eq(forumPosts.id, postId)).run();
      writeLog(t, { actor: null, action: "post.auto_hide", targetType: "post", targetId: postId, reason: AUTO_HIDE_REASON, now });
      refreshThreadStats(t, post.threadId);
      notifyPostAutoHidden(t, { postId, now });
    }
    return { ok: true as const, flagId: flag.id, hidden, message: FLAG_CONFIRMATION };
  });
}

/** The posts among `postIds` the viewer has flagged (the thread page says so instead of offering the form). */
export function flaggedByViewer(db: Db, { actor, postIds }: { actor: Actor | null; postIds: readonly number[] }): Set<number> {
  if (!actor || postIds.length === 0) return new Set();
  return new Set(
    db
      .select({ postId: forumFlags.postId })
      .from(forumFlags)
      .where(and(eq(forumFlags.flaggerId, actor.id), inArray(forumFlags.postId, [...postIds])))
      .all()
      .map((r) => r.postId),
  );
}

/** Open flags per post among `postIds`, for staff (the post tools show them); empty for anyone else. */
export function openFlagCounts(db: Db, { actor, postIds }: { actor: Actor | null; postIds: readonly number[] }): Map<number, number> {
  const viewer = loadMember(db, actor?.id);
  if (!viewer || !isStaff(viewer) || postIds.length === 0) return new Map();
  const rows = db
    .select({ postId: forumFlags.postId, n: count() })
    .from(forumFlags)
    .where(and(inArray(forumFlags.postId, [...postIds]), isNull(forumFlags.resolvedAt)))
    .groupBy(forumFlags.postId)
    .all();
  return new Map(rows.map((r) => [r.postId, r.n]));
}
