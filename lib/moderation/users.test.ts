import { describe, expect, it } from "vitest";
import { addMember } from "@/lib/testing/members";
import { activeSuspension } from "@/lib/accounts/suspension";
import { addAppeal, at, DAY, HOUR, logRows, snapshot, suspend, T0, userRow, world } from "./test-fixtures";
import { addStaffNote, getMemberForStaff, liftSuspension, listStaffNotes, suspendMember } from "./users";

describe("staff notes", () => {
  it("are added by staff, logged without their text, and read by staff only", () => {
    const { db, moderator, admin, learner, author } = world();
    expect(addStaffNote(db, { actor: moderator, userId: learner.id, body: " Warned about off-topic posts. ", now: T0 })).toMatchObject({ ok: true, message: "Note added." });
    expect(addStaffNote(db, { actor: admin, userId: learner.id, body: "Second warning.", now: at(HOUR) })).toMatchObject({ ok: true });
    expect(listStaffNotes(db, { actor: admin, userId: learner.id })).toEqual({
      ok: true,
      notes: [
        { id: expect.any(Number), body: "Second warning.", createdAt: at(HOUR), author: { handle: "adam", displayName: "Adam" } },
        { id: expect.any(Number), body: "Warned about off-topic posts.", createdAt: T0, author: { handle: "mona", displayName: "Mona" } },
      ],
    });
    expect(logRows(db)).toMatchObject([
      { action: "user.note", targetType: "user", targetId: learner.id, reason: null },
      { action: "user.note", targetType: "user", targetId: learner.id, reason: null },
    ]);
    // The member themselves, and anyone else who is not staff, read nothing.
    for (const actor of [learner, author, null]) expect(listStaffNotes(db, { actor, userId: learner.id })).toMatchObject({ ok: false, status: 403 });
  });

  it("refuses non-staff, empty or long notes and unknown members, changing nothing", () => {
    const { db, moderator, learner, mentor } = world();
    const before = snapshot(db);
    expect(addStaffNote(db, { actor: mentor, userId: learner.id, body: "Hello", now: T0 })).toMatchObject({ ok: false, status: 403 });
    expect(addStaffNote(db, { actor: moderator, userId: learner.id, body: "  ", now: T0 })).toMatchObject({ ok: false, status: 400, fieldErrors: { body: ["Write the note."] } });
    expect(addStaffNote(db, { actor: moderator, userId: learner.id, body: "n".repeat(2001), now: T0 })).toMatchObject({ ok: false, status: 400, fieldErrors: { body: ["Use at most 2,000 characters."] } });
    expect(addStaffNote(db, { actor: moderator, userId: 9999, body: "Who?", now: T0 })).toMatchObject({ ok: false, status: 404 });
    expect(snapshot(db)).toEqual(before);
  });
});

