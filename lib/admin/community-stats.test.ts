import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { forumCategories, forumFlags, forumPosts, forumThreads, mentorshipRequests, mentorships, users, type RequestStatus } from "@/db/schema";
import { addMember, addMentor, type TestMember } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";
import { communityStats, type CommunityStats, type WeekStats } from "./community-stats";

// A Wednesday noon. The window's twelve weeks start on these Mondays:
//  0 29 Dec 2025   3 19 Jan   6 9 Feb    9 2 Mar
//  1 5 Jan 2026    4 26 Jan   7 16 Feb  10 9 Mar
//  2 12 Jan        5 2 Feb    8 23 Feb  11 16 Mar (the current week, up to now)
const NOW = new Date("2026-03-18T12:00:00Z");
const LONG_AGO = new Date("2025-06-01T00:00:00Z");
const HOUR = 3600;
const t = (iso: string) => new Date(iso);
const later = (iso: string, seconds: number) => new Date(t(iso).getTime() + seconds * 1000);

/** Twelve weeks of `fill`, with the weeks given set. */
function weeks<V>(fill: V, set: Record<number, V> = {}): V[] {
  return Array.from({ length: 12 }, (_, i) => (i in set ? set[i]! : fill));
}
const series = <K extends keyof WeekStats>(stats: CommunityStats, key: K) => stats.weeks.map((w) => w[key]);

