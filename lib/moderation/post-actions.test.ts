import { describe, expect, it } from "vitest";
import { forumFlags, moderationLog } from "@/db/schema";
import type { Db } from "@/db/client";
import { postNotices } from "./audit";
import { AUTO_HIDE_REASON } from "./labels";
import { approvePost, DEFAULT_HIDE_REASON, hidePost, removePost, restorePost } from "./post-actions";
import { addFlag, addPost, at, HOUR, logRows, MINUTE, postRow, snapshot, T0, threadRow, world } from "./test-fixtures";

const openFlags = (db: Db) => db.select().from(forumFlags).all().filter((f) => f.resolvedAt === null);

/** A thread with the opening post and one reply by the author, the reply flagged by the learner and the mentor. */
function flaggedReply() {
  const w = world();
  const replyId = addPost(w.db, { threadId: w.threadId, authorId: w.author.id, createdAt: at(MINUTE) });
  w.db.$client.prepare("UPDATE forum_threads SET post_count = 2, last_post_at = ? WHERE id = ?").run(Math.floor(at(MINUTE).getTime() / 1000), w.threadId);
  addFlag(w.db, { postId: replyId, flaggerId: w.learner.id, reason: "spam", createdAt: at(HOUR) });
  addFlag(w.db, { postId: replyId, flaggerId: w.mentor.id, reason: "other", note: "Advertising", createdAt: at(HOUR) });
  return { ...w, replyId };
}

const now = at(2 * HOUR);

