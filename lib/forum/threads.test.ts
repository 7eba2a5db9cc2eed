import { describe, expect, it } from "vitest";
import { forumPosts, forumThreads } from "@/db/schema";
import { listCategories, categoryBySlug } from "./categories";
import { replyToThread } from "./posts";
import { createThread, listThreads } from "./threads";
import { loadThread } from "./thread-view";
import { at, MINUTE, setThread, setup, T0, thread, threadRow } from "./test-fixtures";

describe("categories", () => {
  it("are the six seeded ones, in order, with their descriptions", () => {
    const { db } = setup();
    const list = listCategories(db);
    expect(list.map((c) => c.name)).toEqual(["Mentorship", "Support networks", "Learning communities", "Career growth", "Introductions", "Site feedback"]);
    expect(list.every((c) => c.description.length > 10 && c.threadCount === 0 && c.postCount === 0 && c.latest === null)).toBe(true);
    expect(categoryBySlug(db, "career-growth")?.name).toBe("Career growth");
    for (const bad of ["nope", "../x", "CAREER-GROWTH", "", "a".repeat(300)]) expect(categoryBySlug(db, bad)).toBeNull();
  });
});

describe("starting a thread", () => {
  it("writes the thread and its opening post and updates the counts", () => {
    const { db, lena, sam, category } = setup();
    const { threadId, postId } = thread(db, { author: lena, categoryId: category.id, title: "  Finding a\nmentor  ", body: "Line one\r\nline two\r" });
    const row = threadRow(db, threadId);
    expect(row).toMatchObject({ title: "Finding a mentor", postCount: 1, authorId: lena.id, categoryId: category.id });
    expect(row.lastPostAt).toEqual(T0);
    expect(db.select().from(forumPosts).all()).toEqual([expect.objectContaining({ id: postId, threadId, body: "Line one\nline two", editedAt: null })]);

    expect(replyToThread(db, { actor: sam, threadId, body: "Welcome!", now: at(5 * MINUTE) })).toMatchObject({ ok: true, page: 1 });
    const after = threadRow(db, threadId);
    expect(after.postCount).toBe(2);
    expect(after.lastPostAt).toEqual(at(5 * MINUTE));

    const summary = listCategories(db)[0]!;
    expect(summary).toMatchObject({ threadCount: 1, postCount: 2, latest: { threadId, title: "Finding a mentor", at: at(5 * MINUTE), by: { handle: "sam" } } });
    expect(listThreads(db, { viewer: null, categoryId: category.id }).threads[0]).toMatchObject({ id: threadId, replyCount: 1, author: { handle: "lena" } });
  });

  it("checks the title (5 to 150 characters) and the message (1 to 20,000), and writes nothing when refused", () => {
    const { db, lena, category } = setup();
    const cases: [string, string, Record<string, string[]>][] = [
      ["Hey", "A body", { title: ["Use at least 5 characters for the title."] }],
      ["   ", "A body", { title: ["Write a title."] }],
      ["x".repeat(151), "A body", { title: ["Use at most 150 characters for the title."] }],
      ["A fine title", " \r\n ", { body: ["Write a message."] }],
      ["A fine title", "x".repeat(100_000), { body: ["Use at most 20,000 characters: a post can hold 20,000."] }],
    ];
    for (const [title, body, fieldErrors] of cases) {
      expect(createThread(db, { actor: lena, categoryId: category.id, title, body, now: T0 })).toEqual({ ok: false, status: 400, message: "Please correct the fields marked below.", fieldErrors });
    }
    expect(createThread(db, { actor: lena, categoryId: 999, title: "A fine title", body: "Body", now: T0 })).toMatchObject({ ok: false, status: 404 });
    expect(createThread(db, { actor: null, categoryId: category.id, title: "A fine title", body: "Body", now: T0 })).toMatchObject({ ok: false, status: 403 });
    expect(createThread(db, { actor: { id: 12345 }, categoryId: category.id, title: "A fine title", body: "Body", now: T0 })).toMatchObject({ ok: false, status: 403 });
    expect(db.select().from(forumThreads).all()).toHaveLength(0);
    expect(db.select().from(forumPosts).all()).toHaveLength(0);
    expect(createThread(db, { actor: lena, categoryId: category.id, title: "x".repeat(150), body: "y".repeat(20_000), now: T0 })).toMatchObject({ ok: true });
  });
});

