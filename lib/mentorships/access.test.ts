import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { mentorshipGoals, mentorships } from "@/db/schema";
import { memberOf, NOT_FOUND_MESSAGE } from "./access";
import { endMentorship } from "./ending";
import { leaveFeedback } from "./feedback";
import { addGoal, setGoalDone } from "./goals";
import { sendMessage } from "./messages";
import { reportProblem } from "./reports";
import { logSession } from "./sessions";
import { loadSpace } from "./space";
import { parseRowId } from "./space-schema";
import { DAY, setup, snapshot, suspend, T0 } from "./space-test-fixtures";

const now = new Date(T0.getTime() + DAY);

/** Every write of the space, with valid input, as `userId` on `mentorshipId`. */
function everyWrite(db: Db, { mentorshipId, userId, goalId }: { mentorshipId: number; userId: number; goalId: number }) {
  return {
    addGoal: addGoal(db, { mentorshipId, userId, goal: "Speak at a meetup", now }),
    tickGoal: setGoalDone(db, { mentorshipId, userId, goalId, done: true, now }),
    sendMessage: sendMessage(db, { mentorshipId, userId, body: "Hello **there**", now }),
    logSession: logSession(db, { mentorshipId, userId, input: { startsAt: "2026-03-10T18:00", durationMinutes: "60", notes: "", nextSteps: "" }, now }),
    end: endMentorship(db, { mentorshipId, userId, outcome: "completed", now }),
    feedback: leaveFeedback(db, { mentorshipId, userId, rating: 5, now }),
    report: reportProblem(db, { mentorshipId, userId, reason: "Something is not right here.", now }),
  };
}

const firstGoal = (db: Db, mentorshipId: number) => db.select().from(mentorshipGoals).where(eq(mentorshipGoals.mentorshipId, mentorshipId)).all()[0]!.id;

describe("who belongs to a mentorship", () => {
  it("answers the learner and the mentor with their side and the other member", () => {
    const { db, learner, mentor, id } = setup();
    const asLearner = memberOf(db, { mentorshipId: id, userId: learner.id });
    expect(asLearner).toMatchObject({ side: "learner", other: { id: mentor.id, displayName: "Marco", handle: "marco" }, me: { id: learner.id, timeZone: "Europe/Paris" } });
    expect(asLearner?.mentorship.id).toBe(id);
    expect(memberOf(db, { mentorshipId: id, userId: mentor.id })).toMatchObject({ side: "mentor", other: { id: learner.id } });
  });

  it("answers null to a stranger, a moderator and a member of another mentorship (privacy)", () => {
    const { db, stranger, moderator, otherLearner, otherMentor, id } = setup();
    for (const user of [stranger, moderator, otherLearner, otherMentor]) {
      expect(memberOf(db, { mentorshipId: id, userId: user.id })).toBeNull();
      expect(loadSpace(db, { mentorshipId: id, viewerId: user.id, now })).toBeNull();
    }
  });

  it("answers null to ids that name nothing, never throwing", () => {
    const { db, learner } = setup();
    for (const mentorshipId of [0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2, 999_999]) expect(memberOf(db, { mentorshipId, userId: learner.id })).toBeNull();
  });

  it("reads a URL segment as an id only when it is a plain positive number", () => {
    expect(parseRowId("12")).toBe(12);
    for (const raw of ["0", "-1", "01", "1.5", "1e3", "abc", " 1", "", "99999999999999999", "%31", undefined]) expect(parseRowId(raw)).toBeNull();
  });
});