describe("suspending a member", () => {
  it("sets the end and the reason the member is told, and logs it", () => {
    const { db, moderator, learner } = world();
    const result = suspendMember(db, { actor: moderator, userId: learner.id, hours: "168", reason: "Repeated harassment after a warning", now: T0 });
    expect(result).toEqual({ ok: true, until: at(7 * DAY), message: "Lena is suspended until 11 May 2026, 10:00 UTC." });
    expect(userRow(db, learner.id)).toMatchObject({ suspendedUntil: at(7 * DAY), suspensionReason: "Repeated harassment after a warning" });
    expect(activeSuspension(db, { userId: learner.id, now: at(7 * DAY - 1000) })).toEqual({ until: at(7 * DAY), reason: "Repeated harassment after a warning" });
    expect(activeSuspension(db, { userId: learner.id, now: at(7 * DAY) })).toBeNull();
    expect(logRows(db)).toEqual([
      { id: expect.any(Number), actorId: moderator.id, actorName: "Mona", action: "user.suspend", targetType: "user", targetId: learner.id, reason: "For 7 days, until 11 May 2026, 10:00 UTC: Repeated harassment after a warning", createdAt: T0 },
    ]);
    expect(getMemberForStaff(db, { actor: moderator, handle: "lena", now: at(HOUR) })).toMatchObject({ ok: true, member: { id: learner.id, role: "learner", suspension: { until: at(7 * DAY), reason: "Repeated harassment after a warning" } } });
  });

  it("takes 1 hour to 365 days and a reason of 5 to 500 characters", () => {
    const { db, moderator, learner } = world();
    const before = snapshot(db);
    for (const hours of ["0", "8761", "", "a week", 1.5])
      expect(suspendMember(db, { actor: moderator, userId: learner.id, hours, reason: "Spamming links", now: T0 }), String(hours)).toMatchObject({ ok: false, status: 400, fieldErrors: { hours: [expect.any(String)] } });
    expect(suspendMember(db, { actor: moderator, userId: learner.id, hours: 24, reason: "", now: T0 })).toMatchObject({ ok: false, fieldErrors: { reason: ["Say why: the member is told."] } });
    expect(suspendMember(db, { actor: moderator, userId: learner.id, hours: 24, reason: "Bad", now: T0 })).toMatchObject({ ok: false, fieldErrors: { reason: ["Write at least 5 characters."] } });
    expect(suspendMember(db, { actor: moderator, userId: learner.id, hours: 24, reason: "r".repeat(501), now: T0 })).toMatchObject({ ok: false, fieldErrors: { reason: ["Use at most 500 characters."] } });
    expect(snapshot(db)).toEqual(before);
    expect(suspendMember(db, { actor: moderator, userId: learner.id, hours: 1, reason: "Cool off", now: T0 })).toMatchObject({ ok: true, until: at(HOUR) });
    expect(suspendMember(db, { actor: moderator, userId: learner.id, hours: 8760, reason: "Cool off", now: T0 })).toMatchObject({ ok: true, until: at(365 * DAY) });
  });

  it("never suspends oneself or an admin; only an admin suspends a moderator", () => {
    const { db, moderator, admin } = world();
    const other = addMember(db, "otto", { role: "moderator" });
    const secondAdmin = addMember(db, "ada", { role: "admin" });
    const args = { hours: 24, reason: "Testing the rules", now: T0 };
    const before = snapshot(db);
    expect(suspendMember(db, { actor: moderator, userId: moderator.id, ...args })).toEqual({ ok: false, status: 403, message: "You cannot suspend yourself." });
    expect(suspendMember(db, { actor: admin, userId: admin.id, ...args })).toEqual({ ok: false, status: 403, message: "You cannot suspend yourself." });
    expect(suspendMember(db, { actor: moderator, userId: admin.id, ...args })).toEqual({ ok: false, status: 403, message: "Admins cannot be suspended." });
    expect(suspendMember(db, { actor: admin, userId: secondAdmin.id, ...args })).toEqual({ ok: false, status: 403, message: "Admins cannot be suspended." });
    expect(suspendMember(db, { actor: moderator, userId: other.id, ...args })).toEqual({ ok: false, status: 403, message: "Only an admin can suspend a moderator." });
    expect(suspendMember(db, { actor: moderator, userId: 9999, ...args })).toMatchObject({ ok: false, status: 404 });
    expect(snapshot(db)).toEqual(before);
    expect(suspendMember(db, { actor: admin, userId: other.id, ...args })).toMatchObject({ ok: true });
    // A suspended moderator cannot moderate.
    expect(suspendMember(db, { actor: other, userId: moderator.id, ...args, now: at(HOUR) })).toMatchObject({ ok: false, status: 403, message: expect.stringMatching(/^Your account is suspended/) });
  });

  it("is refused to members who are not staff", () => {
    const { db, learner, mentor, author, suspended } = world();
    const before = snapshot(db);
    for (const actor of [learner, mentor, suspended, null]) expect(suspendMember(db, { actor, userId: author.id, hours: 24, reason: "Just because", now: T0 })).toMatchObject({ ok: false, status: 403 });
    for (const actor of [learner, mentor, author, null]) expect(liftSuspension(db, { actor, userId: suspended.id, now: T0 })).toMatchObject({ ok: false, status: 403 });
    expect(snapshot(db)).toEqual(before);
  });
});

describe("lifting a suspension", () => {
  it("ends it now, resolves open appeals, and logs it with the reason", () => {
    const { db, moderator, suspended } = world();
    const appealId = addAppeal(db, { userId: suspended.id, suspendedUntil: at(7 * DAY) });
    expect(liftSuspension(db, { actor: moderator, userId: suspended.id, reason: "Apologised", now: at(HOUR) })).toEqual({ ok: true, message: "Sid's suspension is lifted." });
    expect(userRow(db, suspended.id)).toMatchObject({ suspendedUntil: null, suspensionReason: null });
    expect(snapshot(db).appeals).toMatchObject([{ id: appealId, resolvedAt: at(HOUR) }]);
    expect(logRows(db)).toMatchObject([{ action: "user.lift", targetId: suspended.id, reason: "Apologised" }]);
  });

  it("is refused when the member is not suspended (any more)", () => {
    const { db, moderator, learner } = world();
    suspend(db, learner.id, at(HOUR));
    const before = snapshot(db);
    expect(liftSuspension(db, { actor: moderator, userId: learner.id, now: at(2 * HOUR) })).toEqual({ ok: false, status: 409, message: "Lena is not suspended." });
    expect(snapshot(db)).toEqual(before);
  });
});

describe("a member's moderation page", () => {
  it("is for staff only and 404s unknown handles", () => {
    const { db, moderator, learner } = world();
    expect(getMemberForStaff(db, { actor: moderator, handle: "lena", now: T0 })).toMatchObject({ ok: true, member: { handle: "lena", suspension: null } });
    expect(getMemberForStaff(db, { actor: moderator, handle: "nobody", now: T0 })).toMatchObject({ ok: false, status: 404 });
    expect(getMemberForStaff(db, { actor: learner, handle: "lena", now: T0 })).toMatchObject({ ok: false, status: 403 });
  });
});
