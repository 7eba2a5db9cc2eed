import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { emails, forumPosts, forumThreads } from "@/db/schema";
import { MAX_MENTIONS, mentionedHandles, notifyNewPost } from "@/lib/forum/notifications";
import { deletePost, editPost, replyToThread } from "@/lib/forum/posts";
import { createThread } from "@/lib/forum/threads";
import { at, hidePost, hideThread, member, MINUTE, setThread, setup, T0, thread } from "@/lib/forum/test-fixtures";
import { everything, setChannel, told } from "@/lib/testing/notifications";

// Who hears of a forum post: participants (forum_reply) and the members it
// mentions (mention), once each, never the author, and nobody for a post or
// thread that not everyone can see.

vi.stubEnv("SITE_URL", "https://tandem.example");
vi.stubEnv("AUTH_SECRET", "a-test-secret-that-is-at-least-32-characters");

const byUser = (rows: { userId: number; kind: string }[]) => rows.map((r) => [r.userId, r.kind] as const).sort((a, b) => a[0] - b[0]);


function during(db: Db, fn: () => unknown) {
  const before = told(db).length;
  fn();
  return told(db).slice(before);
}

const HOUR_LATER = 60 * MINUTE;
let clock = 0;
/** A reply that must succeed, a minute after the previous one (the burst limit stays out of the way). */
function reply(db: Db, actor: { id: number }, threadId: number, body = "I agree with this.") {
  clock += MINUTE;
  const r = replyToThread(db, { actor, threadId, body, now: at(clock) });
  if (!r.ok) throw new Error(r.message);
  return r.postId;
}

describe("mention parsing", () => {
  it("finds @handles in any case, each once, in order", () => {
    expect(mentionedHandles("Thanks @Lena and @marco-rossi-2, and again @LENA.")).toEqual(["lena", "marco-rossi-2"]);
    expect(mentionedHandles("(@sam), @sam: @ada! @ada? **@mona** _@lou_ [@kim](https://example.org) - @ana-")).toEqual(["sam", "ada", "mona", "lou", "kim", "ana"]);
    expect(mentionedHandles("- a list with @lena\n\n| table | @marco |\n| --- | --- |\n| x | y |")).toEqual(["lena", "marco"]);
  });

  it("ignores code spans and blocks, quotes, e-mail addresses, URLs and what cannot be a handle", () => {
    const body = [
      "Inline `@lena` code and ``double @marco`` code.",
      "```\n@sam in a fence\n```",
      "~~~\n@sam2 in a tilde fence\n~~~",
      "    @indented code",
      "> @quoted wrote this",
      "Write to lena@example.org or <ada@example.org>, or see https://social.example/@mona and @kim@social.example.",
      "Not handles: @ alone, @_x, @-x, @émile, @lena_x, a@b.",
    ].join("\n\n");
    expect(mentionedHandles(body)).toEqual([]);
    expect(mentionedHandles(`@${"a".repeat(65)} @${"b".repeat(64)}`)).toEqual(["b".repeat(64)]);
  });
});

