import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { moderationLog } from "@/db/schema";
import { addMember } from "@/lib/testing/members";
import { listLog, writeLog } from "./audit";
import { hidePost } from "./post-actions";
import { at, HOUR, logRows, MINUTE, world } from "./test-fixtures";
import { lockThread, pinThread } from "./thread-actions";
import { suspendMember } from "./users";

/** Three moderators' actions of different kinds, a minute apart. */
function history() {
  const w = world();
  const { db, moderator, admin, learner, threadId, postId } = w;
  pinThread(db, { actor: moderator, threadId, reason: "Good question", now: at(MINUTE) });
  hidePost(db, { actor: admin, postId, reason: "Off-topic", now: at(2 * MINUTE) });
  suspendMember(db, { actor: moderator, userId: learner.id, hours: 24, reason: "Spamming links", now: at(3 * MINUTE) });
  lockThread(db, { actor: admin, threadId, now: at(4 * MINUTE) });
  return w;
}

describe("the audit log", () => {
  it("lists every action for staff, newest first, with who, what, target, reason and when", () => {
    const { db, moderator, admin, learner, threadId, postId } = history();
    const log = listLog(db, { actor: admin });
    if (!log.ok) throw new Error(log.message);
    expect(log).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    expect(log.items.map((e) => [e.action, e.actorName, e.actorHandle])).toEqual([
      ["thread.lock", "Adam", "adam"],
      ["user.suspend", "Mona", "mona"],
      ["post.hide", "Adam", "adam"],
      ["thread.pin", "Mona", "mona"],
    ]);
    expect(log.items[1]).toEqual({
      id: expect.any(Number),
      at: at(3 * MINUTE),
      actorName: "Mona",
      actorHandle: "mona",
      action: "user.suspend",
      actionLabel: "Member suspended",
      targetType: "user",
      targetId: learner.id,
      target: { label: "Lena (@lena)", href: "/moderation/users/lena" },
      reason: "For 1 day, until 5 May 2026, 10:03 UTC: Spamming links",
    });
    expect(log.items[2]!.target).toEqual({ label: `Post #${postId} in “How do I find my first mentor?”`, href: expect.stringContaining(String(threadId)) });
    expect(log.items[3]!.target).toEqual({ label: "“How do I find my first mentor?”", href: expect.stringContaining(String(threadId)) });
    expect(listLog(db, { actor: moderator })).toMatchObject({ ok: true, total: 4 });
  });

  it("filters by action, by the acting moderator's handle and by kind of target", () => {
    const { db, admin, moderator } = history();
    const actions = (filters: Parameters<typeof listLog>[1]["filters"]) => {
      const log = listLog(db, { actor: moderator, filters });
      return log.ok ? log.items.map((e) => e.action) : log;
    };
    expect(actions({ action: "post.hide" })).toEqual(["post.hide"]);
    expect(actions({ actorHandle: "adam" })).toEqual(["thread.lock", "post.hide"]);
    expect(actions({ actorHandle: " @ADAM " })).toEqual(["thread.lock", "post.hide"]);
    expect(actions({ targetType: "thread" })).toEqual(["thread.lock", "thread.pin"]);
    expect(actions({ targetType: "thread", actorHandle: "mona" })).toEqual(["thread.pin"]);
    expect(actions({ actorHandle: "nobody" })).toEqual([]);
    // Unknown values are ignored rather than matching nothing.
    expect(actions({ action: "drop table", targetType: "planet" })).toHaveLength(4);
    expect(listLog(db, { actor: admin, filters: { action: "post.hide" } })).toMatchObject({ ok: true, filters: { action: "post.hide", actorHandle: null, targetType: null } });
  });

  it("pages 50 at a time", () => {
    const { db, moderator, admin } = world();
    for (let i = 0; i < 55; i++) writeLog(db, { actor: moderator, action: "user.note", targetType: "user", targetId: admin.id, now: at(i * MINUTE) });
    const second = listLog(db, { actor: admin, filters: { page: 2 } });
    expect(second).toMatchObject({ ok: true, total: 55, page: 2, pageCount: 2 });
    expect(second.ok && second.items.map((e) => e.at)).toEqual([4, 3, 2, 1, 0].map((i) => at(i * MINUTE)));
  });

  it("is read by moderators and admins only", () => {
    const { db, learner, mentor, author, suspended } = history();
    for (const actor of [learner, mentor, author, suspended, { id: 999 }, null]) expect(listLog(db, { actor })).toMatchObject({ ok: false, status: 403 });
  });

  it("cannot be changed or deleted, even with SQL", () => {
    const { db } = history();
    const before = logRows(db);
    expect(() => db.$client.prepare("UPDATE moderation_log SET reason = 'nothing happened'").run()).toThrow(/the moderation log cannot be changed/);
    expect(() => db.$client.prepare("DELETE FROM moderation_log").run()).toThrow(/the moderation log cannot be changed/);
    expect(() => db.update(moderationLog).set({ actorName: "Someone else" }).where(eq(moderationLog.id, before[0]!.id)).run()).toThrow(/cannot be changed/);
    expect(() => db.delete(moderationLog).where(eq(moderationLog.id, before[0]!.id)).run()).toThrow(/cannot be changed/);
    // Drizzle's raw run wraps the driver's error: the trigger's message is its cause.
    expect(() => db.run(sql`DELETE FROM moderation_log WHERE id = ${before[0]!.id}`)).toThrow(expect.objectContaining({ cause: expect.objectContaining({ message: "the moderation log cannot be changed" }) }));
    expect(logRows(db)).toEqual(before);
  });

  it("keeps the actor's name after their account is gone", () => {
    const { db, learner } = world();
    const temp = addMember(db, "tess", { role: "moderator" });
    suspendMember(db, { actor: temp, userId: learner.id, hours: 1, reason: "Cooling off", now: at(HOUR) });
    db.$client.prepare("DELETE FROM users WHERE id = ?").run(temp.id);
    const admin = addMember(db, "root", { role: "admin" });
    expect(listLog(db, { actor: admin })).toMatchObject({ ok: true, items: [{ actorName: "Tess", actorHandle: null, action: "user.suspend" }] });
  });
});
