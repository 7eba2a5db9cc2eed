import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { emails } from "@/db/schema";
import { addMember } from "@/lib/testing/members";
import { resolveAppeal } from "@/lib/moderation/appeals";
import { flagPost } from "@/lib/moderation/flags";
import { approvePost, hidePost, removePost, restorePost } from "@/lib/moderation/post-actions";
import { addAppeal, addFlag, addPost, addThread, at, DAY, HOUR, MINUTE, suspend, T0, world } from "@/lib/moderation/test-fixtures";
import { clearSlowMode, hideThread, lockThread, moveThread, pinThread, renameThread, setSlowMode, unhideThread, unlockThread, unpinThread } from "@/lib/moderation/thread-actions";
import { liftSuspension, suspendMember } from "@/lib/moderation/users";
import { everything, told } from "@/lib/testing/notifications";

// Who hears of a moderator's action: the author of the post or thread, or the
// member suspended or appealing; never the moderator, never the flaggers.

vi.stubEnv("SITE_URL", "https://tandem.example");
vi.stubEnv("AUTH_SECRET", "a-test-secret-that-is-at-least-32-characters");


function during(db: Db, fn: () => unknown) {
  const before = told(db).length;
  expect(fn()).toMatchObject({ ok: true });
  return told(db).slice(before);
}

const now = at(HOUR);
const TITLE = "How do I find my first mentor?";

describe("moderating posts", () => {
  it("hide, remove and restore tell the post's author, with the reason and a link to the post", () => {
    const { db, moderator: actor, author, postId, threadId } = world();
    const href = `/forum/t/${threadId}#post-${postId}`;
    const base = { userId: author.id, kind: "moderation", actorId: actor.id, href };
    expect(during(db, () => hidePost(db, { actor, postId, reason: "Personal details.", now }))).toEqual([{ ...base, text: `A moderator hid your post in “${TITLE}”: Personal details.` }]);
    expect(during(db, () => restorePost(db, { actor, postId, now }))).toEqual([{ ...base, text: `A moderator restored your post in “${TITLE}”.` }]);
    expect(during(db, () => removePost(db, { actor, postId, reason: "Spam", now }))).toEqual([{ ...base, text: `A moderator removed your post in “${TITLE}”: Spam.` }]);
  });

  it("approving tells the author only when it shows a hidden post again", () => {
    const { db, moderator: actor, learner, author, postId, threadId } = world();
    addFlag(db, { postId, flaggerId: learner.id });
    expect(during(db, () => approvePost(db, { actor, postId, now }))).toEqual([]);
    hidePost(db, { actor, postId, now });
    expect(during(db, () => approvePost(db, { actor, postId, reason: "Fine on a second look", now }))).toEqual([
      { userId: author.id, kind: "moderation", actorId: actor.id, href: `/forum/t/${threadId}#post-${postId}`, text: `A moderator reviewed your hidden post in “${TITLE}” and shows it to everyone again: Fine on a second look.` },
    ]);
  });

  it("a moderator acting on their own post, or a post by a former member, tells nobody", () => {
    const { db, moderator: actor, threadId } = world();
    const own = addPost(db, { threadId, authorId: actor.id });
    const orphan = addPost(db, { threadId, authorId: null });
    expect(during(db, () => hidePost(db, { actor, postId: own, now }))).toEqual([]);
    expect(during(db, () => removePost(db, { actor, postId: orphan, now }))).toEqual([]);
  });

  it("a post in a hidden thread tells its author only if they can open the thread", () => {
    const { db, moderator: actor, learner, author, threadId } = world();
    const lenas = addPost(db, { threadId, authorId: learner.id });
    const avas = addPost(db, { threadId, authorId: author.id });
    hideThread(db, { actor, threadId, now });
    expect(during(db, () => hidePost(db, { actor, postId: lenas, now }))).toEqual([]);
    expect(during(db, () => hidePost(db, { actor, postId: avas, now })).map((n) => n.userId)).toEqual([author.id]);
  });

  it("a hide by flags tells the author, by nobody, and names no flagger", () => {
    const { db, learner, mentor, author, postId, threadId } = world();
    const third = addMember(db, "tess");
    flagPost(db, { actor: learner, postId, reason: "spam", now: T0 });
    flagPost(db, { actor: mentor, postId, reason: "spam", now: T0 });
    expect(told(db)).toEqual([]);
    const written = during(db, () => flagPost(db, { actor: third, postId, reason: "harassment", now: at(MINUTE) }));
    expect(written).toEqual([
      { userId: author.id, kind: "moderation", actorId: null, href: `/forum/t/${threadId}#post-${postId}`, text: `Your post in “${TITLE}” was hidden after members flagged it, until a moderator reviews it.` },
    ]);
    expect(written[0]!.text).not.toMatch(/Lena|Marco|Tess/);
  });

  it("refusals tell nobody", () => {
    const { db, moderator: actor, learner, postId } = world();
    removePost(db, { actor, postId, now });
    const before = everything(db);
    expect(removePost(db, { actor, postId, now })).toMatchObject({ ok: false });
    expect(hidePost(db, { actor: learner, postId, now })).toMatchObject({ ok: false, status: 403 });
    expect(hidePost(db, { actor, postId: 999, now })).toMatchObject({ ok: false, status: 404 });
    expect(everything(db)).toEqual(before);
  });
});