describe("moderating a post", () => {
  it("hide: hidden with the reason, flags resolved, one log entry, thread recounted", () => {
    const { db, moderator, replyId, threadId } = flaggedReply();
    expect(hidePost(db, { actor: moderator, postId: replyId, reason: " Advertising a paid course. ", now })).toEqual({ ok: true, message: "Post hidden: only staff and its author see it." });
    expect(postRow(db, replyId)).toMatchObject({ hiddenAt: now, hiddenReason: "Advertising a paid course.", deletedAt: null });
    expect(openFlags(db)).toEqual([]);
    expect(logRows(db)).toEqual([{ id: expect.any(Number), actorId: moderator.id, actorName: "Mona", action: "post.hide", targetType: "post", targetId: replyId, reason: "Advertising a paid course.", createdAt: now }]);
    expect(threadRow(db, threadId)).toMatchObject({ postCount: 1, lastPostAt: T0 });
  });

  it("hide without a reason says a moderator hid it; hiding twice is refused", () => {
    const { db, admin, replyId } = flaggedReply();
    expect(hidePost(db, { actor: admin, postId: replyId, now })).toMatchObject({ ok: true });
    expect(postRow(db, replyId).hiddenReason).toBe(DEFAULT_HIDE_REASON);
    const before = snapshot(db);
    expect(hidePost(db, { actor: admin, postId: replyId, now: at(3 * HOUR) })).toEqual({ ok: false, status: 409, message: "This post is already hidden." });
    expect(snapshot(db)).toEqual(before);
  });

  it("hide confirms a post the flags hid, with the moderator's reason", () => {
    const { db, moderator, replyId } = flaggedReply();
    db.$client.prepare("UPDATE forum_posts SET hidden_at = ?, hidden_reason = ? WHERE id = ?").run(Math.floor(at(HOUR).getTime() / 1000), AUTO_HIDE_REASON, replyId);
    expect(hidePost(db, { actor: moderator, postId: replyId, reason: "Spam", now })).toMatchObject({ ok: true });
    expect(postRow(db, replyId)).toMatchObject({ hiddenAt: now, hiddenReason: "Spam" });
  });

  it("approve: flags cleared, a hidden post shown again, one log entry", () => {
    const { db, moderator, replyId, threadId } = flaggedReply();
    db.$client.prepare("UPDATE forum_posts SET hidden_at = ?, hidden_reason = ? WHERE id = ?").run(Math.floor(at(HOUR).getTime() / 1000), AUTO_HIDE_REASON, replyId);
    db.$client.prepare("UPDATE forum_threads SET post_count = 1 WHERE id = ?").run(threadId);
    expect(approvePost(db, { actor: moderator, postId: replyId, reason: "Not spam: a genuine recommendation.", now })).toMatchObject({ ok: true });
    expect(postRow(db, replyId)).toMatchObject({ hiddenAt: null, hiddenReason: null });
    expect(openFlags(db)).toEqual([]);
    expect(logRows(db)).toMatchObject([{ action: "post.approve", targetId: replyId, reason: "Not spam: a genuine recommendation.", actorId: moderator.id }]);
    expect(threadRow(db, threadId)).toMatchObject({ postCount: 2, lastPostAt: at(MINUTE) });
    // Nothing left to approve.
    const before = snapshot(db);
    expect(approvePost(db, { actor: moderator, postId: replyId, now })).toMatchObject({ ok: false, status: 409 });
    expect(snapshot(db)).toEqual(before);
  });

  it("remove: a soft delete by the moderator, one log entry, the author told why", () => {
    const { db, moderator, author, learner, replyId, threadId } = flaggedReply();
    expect(removePost(db, { actor: moderator, postId: replyId, reason: "Personal attack", now })).toEqual({ ok: true, message: "Post removed." });
    expect(postRow(db, replyId)).toMatchObject({ deletedAt: now, deletedBy: moderator.id });
    expect(openFlags(db)).toEqual([]);
    expect(logRows(db)).toMatchObject([{ action: "post.remove", targetId: replyId, reason: "Personal attack" }]);
    expect(threadRow(db, threadId)).toMatchObject({ postCount: 1 });
    expect(postNotices(db, { actor: author, postIds: [replyId] })).toEqual(new Map([[replyId, { action: "post.remove", label: "Post removed", reason: "Personal attack", at: now }]]));
    // Another member's posts' notices are not theirs to read.
    expect(postNotices(db, { actor: learner, postIds: [replyId] })).toEqual(new Map());
    expect(postNotices(db, { actor: moderator, postIds: [replyId] }).get(replyId)).toMatchObject({ action: "post.remove" });
    expect(removePost(db, { actor: moderator, postId: replyId, now })).toMatchObject({ ok: false, status: 409 });
  });

  it("restore: undoes a hide or a removal, one log entry each", () => {
    const { db, moderator, admin, replyId, threadId } = flaggedReply();
    removePost(db, { actor: moderator, postId: replyId, now });
    expect(restorePost(db, { actor: admin, postId: replyId, reason: "Removed by mistake", now: at(3 * HOUR) })).toMatchObject({ ok: true });
    expect(postRow(db, replyId)).toMatchObject({ deletedAt: null, deletedBy: null, hiddenAt: null, hiddenReason: null });
    hidePost(db, { actor: moderator, postId: replyId, now: at(4 * HOUR) });
    expect(restorePost(db, { actor: moderator, postId: replyId, now: at(5 * HOUR) })).toMatchObject({ ok: true });
    expect(postRow(db, replyId)).toMatchObject({ hiddenAt: null });
    expect(logRows(db).map((r) => r.action)).toEqual(["post.remove", "post.restore", "post.hide", "post.restore"]);
    expect(threadRow(db, threadId)).toMatchObject({ postCount: 2 });
    expect(restorePost(db, { actor: moderator, postId: replyId, now: at(6 * HOUR) })).toMatchObject({ ok: false, status: 409 });
  });

  it("restore leaves a post its author deleted deleted", () => {
    const { db, moderator, author, replyId } = flaggedReply();
    db.$client.prepare("UPDATE forum_posts SET deleted_at = ?, deleted_by = ? WHERE id = ?").run(Math.floor(now.getTime() / 1000), author.id, replyId);
    const before = snapshot(db);
    expect(restorePost(db, { actor: moderator, postId: replyId, now })).toEqual({ ok: false, status: 409, message: "Its author deleted this post: it cannot be restored." });
    expect(snapshot(db)).toEqual(before);
  });

  it("refuses members who are not staff, suspended staff, long reasons and unknown posts, changing nothing", () => {
    const { db, learner, mentor, author, suspended, moderator, replyId } = flaggedReply();
    const before = snapshot(db);
    for (const actor of [learner, mentor, author, suspended, { id: 9999 }, null])
      for (const act of [approvePost, hidePost, removePost, restorePost]) expect(act(db, { actor, postId: replyId, now })).toMatchObject({ ok: false, status: 403 });
    db.$client.prepare("UPDATE users SET suspended_until = ?, suspension_reason = 'Cooling off' WHERE id = ?").run(Math.floor(at(30 * HOUR).getTime() / 1000), moderator.id);
    const suspendedStaff = snapshot(db);
    expect(hidePost(db, { actor: moderator, postId: replyId, now })).toMatchObject({ ok: false, status: 403, message: expect.stringMatching(/^Your account is suspended until/) });
    expect(snapshot(db)).toEqual(suspendedStaff);
    db.$client.prepare("UPDATE users SET suspended_until = NULL, suspension_reason = NULL WHERE id = ?").run(moderator.id);
    expect(snapshot(db)).toEqual(before);
    expect(hidePost(db, { actor: moderator, postId: replyId, reason: "r".repeat(501), now })).toMatchObject({ ok: false, status: 400, fieldErrors: { reason: ["Use at most 500 characters."] } });
    expect(hidePost(db, { actor: moderator, postId: 424242, now })).toMatchObject({ ok: false, status: 404 });
    expect(snapshot(db)).toEqual(before);
  });

  it("writes the log entry in the same transaction: a failing log write undoes the change", () => {
    const { db, moderator, replyId } = flaggedReply();
    db.$client.exec("CREATE TRIGGER fail_log BEFORE INSERT ON moderation_log BEGIN SELECT RAISE(ABORT, 'log unavailable'); END;");
    const before = snapshot(db);
    expect(() => hidePost(db, { actor: moderator, postId: replyId, now })).toThrow(/log unavailable/);
    expect(snapshot(db)).toEqual(before);
    expect(db.select().from(moderationLog).all()).toEqual([]);
  });
});
