import { describe, expect, it } from "vitest";
import { forumPostLikes, forumPosts, forumThreads } from "@/db/schema";
import { markAnswer, unmarkAnswer } from "./answer";
import { setLike } from "./likes";
import { deletePost, editPost, postForEdit, quotePost, replyToThread } from "./posts";
import { createThread } from "./threads";
import { loadThread } from "./thread-view";
import { at, hidePost, MINUTE, postRow, setThread, setup, suspend, T0, thread, threadRow } from "./test-fixtures";

const snapshot = (db: ReturnType<typeof setup>["db"]) => ({
  threads: db.select().from(forumThreads).all(),
  posts: db.select().from(forumPosts).all(),
  likes: db.select().from(forumPostLikes).all(),
});

describe("editing a post", () => {
  it("changes one's own post and marks it edited; the opening post can change the title", () => {
    const { db, lena, sam, category } = setup();
    const { threadId, postId } = thread(db, { author: lena, categoryId: category.id });
    const reply = replyToThread(db, { actor: sam, threadId, body: "First try", now: at(MINUTE) });
    if (!reply.ok) throw new Error(reply.message);

    expect(editPost(db, { actor: sam, postId: reply.postId, body: "Second try\r\n", now: at(2 * MINUTE) })).toMatchObject({ ok: true, threadId, postId: reply.postId });
    expect(postRow(db, reply.postId)).toMatchObject({ body: "Second try", editedAt: at(2 * MINUTE) });
    const view = loadThread(db, { actor: sam, threadId })!;
    expect(view.posts[1]).toMatchObject({ html: "<p>Second try</p>", editedAt: at(2 * MINUTE), can: { edit: true, delete: true, like: false } });
    expect(view.posts[0]!.can).toMatchObject({ edit: false, delete: false, like: true, quote: true });

    expect(postForEdit(db, { actor: lena, postId, now: at(3 * MINUTE) })).toMatchObject({ ok: true, post: { isOpening: true, threadTitle: "How do I find a mentor?" } });
    expect(editPost(db, { actor: lena, postId, body: "Updated body", title: "Where do I find a mentor?", now: at(3 * MINUTE) })).toMatchObject({ ok: true });
    expect(threadRow(db, threadId).title).toBe("Where do I find a mentor?");
    // A reply carries no title: a title sent with it is ignored.
    expect(editPost(db, { actor: sam, postId: reply.postId, body: "Third", title: "Hijack", now: at(4 * MINUTE) })).toMatchObject({ ok: true });
    expect(threadRow(db, threadId).title).toBe("Where do I find a mentor?");
    expect(editPost(db, { actor: lena, postId, body: "Body", title: "Hi", now: at(5 * MINUTE) })).toMatchObject({ ok: false, status: 400, fieldErrors: { title: ["Use at least 5 characters for the title."] } });
  });

  it("of someone else's post is refused (403 if one can see it, 404 if not) and changes nothing", () => {
    const { db, lena, sam, mod, category } = setup();
    const { threadId, postId } = thread(db, { author: lena, categoryId: category.id });
    const reply = replyToThread(db, { actor: sam, threadId, body: "Mine", now: at(MINUTE) });
    if (!reply.ok) throw new Error(reply.message);
    hidePost(db, reply.postId);
    const before = snapshot(db);
    expect(editPost(db, { actor: sam, postId, body: "Taken over", now: at(2 * MINUTE) })).toEqual({ ok: false, status: 403, message: "You can only change your own posts." });
    expect(deletePost(db, { actor: sam, postId, now: at(2 * MINUTE) })).toMatchObject({ ok: false, status: 403 });
    // A moderator uses the moderation tools, not these.
    expect(editPost(db, { actor: mod, postId, body: "Taken over", now: at(2 * MINUTE) })).toMatchObject({ ok: false, status: 403 });
    // Sam's post is hidden: to Lena it is only a notice, so it is not found.
    expect(editPost(db, { actor: lena, postId: reply.postId, body: "x", now: at(2 * MINUTE) })).toMatchObject({ ok: false, status: 404 });
    expect(deletePost(db, { actor: lena, postId: reply.postId, now: at(2 * MINUTE) })).toMatchObject({ ok: false, status: 404 });
    for (const postId of [0, -1, 999, Number.NaN]) expect(editPost(db, { actor: lena, postId, body: "x", now: at(2 * MINUTE) })).toMatchObject({ ok: false, status: 404 });
    expect(editPost(db, { actor: null, postId, body: "x", now: at(2 * MINUTE) })).toMatchObject({ ok: false, status: 403 });
    // Sam's own hidden post cannot be edited while under review.
    expect(editPost(db, { actor: sam, postId: reply.postId, body: "Cleaned up", now: at(2 * MINUTE) })).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("hidden pending review") });
    expect(snapshot(db)).toEqual(before);
  });
});

