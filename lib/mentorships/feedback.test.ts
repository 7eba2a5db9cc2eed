import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { mentorshipFeedback, mentorships } from "@/db/schema";
import { endMentorship } from "./ending";
import { feedbackView, leaveFeedback, mentorRecord } from "./feedback";
import { loadSpace } from "./space";
import { DAY, makeMentorship, makeUser, setup, snapshot, T0 } from "./space-test-fixtures";

const ended = new Date(T0.getTime() + 30 * DAY);
const at = (days: number) => new Date(ended.getTime() + days * DAY);

function completed() {
  const fixture = setup();
  endMentorship(fixture.db, { mentorshipId: fixture.id, userId: fixture.mentor.id, outcome: "completed", now: ended });
  return fixture;
}

describe("leaving feedback", () => {
  it("is only for a completed mentorship", () => {
    const { db, learner, mentor, id, otherId, otherLearner } = setup();
    expect(leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating: 5, now: ended })).toMatchObject({ ok: false, message: "Feedback can be left once the mentorship is completed." });
    endMentorship(db, { mentorshipId: otherId, userId: otherLearner.id, outcome: "cancelled", reason: "No time", now: ended });
    expect(leaveFeedback(db, { mentorshipId: otherId, userId: otherLearner.id, rating: 5, now: ended })).toMatchObject({ ok: false });
    expect(feedbackView(db, { mentorshipId: otherId, viewerId: otherLearner.id, now: ended })).toEqual({ phase: "unavailable", note: "There is no feedback on a cancelled mentorship." });
    expect(feedbackView(db, { mentorshipId: id, viewerId: mentor.id, now: ended })).toMatchObject({ phase: "unavailable" });
    expect(db.select().from(mentorshipFeedback).all()).toEqual([]);
  });

  it("is once per side, rated 1 to 5, with a comment of at most 2,000 characters", () => {
    const { db, learner, mentor, id } = completed();
    for (const rating of [0, 6, -1, 2.5, "", "five", "10"]) expect(leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating, now: at(1) }), String(rating)).toMatchObject({ ok: false, fieldErrors: { rating: ["Choose a rating from 1 to 5."] } });
    expect(leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating: 4, comment: "c".repeat(2001), now: at(1) })).toMatchObject({ ok: false, fieldErrors: { comment: ["Use at most 2,000 characters."] } });
    expect(db.select().from(mentorshipFeedback).all()).toEqual([]);
    expect(leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating: "1", comment: "  Clear and kind.  ", now: at(1) })).toMatchObject({ ok: true });
    expect(leaveFeedback(db, { mentorshipId: id, userId: mentor.id, rating: 5, now: at(1) })).toMatchObject({ ok: true });
    const before = snapshot(db);
    expect(leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating: 5, now: at(2) })).toMatchObject({ ok: false, message: "You have already left feedback on this mentorship." });
    expect(snapshot(db)).toEqual(before);
    expect(db.select({ rating: mentorshipFeedback.rating, comment: mentorshipFeedback.comment }).from(mentorshipFeedback).all()).toEqual([
      { rating: 1, comment: "Clear and kind." },
      { rating: 5, comment: "" },
    ]);
  });

  it("is open for 14 days after the end", () => {
    const { db, learner, mentor, id } = completed();
    expect(leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating: 5, now: new Date(at(14).getTime() - 1000) })).toMatchObject({ ok: true });
    expect(leaveFeedback(db, { mentorshipId: id, userId: mentor.id, rating: 5, now: at(14) })).toMatchObject({ ok: false, message: expect.stringMatching(/^The 14 days for feedback ended on /) });
    expect(feedbackView(db, { mentorshipId: id, viewerId: mentor.id, now: at(14) })).toMatchObject({ phase: "closed", canWrite: false });
  });

  it("is refused to strangers and moderators, who do not see it either", () => {
    const { db, learner, stranger, moderator, id } = completed();
    leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating: 5, now: at(1) });
    for (const user of [stranger, moderator]) {
      expect(leaveFeedback(db, { mentorshipId: id, userId: user.id, rating: 1, now: at(1) })).toMatchObject({ ok: false, status: 404 });
      expect(feedbackView(db, { mentorshipId: id, viewerId: user.id, now: at(20) })).toBeNull();
    }
  });
});

