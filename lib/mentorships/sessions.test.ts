import { describe, expect, it } from "vitest";
import { mentorshipSessions } from "@/db/schema";
import { formatInZone, localToUtc, logSession, nextPlannedSession, nextSessionCalendar, sessionsOf, utcToLocalInput } from "./sessions";
import { DAY, setup, T0 } from "./space-test-fixtures";

const now = new Date("2026-03-20T12:00:00Z");
const input = (startsAt: string, more: Partial<{ durationMinutes: string; notes: string; nextSteps: string }> = {}) => ({ startsAt, durationMinutes: "60", notes: "", nextSteps: "", ...more });

describe("session times", () => {
  it("reads a datetime-local value in the member's time zone, daylight saving included", () => {
    expect(localToUtc("2026-01-15T18:30", "Europe/Paris")?.toISOString()).toBe("2026-01-15T17:30:00.000Z");
    expect(localToUtc("2026-07-15T18:30", "Europe/Paris")?.toISOString()).toBe("2026-07-15T16:30:00.000Z");
    expect(localToUtc("2026-07-15T18:30", "America/New_York")?.toISOString()).toBe("2026-07-15T22:30:00.000Z");
    expect(localToUtc("2026-07-15T18:30:00", "UTC")?.toISOString()).toBe("2026-07-15T18:30:00.000Z");
    expect(localToUtc("2026-07-15T18:30", "Not/AZone")?.toISOString()).toBe("2026-07-15T18:30:00.000Z");
    // 02:30 does not exist in Paris on 29 March 2026: it moves forward to 03:30 CEST.
    expect(localToUtc("2026-03-29T02:30", "Europe/Paris")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    for (const bad of ["2026-02-30T10:00", "2026-13-01T10:00", "2026-01-01T24:00", "2026-01-01 10:00", "tomorrow", ""]) expect(localToUtc(bad, "UTC")).toBeNull();
  });

  it("shows a moment back in the reader's zone", () => {
    const at = new Date("2026-07-15T16:30:00Z");
    expect(utcToLocalInput(at, "Europe/Paris")).toBe("2026-07-15T18:30");
    expect(formatInZone(at, "America/New_York")).toBe("Wed, 15 Jul 2026, 12:30");
  });
});

describe("the session log", () => {
  it("stores UTC from the acting member's zone and shows the next planned session", () => {
    const { db, learner, mentor, id } = setup();
    // Lena is in Paris, Marco in New York.
    expect(logSession(db, { mentorshipId: id, userId: learner.id, input: input("2026-03-10T18:00", { notes: "Outline reviewed", nextSteps: "Draft the intro" }), now })).toMatchObject({ ok: true });
    expect(logSession(db, { mentorshipId: id, userId: mentor.id, input: input("2026-04-02T09:00", { durationMinutes: "45", nextSteps: "Rehearse" }), now })).toMatchObject({ ok: true });
    expect(logSession(db, { mentorshipId: id, userId: learner.id, input: input("2026-05-01T09:00"), now })).toMatchObject({ ok: true });
    const stored = db.select({ startsAt: mentorshipSessions.startsAt }).from(mentorshipSessions).all();
    expect(stored.map((s) => s.startsAt.toISOString())).toEqual(["2026-03-10T17:00:00.000Z", "2026-04-02T13:00:00.000Z", "2026-05-01T07:00:00.000Z"]);

    const log = sessionsOf(db, { mentorshipId: id, now });
    expect(log.past.map((s) => s.notes)).toEqual(["Outline reviewed"]);
    expect(log.past[0]).toMatchObject({ createdByName: "Lena", nextSteps: "Draft the intro", durationMinutes: 60 });
    expect(log.upcoming.map((s) => s.startsAt.toISOString())).toEqual(["2026-04-02T13:00:00.000Z", "2026-05-01T07:00:00.000Z"]);
    expect(log.next).toMatchObject({ nextSteps: "Rehearse", durationMinutes: 45 });
    expect(log.next?.endsAt.toISOString()).toBe("2026-04-02T13:45:00.000Z");

    expect(nextPlannedSession(db, { mentorshipId: id, userId: learner.id, now })?.session.nextSteps).toBe("Rehearse");
    // Once it has started, the next one is the one after it.
    expect(nextPlannedSession(db, { mentorshipId: id, userId: learner.id, now: new Date("2026-04-02T13:00:00Z") })?.session.startsAt.toISOString()).toBe("2026-05-01T07:00:00.000Z");
    expect(nextPlannedSession(db, { mentorshipId: id, userId: learner.id, now: new Date("2026-06-01T00:00:00Z") })).toBeNull();
  });

  it("gives nothing planned to strangers, moderators, or when nothing is planned", () => {
    const { db, learner, stranger, moderator, id } = setup();
    expect(nextPlannedSession(db, { mentorshipId: id, userId: learner.id, now })).toBeNull();
    logSession(db, { mentorshipId: id, userId: learner.id, input: input("2026-04-02T09:00"), now });
    expect(nextPlannedSession(db, { mentorshipId: id, userId: stranger.id, now })).toBeNull();
    expect(nextPlannedSession(db, { mentorshipId: id, userId: moderator.id, now })).toBeNull();
    expect(nextPlannedSession(db, { mentorshipId: -1, userId: learner.id, now })).toBeNull();
  });

  it("validates duration, notes, next steps and the date", () => {
    const { db, learner, id } = setup();
    const attempt = (i: ReturnType<typeof input>) => logSession(db, { mentorshipId: id, userId: learner.id, input: i, now });
    expect(attempt(input("2026-04-02T09:00", { durationMinutes: "14" }))).toMatchObject({ ok: false, fieldErrors: { durationMinutes: ["A session lasts at least 15 minutes."] } });
    expect(attempt(input("2026-04-02T09:00", { durationMinutes: "481" }))).toMatchObject({ ok: false, fieldErrors: { durationMinutes: ["A session lasts at most 480 minutes (8 hours)."] } });
    expect(attempt(input("2026-04-02T09:00", { durationMinutes: "1.5" }))).toMatchObject({ ok: false, fieldErrors: { durationMinutes: ["Give the duration as a whole number of minutes."] } });
    expect(attempt(input("2026-04-02T09:00", { durationMinutes: "" }))).toMatchObject({ ok: false, fieldErrors: { durationMinutes: ["Give the duration in minutes."] } });
    expect(attempt(input("2026-04-02T09:00", { notes: "n".repeat(2001), nextSteps: "s".repeat(2001) }))).toMatchObject({
      ok: false,
      fieldErrors: { notes: ["Use at most 2,000 characters."], nextSteps: ["Use at most 2,000 characters."] },
    });
    expect(attempt(input(""))).toMatchObject({ ok: false, fieldErrors: { startsAt: ["Choose the date and time of the session."] } });
    expect(attempt(input("2026-02-30T09:00"))).toMatchObject({ ok: false, fieldErrors: { startsAt: ["Choose a valid date and time."] } });
    expect(attempt(input("1999-12-31T09:00"))).toMatchObject({ ok: false, fieldErrors: { startsAt: ["Choose a date from the year 2000 on."] } });
    expect(attempt(input("2031-01-01T09:00"))).toMatchObject({ ok: false, fieldErrors: { startsAt: ["Plan sessions at most two years ahead."] } });
    expect(db.select().from(mentorshipSessions).all()).toEqual([]);
    expect(attempt(input("2026-04-02T09:00", { durationMinutes: "15", notes: "n".repeat(2000), nextSteps: "s".repeat(2000) }))).toMatchObject({ ok: true });
    expect(attempt(input("2026-04-03T09:00", { durationMinutes: "480" }))).toMatchObject({ ok: true });
  });

  it("is kept per mentorship", () => {
    const { db, learner, otherLearner, id, otherId } = setup();
    logSession(db, { mentorshipId: otherId, userId: otherLearner.id, input: input("2026-04-02T09:00"), now: new Date(T0.getTime() + DAY) });
    expect(sessionsOf(db, { mentorshipId: id, now })).toEqual({ past: [], upcoming: [], next: null });
    expect(nextPlannedSession(db, { mentorshipId: id, userId: learner.id, now })).toBeNull();
  });
});

describe("the next session as a calendar file", () => {
  it("is a VEVENT for a member, titled with the other member's name, its description the next steps", () => {
    const { db, learner, mentor, stranger, id } = setup();
    logSession(db, { mentorshipId: id, userId: mentor.id, input: input("2026-04-02T09:00", { durationMinutes: "45", nextSteps: "Rehearse, then time it; twice" }), now });
    const sessionId = db.select({ id: mentorshipSessions.id }).from(mentorshipSessions).get()!.id;
    const ics = nextSessionCalendar(db, { mentorshipId: id, userId: learner.id, siteUrl: "https://tandem.example/", now });
    const lines = ics!.replace(/\r\n /g, "").split("\r\n");
    expect(lines).toContain(`UID:mentorship-${id}-session-${sessionId}@tandem.example`);
    expect(lines).toContain("DTSTART:20260402T130000Z");
    expect(lines).toContain("DTEND:20260402T134500Z");
    expect(lines).toContain("SUMMARY:Mentorship session with Marco");
    expect(lines).toContain("DESCRIPTION:Rehearse\\, then time it\\; twice");
    expect(lines).toContain(`URL:https://tandem.example/mentorships/${id}`);
    expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    // The same file on a second request: the UID and the stamp do not move.
    expect(nextSessionCalendar(db, { mentorshipId: id, userId: learner.id, siteUrl: "https://tandem.example/", now: new Date(now.getTime() + 60_000) })).toBe(ics);
    expect(nextSessionCalendar(db, { mentorshipId: id, userId: mentor.id, siteUrl: "https://tandem.example/", now })).toContain("SUMMARY:Mentorship session with Lena");
    expect(nextSessionCalendar(db, { mentorshipId: id, userId: stranger.id, siteUrl: "https://tandem.example/", now })).toBeNull();
  });
});
