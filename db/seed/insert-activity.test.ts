import { and, asc, count, eq, inArray, isNull, like, notLike, or } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forumFlags, forumPosts, mentorshipGoals, mentorshipRequests, mentorships, profiles, users } from "@/db/schema";
import { communityStats } from "@/lib/admin/community-stats";
import { freePlaces } from "@/lib/mentorships/capacity";
import { expireStaleRequests } from "@/lib/mentorships/expiry";
import { acceptRequest, openRequestCount, sendRequest } from "@/lib/mentorships/requests";
import { createTestDatabase } from "@/lib/testing/test-db";
import { flagTarget, NEWEST_FLAG_AGO, SETTLED_AGO } from "./activity";
import { generateCommunity, MEMBER_EMAIL_LIKE } from "./community";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { insertActivity } from "./insert-activity";
import { insertCommunity } from "./insert-community";
import { insertForum } from "./insert-forum";

type Db = ReturnType<typeof createTestDatabase>["db"];

const NOW = new Date("2026-03-18T12:00:00Z");
const ms = (seconds: number) => seconds * 1000;

/** The default seed, as `npm run db:seed` writes it before this phase: demo accounts, 40 mentors and 60 learners, 30 threads and 150 posts. */
function seeded(community = { mentors: 40, learners: 60 }, forum = { threads: 30, posts: 150 }): Db {
  const { db } = createTestDatabase();
  for (const [i, a] of DEMO_ACCOUNTS.entries()) db.insert(users).values({ email: a.email, handle: `demo-${i}`, displayName: a.displayName, role: a.role, createdAt: NOW, updatedAt: NOW }).run();
  insertCommunity(db, generateCommunity(community), "scrypt$test-hash", { now: NOW });
  insertForum(db, { ...forum, now: NOW });
  return db;
}

const all = (db: Db) => ({
  requests: db.select().from(mentorshipRequests).orderBy(asc(mentorshipRequests.id)).all(),
  mentorships: db.select().from(mentorships).orderBy(asc(mentorships.id)).all(),
  goals: db.select().from(mentorshipGoals).orderBy(asc(mentorshipGoals.id)).all(),
  flags: db.select().from(forumFlags).orderBy(asc(forumFlags.id)).all(),
});

const demoIds = (db: Db) =>
  db
    .select({ id: users.id })
    .from(users)
    .where(notLike(users.email, MEMBER_EMAIL_LIKE))
    .all()
    .map((u) => u.id);

