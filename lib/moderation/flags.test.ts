import { describe, expect, it } from "vitest";
import { forumFlags } from "@/db/schema";
import { addMember } from "@/lib/testing/members";
import { FLAG_CONFIRMATION, flagPost, flaggedByViewer, openFlagCounts } from "./flags";
import { AUTO_HIDE_REASON } from "./labels";
import { addPost, addThread, at, HOUR, logRows, MINUTE, postRow, snapshot, T0, threadRow, world } from "./test-fixtures";

describe("flagging a post", () => {
  it("records the flag with its reason and note, and thanks the member", () => {
    const { db, learner, postId } = world();
    const result = flagPost(db, { actor: learner, postId, reason: "other", note: "  Copied from another site.  ", now: T0 });
    expect(result).toMatchObject({ ok: true, hidden: false, message: FLAG_CONFIRMATION });
    expect(db.select().from(forumFlags).all()).toEqual([{ id: expect.any(Number), postId, flaggerId: learner.id, reason: "other", note: "Copied from another site.", createdAt: T0, resolvedAt: null }]);
    expect(postRow(db, postId).hiddenAt).toBeNull();
    expect(logRows(db)).toEqual([]);
  });

  it("takes a post once per member", () => {
    const { db, learner, postId } = world();
    expect(flagPost(db, { actor: learner, postId, reason: "spam", now: T0 })).toMatchObject({ ok: true });
    const before = snapshot(db);
    expect(flagPost(db, { actor: learner, postId, reason: "harassment", now: at(MINUTE) })).toEqual({ ok: false, status: 409, message: "You have already flagged this post." });
    expect(snapshot(db)).toEqual(before);
  });

  it("needs a known reason, and a note for “other” of at most 500 characters", () => {
    const { db, learner, postId } = world();
    const before = snapshot(db);
    expect(flagPost(db, { actor: learner, postId, reason: "rude", now: T0 })).toMatchObject({ ok: false, status: 400, fieldErrors: { reason: ["Choose a reason."] } });
    expect(flagPost(db, { actor: learner, postId, reason: "other", note: "   ", now: T0 })).toMatchObject({ ok: false, status: 400, fieldErrors: { note: ["Say in a note what is wrong with this post."] } });
    expect(flagPost(db, { actor: learner, postId, reason: "spam", note: "n".repeat(501), now: T0 })).toMatchObject({ ok: false, fieldErrors: { note: ["Use at most 500 characters."] } });
    expect(snapshot(db)).toEqual(before);
    expect(flagPost(db, { actor: learner, postId, reason: "spam", note: "n".repeat(500), now: T0 })).toMatchObject({ ok: true });
  });

  it("refuses the author's own post, suspended members and unknown accounts, changing nothing", () => {
    const { db, author, suspended, postId } = world();
    const before = snapshot(db);
    expect(flagPost(db, { actor: author, postId, reason: "spam", now: T0 })).toEqual({ ok: false, status: 403, message: "You cannot flag your own post." });
    expect(flagPost(db, { actor: suspended, postId, reason: "spam", now: T0 })).toMatchObject({ ok: false, status: 403, message: expect.stringMatching(/^Your account is suspended until 11 May 2026, 10:00 UTC: Repeated personal attacks\. You can read but not post\.$/) });
    expect(flagPost(db, { actor: { id: 9999 }, postId, reason: "spam", now: T0 })).toMatchObject({ ok: false, status: 403 });
    expect(flagPost(db, { actor: null, postId, reason: "spam", now: T0 })).toMatchObject({ ok: false, status: 403 });
    expect(snapshot(db)).toEqual(before);
  });

  it("answers “not found” for a post that does not exist or was deleted", () => {
    const { db, learner, author, threadId } = world();
    const gone = addPost(db, { threadId, authorId: author.id });
    db.$client.prepare("UPDATE forum_posts SET deleted_at = ? WHERE id = ?").run(Math.floor(T0.getTime() / 1000), gone);
    expect(flagPost(db, { actor: learner, postId: gone, reason: "spam", now: T0 })).toMatchObject({ ok: false, status: 404 });
    expect(flagPost(db, { actor: learner, postId: 424242, reason: "spam", now: T0 })).toMatchObject({ ok: false, status: 404 });
  });

  it("allows 10 flags in 24 hours and says when the next one is possible", () => {
    const { db, learner, author } = world();
    const { threadId } = addThread(db, { authorId: author.id, title: "Lots of replies here" });
    const posts = Array.from({ length: 11 }, () => addPost(db, { threadId, authorId: author.id }));
    posts.slice(0, 10).forEach((postId, i) => expect(flagPost(db, { actor: learner, postId, reason: "spam", now: at(i * HOUR) })).toMatchObject({ ok: true }));
    const before = snapshot(db);
    // The first flag (at T0, 10:00 UTC) leaves the 24 hours at 10:00 the next day.
    expect(flagPost(db, { actor: learner, postId: posts[10]!, reason: "spam", now: at(10 * HOUR) })).toEqual({
      ok: false,
      status: 409,
      message: "You can send at most 10 flags a day: you can flag again at 5 May, 10:00 UTC.",
    });
    expect(snapshot(db)).toEqual(before);
    expect(flagPost(db, { actor: learner, postId: posts[10]!, reason: "spam", now: at(24 * HOUR + 1000) })).toMatchObject({ ok: true });
  });

  it("hides a post at once when 3 different members flagged it, with the reason and a log entry", () => {
    const { db, learner, mentor, author, moderator, postId, threadId } = world();
    const reply = addPost(db, { threadId, authorId: author.id, createdAt: at(MINUTE) });
    db.$client.prepare("UPDATE forum_threads SET post_count = 2 WHERE id = ?").run(threadId);
    expect(flagPost(db, { actor: learner, postId: reply, reason: "spam", now: at(HOUR) })).toMatchObject({ ok: true, hidden: false });
    expect(flagPost(db, { actor: mentor, postId: reply, reason: "harassment", now: at(2 * HOUR) })).toMatchObject({ ok: true, hidden: false });
    expect(postRow(db, reply).hiddenAt).toBeNull();
    expect(flagPost(db, { actor: moderator, postId: reply, reason: "off_topic", now: at(3 * HOUR) })).toMatchObject({ ok: true, hidden: true });
    expect(postRow(db, reply)).toMatchObject({ hiddenAt: at(3 * HOUR), hiddenReason: AUTO_HIDE_REASON });
    expect(AUTO_HIDE_REASON).toBe("Hidden after 3 flags, pending review");
    expect(logRows(db)).toEqual([{ id: expect.any(Number), actorId: null, actorName: "Automatic (community flags)", action: "post.auto_hide", targetType: "post", targetId: reply, reason: AUTO_HIDE_REASON, createdAt: at(3 * HOUR) }]);
    // The thread counts only what everyone sees.
    expect(threadRow(db, threadId)).toMatchObject({ postCount: 1, lastPostAt: T0 });
    // Hidden now: a fourth member is told so.
    const fourth = addMember(db, "fred");
    expect(flagPost(db, { actor: fourth, postId: reply, reason: "spam", now: at(4 * HOUR) })).toMatchObject({ ok: false, status: 409 });
    expect(postId).not.toBe(reply);
  });

  it("counts only open flags towards hiding: reviewed ones do not", () => {
    const { db, learner, mentor, admin, postId } = world();
    flagPost(db, { actor: learner, postId, reason: "spam", now: T0 });
    flagPost(db, { actor: mentor, postId, reason: "spam", now: T0 });
    db.update(forumFlags).set({ resolvedAt: at(MINUTE) }).run();
    expect(flagPost(db, { actor: admin, postId, reason: "spam", now: at(HOUR) })).toMatchObject({ ok: true, hidden: false });
    expect(postRow(db, postId).hiddenAt).toBeNull();
  });

  it("tells the thread page which posts the viewer flagged, and staff how many open flags each has", () => {
    const { db, learner, mentor, moderator, postId } = world();
    flagPost(db, { actor: learner, postId, reason: "spam", now: T0 });
    flagPost(db, { actor: mentor, postId, reason: "spam", now: T0 });
    expect(flaggedByViewer(db, { actor: learner, postIds: [postId, 999] })).toEqual(new Set([postId]));
    expect(flaggedByViewer(db, { actor: moderator, postIds: [postId] })).toEqual(new Set());
    expect(openFlagCounts(db, { actor: moderator, postIds: [postId] })).toEqual(new Map([[postId, 2]]));
    expect(openFlagCounts(db, { actor: learner, postIds: [postId] })).toEqual(new Map());
  });
});