describe("a category's threads", () => {
  it("list pinned threads first, then by latest activity, 20 a page", () => {
    const { db, lena, sam, category, categories } = setup();
    const ids: number[] = [];
    // One every 15 s: under the burst limit of 5 a minute.
    for (let i = 0; i < 45; i++) ids.push(thread(db, { author: i % 2 ? lena : sam, categoryId: category.id, title: `Thread number ${i}`, now: at(i * 15_000) }).threadId);
    thread(db, { author: lena, categoryId: categories[1]!.id, title: "Elsewhere entirely", now: at(46 * 15_000) });
    // A reply brings an old thread to the top; a pinned one stays above all.
    replyToThread(db, { actor: lena, threadId: ids[3]!, body: "Bump", now: at(60 * MINUTE) });
    setThread(db, ids[10]!, { pinned: true });

    const first = listThreads(db, { viewer: null, categoryId: category.id });
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 45 });
    expect(first.threads).toHaveLength(20);
    expect(first.threads.slice(0, 3).map((t) => t.id)).toEqual([ids[10], ids[3], ids[44]]);
    expect(first.threads[0]!.pinned).toBe(true);
    const third = listThreads(db, { viewer: null, categoryId: category.id, page: 3 });
    expect(third.threads).toHaveLength(5);
    expect(third.threads.at(-1)!.id).toBe(ids[0]);
    // Past the end: the last page; nonsense: the first.
    expect(listThreads(db, { viewer: null, categoryId: category.id, page: 99 }).page).toBe(3);
    expect(listThreads(db, { viewer: null, categoryId: category.id, page: Number.NaN }).page).toBe(1);
    const all = [1, 2, 3].flatMap((page) => listThreads(db, { viewer: null, categoryId: category.id, page }).threads.map((t) => t.id));
    expect(new Set(all).size).toBe(45);
  });
});

describe("a thread's posts", () => {
  it("are in order, 20 a page, numbered, the first one the opening post", () => {
    const { db, lena, sam, marco, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    for (let i = 1; i <= 44; i++) replyToThread(db, { actor: [sam, marco][i % 2]!, threadId, body: `Reply ${i}`, now: at(i * 30_000) });
    const one = loadThread(db, { actor: null, threadId, now: at(DAY_MS) })!;
    expect(one.pageCount).toBe(3);
    expect(one.posts).toHaveLength(20);
    expect(one.posts[0]).toMatchObject({ number: 1, isOpening: true, author: { handle: "lena", role: "learner" } });
    expect(one.posts[1]).toMatchObject({ number: 2, isOpening: false, html: "<p>Reply 1</p>", author: { handle: "marco", role: "mentor" } });
    const three = loadThread(db, { actor: null, threadId, page: 3 })!;
    expect(three.posts.map((p) => p.number)).toEqual([41, 42, 43, 44, 45]);
    expect(three.posts.at(-1)!.html).toBe("<p>Reply 44</p>");
    expect(replyToThread(db, { actor: sam, threadId, body: "Reply 45", now: at(DAY_MS) })).toMatchObject({ ok: true, page: 3 });
    expect(threadRow(db, threadId).postCount).toBe(46);
    for (const id of [0, -1, 1.5, Number.NaN, 2 ** 60, 999]) expect(loadThread(db, { actor: null, threadId: id })).toBeNull();
  });
});

const DAY_MS = 24 * 60 * MINUTE;
