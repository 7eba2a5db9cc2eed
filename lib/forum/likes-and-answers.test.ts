import { describe, expect, it } from "vitest";
import { forumPostLikes } from "@/db/schema";
import { markAnswer, unmarkAnswer } from "./answer";
import { likedPostIds, setLike, toggleLike } from "./likes";
import { replyToThread } from "./posts";
import { listThreads } from "./threads";
import { loadThread } from "./thread-view";
import { at, hidePost, MINUTE, postRow, setup, thread, threadRow } from "./test-fixtures";

function discussion() {
  const s = setup();
  const { threadId, postId } = thread(s.db, { author: s.lena, categoryId: s.category.id });
  const r1 = replyToThread(s.db, { actor: s.sam, threadId, body: "Try the directory", now: at(MINUTE) });
  const r2 = replyToThread(s.db, { actor: s.marco, threadId, body: "Ask me", now: at(2 * MINUTE) });
  if (!r1.ok || !r2.ok) throw new Error("reply refused");
  return { ...s, threadId, openingId: postId, replyA: r1.postId, replyB: r2.postId };
}

describe("likes", () => {
  it("count once per member, can be taken back, and never on one's own post", () => {
    const { db, lena, sam, marco, replyA } = discussion();
    expect(setLike(db, { actor: lena, postId: replyA, liked: true })).toEqual({ ok: true, liked: true, likeCount: 1 });
    // The same like again (a double submit) changes nothing.
    expect(setLike(db, { actor: lena, postId: replyA, liked: true })).toEqual({ ok: true, liked: true, likeCount: 1 });
    expect(toggleLike(db, { actor: marco, postId: replyA })).toEqual({ ok: true, liked: true, likeCount: 2 });
    expect(postRow(db, replyA).likeCount).toBe(2);
    expect(db.select().from(forumPostLikes).all()).toHaveLength(2);
    expect(likedPostIds(db, { userId: lena.id, postIds: [replyA] })).toEqual(new Set([replyA]));
    expect(toggleLike(db, { actor: marco, postId: replyA })).toEqual({ ok: true, liked: false, likeCount: 1 });
    expect(setLike(db, { actor: sam, postId: replyA, liked: true })).toEqual({ ok: false, status: 409, message: "You cannot like your own post." });
    expect(setLike(db, { actor: null, postId: replyA, liked: true })).toMatchObject({ ok: false, status: 403 });
    expect(setLike(db, { actor: lena, postId: 999, liked: true })).toMatchObject({ ok: false, status: 404 });
    const view = loadThread(db, { actor: lena, threadId: postRow(db, replyA).threadId })!;
    expect(view.posts[1]).toMatchObject({ likeCount: 1, likedByViewer: true, can: { like: true } });
    expect(view.posts[0]).toMatchObject({ can: { like: false } });
  });

  it("are refused on hidden posts", () => {
    const { db, lena, replyA } = discussion();
    hidePost(db, replyA);
    expect(setLike(db, { actor: lena, postId: replyA, liked: true })).toMatchObject({ ok: false });
    expect(postRow(db, replyA).likeCount).toBe(0);
  });
});

describe("the answer", () => {
  it("is marked by the thread's author only, on a reply of that thread, one at a time, and can be unmarked", () => {
    const { db, lena, sam, mod, threadId, openingId, replyA, replyB, category } = discussion();
    expect(markAnswer(db, { actor: sam, postId: replyA })).toEqual({ ok: false, status: 403, message: "Only the thread's author can mark the answer." });
    expect(markAnswer(db, { actor: mod, postId: replyA })).toMatchObject({ ok: false, status: 403 });
    expect(markAnswer(db, { actor: lena, postId: openingId })).toMatchObject({ ok: false, status: 409, message: "The opening post cannot be the answer: mark a reply." });
    expect(threadRow(db, threadId).answerPostId).toBeNull();

    expect(markAnswer(db, { actor: lena, postId: replyA })).toEqual({ ok: true, threadId });
    expect(threadRow(db, threadId).answerPostId).toBe(replyA);
    let view = loadThread(db, { actor: lena, threadId })!;
    expect(view.thread.answer).toEqual({ postId: replyA, href: `/forum/t/${threadId}#post-${replyA}` });
    expect(view.posts.map((p) => [p.isAnswer, p.can.markAnswer, p.can.unmarkAnswer])).toEqual([
      [false, false, false],
      [true, false, true],
      [false, true, false],
    ]);
    expect(listThreads(db, { viewer: null, categoryId: category.id }).threads[0]!.answered).toBe(true);
    // Others see it highlighted but cannot change it.
    view = loadThread(db, { actor: sam, threadId })!;
    expect(view.posts[1]).toMatchObject({ isAnswer: true, can: { markAnswer: false, unmarkAnswer: false } });

    // Marking another moves the mark: one answer at a time.
    expect(markAnswer(db, { actor: lena, postId: replyB })).toEqual({ ok: true, threadId });
    expect(threadRow(db, threadId).answerPostId).toBe(replyB);
    expect(unmarkAnswer(db, { actor: sam, threadId })).toMatchObject({ ok: false, status: 403 });
    expect(unmarkAnswer(db, { actor: lena, threadId })).toEqual({ ok: true, threadId });
    expect(threadRow(db, threadId).answerPostId).toBeNull();
    expect(unmarkAnswer(db, { actor: lena, threadId })).toMatchObject({ ok: false, status: 409 });
  });

  it("cannot be a post of another thread, a hidden post or a deleted one", () => {
    const { db, lena, sam, threadId, replyA, categories } = discussion();
    const other = thread(db, { author: sam, categoryId: categories[2]!.id, title: "Sam's own thread", now: at(3 * MINUTE) });
    const foreign = replyToThread(db, { actor: lena, threadId: other.threadId, body: "Lena's reply there", now: at(4 * MINUTE) });
    if (!foreign.ok) throw new Error(foreign.message);
    // Lena authored the thread of replyA, not the one of her reply elsewhere.
    expect(markAnswer(db, { actor: lena, postId: foreign.postId })).toMatchObject({ ok: false, status: 403 });
    hidePost(db, replyA);
    expect(markAnswer(db, { actor: lena, postId: replyA })).toMatchObject({ ok: false, status: 409 });
    expect(threadRow(db, threadId).answerPostId).toBeNull();
  });
});