describe("replies", () => {
  it("tell the thread's author and everyone with a visible post in it, never the replier, with a link to the reply", () => {
    const { db, lena, marco, sam, mod, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    const first = reply(db, marco, threadId);
    expect(told(db)).toEqual([{ userId: lena.id, kind: "forum_reply", actorId: marco.id, text: "Marco replied in “How do I find a mentor?”.", href: `/forum/t/${threadId}#post-${first}` }]);
    const second = reply(db, sam, threadId);
    const written = during(db, () => reply(db, mod, threadId));
    expect(byUser(written)).toEqual(byUser([lena, marco, sam].map((m) => ({ userId: m.id, kind: "forum_reply" }))));
    expect(written.every((n) => n.actorId === mod.id && n.text === "Mona replied in “How do I find a mentor?”.")).toBe(true);
    // Lena replying in her own thread: the others hear of it, she does not.
    const own = during(db, () => reply(db, lena, threadId));
    expect(byUser(own)).toEqual(byUser([marco, sam, mod].map((m) => ({ userId: m.id, kind: "forum_reply" }))));
    expect(second).toBeGreaterThan(first);
  });

  it("leave out members whose only posts are hidden or deleted", () => {
    const { db, lena, marco, sam, category } = setup();
    const ada = member(db, "ada2");
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    hidePost(db, reply(db, marco, threadId));
    expect(deletePost(db, { actor: ada, postId: reply(db, ada, threadId), now: at(clock) })).toMatchObject({ ok: true });
    expect(during(db, () => reply(db, sam, threadId)).map((n) => n.userId)).toEqual([lena.id]);
  });

  it("link to the page the reply is on", () => {
    const { db, lena, marco, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    // 20 posts fill page 1 (the opening post and 19 more, written straight to the table).
    for (let i = 0; i < 19; i++) db.insert(forumPosts).values({ threadId, authorId: lena.id, body: `Post ${i}`, createdAt: T0 }).run();
    const id = reply(db, marco, threadId);
    expect(told(db)).toEqual([expect.objectContaining({ userId: lena.id, href: `/forum/t/${threadId}?page=2#post-${id}` })]);
  });

  it("in a hidden, deleted or locked thread are refused and tell nobody", () => {
    const { db, lena, marco, sam, category } = setup();
    const hidden = thread(db, { author: lena, categoryId: category.id, title: "A thread to hide" });
    const deleted = thread(db, { author: lena, categoryId: category.id, title: "A thread to delete", now: at(MINUTE) });
    const locked = thread(db, { author: lena, categoryId: category.id, title: "A thread to lock", now: at(2 * MINUTE) });
    for (const t of [hidden, deleted, locked]) reply(db, marco, t.threadId);
    hideThread(db, hidden.threadId);
    setThread(db, deleted.threadId, { deletedAt: T0 });
    setThread(db, locked.threadId, { locked: true });
    const before = everything(db);
    for (const t of [hidden, deleted, locked])
      expect(replyToThread(db, { actor: sam, threadId: t.threadId, body: "Hello @lena and @marco", now: at(HOUR_LATER) })).toMatchObject({ ok: false });
    // The thread's author may read her hidden thread, but a reply there is refused for her too.
    expect(replyToThread(db, { actor: lena, threadId: hidden.threadId, body: "@marco look", now: at(HOUR_LATER) })).toMatchObject({ ok: false });
    expect(everything(db)).toEqual(before);
  });

  it("a post or thread not everyone can see tells nobody, mentions included", () => {
    // No write path creates such a post today (replies to hidden threads are
    // refused, nothing is held at creation): the rule is checked on the rows.
    const { db, lena, marco, sam, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    reply(db, marco, threadId);
    const before = everything(db);
    const held = db.insert(forumPosts).values({ threadId, authorId: sam.id, body: "Hi @lena @marco", createdAt: T0, hiddenAt: T0, hiddenReason: "Held" }).returning().get();
    notifyNewPost(db, { postId: held.id, href: `/forum/t/${threadId}#post-${held.id}`, now: T0 });
    hideThread(db, threadId);
    const inHidden = db.insert(forumPosts).values({ threadId, authorId: sam.id, body: "Hi @lena @marco", createdAt: T0 }).returning().get();
    notifyNewPost(db, { postId: inHidden.id, href: `/forum/t/${threadId}#post-${inHidden.id}`, now: T0 });
    db.update(forumThreads).set({ hiddenAt: null, deletedAt: T0 }).where(eq(forumThreads.id, threadId)).run();
    notifyNewPost(db, { postId: inHidden.id, href: `/forum/t/${threadId}#post-${inHidden.id}`, now: T0 });
    expect(everything(db)).toEqual(before);
  });
});

describe("mentions", () => {
  it("in a new thread tell the existing members mentioned, not the author, not unknown handles, not code", () => {
    const { db, lena, marco, sam, mod, admin, category } = setup();
    const r = createThread(db, { actor: lena, categoryId: category.id, title: "Who can help?", body: "Hi @Marco, @sam and @sam again, @lena (me), @nobody, `@mona`, ada@example.org", now: T0 });
    if (!r.ok) throw new Error(r.message);
    const href = `/forum/t/${r.threadId}#post-${r.postId}`;
    expect(told(db)).toEqual([
      { userId: marco.id, kind: "mention", actorId: lena.id, text: "Lena mentioned you in “Who can help?”.", href },
      { userId: sam.id, kind: "mention", actorId: lena.id, text: "Lena mentioned you in “Who can help?”.", href },
    ]);
    expect(told(db).some((n) => n.userId === mod.id || n.userId === admin.id || n.userId === lena.id)).toBe(false);
  });

  it(`tell at most ${MAX_MENTIONS} members a post, the first ones written`, () => {
    const { db, lena, category } = setup();
    const people = Array.from({ length: 12 }, (_, i) => member(db, `p${i + 1}`));
    thread(db, { author: lena, categoryId: category.id, body: `Calling @ghost ${people.map((p) => `@${p.handle}`).join(" ")}` });
    expect(told(db).map((n) => n.userId)).toEqual(people.slice(0, MAX_MENTIONS).map((p) => p.id));
  });

  it("a participant who is mentioned hears of the post once, as a mention (as a reply when mentions are off)", () => {
    const { db, lena, marco, sam, mod, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    reply(db, marco, threadId);
    reply(db, mod, threadId);
    const written = during(db, () => reply(db, sam, threadId, "@lena @marco see above"));
    expect(byUser(written)).toEqual(
      byUser([
        { userId: lena.id, kind: "mention" },
        { userId: marco.id, kind: "mention" },
        { userId: mod.id, kind: "forum_reply" },
      ]),
    );
    setChannel(db, lena.id, "mention", "off");
    setChannel(db, marco.id, "forum_reply", "off");
    const again = during(db, () => reply(db, sam, threadId, "@lena @marco once more"));
    expect(byUser(again)).toEqual(
      byUser([
        { userId: lena.id, kind: "forum_reply" },
        { userId: marco.id, kind: "mention" },
        { userId: mod.id, kind: "forum_reply" },
      ]),
    );
  });

  it("added by an edit tell the newly mentioned only, and only once per post", () => {
    const { db, lena, marco, sam, mod, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    const postId = reply(db, marco, threadId, "Ask @sam");
    const edit = (body: string, minutes: number) => expect(editPost(db, { actor: marco, postId, body, now: at(clock + minutes * MINUTE) })).toMatchObject({ ok: true });
    const href = `/forum/t/${threadId}#post-${postId}`;
    expect(during(db, () => edit("Ask @sam or @mona", 1))).toEqual([{ userId: mod.id, kind: "mention", actorId: marco.id, text: "Marco mentioned you in “How do I find a mentor?”.", href }]);
    expect(during(db, () => edit("Ask @sam", 2))).toEqual([]);
    expect(during(db, () => edit("Ask @sam or @mona", 3))).toEqual([]);
    // Lena heard of the reply already: a mention of her in an edit adds nothing.
    expect(during(db, () => edit("Ask @sam or @mona or @lena", 4))).toEqual([]);
    expect(told(db).filter((n) => n.userId === sam.id)).toHaveLength(1);
  });
});

describe("forum settings", () => {
  it('"off" writes nothing, "email" queues an email with the link and an unsubscribe link', () => {
    const { db, lena, marco, sam, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    reply(db, marco, threadId);
    setChannel(db, marco.id, "forum_reply", "off");
    setChannel(db, lena.id, "forum_reply", "email");
    const before = told(db).length;
    const id = reply(db, sam, threadId);
    expect(told(db).slice(before).map((n) => n.userId)).toEqual([lena.id]);
    const [mail, ...more] = db.select().from(emails).all();
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ to: "lena@example.org", kind: "forum_reply", subject: "Sam replied in “How do I find a mentor?”." });
    expect(mail!.text).toContain(`https://tandem.example/forum/t/${threadId}#post-${id}`);
    expect(mail!.text).toMatch(/https:\/\/tandem\.example\/unsubscribe\/\S+/);
  });
});