describe("moderating threads", () => {
  it("lock, unlock, hide, unhide, move and rename tell the thread's author; pin and slow mode tell nobody", () => {
    const { db, moderator: actor, author, threadId } = world();
    const expectTold = (fn: () => unknown, text: string) => expect(during(db, fn)).toEqual([{ userId: author.id, kind: "moderation", actorId: actor.id, href: `/forum/t/${threadId}`, text }]);
    expectTold(() => lockThread(db, { actor, threadId, reason: "Going in circles", now }), `A moderator locked your thread “${TITLE}”: Going in circles.`);
    expectTold(() => unlockThread(db, { actor, threadId, now }), `A moderator unlocked your thread “${TITLE}”.`);
    expectTold(() => hideThread(db, { actor, threadId, reason: "Doxxing", now }), `A moderator hid your thread “${TITLE}” pending review: Doxxing.`);
    expectTold(() => unhideThread(db, { actor, threadId, now }), `A moderator made your thread “${TITLE}” visible to everyone again.`);
    expectTold(() => moveThread(db, { actor, threadId, categoryId: "4", now }), `A moderator moved your thread “${TITLE}” to Career growth.`);
    expectTold(() => renameThread(db, { actor, threadId, title: "Finding a first mentor", reason: "Clearer", now }), `A moderator renamed your thread “${TITLE}” to “Finding a first mentor”: Clearer.`);
    for (const fn of [
      () => pinThread(db, { actor, threadId, now }),
      () => unpinThread(db, { actor, threadId, now }),
      () => setSlowMode(db, { actor, threadId, minutes: "10", now }),
      () => clearSlowMode(db, { actor, threadId, now }),
    ])
      expect(during(db, fn)).toEqual([]);
  });

  it("a moderator's own thread, a former member's thread and refusals tell nobody", () => {
    const { db, moderator: actor, learner, threadId } = world();
    const own = addThread(db, { authorId: actor.id, title: "Moderators' notes" }).threadId;
    const orphan = addThread(db, { authorId: null, title: "From a former member" }).threadId;
    expect(during(db, () => lockThread(db, { actor, threadId: own, now }))).toEqual([]);
    expect(during(db, () => lockThread(db, { actor, threadId: orphan, now }))).toEqual([]);
    lockThread(db, { actor, threadId, now });
    const before = everything(db);
    expect(lockThread(db, { actor, threadId, now })).toMatchObject({ ok: false, status: 409 });
    expect(unlockThread(db, { actor: learner, threadId, now })).toMatchObject({ ok: false, status: 403 });
    expect(renameThread(db, { actor, threadId, title: "Hi", now })).toMatchObject({ ok: false, status: 400 });
    expect(everything(db)).toEqual(before);
  });
});

describe("suspensions and appeals", () => {
  it("a suspension tells the member until when and why, with a link to appeal; lifting it tells them too", () => {
    const { db, moderator: actor, learner } = world();
    const [suspended] = during(db, () => suspendMember(db, { actor, userId: learner.id, hours: 24, reason: "Repeated insults", now: T0 }));
    expect(suspended).toEqual({ userId: learner.id, kind: "moderation", actorId: actor.id, href: "/account/appeal", text: "Your account is suspended until 5 May 2026, 10:00 UTC: Repeated insults." });
    expect(during(db, () => liftSuspension(db, { actor, userId: learner.id, reason: "Apologised", now: at(HOUR) }))).toEqual([
      { userId: learner.id, kind: "moderation", actorId: actor.id, href: "/account/appeal", text: "A moderator lifted your suspension: Apologised." },
    ]);
    const before = everything(db);
    expect(liftSuspension(db, { actor, userId: learner.id, now: at(HOUR) })).toMatchObject({ ok: false, status: 409 });
    expect(suspendMember(db, { actor, userId: actor.id, hours: 24, reason: "Testing myself", now: at(HOUR) })).toMatchObject({ ok: false, status: 403 });
    expect(everything(db)).toEqual(before);
  });

  it("an answered appeal tells the appellant the outcome and the reason", () => {
    const { db, moderator: actor, admin, suspended, learner } = world();
    const kept = addAppeal(db, { userId: suspended.id, suspendedUntil: at(7 * DAY) });
    expect(during(db, () => resolveAppeal(db, { actor, appealId: kept, decision: "uphold", reason: "The insults are clear", now }))).toEqual([
      { userId: suspended.id, kind: "moderation", actorId: actor.id, href: "/account/appeal", text: "A moderator reviewed your appeal and kept your suspension: The insults are clear." },
    ]);
    suspend(db, learner.id, at(3 * DAY));
    const granted = addAppeal(db, { userId: learner.id, suspendedUntil: at(3 * DAY) });
    expect(during(db, () => resolveAppeal(db, { actor: admin, appealId: granted, decision: "lift", now }))).toEqual([
      { userId: learner.id, kind: "moderation", actorId: admin.id, href: "/account/appeal", text: "A moderator granted your appeal and lifted your suspension." },
    ]);
    const before = everything(db);
    expect(resolveAppeal(db, { actor, appealId: kept, decision: "lift", now })).toMatchObject({ ok: false, status: 409 });
    expect(everything(db)).toEqual(before);
  });

  it("moderation defaults to email: the member gets one, with the link and a way to stop them", () => {
    const { db, moderator: actor, author, postId, threadId } = world();
    hidePost(db, { actor, postId, reason: "Off topic", now });
    const [mail, ...more] = db.select().from(emails).all();
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ userId: author.id, to: "ava@example.org", kind: "moderation", subject: `A moderator hid your post in “${TITLE}”` });
    expect(mail!.text).toContain(`A moderator hid your post in “${TITLE}”: Off topic.`);
    expect(mail!.text).toContain(`https://tandem.example/forum/t/${threadId}#post-${postId}`);
    expect(mail!.text).toMatch(/https:\/\/tandem\.example\/unsubscribe\/\S+/);
  });
});
