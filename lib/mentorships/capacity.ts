import "server-only";
import { and, count, eq, sql, type AnyColumn } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorships, profiles } from "@/db/schema";

/** How many active mentorships a mentor has now. */
export function activeMenteeCount(db: Db, { mentorId }: { mentorId: number }): number {
  return db.select({ n: count() }).from(mentorships).where(and(eq(mentorships.mentorId, mentorId), eq(mentorships.status, "active"))).get()?.n ?? 0;
}

/**
 * Places left: capacity minus active mentorships, never below 0. A mentor
 * without a stated capacity has none to give.
 */
export function freePlaces(db: Db, { mentorId }: { mentorId: number }): number {
  const row = db.select({ capacity: profiles.capacity }).from(profiles).where(eq(profiles.userId, mentorId)).get();
  return Math.max(0, (row?.capacity ?? 0) - activeMenteeCount(db, { mentorId }));
}

/** SQL for "active mentorships of the mentor in `mentorIdColumn`", for use inside a select or an order. */
export const activeMenteesSql = (mentorIdColumn: AnyColumn) =>
  sql<number>`(SELECT count(*) FROM mentorships m WHERE m.mentor_id = ${mentorIdColumn} AND m.status = 'active')`;
