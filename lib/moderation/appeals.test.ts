import { describe, expect, it } from "vitest";
import { suspensionAppeals } from "@/db/schema";
import { APPEAL_CONFIRMATION, getAppealView, resolveAppeal, sendAppeal } from "./appeals";
import { at, DAY, HOUR, logRows, snapshot, suspend, T0, userRow, world } from "./test-fixtures";
import { suspendMember } from "./users";

const body = "I was quoting the other member to report them, not insulting anyone.";

describe("appealing a suspension", () => {
  it("a suspended member sends one appeal, which the page then shows", () => {
    const { db, suspended } = world();
    expect(getAppealView(db, { actor: suspended, now: T0 })).toEqual({ ok: true, suspension: { until: at(7 * DAY), reason: "Repeated personal attacks" }, appeal: null });
    expect(sendAppeal(db, { actor: suspended, body: `  ${body}  `, now: T0 })).toMatchObject({ ok: true, message: APPEAL_CONFIRMATION });
    expect(db.select().from(suspensionAppeals).all()).toEqual([{ id: expect.any(Number), userId: suspended.id, suspendedUntil: at(7 * DAY), body, createdAt: T0, resolvedAt: null }]);
    expect(getAppealView(db, { actor: suspended, now: T0 })).toMatchObject({ ok: true, appeal: { body, createdAt: T0, resolvedAt: null, forCurrentSuspension: true, decision: null } });
    // Members' appeals are not moderator actions: nothing in the log.
    expect(logRows(db)).toEqual([]);
  });

  it("allows one appeal per suspension; a new suspension allows a new one", () => {
    const { db, suspended, admin } = world();
    sendAppeal(db, { actor: suspended, body, now: T0 });
    const before = snapshot(db);
    expect(sendAppeal(db, { actor: suspended, body: `${body} Again.`, now: at(HOUR) })).toEqual({ ok: false, status: 409, message: "You have already appealed this suspension: a moderator will review it." });
    expect(snapshot(db)).toEqual(before);
    // The unique index holds even for a write that skips the check.
    expect(() => db.insert(suspensionAppeals).values({ userId: suspended.id, suspendedUntil: at(7 * DAY), body, createdAt: at(HOUR) }).run()).toThrow(/UNIQUE/);
    suspendMember(db, { actor: admin, userId: suspended.id, hours: 30 * 24, reason: "Extended after review", now: at(2 * HOUR) });
    expect(getAppealView(db, { actor: suspended, now: at(2 * HOUR) })).toMatchObject({ ok: true, appeal: { forCurrentSuspension: false } });
    expect(sendAppeal(db, { actor: suspended, body, now: at(3 * HOUR) })).toMatchObject({ ok: true });
  });

  it("needs 10 to 2,000 characters and a running suspension", () => {
    const { db, suspended, learner } = world();
    const before = snapshot(db);
    expect(sendAppeal(db, { actor: suspended, body: "Unfair.", now: T0 })).toMatchObject({ ok: false, status: 400, fieldErrors: { body: ["Write at least 10 characters."] } });
    expect(sendAppeal(db, { actor: suspended, body: "a".repeat(2001), now: T0 })).toMatchObject({ ok: false, status: 400, fieldErrors: { body: ["Use at most 2,000 characters."] } });
    expect(sendAppeal(db, { actor: learner, body, now: T0 })).toEqual({ ok: false, status: 409, message: "Your account is not suspended: there is nothing to appeal." });
    expect(sendAppeal(db, { actor: suspended, body, now: at(8 * DAY) })).toMatchObject({ ok: false, status: 409 });
    expect(sendAppeal(db, { actor: null, body, now: T0 })).toMatchObject({ ok: false, status: 403 });
    expect(snapshot(db)).toEqual(before);
  });
});

describe("answering an appeal", () => {
  it("lift: the suspension ends, the appeal is resolved and the member reads the reason", () => {
    const { db, suspended, moderator } = world();
    const sent = sendAppeal(db, { actor: suspended, body, now: T0 });
    if (!sent.ok) throw new Error(sent.message);
    expect(resolveAppeal(db, { actor: moderator, appealId: sent.appealId, decision: "lift", reason: "Fair point, sorry.", now: at(HOUR) })).toEqual({ ok: true, message: "Appeal granted: Sid's suspension is lifted." });
    expect(userRow(db, suspended.id)).toMatchObject({ suspendedUntil: null, suspensionReason: null });
    expect(logRows(db)).toMatchObject([{ action: "appeal.lift", targetType: "appeal", targetId: sent.appealId, reason: "Fair point, sorry." }]);
    expect(getAppealView(db, { actor: suspended, now: at(HOUR) })).toMatchObject({ ok: true, suspension: null, appeal: { resolvedAt: at(HOUR), decision: { outcome: "lifted", reason: "Fair point, sorry." } } });
    expect(resolveAppeal(db, { actor: moderator, appealId: sent.appealId, decision: "uphold", now: at(2 * HOUR) })).toEqual({ ok: false, status: 409, message: "This appeal was already answered." });
  });

  it("uphold: the suspension stays, the appeal leaves the queue", () => {
    const { db, suspended, admin } = world();
    const sent = sendAppeal(db, { actor: suspended, body, now: T0 });
    if (!sent.ok) throw new Error(sent.message);
    expect(resolveAppeal(db, { actor: admin, appealId: sent.appealId, decision: "uphold", reason: "The messages were insults.", now: at(HOUR) })).toMatchObject({ ok: true });
    expect(userRow(db, suspended.id)).toMatchObject({ suspendedUntil: at(7 * DAY) });
    expect(getAppealView(db, { actor: suspended, now: at(HOUR) })).toMatchObject({ ok: true, suspension: { until: at(7 * DAY) }, appeal: { forCurrentSuspension: true, decision: { outcome: "upheld", reason: "The messages were insults." } } });
  });

  it("is for staff only, and never for one's own appeal", () => {
    const { db, suspended, learner, mentor, author, moderator, admin } = world();
    const sent = sendAppeal(db, { actor: suspended, body, now: T0 });
    if (!sent.ok) throw new Error(sent.message);
    const before = snapshot(db);
    for (const actor of [learner, mentor, author, suspended, null]) expect(resolveAppeal(db, { actor, appealId: sent.appealId, decision: "lift", now: T0 })).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppeal(db, { actor: moderator, appealId: 777, decision: "lift", now: T0 })).toMatchObject({ ok: false, status: 404 });
    expect(snapshot(db)).toEqual(before);
    // A moderator suspended by an admin appeals: suspended, they cannot moderate; once the
    // suspension is over, they still cannot answer their own appeal.
    suspend(db, moderator.id, at(DAY), "Misused the tools");
    const own = sendAppeal(db, { actor: moderator, body, now: T0 });
    if (!own.ok) throw new Error(own.message);
    expect(resolveAppeal(db, { actor: moderator, appealId: own.appealId, decision: "lift", now: T0 })).toMatchObject({ ok: false, status: 403, message: expect.stringMatching(/^Your account is suspended/) });
    expect(resolveAppeal(db, { actor: moderator, appealId: own.appealId, decision: "lift", now: at(2 * DAY) })).toEqual({ ok: false, status: 403, message: "You cannot answer your own appeal." });
    expect(resolveAppeal(db, { actor: admin, appealId: own.appealId, decision: "uphold", now: T0 })).toMatchObject({ ok: true });
  });
});