function seed(db: Db) {
  const member = (m: TestMember, createdAt: Date) => {
    db.update(users).set({ createdAt }).where(eq(users.id, m.id)).run();
    return m;
  };
  const admin = member(addMember(db, "ada", { role: "admin" }), LONG_AGO);
  const moderator = member(addMember(db, "mona", { role: "moderator" }), LONG_AGO);
  const mentors = ["marco", "mira", "max"].map((h) => member(addMentor(db, h), LONG_AGO));
  const learners = ["lena", "lou", "liv", "leo", "lia", "lars", "luz", "lin", "lee", "lu"].map((h) => member(addMember(db, h), LONG_AGO));

  // Sign-ups, at the window's edges and the weeks' edges.
  const signUp = (handle: string, iso: string) => member(addMember(db, handle), t(iso));
  signUp("before-window", "2025-12-28T23:59:59Z");
  signUp("first-monday", "2025-12-29T00:00:00Z"); // week 0
  signUp("sunday-night", "2026-03-08T23:59:59Z"); // week 9
  signUp("monday-midnight", "2026-03-09T00:00:00Z"); // week 10
  signUp("next-sunday", "2026-03-15T23:59:59Z"); // week 10
  signUp("just-now", "2026-03-18T12:00:00Z"); // week 11
  signUp("after-now", "2026-03-18T12:00:01Z");

  let pair = 0;
  const request = (iso: string, status: RequestStatus, answeredAfterSeconds: number | null) => {
    // A different learner and mentor each time: one open request per pair.
    const learner = learners[pair % learners.length]!;
    const mentor = mentors[Math.floor(pair++ / learners.length)]!;
    const createdAt = t(iso);
    return db
      .insert(mentorshipRequests)
      .values({
        learnerId: learner.id,
        mentorId: mentor.id,
        message: "Hello",
        status,
        createdAt,
        firstResponseAt: answeredAfterSeconds === null ? null : later(iso, answeredAfterSeconds),
        expiresAt: later(iso, 14 * 24 * HOUR),
      })
      .returning({ id: mentorshipRequests.id, learnerId: mentorshipRequests.learnerId, mentorId: mentorshipRequests.mentorId })
      .get();
  };
  request("2026-02-22T23:59:59Z", "accepted", HOUR); // week 7, at its last second
  // Week 9: four sent; two accepted, one declined, one expired unanswered.
  request("2026-03-02T00:00:00Z", "accepted", 2 * HOUR);
  request("2026-03-04T10:00:00Z", "declined", 4 * HOUR);
  request("2026-03-08T23:59:59Z", "accepted", 10 * HOUR); // answered in week 10, counted with the week it was sent
  request("2026-03-05T00:00:00Z", "expired", null);
  // Week 10: three sent; one withdrawn, one waiting for the learner's answer to a question, one declined.
  request("2026-03-09T00:00:00Z", "withdrawn", null);
  request("2026-03-10T08:00:00Z", "needs_info", HOUR);
  request("2026-03-11T08:00:00Z", "declined", 3 * HOUR);
  // Week 11: one, not answered yet.
  request("2026-03-16T09:00:00Z", "pending", null);

  // Mentorships: each needs a request of its own, sent long ago so it counts in no week.
  const mentorship = (createdIso: string, endedIso: string | null) => {
    const r = request("2025-09-01T00:00:00Z", "accepted", HOUR);
    db.insert(mentorships)
      .values({ requestId: r.id, learnerId: r.learnerId, mentorId: r.mentorId, status: endedIso ? "completed" : "active", createdAt: t(createdIso), endedAt: endedIso ? t(endedIso) : null })
      .run();
  };
  mentorship("2025-11-01T00:00:00Z", null); // active throughout
  mentorship("2025-11-01T00:00:00Z", "2025-12-28T23:59:59Z"); // ended before the window
  mentorship("2025-11-01T00:00:00Z", "2026-01-04T23:59:59Z"); // ended at week 0's last second: not active at its end
  mentorship("2025-11-01T00:00:00Z", "2026-01-05T00:00:00Z"); // active at the end of week 0 only
  mentorship("2026-02-01T12:00:00Z", "2026-03-20T00:00:00Z"); // from week 4; an end after now does not count yet
  mentorship("2026-03-08T23:59:59Z", null); // from week 9's last second
  mentorship("2026-03-09T00:00:00Z", "2026-03-17T10:00:00Z"); // week 10 only
  mentorship("2026-03-17T08:00:00Z", null); // week 11
  mentorship("2026-03-18T12:00:01Z", null); // after now

  // Forum posts: deleted ones never count, hidden ones do.
  const category = db.select().from(forumCategories).limit(1).get()!;
  const thread = db
    .insert(forumThreads)
    .values({ categoryId: category.id, authorId: learners[0]!.id, title: "Finding a mentor", createdAt: t("2025-12-01T00:00:00Z"), lastPostAt: NOW })
    .returning({ id: forumThreads.id })
    .get();
  const post = (iso: string, state: { deleted?: boolean; hidden?: boolean } = {}) =>
    db
      .insert(forumPosts)
      .values({
        threadId: thread.id,
        authorId: learners[1]!.id,
        body: "Some words",
        createdAt: t(iso),
        deletedAt: state.deleted ? NOW : null,
        hiddenAt: state.hidden ? NOW : null,
        hiddenReason: state.hidden ? "Flagged" : null,
      })
      .returning({ id: forumPosts.id })
      .get().id;
  const old = post("2025-12-28T23:59:59Z");
  const p1 = post("2026-02-23T00:00:00Z"); // week 8
  const p2 = post("2026-03-01T23:59:59Z"); // week 8
  post("2026-03-01T12:00:00Z", { deleted: true });
  post("2026-03-02T00:00:00Z", { hidden: true }); // week 9
  post("2026-03-18T12:00:00Z"); // week 11

  // Flags: raised in the week of created_at, resolved in the week of resolved_at.
  const flag = (postId: number, by: TestMember, raisedIso: string, resolvedIso: string | null) =>
    db
      .insert(forumFlags)
      .values({ postId, flaggerId: by.id, reason: "spam", createdAt: t(raisedIso), resolvedAt: resolvedIso ? t(resolvedIso) : null })
      .run();
  flag(p1, learners[2]!, "2026-02-23T08:00:00Z", "2026-03-02T00:00:00Z"); // raised week 8, resolved week 9
  flag(p1, learners[3]!, "2026-03-01T23:59:59Z", "2026-03-01T23:59:59Z"); // both week 8
  flag(p2, learners[2]!, "2026-03-16T00:00:00Z", null); // raised week 11, open
  flag(old, learners[2]!, "2025-12-20T00:00:00Z", "2025-12-29T00:00:00Z"); // raised before, resolved week 0
  flag(old, learners[3]!, "2025-12-20T00:00:00Z", null); // raised before, open

  return { admin, moderator, mentor: mentors[0]!, learner: learners[0]! };
}