describe("deleting a post", () => {
  it("marks one's own post deleted, recounts the thread and clears it as the answer", () => {
    const { db, lena, sam, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    const reply = replyToThread(db, { actor: sam, threadId, body: "Try the directory", now: at(MINUTE) });
    if (!reply.ok) throw new Error(reply.message);
    expect(markAnswer(db, { actor: lena, postId: reply.postId, now: at(2 * MINUTE) })).toMatchObject({ ok: true });
    expect(threadRow(db, threadId)).toMatchObject({ postCount: 2, lastPostAt: at(MINUTE), answerPostId: reply.postId });

    expect(deletePost(db, { actor: sam, postId: reply.postId, now: at(3 * MINUTE) })).toEqual({ ok: true, threadId, categoryId: expect.any(Number), threadDeleted: false });
    expect(postRow(db, reply.postId)).toMatchObject({ deletedAt: at(3 * MINUTE), deletedBy: sam.id, body: "Try the directory" });
    expect(threadRow(db, threadId)).toMatchObject({ postCount: 1, lastPostAt: T0, answerPostId: null, deletedAt: null });
    const seen = loadThread(db, { actor: lena, threadId })!;
    expect(seen.posts[1]).toMatchObject({ visibility: "deleted-notice", html: null });
    // Twice: it is gone.
    expect(deletePost(db, { actor: sam, postId: reply.postId, now: at(4 * MINUTE) })).toMatchObject({ ok: false, status: 404 });
  });

  it("of a thread's opening post deletes the thread when nobody replied, and only the post otherwise", () => {
    const { db, lena, sam, category } = setup();
    const lonely = thread(db, { author: lena, categoryId: category.id, title: "Nobody answers" });
    expect(deletePost(db, { actor: lena, postId: lonely.postId, now: at(MINUTE) })).toEqual({ ok: true, threadId: lonely.threadId, categoryId: category.id, threadDeleted: true });
    expect(threadRow(db, lonely.threadId).deletedAt).toEqual(at(MINUTE));
    expect(loadThread(db, { actor: lena, threadId: lonely.threadId })).toBeNull();

    const busy = thread(db, { author: lena, categoryId: category.id, title: "Somebody answers", now: at(2 * MINUTE) });
    replyToThread(db, { actor: sam, threadId: busy.threadId, body: "Me!", now: at(3 * MINUTE) });
    expect(deletePost(db, { actor: lena, postId: busy.postId, now: at(4 * MINUTE) })).toEqual({ ok: true, threadId: busy.threadId, categoryId: category.id, threadDeleted: false });
    expect(threadRow(db, busy.threadId)).toMatchObject({ deletedAt: null, postCount: 1, lastPostAt: at(3 * MINUTE) });
  });
});

describe("locked threads and slow mode", () => {
  it("a locked thread refuses replies and edits and the page says so", () => {
    const { db, lena, sam, mod, category } = setup();
    const { threadId, postId } = thread(db, { author: lena, categoryId: category.id });
    setThread(db, threadId, { locked: true });
    const before = snapshot(db);
    for (const actor of [sam, lena, mod]) {
      expect(replyToThread(db, { actor, threadId, body: "Still?", now: at(MINUTE) })).toEqual({ ok: false, status: 409, message: "This thread is locked: it takes no new replies." });
    }
    expect(editPost(db, { actor: lena, postId, body: "Changed", now: at(MINUTE) })).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("locked") });
    expect(snapshot(db)).toEqual(before);
    const view = loadThread(db, { actor: sam, threadId })!;
    expect(view.thread.locked).toBe(true);
    expect(view.reply).toEqual({ allowed: false, reason: "This thread is locked: it takes no new replies." });
    expect(view.posts[0]!.can.quote).toBe(false);
  });

  it("slow mode allows one post per member per N minutes and says until when", () => {
    const { db, lena, sam, mod, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    setThread(db, threadId, { slowModeMinutes: 10 });
    expect(replyToThread(db, { actor: sam, threadId, body: "One", now: at(MINUTE) })).toMatchObject({ ok: true });
    expect(replyToThread(db, { actor: sam, threadId, body: "Two", now: at(5 * MINUTE) })).toEqual({
      ok: false,
      status: 409,
      message: "Slow mode is on in this thread: one post every 10 minutes. You can post again at 10:11 UTC.",
    });
    expect(loadThread(db, { actor: sam, threadId, now: at(5 * MINUTE) })!.thread.slowMode).toEqual({ minutes: 10, nextPostAt: at(11 * MINUTE) });
    // Lena's opening post was at 10:00: she waits until 10:10; others are not held up by Sam.
    expect(replyToThread(db, { actor: lena, threadId, body: "Thanks", now: at(5 * MINUTE) })).toMatchObject({ ok: false, message: expect.stringContaining("10:10 UTC") });
    expect(replyToThread(db, { actor: mod, threadId, body: "Moderators are not slowed", now: at(5 * MINUTE) })).toMatchObject({ ok: true });
    expect(replyToThread(db, { actor: mod, threadId, body: "Really not", now: at(6 * MINUTE) })).toMatchObject({ ok: true });
    expect(replyToThread(db, { actor: sam, threadId, body: "Two", now: at(11 * MINUTE) })).toMatchObject({ ok: true });
    expect(threadRow(db, threadId).postCount).toBe(5);
  });
});

