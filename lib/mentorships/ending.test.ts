import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mentorships } from "@/db/schema";
import { endMentorship } from "./ending";
import { loadSpace } from "./space";
import { DAY, setup, snapshot, T0 } from "./space-test-fixtures";

const now = new Date(T0.getTime() + 30 * DAY);
const row = (db: ReturnType<typeof setup>["db"], id: number) => db.select().from(mentorships).where(eq(mentorships.id, id)).get()!;

describe("ending a mentorship", () => {
  it("completes it once, with an optional reason, recording who and when", () => {
    const { db, learner, mentor, id } = setup();
    expect(endMentorship(db, { mentorshipId: id, userId: mentor.id, outcome: "completed", reason: "", now })).toEqual({ ok: true, status: "completed" });
    expect(row(db, id)).toMatchObject({ status: "completed", endedBy: mentor.id, endReason: null, endedAt: new Date(Math.floor(now.getTime() / 1000) * 1000) });
    const before = snapshot(db);
    expect(endMentorship(db, { mentorshipId: id, userId: learner.id, outcome: "cancelled", reason: "Changed my mind", now })).toMatchObject({ ok: false, message: "This mentorship has already ended." });
    expect(endMentorship(db, { mentorshipId: id, userId: mentor.id, outcome: "completed", now })).toMatchObject({ ok: false, message: "This mentorship has already ended." });
    expect(snapshot(db)).toEqual(before);
    expect(loadSpace(db, { mentorshipId: id, viewerId: learner.id, now })?.mentorship).toMatchObject({ status: "completed", endedBy: "Marco" });
    expect(loadSpace(db, { mentorshipId: id, viewerId: mentor.id, now })?.mentorship).toMatchObject({ endedBy: "you" });
  });

  it("cancels it only with a reason of at most 1,000 characters", () => {
    const { db, learner, id } = setup();
    expect(endMentorship(db, { mentorshipId: id, userId: learner.id, outcome: "cancelled", reason: "   ", now })).toMatchObject({ ok: false, fieldErrors: { reason: ["Give a reason for cancelling."] } });
    expect(endMentorship(db, { mentorshipId: id, userId: learner.id, outcome: "cancelled", reason: "x".repeat(1001), now })).toMatchObject({ ok: false, fieldErrors: { reason: ["Use at most 1,000 characters."] } });
    expect(endMentorship(db, { mentorshipId: id, userId: learner.id, outcome: "paused", reason: "x", now })).toMatchObject({ ok: false, fieldErrors: { outcome: expect.any(Array) } });
    expect(row(db, id).status).toBe("active");
    expect(endMentorship(db, { mentorshipId: id, userId: learner.id, outcome: "cancelled", reason: "  Our schedules no longer fit.  ", now })).toMatchObject({ ok: true, status: "cancelled" });
    expect(row(db, id)).toMatchObject({ status: "cancelled", endedBy: learner.id, endReason: "Our schedules no longer fit." });
  });

  it("leaves the space read-only", () => {
    const { db, learner, id } = setup();
    endMentorship(db, { mentorshipId: id, userId: learner.id, outcome: "cancelled", reason: "Moving on", now });
    expect(loadSpace(db, { mentorshipId: id, viewerId: learner.id, now })?.can).toEqual({ write: false, addGoal: false, end: false, report: true, leaveFeedback: false });
  });
});
