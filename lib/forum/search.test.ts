import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START } from "@/lib/articles/search-markers";
import { replyToThread } from "./posts";
import { searchForum } from "./search";
import { at, hidePost, hideThread, MINUTE, setup, thread } from "./test-fixtures";

const mark = (s: string) => `${MARK_START}${s}${MARK_END}`;

function forum() {
  const s = setup();
  const a = thread(s.db, { author: s.lena, categoryId: s.category.id, title: "Negotiating a raise", body: "My manager keeps postponing the conversation." });
  const b = thread(s.db, { author: s.sam, categoryId: s.categories[1]!.id, title: "Study group for statistics", body: "We meet weekly and practise together.", now: at(MINUTE) });
  const reply = replyToThread(s.db, { actor: s.marco, threadId: a.threadId, body: "Mentoring helped me prepare: write down what you achieved.", now: at(2 * MINUTE) });
  if (!reply.ok) throw new Error(reply.message);
  return { ...s, a, b, replyId: reply.postId };
}

describe("forum search", () => {
  it("finds thread titles and post bodies, one result per thread, with highlights and a link to the post", () => {
    const { db, a, b, replyId } = forum();
    const byTitle = searchForum(db, { viewer: null, q: "negotiating" });
    expect(byTitle).toMatchObject({ kind: "results", total: 1, matched: "all" });
    if (byTitle.kind !== "results") throw new Error();
    expect(byTitle.hits[0]).toMatchObject({ threadId: a.threadId, titleHighlighted: `${mark("Negotiating")} a raise`, post: null, href: `/forum/t/${a.threadId}`, categoryName: "Mentorship" });

    const byBody = searchForum(db, { viewer: null, q: "achieved" });
    if (byBody.kind !== "results") throw new Error();
    expect(byBody.hits).toHaveLength(1);
    expect(byBody.hits[0]!.post).toEqual({ id: replyId, snippet: expect.stringContaining(mark("achieved")), href: `/forum/t/${a.threadId}#post-${replyId}` });
    expect(byBody.hits[0]!.titleHighlighted).toBe("Negotiating a raise");

    const weekly = searchForum(db, { viewer: null, q: "weekly statistics" });
    if (weekly.kind !== "results") throw new Error();
    expect(weekly.hits.map((h) => h.threadId)).toEqual([b.threadId]);
  });

  it("stems words (porter) and matches the last word as a prefix", () => {
    const { db, a } = forum();
    for (const q of ["mentor", "mentors", "negotiate", "postponed", "conversations", "raise", "negot"]) {
      const r = searchForum(db, { viewer: null, q });
      expect(r.kind === "results" && r.hits.map((h) => h.threadId), q).toEqual([a.threadId]);
    }
  });

  it("falls back to any of the words when nothing has them all, and pages results", () => {
    const { db, lena, category } = forum();
    const r = searchForum(db, { viewer: null, q: "statistics negotiating" });
    expect(r).toMatchObject({ kind: "results", matched: "any", total: 2 });
    for (let i = 0; i < 12; i++) thread(db, { author: lena, categoryId: category.id, title: `Pagination thread ${i}`, now: at(10 * MINUTE + i * 15_000) });
    const p1 = searchForum(db, { viewer: null, q: "pagination" });
    const p2 = searchForum(db, { viewer: null, q: "pagination", page: 2 });
    expect(p1).toMatchObject({ total: 12, pageCount: 2, page: 1 });
    expect(p2).toMatchObject({ page: 2 });
    if (p1.kind !== "results" || p2.kind !== "results") throw new Error();
    expect(p1.hits).toHaveLength(10);
    expect(p2.hits).toHaveLength(2);
    expect(new Set([...p1.hits, ...p2.hits].map((h) => h.threadId)).size).toBe(12);
  });

  it("answers hostile or empty input without throwing", () => {
    const { db } = forum();
    for (const q of ['"', "*", "NEAR(", 'mentor" OR *', "(((", "title:x", "body:raise", "-raise", "a AND OR NOT", "\u0000\u0002", "' OR 1=1 --", "😀", "^raise"]) {
      expect(() => searchForum(db, { viewer: null, q }), q).not.toThrow();
    }
    expect(searchForum(db, { viewer: null, q: "" })).toEqual({ kind: "empty" });
    expect(searchForum(db, { viewer: null, q: "((( )))" })).toEqual({ kind: "no-words" });
    expect(searchForum(db, { viewer: null, q: "x".repeat(2000) })).toEqual({ kind: "too-long", length: 2000 });
    expect(searchForum(db, { viewer: null, q: 'raise" OR *' })).toMatchObject({ kind: "results", total: 1 });
    expect(searchForum(db, { viewer: null, q: "nothingmatchesthis" })).toMatchObject({ kind: "results", total: 0, hits: [] });
  });

  it("does not find hidden posts or threads, except for staff; deleted ones for nobody", () => {
    const { db, lena, mod, b, replyId } = forum();
    hidePost(db, replyId);
    hideThread(db, b.threadId);
    for (const viewer of [null, lena]) {
      expect(searchForum(db, { viewer, q: "achieved" }), "hidden post").toMatchObject({ total: 0 });
      expect(searchForum(db, { viewer, q: "statistics" }), "hidden thread").toMatchObject({ total: 0 });
      expect(searchForum(db, { viewer, q: "weekly" }), "post of a hidden thread").toMatchObject({ total: 0 });
    }
    const staff = searchForum(db, { viewer: mod, q: "achieved" });
    expect(staff).toMatchObject({ total: 1, hits: [{ hidden: true }] });
    db.$client.prepare("UPDATE forum_posts SET deleted_at = unixepoch() WHERE id = ?").run(replyId);
    expect(searchForum(db, { viewer: mod, q: "achieved" })).toMatchObject({ total: 0 });
  });

  it("follows edits (the FTS index is kept by triggers)", async () => {
    const { db, marco, replyId } = forum();
    const { editPost } = await import("./posts");
    expect(editPost(db, { actor: marco, postId: replyId, body: "Rehearse with a friend.", now: at(5 * MINUTE) })).toMatchObject({ ok: true });
    expect(searchForum(db, { viewer: null, q: "achieved" })).toMatchObject({ total: 0 });
    expect(searchForum(db, { viewer: null, q: "rehearse" })).toMatchObject({ total: 1 });
  });
});
