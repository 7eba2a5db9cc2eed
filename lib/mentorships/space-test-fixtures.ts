import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorshipFeedback, mentorshipGoals, mentorshipMessages, mentorshipReports, mentorshipRequests, mentorships, mentorshipSessions, profiles, users, type MentorshipStatus, type Role } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-db";

// Rows for the mentorship space tests, inserted directly (the request flow
// that creates them in the app is tested on its own).

export const T0 = new Date("2026-03-02T10:00:00Z");
export const DAY = 24 * 60 * 60 * 1000;

export function makeUser(db: Db, handle: string, { role = "learner", timezone }: { role?: Role; timezone?: string } = {}) {
  const user = db.insert(users).values({ email: `${handle}@example.org`, handle, displayName: handle[0]!.toUpperCase() + handle.slice(1), role }).returning({ id: users.id, displayName: users.displayName, handle: users.handle }).get();
  if (timezone) db.insert(profiles).values({ userId: user.id, timezone }).run();
  return user;
}

export function makeMentorship(
  db: Db,
  { learnerId, mentorId, status = "active", endedAt = null, endedBy = null, goals = [] }: { learnerId: number; mentorId: number; status?: MentorshipStatus; endedAt?: Date | null; endedBy?: number | null; goals?: string[] },
): number {
  const request = db
    .insert(mentorshipRequests)
    .values({ learnerId, mentorId, message: "I would like to learn to give talks.", goals, status: "accepted", createdAt: T0, expiresAt: new Date(T0.getTime() + 14 * DAY), closedAt: T0 })
    .returning({ id: mentorshipRequests.id })
    .get();
  const m = db.insert(mentorships).values({ requestId: request.id, learnerId, mentorId, status, createdAt: T0, endedAt, endedBy }).returning({ id: mentorships.id }).get();
  goals.forEach((text, position) => db.insert(mentorshipGoals).values({ mentorshipId: m.id, text, position }).run());
  return m.id;
}

export function suspend(db: Db, userId: number, until: Date, reason = "Repeated off-topic posts") {
  db.update(users).set({ suspendedUntil: until, suspensionReason: reason }).where(eq(users.id, userId)).run();
}

/** Two members, a stranger, a moderator and a second pair, with one active mentorship each pair. */
export function setup() {
  const { db } = createTestDatabase();
  const learner = makeUser(db, "lena", { timezone: "Europe/Paris" });
  const mentor = makeUser(db, "marco", { role: "mentor", timezone: "America/New_York" });
  const stranger = makeUser(db, "sam");
  const moderator = makeUser(db, "mod", { role: "moderator" });
  const otherLearner = makeUser(db, "olga");
  const otherMentor = makeUser(db, "omar", { role: "mentor" });
  const id = makeMentorship(db, { learnerId: learner.id, mentorId: mentor.id, goals: ["Give a first talk", "Write an outline"] });
  const otherId = makeMentorship(db, { learnerId: otherLearner.id, mentorId: otherMentor.id, goals: ["Learn SQL"] });
  return { db, learner, mentor, stranger, moderator, otherLearner, otherMentor, id, otherId };
}

/** Everything a mentorship space holds, to compare before and after a refused write. */
export function snapshot(db: Db) {
  return {
    mentorships: db.select().from(mentorships).all(),
    goals: db.select().from(mentorshipGoals).all(),
    messages: db.select().from(mentorshipMessages).all(),
    sessions: db.select().from(mentorshipSessions).all(),
    feedback: db.select().from(mentorshipFeedback).all(),
    reports: db.select().from(mentorshipReports).all(),
  };
}
