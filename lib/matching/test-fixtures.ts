// Real rows for the matching tests (candidates.test.ts, match.test.ts).
import type { Db } from "@/db/client";
import { mentorshipRequests, mentorships, profiles, users } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-db";

export const JANUARY = new Date("2026-01-15T12:00:00Z");

type ProfileValues = Partial<typeof profiles.$inferInsert>;
type UserValues = Partial<typeof users.$inferInsert>;

export function matchingDb() {
  const { db, file } = createTestDatabase();
  let n = 0;

  /** A member; `profile` undefined means they never saved one. */
  function member(handle: string, profile?: ProfileValues, user: UserValues = {}): number {
    const { id } = db
      .insert(users)
      .values({ email: `${handle}@example.org`, handle, displayName: user.displayName ?? handle, role: profile?.mentorPublished ? "mentor" : "learner", ...user })
      .returning({ id: users.id })
      .get();
    if (profile) db.insert(profiles).values({ userId: id, ...profile }).run();
    return id;
  }

  /** A published mentor taking mentees, with room, unless `profile` says otherwise. */
  function mentor(handle: string, profile: ProfileValues = {}, user: UserValues = {}): number {
    return member(handle, { mentorPublished: true, acceptingMentees: true, capacity: 3, expertise: ["Leadership"], languages: ["English"], timezone: "UTC", ...profile }, user);
  }

  /** A mentorship between the two, active unless said otherwise (with the request it came from). */
  function mentorship(mentorId: number, learnerId: number, status: "active" | "completed" | "cancelled" = "active") {
    const createdAt = new Date("2025-12-01T00:00:00Z");
    const request = db
      .insert(mentorshipRequests)
      .values({ learnerId, mentorId, message: `request ${++n}`, status: "accepted", createdAt, expiresAt: createdAt, closedAt: createdAt })
      .returning({ id: mentorshipRequests.id })
      .get();
    db.insert(mentorships).values({ requestId: request.id, learnerId, mentorId, status, createdAt }).run();
  }

  return {
    file, db: db as Db, member, mentor, mentorship };
}