describe("communityStats on a seeded database", () => {
  let db: Db;
  let people: ReturnType<typeof seed>;
  let stats: CommunityStats;
  beforeAll(() => {
    db = createTestDatabase().db;
    people = seed(db);
    stats = communityStats(db, { actor: people.admin, now: NOW })!;
  });

  it("is for admins only", () => {
    for (const actor of [people.moderator, people.mentor, people.learner]) expect(communityStats(db, { actor, now: NOW })).toBeNull();
  });

  it("has twelve UTC weeks starting on Mondays, the current partial week last", () => {
    expect(stats.weeks.map((w) => w.weekStart.toISOString().slice(0, 10))).toEqual([
      "2025-12-29", "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02",
      "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16",
    ]);
    expect(stats.asOf).toEqual(NOW);
  });

  it("counts sign-ups by the week of created_at, Monday 00:00 and Sunday 23:59:59 included, nothing after now", () => {
    expect(series(stats, "signUps")).toEqual(weeks(0, { 0: 1, 9: 1, 10: 2, 11: 1 }));
    expect(stats.totals.signUps).toBe(5);
    // Everyone, all time: 2 staff, 3 mentors, 10 learners and 7 sign-ups above.
    expect(stats.totals.members).toBe(22);
  });

  it("counts requests by the week they were sent, with the share accepted of those decided", () => {
    expect(series(stats, "requests")).toEqual(weeks(0, { 7: 1, 9: 4, 10: 3, 11: 1 }));
    expect(series(stats, "accepted")).toEqual(weeks(0, { 7: 1, 9: 2 }));
    expect(series(stats, "declined")).toEqual(weeks(0, { 9: 1, 10: 1 }));
    expect(series(stats, "acceptanceRate")).toEqual(weeks<number | null>(null, { 7: 1, 9: 2 / 3, 10: 0 }));
    expect(stats.totals).toMatchObject({ requests: 9, accepted: 3, declined: 2, acceptanceRate: 3 / 5 });
  });

  it("takes the median wait for a first answer among the week's answered requests", () => {
    expect(series(stats, "answered")).toEqual(weeks(0, { 7: 1, 9: 3, 10: 2 }));
    // Week 9: 2 h, 4 h, 10 h (odd: the middle one); week 10: 1 h and 3 h (even: their mean).
    expect(series(stats, "medianFirstAnswerSeconds")).toEqual(weeks<number | null>(null, { 7: HOUR, 9: 4 * HOUR, 10: 2 * HOUR }));
    // Over the window: 1, 1, 2, 3, 4, 10 hours.
    expect(stats.totals).toMatchObject({ answered: 6, medianFirstAnswerSeconds: 2.5 * HOUR });
  });

  it("counts the mentorships active at each week's last second, and now for the current week", () => {
    expect(series(stats, "activeMentorships")).toEqual([2, 1, 1, 1, 2, 2, 2, 2, 2, 3, 4, 4]);
    expect(stats.totals.activeMentorships).toBe(4);
  });

  it("counts forum posts that were not deleted, hidden ones included", () => {
    expect(series(stats, "forumPosts")).toEqual(weeks(0, { 8: 2, 9: 1, 11: 1 }));
    expect(stats.totals.forumPosts).toBe(4);
  });

  it("counts flags raised and resolved in their own weeks, and the ones still open", () => {
    expect(series(stats, "flagsRaised")).toEqual(weeks(0, { 8: 2, 11: 1 }));
    expect(series(stats, "flagsResolved")).toEqual(weeks(0, { 0: 1, 8: 1, 9: 1 }));
    expect(stats.totals).toMatchObject({ flagsRaised: 3, flagsResolved: 3, openFlags: 2 });
  });

  it("takes fewer weeks when asked, bucketed the same way", () => {
    const short = communityStats(db, { actor: people.admin, now: NOW, weeks: 3 })!;
    expect(short.weeks.map((w) => w.weekStart.toISOString().slice(0, 10))).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(short.weeks.map((w) => w.signUps)).toEqual([1, 2, 1]);
    expect(short.weeks.map((w) => w.activeMentorships)).toEqual([3, 4, 4]);
    expect(short.totals).toMatchObject({ requests: 8, answered: 5, medianFirstAnswerSeconds: 3 * HOUR, flagsResolved: 1 });
  });

  it("starts a new week at Monday 00:00 UTC: at that second the current week holds only what happened then", () => {
    const monday = communityStats(db, { actor: people.admin, now: t("2026-03-09T00:00:00Z"), weeks: 2 })!;
    expect(monday.weeks.map((w) => w.weekStart.toISOString().slice(0, 10))).toEqual(["2026-03-02", "2026-03-09"]);
    expect(monday.weeks.map((w) => w.signUps)).toEqual([1, 1]);
    expect(monday.weeks.map((w) => w.requests)).toEqual([4, 1]);
    expect(monday.weeks.map((w) => w.activeMentorships)).toEqual([3, 4]);
  });
});

describe("communityStats on an empty database", () => {
  it("has every week, with zeros and no rates or medians", () => {
    const { db } = createTestDatabase();
    const admin = addMember(db, "ada", { role: "admin" });
    const stats = communityStats(db, { actor: admin, now: NOW })!;
    expect(stats.weeks).toHaveLength(12);
    for (const w of stats.weeks)
      expect(w).toMatchObject({ signUps: 0, requests: 0, accepted: 0, declined: 0, acceptanceRate: null, answered: 0, medianFirstAnswerSeconds: null, activeMentorships: 0, forumPosts: 0, flagsRaised: 0, flagsResolved: 0 });
    expect(stats.totals).toMatchObject({ members: 1, requests: 0, acceptanceRate: null, medianFirstAnswerSeconds: null, activeMentorships: 0, openFlags: 0 });
  });
});
