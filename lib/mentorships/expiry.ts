import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorshipRequests, OPEN_REQUEST_STATUSES, profiles } from "@/db/schema";
import { formatDate } from "@/lib/format";
import { notifyMentorPaused, notifyRequestExpired } from "./notifications";

/** Requests a mentor may let expire in a row before new requests to them are paused. */
export const EXPIRIES_BEFORE_PAUSE = 3;

export function pauseReason(at: Date): string {
  return `${EXPIRIES_BEFORE_PAUSE} requests in a row expired without an answer, so on ${formatDate(at)} we stopped new requests to you. When you are ready, tick "Accepting new mentees" in your profile to take requests again.`;
}

/**
 * Closes every request whose 14 days are over, and pauses mentors who let
 * EXPIRIES_BEFORE_PAUSE in a row expire. It runs before anything reads or
 * changes requests (and on a timer), so what people see is always current
 * without a job scheduler. A request waiting for the learner's answer
 * expires too, but that is not the mentor's doing and does not count.
 */
export function expireStaleRequests(db: Db, { now = new Date() }: { now?: Date } = {}): { expired: number; paused: number[] } {
  // Cheap when there is nothing to do: one indexed probe, no write lock.
  const due = db
    .select({ id: mentorshipRequests.id, learnerId: mentorshipRequests.learnerId, mentorId: mentorshipRequests.mentorId, status: mentorshipRequests.status, expiresAt: mentorshipRequests.expiresAt })
    .from(mentorshipRequests)
    .where(and(inArray(mentorshipRequests.status, OPEN_REQUEST_STATUSES), lte(mentorshipRequests.expiresAt, now)))
    .all();
  if (due.length === 0) return { expired: 0, paused: [] };

  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    let expired = 0;
    const paused: number[] = [];
    // Oldest first, so a streak counts in the order things happened.
    for (const r of due.sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime() || a.id - b.id)) {
      const onMentor = r.status === "pending";
      const res = tx
        .update(mentorshipRequests)
        .set({ status: "expired", closedAt: r.expiresAt, expiredOnMentor: onMentor })
        .where(and(eq(mentorshipRequests.id, r.id), eq(mentorshipRequests.status, r.status)))
        .run();
      if (res.changes !== 1) continue; // someone answered it in the meantime
      expired++;
      notifyRequestExpired(t, { request: r, waitingFor: onMentor ? "mentor" : "learner", now });
      if (!onMentor) continue;
      const profile = tx
        .update(profiles)
        .set({ expiryStreak: sql`${profiles.expiryStreak} + 1` })
        .where(eq(profiles.userId, r.mentorId))
        .returning({ streak: profiles.expiryStreak, accepting: profiles.acceptingMentees })
        .get();
      if (profile && profile.accepting && profile.streak >= EXPIRIES_BEFORE_PAUSE) {
        tx.update(profiles).set({ acceptingMentees: false, pausedReason: pauseReason(r.expiresAt), expiryStreak: 0 }).where(eq(profiles.userId, r.mentorId)).run();
        paused.push(r.mentorId);
        notifyMentorPaused(t, { mentorId: r.mentorId, expiries: EXPIRIES_BEFORE_PAUSE, now });
      }
    }
    return { expired, paused };
  });
}