describe("suspended members", () => {
  it("can read, but every write is refused with the reason and the date", () => {
    const { db, lena, sam, category } = setup();
    const { threadId, postId } = thread(db, { author: lena, categoryId: category.id });
    const reply = replyToThread(db, { actor: sam, threadId, body: "Hello", now: at(MINUTE) });
    if (!reply.ok) throw new Error(reply.message);
    suspend(db, lena.id, new Date("2026-03-09T18:00:00Z"), "Repeated spam.");
    const now = at(HOUR_MS);
    const before = snapshot(db);
    const message = "Your account is suspended until 9 Mar 2026, 18:00 UTC: Repeated spam. You can read the forum but not post, edit, like or mark answers until then.";
    const refusal = { ok: false, status: 403, message };
    expect(createThread(db, { actor: lena, categoryId: category.id, title: "A new thread", body: "Body", now })).toEqual(refusal);
    expect(replyToThread(db, { actor: lena, threadId, body: "Reply", now })).toEqual(refusal);
    expect(editPost(db, { actor: lena, postId, body: "Edit", now })).toEqual(refusal);
    expect(deletePost(db, { actor: lena, postId, now })).toEqual(refusal);
    expect(setLike(db, { actor: lena, postId: reply.postId, liked: true, now })).toEqual(refusal);
    expect(markAnswer(db, { actor: lena, postId: reply.postId, now })).toEqual(refusal);
    expect(unmarkAnswer(db, { actor: lena, threadId, now })).toEqual(refusal);
    expect(snapshot(db)).toEqual(before);

    const view = loadThread(db, { actor: lena, threadId, now })!;
    expect(view.posts).toHaveLength(2);
    expect(view.suspension).toBe(message);
    expect(view.reply).toEqual({ allowed: false, reason: message });
    expect(Object.values(view.posts[0]!.can).some(Boolean)).toBe(false);
    // Once it ends, she writes again.
    expect(replyToThread(db, { actor: lena, threadId, body: "Back", now: new Date("2026-03-09T18:00:01Z") })).toMatchObject({ ok: true });
  });
});

describe("quoting", () => {
  it("gives a Markdown blockquote of a visible post of the thread, naming its author", () => {
    const { db, lena, sam, category, categories } = setup();
    const { threadId, postId } = thread(db, { author: lena, categoryId: category.id, body: "Line one\n\nLine *two*" });
    expect(quotePost(db, { viewer: sam, postId, threadId })).toBe("> **Lena** wrote:\n>\n> Line one\n>\n> Line *two*\n\n");
    const other = thread(db, { author: sam, categoryId: categories[1]!.id, title: "Another thread", now: at(MINUTE) });
    expect(quotePost(db, { viewer: sam, postId: other.postId, threadId })).toBeNull();
    hidePost(db, postId);
    expect(quotePost(db, { viewer: sam, postId, threadId })).toBeNull();
    expect(quotePost(db, { viewer: null, postId: 999, threadId })).toBeNull();
  });

  it("cuts a long post and escapes Markdown in the author's name", () => {
    const { db, sam, category } = setup();
    const { threadId } = thread(db, { author: sam, categoryId: category.id });
    const reply = replyToThread(db, { actor: sam, threadId, body: "word ".repeat(1000), now: at(MINUTE) });
    if (!reply.ok) throw new Error(reply.message);
    db.$client.prepare("UPDATE users SET display_name = ? WHERE id = ?").run("[Sam](javascript:x) *", sam.id);
    const quote = quotePost(db, { viewer: null, postId: reply.postId, threadId })!;
    expect(quote.startsWith("> **\\[Sam\\]\\(javascript:x\\) \\*** wrote:")).toBe(true);
    expect(quote.length).toBeLessThan(1600);
    expect(quote.endsWith("…\n\n")).toBe(true);
  });
});

const HOUR_MS = 60 * MINUTE;
