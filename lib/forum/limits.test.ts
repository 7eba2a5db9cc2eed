import { describe, expect, it } from "vitest";
import { forumPosts, forumThreads } from "@/db/schema";
import { countLinks } from "./limits";
import { editPost, replyToThread } from "./posts";
import { createThread } from "./threads";
import { at, DAY, HOUR, member, MINUTE, setup, T0, thread } from "./test-fixtures";

// A new account: created at 09:30 on the day of T0 (10:00), so new until 09:30 the next day.
const JOINED = new Date(T0.getTime() - 30 * MINUTE);

function withNewcomer() {
  const s = setup();
  const newbie = member(s.db, "newbie", { createdAt: JOINED });
  return { ...s, newbie };
}

describe("new accounts (younger than 24 hours)", () => {
  it("start at most 3 threads a day, then are told when they can start another", () => {
    const { db, newbie, category } = withNewcomer();
    for (let i = 0; i < 3; i++) thread(db, { author: newbie, categoryId: category.id, title: `Question number ${i}`, now: at(i * HOUR) });
    const refused = createThread(db, { actor: newbie, categoryId: category.id, title: "Question number 3", body: "Body", now: at(3 * HOUR) });
    expect(refused).toEqual({ ok: false, status: 409, message: "New accounts can start 3 threads a day: you can start another at 3 Mar, 09:30 UTC." });
    expect(db.select().from(forumThreads).all()).toHaveLength(3);
    // A day after joining the account is no longer new.
    expect(createThread(db, { actor: newbie, categoryId: category.id, title: "Question number 3", body: "Body", now: new Date(JOINED.getTime() + DAY) })).toMatchObject({ ok: true });
  });

  it("post at most 10 replies a day (the opening posts of their threads do not count)", () => {
    const { db, newbie, lena, category } = withNewcomer();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    thread(db, { author: newbie, categoryId: category.id, title: "My own thread", now: at(MINUTE) });
    for (let i = 0; i < 10; i++) expect(replyToThread(db, { actor: newbie, threadId, body: `Reply ${i}`, now: at(2 * MINUTE + i * 20_000) })).toMatchObject({ ok: true });
    const before = db.select().from(forumPosts).all().length;
    expect(replyToThread(db, { actor: newbie, threadId, body: "Reply 10", now: at(HOUR) })).toEqual({
      ok: false,
      status: 409,
      message: "New accounts can post 10 replies a day: you can reply again at 3 Mar, 09:30 UTC.",
    });
    expect(db.select().from(forumPosts).all()).toHaveLength(before);
    // Starting a thread is a separate allowance.
    expect(createThread(db, { actor: newbie, categoryId: category.id, title: "Second thread", body: "Body", now: at(HOUR) })).toMatchObject({ ok: true });
  });

  it("put at most 2 links in a post, in threads, replies and edits", () => {
    const { db, newbie, lena, category } = withNewcomer();
    const three = "See [one](https://one.example), <https://two.example> and www.three.example";
    const message = "New accounts can put at most 2 links in a post. This one has 3; you can post more links from 3 Mar, 09:30 UTC.";
    expect(createThread(db, { actor: newbie, categoryId: category.id, title: "Useful links", body: three, now: T0 })).toEqual({
      ok: false,
      status: 409,
      message,
      fieldErrors: { body: ["Use at most 2 links."] },
    });
    const { threadId, postId } = thread(db, { author: newbie, categoryId: category.id, title: "Useful links", body: "[one](https://one.example) and https://two.example" });
    expect(replyToThread(db, { actor: newbie, threadId, body: three, now: at(MINUTE) })).toMatchObject({ ok: false, message });
    expect(editPost(db, { actor: newbie, postId, body: three, now: at(MINUTE) })).toMatchObject({ ok: false, message });
    // An older account is not limited.
    expect(replyToThread(db, { actor: lena, threadId, body: three, now: at(MINUTE) })).toMatchObject({ ok: true });
  });

  it("an account older than a day is not limited, and staff never are", () => {
    const { db, lena, category } = withNewcomer();
    const newMod = member(db, "newmod", { role: "moderator", createdAt: JOINED });
    for (const actor of [lena, newMod]) {
      for (let i = 0; i < 5; i++) expect(createThread(db, { actor, categoryId: category.id, title: `Thread number ${i}`, body: "[a](https://a.example) [b](https://b.example) [c](https://c.example)", now: at(i * HOUR) })).toMatchObject({ ok: true });
    }
  });
});

describe("bursts", () => {
  it("everyone posts at most 5 times a minute, and is told when they can post again", () => {
    const { db, lena, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id, now: at(0) });
    for (let i = 1; i < 5; i++) expect(replyToThread(db, { actor: lena, threadId, body: `Quick ${i}`, now: at(i * 5000) })).toMatchObject({ ok: true });
    expect(replyToThread(db, { actor: lena, threadId, body: "Too quick", now: at(25_000) })).toEqual({
      ok: false,
      status: 409,
      message: "You are posting too fast: at most 5 posts a minute. You can post again at 10:01 UTC.",
    });
    expect(createThread(db, { actor: lena, categoryId: category.id, title: "Another thread", body: "Body", now: at(30_000) })).toMatchObject({ ok: false, message: expect.stringContaining("posting too fast") });
    // A minute after the first post, one more is allowed.
    expect(replyToThread(db, { actor: lena, threadId, body: "Calmer", now: at(61_000) })).toMatchObject({ ok: true });
  });
});

describe("countLinks", () => {
  it("counts what renders as a link or an image, not raw HTML or plain text", () => {
    expect(countLinks("no links here, example.com is text")).toBe(0);
    expect(countLinks("[a](https://a.example) ![img](https://i.example/x.png) https://b.example www.c.example <https://d.example>")).toBe(5);
    expect(countLinks("[ref][1] and [missing][2]\n\n[1]: https://a.example")).toBe(1);
    expect(countLinks('<a href="https://a.example">raw</a>')).toBe(0);
    expect(countLinks("`https://code.example` and\n\n    https://indented.example")).toBe(0);
  });
});
