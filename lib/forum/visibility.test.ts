import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { forumPosts, forumThreads } from "@/db/schema";
import { listCategories } from "./categories";
import { replyToThread } from "./posts";
import { refreshThreadStats } from "./stats";
import { listThreads } from "./threads";
import { loadThread } from "./thread-view";
import type { Viewer } from "./visibility";
import { at, hidePost, hideThread, MINUTE, setup, T0, thread, threadRow } from "./test-fixtures";

function discussion() {
  const s = setup();
  const { threadId, postId } = thread(s.db, { author: s.lena, categoryId: s.category.id });
  const hidden = replyToThread(s.db, { actor: s.sam, threadId, body: "Buy cheap watches", now: at(MINUTE) });
  const deleted = replyToThread(s.db, { actor: s.marco, threadId, body: "Oops, wrong thread", now: at(2 * MINUTE) });
  const fine = replyToThread(s.db, { actor: s.marco, threadId, body: "Try the mentor directory", now: at(3 * MINUTE) });
  if (!hidden.ok || !deleted.ok || !fine.ok) throw new Error("reply refused");
  s.db.transaction((tx) => {
    tx.update(forumPosts).set({ hiddenAt: at(4 * MINUTE), hiddenReason: "Spam: flagged three times" }).where(eq(forumPosts.id, hidden.postId)).run();
    tx.update(forumPosts).set({ deletedAt: at(4 * MINUTE), deletedBy: s.marco.id }).where(eq(forumPosts.id, deleted.postId)).run();
    refreshThreadStats(tx as unknown as typeof s.db, threadId);
  });
  return { ...s, threadId, openingId: postId, hiddenId: hidden.postId, deletedId: deleted.postId, fineId: fine.postId };
}

describe("hidden and deleted posts", () => {
  it("are shown to each viewer as they may see them", () => {
    const { db, sam, lena, mod, admin, threadId } = discussion();
    const seen = (actor: { id: number } | null) =>
      loadThread(db, { actor, threadId })!.posts.slice(1).map((p) => ({ v: p.visibility, html: p.html, reason: p.hiddenReason }));
    const fine = { v: "normal", html: "<p>Try the mentor directory</p>", reason: null };
    // A visitor and another member: notices only.
    for (const actor of [null, lena]) {
      expect(seen(actor)).toEqual([{ v: "hidden-notice", html: null, reason: null }, { v: "deleted-notice", html: null, reason: null }, fine]);
    }
    // The author of the hidden post sees it, with the notice and the reason.
    expect(seen(sam)[0]).toEqual({ v: "hidden-own", html: "<p>Buy cheap watches</p>", reason: "Spam: flagged three times" });
    expect(seen(sam)[1]!.v).toBe("deleted-notice");
    // Staff see both, marked.
    for (const actor of [mod, admin]) {
      expect(seen(actor)).toEqual([
        { v: "hidden-staff", html: "<p>Buy cheap watches</p>", reason: "Spam: flagged three times" },
        { v: "deleted-staff", html: "<p>Oops, wrong thread</p>", reason: null },
        fine,
      ]);
    }
  });

  it("do not count: the thread's counts follow the visible posts, and refreshThreadStats keeps them in step", () => {
    const { db, category, threadId, hiddenId, fineId } = discussion();
    expect(threadRow(db, threadId)).toMatchObject({ postCount: 2, lastPostAt: at(3 * MINUTE) });
    expect(listCategories(db)[0]).toMatchObject({ threadCount: 1, postCount: 2 });
    expect(listThreads(db, { viewer: null, categoryId: category.id }).threads[0]!.replyCount).toBe(1);
    hidePost(db, fineId);
    refreshThreadStats(db, threadId);
    expect(threadRow(db, threadId)).toMatchObject({ postCount: 1, lastPostAt: T0 });
    // Restored by a moderator.
    db.update(forumPosts).set({ hiddenAt: null, hiddenReason: null }).where(eq(forumPosts.id, hiddenId)).run();
    refreshThreadStats(db, threadId);
    expect(threadRow(db, threadId)).toMatchObject({ postCount: 2, lastPostAt: at(MINUTE) });
  });
});

describe("hidden and deleted threads", () => {
  it("are seen by staff (and a hidden one by its author), listed and opened; for anyone else they are not there", () => {
    const { db, lena, sam, mod, category, categories } = setup();
    const hidden = thread(db, { author: lena, categoryId: category.id, title: "Hidden thread here" });
    const deleted = thread(db, { author: lena, categoryId: category.id, title: "Deleted thread here", now: at(MINUTE) });
    const open = thread(db, { author: sam, categoryId: category.id, title: "An open thread", now: at(2 * MINUTE) });
    hideThread(db, hidden.threadId, "Off topic");
    db.update(forumThreads).set({ deletedAt: at(3 * MINUTE) }).where(eq(forumThreads.id, deleted.threadId)).run();

    const listed = (viewer: Viewer) => listThreads(db, { viewer, categoryId: category.id }).threads.map((t) => [t.title, t.hidden, t.deleted]);
    expect(listed(null)).toEqual([["An open thread", false, false]]);
    expect(listed(sam)).toEqual([["An open thread", false, false]]);
    expect(listed(lena)).toEqual([["An open thread", false, false], ["Hidden thread here", true, false]]);
    expect(listed(mod)).toEqual([["An open thread", false, false], ["Deleted thread here", false, true], ["Hidden thread here", true, false]]);

    expect(loadThread(db, { actor: null, threadId: hidden.threadId })).toBeNull();
    expect(loadThread(db, { actor: sam, threadId: hidden.threadId })).toBeNull();
    expect(loadThread(db, { actor: lena, threadId: hidden.threadId })!.thread.hidden).toEqual({ at: T0, reason: "Off topic" });
    expect(loadThread(db, { actor: lena, threadId: hidden.threadId })!.reply).toMatchObject({ allowed: false });
    expect(loadThread(db, { actor: mod, threadId: hidden.threadId })!.thread.hidden).not.toBeNull();
    expect(loadThread(db, { actor: lena, threadId: deleted.threadId })).toBeNull();
    expect(loadThread(db, { actor: mod, threadId: deleted.threadId })!.thread.deletedAt).toEqual(at(3 * MINUTE));
    // Nobody replies in either; a stranger learns nothing (404), staff are told why.
    expect(replyToThread(db, { actor: sam, threadId: hidden.threadId, body: "Hi", now: at(4 * MINUTE) })).toMatchObject({ ok: false, status: 404 });
    expect(replyToThread(db, { actor: lena, threadId: hidden.threadId, body: "Hi", now: at(4 * MINUTE) })).toMatchObject({ ok: false, status: 409 });
    expect(replyToThread(db, { actor: mod, threadId: deleted.threadId, body: "Hi", now: at(4 * MINUTE) })).toEqual({ ok: false, status: 409, message: "This thread was deleted: it takes no replies." });

    // Counts and latest activity on /forum are what everyone sees.
    expect(listCategories(db).find((c) => c.id === category.id)).toMatchObject({ threadCount: 1, postCount: 1, latest: { threadId: open.threadId } });
    expect(listCategories(db).find((c) => c.id === categories[1]!.id)).toMatchObject({ threadCount: 0, latest: null });
  });
});