describe("what each side sees", () => {
  const theirs = (db: Db, mentorshipId: number, viewerId: number, now: Date) => {
    const view = feedbackView(db, { mentorshipId, viewerId, now });
    if (!view || view.phase === "unavailable") throw new Error("no view");
    return view;
  };

  it("hides the learner's feedback from the mentor until the mentor writes", () => {
    const { db, learner, mentor, id } = completed();
    leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating: 2, comment: "Often late.", now: at(1) });
    const mentorView = theirs(db, id, mentor.id, at(2));
    expect(mentorView).toMatchObject({ phase: "open", revealed: false, canWrite: true, mine: null, theirs: { state: "hidden" } });
    expect(JSON.stringify(mentorView)).not.toMatch(/Often late|"rating":2/);
    expect(mentorView.theirs.state === "hidden" && mentorView.theirs.note).toMatch(/^Lena has left feedback\. It is hidden until you leave yours, or until .*2026/);
    const learnerView = theirs(db, id, learner.id, at(2));
    expect(learnerView).toMatchObject({ revealed: false, canWrite: false, mine: { rating: 2, comment: "Often late." }, theirs: { state: "waiting", note: "Marco has not left feedback yet." } });
    expect(learnerView.mineNote).toMatch(/^Your feedback is hidden from Marco until they write theirs, or until /);

    leaveFeedback(db, { mentorshipId: id, userId: mentor.id, rating: 4, comment: "Worked hard.", now: at(3) });
    expect(theirs(db, id, mentor.id, at(3))).toMatchObject({ revealed: true, theirs: { state: "revealed", feedback: { rating: 2, comment: "Often late." } }, mine: { rating: 4 } });
    expect(theirs(db, id, learner.id, at(3))).toMatchObject({ revealed: true, theirs: { state: "revealed", feedback: { rating: 4, comment: "Worked hard." } } });
  });

  it("hides the mentor's feedback from the learner until the learner writes (the other order)", () => {
    const { db, learner, mentor, id } = completed();
    leaveFeedback(db, { mentorshipId: id, userId: mentor.id, rating: 5, comment: "A pleasure.", now: at(1) });
    expect(theirs(db, id, learner.id, at(1))).toMatchObject({ revealed: false, theirs: { state: "hidden" }, canWrite: true });
    expect(JSON.stringify(theirs(db, id, learner.id, at(1)))).not.toContain("A pleasure.");
    leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating: 5, now: at(2) });
    expect(theirs(db, id, learner.id, at(2)).theirs).toMatchObject({ state: "revealed", feedback: { comment: "A pleasure." } });
  });

  it("reveals what was written once 14 days have passed, even if only one side wrote", () => {
    const { db, learner, mentor, id } = completed();
    leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating: 3, now: at(1) });
    expect(theirs(db, id, mentor.id, new Date(at(14).getTime() - 1000)).theirs.state).toBe("hidden");
    expect(theirs(db, id, mentor.id, at(14))).toMatchObject({ phase: "closed", revealed: true, canWrite: false, theirs: { state: "revealed", feedback: { rating: 3 } } });
    expect(theirs(db, id, mentor.id, at(14)).mineNote).toMatch(/^The 14 days for feedback ended on /);
    expect(theirs(db, id, learner.id, at(14))).toMatchObject({ theirs: { state: "none", note: "Marco did not leave feedback." }, mineNote: "Marco can see your feedback." });
    expect(loadSpace(db, { mentorshipId: id, viewerId: mentor.id, now: at(14) })?.can.leaveFeedback).toBe(false);
    expect(loadSpace(db, { mentorshipId: id, viewerId: mentor.id, now: at(13) })?.can.leaveFeedback).toBe(true);
  });
});

describe("a mentor's public record", () => {
  it("counts completed mentorships and averages only the learners' revealed ratings of the mentor", () => {
    const { db, mentor, learner, id } = completed();
    const now = at(5);
    expect(mentorRecord(db, { mentorId: mentor.id, now })).toEqual({ completedCount: 1, averageRating: null, ratingCount: 0 });

    // Hidden (the mentor has not written, the window is open): not counted.
    leaveFeedback(db, { mentorshipId: id, userId: learner.id, rating: 5, now: at(1) });
    expect(mentorRecord(db, { mentorId: mentor.id, now })).toEqual({ completedCount: 1, averageRating: null, ratingCount: 0 });
    // The mentor writes: revealed, counted. The mentor's own rating of the learner never is.
    leaveFeedback(db, { mentorshipId: id, userId: mentor.id, rating: 1, now: at(2) });
    expect(mentorRecord(db, { mentorId: mentor.id, now })).toEqual({ completedCount: 1, averageRating: 5, ratingCount: 1 });

    // A second mentorship whose learner rated 2: hidden for 14 days, then counted.
    const second = makeUser(db, "nina");
    const secondId = makeMentorship(db, { learnerId: second.id, mentorId: mentor.id, status: "completed", endedAt: at(3), endedBy: mentor.id });
    leaveFeedback(db, { mentorshipId: secondId, userId: second.id, rating: 2, now: at(4) });
    expect(mentorRecord(db, { mentorId: mentor.id, now })).toEqual({ completedCount: 2, averageRating: 5, ratingCount: 1 });
    expect(mentorRecord(db, { mentorId: mentor.id, now: at(17) })).toEqual({ completedCount: 2, averageRating: 3.5, ratingCount: 2 });

    // Active and cancelled mentorships count for nothing; neither do ratings of other mentors.
    const third = makeUser(db, "ola");
    makeMentorship(db, { learnerId: third.id, mentorId: mentor.id });
    const cancelledId = makeMentorship(db, { learnerId: makeUser(db, "pia").id, mentorId: mentor.id, status: "cancelled", endedAt: at(1), endedBy: mentor.id });
    db.insert(mentorshipFeedback).values({ mentorshipId: cancelledId, authorId: db.select().from(mentorships).where(eq(mentorships.id, cancelledId)).get()!.learnerId, rating: 1, createdAt: at(1) }).run();
    expect(mentorRecord(db, { mentorId: mentor.id, now: at(17) })).toEqual({ completedCount: 2, averageRating: 3.5, ratingCount: 2 });
    expect(mentorRecord(db, { mentorId: learner.id, now: at(17) })).toEqual({ completedCount: 0, averageRating: null, ratingCount: 0 });
  });

  it("rounds the average to two decimals", () => {
    const { db } = setup();
    const mentor = makeUser(db, "rita", { role: "mentor" });
    for (const [i, rating] of [5, 4, 4].entries()) {
      const learner = makeUser(db, `l${i}x`);
      const mid = makeMentorship(db, { learnerId: learner.id, mentorId: mentor.id, status: "completed", endedAt: T0, endedBy: mentor.id });
      leaveFeedback(db, { mentorshipId: mid, userId: learner.id, rating, now: new Date(T0.getTime() + DAY) });
    }
    expect(mentorRecord(db, { mentorId: mentor.id, now: new Date(T0.getTime() + 20 * DAY) })).toEqual({ completedCount: 3, averageRating: 4.33, ratingCount: 3 });
  });
});
