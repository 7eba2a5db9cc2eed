import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorshipRequests } from "@/db/schema";

/** Fewer answers than this say too little to promise anything. */
export const MIN_ANSWERS_FOR_REPLY_TIME = 3;
const RECENT_ANSWERS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The median of the mentor's recent first answers, in milliseconds; null with too few answers. */
export function medianReplyMs(db: Db, { mentorId }: { mentorId: number }): number | null {
  const rows = db
    .select({ createdAt: mentorshipRequests.createdAt, firstResponseAt: mentorshipRequests.firstResponseAt })
    .from(mentorshipRequests)
    .where(and(eq(mentorshipRequests.mentorId, mentorId), isNotNull(mentorshipRequests.firstResponseAt)))
    .orderBy(desc(mentorshipRequests.firstResponseAt))
    .limit(RECENT_ANSWERS)
    .all();
  if (rows.length < MIN_ANSWERS_FOR_REPLY_TIME) return null;
  const waits = rows.map((r) => r.firstResponseAt!.getTime() - r.createdAt.getTime()).sort((a, b) => a - b);
  const mid = waits.length >> 1;
  return waits.length % 2 ? waits[mid]! : (waits[mid - 1]! + waits[mid]!) / 2;
}

/** "usually replies within 2 days", from real answers; null when there are too few. */
export function replyTimeText(medianMs: number | null): string | null {
  if (medianMs === null) return null;
  const days = Math.ceil(medianMs / DAY_MS);
  return days <= 1 ? "Usually replies within a day" : `Usually replies within ${days} days`;
}