describe("insertActivity", () => {
  it("writes one closed request per two learners, the ended mentorships and goals of the accepted ones, and resolved flags", () => {
    const db = seeded();
    const result = insertActivity(db, { now: NOW });
    const rows = all(db);
    expect(result.target).toEqual({ requests: 30, flags: flagTarget(150) });
    expect(result.before).toEqual({ requests: 0, mentorships: 0, flags: 0 });
    expect(result.added).toEqual({ requests: 30, mentorships: rows.mentorships.length, flags: 12 });
    expect(rows.requests).toHaveLength(30);
    expect(rows.flags).toHaveLength(12);

    const accepted = rows.requests.filter((r) => r.status === "accepted");
    expect(accepted.length).toBeGreaterThan(5);
    expect(rows.mentorships.map((m) => m.requestId).sort()).toEqual(accepted.map((r) => r.id).sort());
    for (const m of rows.mentorships) {
      const r = accepted.find((a) => a.id === m.requestId)!;
      expect(m).toMatchObject({ learnerId: r.learnerId, mentorId: r.mentorId, createdAt: r.closedAt });
      expect(["completed", "cancelled"]).toContain(m.status);
      expect(m.endedAt!.getTime()).toBeLessThanOrEqual(NOW.getTime() - ms(SETTLED_AGO));
      expect([r.learnerId, r.mentorId]).toContain(m.endedBy);
      // The accepted request's goals became the mentorship's, in order, as acceptRequest does.
      expect(rows.goals.filter((g) => g.mentorshipId === m.id).map((g) => g.text)).toEqual(r.goals);
    }
  });

  it("leaves every member free: nothing open, nothing active, nothing waiting for a moderator, profiles untouched", () => {
    const db = seeded();
    const profilesBefore = db.select().from(profiles).orderBy(asc(profiles.userId)).all();
    insertActivity(db, { now: NOW });

    expect(db.select({ n: count() }).from(mentorshipRequests).where(or(inArray(mentorshipRequests.status, ["pending", "needs_info"]), isNull(mentorshipRequests.closedAt))).get()!.n).toBe(0);
    expect(db.select({ n: count() }).from(mentorships).where(or(eq(mentorships.status, "active"), isNull(mentorships.endedAt))).get()!.n).toBe(0);
    expect(db.select({ n: count() }).from(forumFlags).where(isNull(forumFlags.resolvedAt)).get()!.n).toBe(0);
    expect(db.select({ n: count() }).from(forumPosts).where(and(isNull(forumPosts.deletedAt), isNull(forumPosts.hiddenAt))).get()!.n).toBe(150);
    // Expiry streaks, pauses and "accepting" stay as the community made them.
    expect(db.select().from(profiles).orderBy(asc(profiles.userId)).all()).toEqual(profilesBefore);

    // As the app sees it: nothing to expire, every place free, no open request, no flag in anyone's last day.
    expect(expireStaleRequests(db, { now: NOW })).toEqual({ expired: 0, paused: [] });
    const members = db.select({ id: users.id, role: users.role }).from(users).where(like(users.email, MEMBER_EMAIL_LIKE)).all();
    for (const m of members) {
      if (m.role === "mentor") expect(freePlaces(db, { mentorId: m.id })).toBe(profilesBefore.find((p) => p.userId === m.id)!.capacity);
      else expect(openRequestCount(db, { learnerId: m.id })).toBe(0);
    }
    const lastDay = all(db).flags.filter((f) => f.createdAt.getTime() > NOW.getTime() - ms(NEWEST_FLAG_AGO));
    expect(lastDay).toEqual([]);
    const stats = communityStats(db, { actor: { role: "admin" }, now: NOW })!;
    expect(stats.totals).toMatchObject({ activeMentorships: 0, openFlags: 0 });
    expect(stats.weeks.filter((w) => w.requests > 0).length).toBeGreaterThan(6);
    expect(stats.weeks.filter((w) => w.activeMentorships > 0).length).toBeGreaterThan(6);

    // A member who took part can go through the whole request flow at once.
    const [mentor, learner] = [5, 65].map((n) => db.select().from(users).where(eq(users.email, `member-${n}@example.com`)).get()!);
    const sent = sendRequest(db, { actor: learner!, mentorHandle: mentor!.handle, input: { message: "I would like help planning my first year as a team lead.", goals: ["Lead a team"] }, now: NOW });
    expect(sent.ok).toBe(true);
    if (sent.ok) expect(acceptRequest(db, { actor: mentor!, requestId: sent.requestId, now: NOW }).ok).toBe(true);
  });

  it("never involves the demo accounts", () => {
    const db = seeded();
    insertActivity(db, { now: NOW });
    const demo = demoIds(db);
    expect(demo).toHaveLength(DEMO_ACCOUNTS.length);
    const rows = all(db);
    const involved = [...rows.requests.flatMap((r) => [r.learnerId, r.mentorId]), ...rows.mentorships.map((m) => m.endedBy), ...rows.goals.map((g) => g.doneBy), ...rows.flags.map((f) => f.flaggerId)];
    expect(involved.filter((id) => id !== null && demo.includes(id))).toEqual([]);
    expect(db.select().from(users).where(inArray(users.id, demo)).all().every((u) => u.createdAt.getTime() === NOW.getTime())).toBe(true);
  });

  it("flags someone else's visible post once, raised after the post and the flagger's sign-up", () => {
    const db = seeded();
    insertActivity(db, { now: NOW });
    const flags = db
      .select({ flag: forumFlags, postAuthor: forumPosts.authorId, postAt: forumPosts.createdAt, joined: users.createdAt })
      .from(forumFlags)
      .innerJoin(forumPosts, eq(forumPosts.id, forumFlags.postId))
      .innerJoin(users, eq(users.id, forumFlags.flaggerId))
      .all();
    expect(flags).toHaveLength(12);
    expect(new Set(flags.map(({ flag }) => `${flag.postId}:${flag.flaggerId}`)).size).toBe(12);
    for (const { flag, postAuthor, postAt, joined } of flags) {
      expect(flag.flaggerId).not.toBe(postAuthor);
      expect(flag.createdAt > postAt && flag.createdAt > joined).toBe(true);
      expect(flag.resolvedAt!.getTime()).toBeGreaterThan(flag.createdAt.getTime());
      expect(flag.resolvedAt!.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it("adds nothing on a second run", () => {
    const db = seeded();
    insertActivity(db, { now: NOW });
    const before = all(db);
    const again = insertActivity(db, { now: new Date(NOW.getTime() + 86_400_000) });
    expect(again.added).toEqual({ requests: 0, mentorships: 0, flags: 0 });
    expect(again.before).toMatchObject({ requests: 30, flags: 12 });
    expect(all(db)).toEqual(before);
  });

  it("tops up when the community and the forum grow, without tripping a unique index", () => {
    const db = seeded({ mentors: 20, learners: 40 }, { threads: 40, posts: 2_000 });
    insertActivity(db, { now: NOW });
    const first = all(db);
    expect(first.requests).toHaveLength(20);
    expect(first.flags).toHaveLength(flagTarget(2_000));

    insertCommunity(db, generateCommunity({ mentors: 20, learners: 300 }), "scrypt$test-hash", { now: NOW });
    insertForum(db, { threads: 400, posts: 10_000, now: NOW });
    const later = new Date(NOW.getTime() + 3_600_000);
    const result = insertActivity(db, { now: later });
    expect(result.added.requests).toBe(130);
    expect(result.added.flags).toBe(flagTarget(10_000) - flagTarget(2_000));
    const rows = all(db);
    expect(rows.requests.slice(0, 20)).toEqual(first.requests);
    expect(rows.requests).toHaveLength(150);
    expect(rows.flags).toHaveLength(flagTarget(10_000));
    expect(new Set(rows.flags.map((f) => `${f.postId}:${f.flaggerId}`)).size).toBe(rows.flags.length);
    expect(rows.mentorships.every((m) => m.status !== "active" && m.endedAt! <= later)).toBe(true);
  });

  it("counts requests and flags made in the app, and leaves them as they are", () => {
    const db = seeded();
    const [learner, mentor] = [65, 5].map((n) => db.select().from(users).where(eq(users.email, `member-${n}@example.com`)).get()!);
    const open = db
      .insert(mentorshipRequests)
      .values({ learnerId: learner!.id, mentorId: mentor!.id, message: "A request sent in the app, still waiting.", goals: ["Lead a team"], createdAt: NOW, expiresAt: new Date(NOW.getTime() + 14 * 86_400_000) })
      .returning()
      .get();
    expect(insertActivity(db, { now: NOW }).added.requests).toBe(29);
    expect(db.select().from(mentorshipRequests).where(eq(mentorshipRequests.id, open.id)).get()).toEqual(open);
    // Still the only open request.
    expect(db.select({ n: count() }).from(mentorshipRequests).where(inArray(mentorshipRequests.status, ["pending", "needs_info"])).get()!.n).toBe(1);
  });

  it("writes nothing without generated members", () => {
    const { db } = createTestDatabase();
    expect(insertActivity(db, { now: NOW })).toEqual({ before: { requests: 0, mentorships: 0, flags: 0 }, target: { requests: 0, flags: 0 }, added: { requests: 0, mentorships: 0, flags: 0 } });
  });
});
