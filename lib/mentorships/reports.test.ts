import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { mentorshipReports } from "@/db/schema";
import { endMentorship } from "./ending";
import { REPORT_CONFIRMATION, reportProblem } from "./reports";
import { DAY, setup, T0 } from "./space-test-fixtures";

const now = new Date(T0.getTime() + DAY);

describe("reporting a problem", () => {
  it("opens a report for the moderators and confirms it to the reporter", () => {
    const { db, learner, id } = setup();
    const result = reportProblem(db, { mentorshipId: id, userId: learner.id, reason: "  My mentor keeps asking for money.  ", now });
    expect(result).toMatchObject({ ok: true, message: REPORT_CONFIRMATION });
    expect(db.select().from(mentorshipReports).all()).toEqual([
      { id: expect.any(Number), mentorshipId: id, reporterId: learner.id, reason: "My mentor keeps asking for money.", status: "open", createdAt: new Date(Math.floor(now.getTime() / 1000) * 1000) },
    ]);
  });

  it("needs a reason of 10 to 2,000 characters", () => {
    const { db, mentor, id } = setup();
    expect(reportProblem(db, { mentorshipId: id, userId: mentor.id, reason: "Too short", now })).toMatchObject({ ok: false, fieldErrors: { reason: ["Write at least 10 characters."] } });
    expect(reportProblem(db, { mentorshipId: id, userId: mentor.id, reason: "r".repeat(2001), now })).toMatchObject({ ok: false, fieldErrors: { reason: ["Use at most 2,000 characters."] } });
    expect(db.select().from(mentorshipReports).all()).toEqual([]);
  });

  it("allows at most 5 open reports per member and mentorship; resolved ones free a place", () => {
    const { db, learner, mentor, id } = setup();
    for (let i = 1; i <= 5; i++) expect(reportProblem(db, { mentorshipId: id, userId: learner.id, reason: `Problem number ${i} here.`, now })).toMatchObject({ ok: true });
    expect(reportProblem(db, { mentorshipId: id, userId: learner.id, reason: "Problem number 6 here.", now })).toMatchObject({ ok: false, message: expect.stringMatching(/5 open reports/) });
    // The other member is counted on their own.
    expect(reportProblem(db, { mentorshipId: id, userId: mentor.id, reason: "A problem on my side.", now })).toMatchObject({ ok: true });
    const first = db.select().from(mentorshipReports).get()!;
    db.update(mentorshipReports).set({ status: "resolved" }).where(eq(mentorshipReports.id, first.id)).run();
    expect(reportProblem(db, { mentorshipId: id, userId: learner.id, reason: "Problem number 6 here.", now })).toMatchObject({ ok: true });
    expect(db.select().from(mentorshipReports).all()).toHaveLength(7);
  });

  it("stays possible after the mentorship ended", () => {
    const { db, learner, mentor, id } = setup();
    endMentorship(db, { mentorshipId: id, userId: mentor.id, outcome: "cancelled", reason: "No reason given to you.", now });
    expect(reportProblem(db, { mentorshipId: id, userId: learner.id, reason: "It ended with insults in the messages.", now })).toMatchObject({ ok: true });
  });
});