describe("every write is refused, and changes nothing, for", () => {
  it("a stranger and a moderator: the mentorship is not found", () => {
    const { db, stranger, moderator, id } = setup();
    const before = snapshot(db);
    for (const user of [stranger, moderator]) {
      const results = everyWrite(db, { mentorshipId: id, userId: user.id, goalId: firstGoal(db, id) });
      for (const [name, result] of Object.entries(results)) expect(result, name).toEqual({ ok: false, status: 404, message: NOT_FOUND_MESSAGE });
    }
    expect(snapshot(db)).toEqual(before);
  });

  it("a member using another mentorship's id, or a goal of another mentorship", () => {
    const { db, learner, id, otherId } = setup();
    const before = snapshot(db);
    const results = everyWrite(db, { mentorshipId: otherId, userId: learner.id, goalId: firstGoal(db, otherId) });
    for (const [name, result] of Object.entries(results)) expect(result, name).toMatchObject({ ok: false, status: 404, message: NOT_FOUND_MESSAGE });
    // Their own mentorship's id with the other mentorship's goal: that goal is not theirs.
    expect(setGoalDone(db, { mentorshipId: id, userId: learner.id, goalId: firstGoal(db, otherId), done: true, now })).toMatchObject({ ok: false, status: 404 });
    expect(snapshot(db)).toEqual(before);
  });

  it("a member of an ended mentorship (everything but feedback and reports, which have their own rules)", () => {
    const { db, learner, mentor, id } = setup();
    db.update(mentorships).set({ status: "cancelled", endedAt: T0, endedBy: mentor.id, endReason: "Moved abroad" }).where(eq(mentorships.id, id)).run();
    const before = snapshot(db);
    const results = everyWrite(db, { mentorshipId: id, userId: learner.id, goalId: firstGoal(db, id) });
    const { report, feedback, end, ...rest } = results;
    for (const [name, result] of Object.entries(rest)) expect(result, name).toMatchObject({ ok: false, status: 409, message: expect.stringMatching(/ended/) });
    expect(end).toMatchObject({ ok: false, message: "This mentorship has already ended." });
    expect(feedback).toMatchObject({ ok: false, message: expect.stringMatching(/completed/) });
    expect(report.ok).toBe(true); // a problem can be reported after the end
    const after = snapshot(db);
    expect({ ...after, reports: [] }).toEqual({ ...before, reports: [] });
  });

  it("a suspended member, who may still read: the refusal gives the reason and the date", () => {
    const { db, learner, id } = setup();
    suspend(db, learner.id, new Date("2026-04-01T12:00:00Z"), "Spam in the forum.");
    const before = snapshot(db);
    const results = everyWrite(db, { mentorshipId: id, userId: learner.id, goalId: firstGoal(db, id) });
    for (const [name, result] of Object.entries(results)) {
      expect(result, name).toMatchObject({ ok: false, status: 403 });
      expect(!result.ok && result.message, name).toBe("Your account is suspended until 1 Apr 2026, 12:00 UTC: Spam in the forum. You can read this mentorship but not write in it.");
    }
    expect(snapshot(db)).toEqual(before);
    const space = loadSpace(db, { mentorshipId: id, viewerId: learner.id, now });
    expect(space?.goals).toHaveLength(2);
    expect(space?.can).toEqual({ write: false, addGoal: false, end: false, report: false, leaveFeedback: false });
    expect(space?.suspension?.message).toMatch(/suspended until 1 Apr 2026/);
  });

  it("nobody once the suspension is over", () => {
    const { db, learner, id } = setup();
    suspend(db, learner.id, new Date(now.getTime() - 1000));
    expect(sendMessage(db, { mentorshipId: id, userId: learner.id, body: "Back again", now })).toMatchObject({ ok: true });
  });
});

describe("the space", () => {
  it("loads what the page shows, with the viewer's permissions", () => {
    const { db, learner, mentor, id } = setup();
    sendMessage(db, { mentorshipId: id, userId: mentor.id, body: "Welcome!", now });
    const space = loadSpace(db, { mentorshipId: id, viewerId: learner.id, now });
    expect(space).toMatchObject({
      mentorship: { id, status: "active", endedBy: null },
      side: "learner",
      other: { displayName: "Marco", handle: "marco" },
      timeZone: "Europe/Paris",
      goals: [{ text: "Give a first talk", done: false }, { text: "Write an outline", done: false }],
      messages: { messages: [{ authorName: "Marco", mine: false, html: "<p>Welcome!</p>" }], olderBefore: null, hasNewer: false },
      sessions: { past: [], upcoming: [], next: null },
      feedback: { phase: "unavailable" },
      suspension: null,
      can: { write: true, addGoal: true, end: true, report: true, leaveFeedback: false },
    });
  });
});
