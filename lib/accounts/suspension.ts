import { and, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

// Suspensions are set by moderators (the forum issue adds the tools); every
// action that creates content or contacts someone refuses a suspended member.
export type Suspension = { until: Date; reason: string };

/** The member's current suspension, or null when they may act. */
export function activeSuspension(db: Db, { userId, now = new Date() }: { userId: number; now?: Date }): Suspension | null {
  const row = db
    .select({ until: users.suspendedUntil, reason: users.suspensionReason })
    .from(users)
    .where(and(eq(users.id, userId), gt(users.suspendedUntil, now)))
    .get();
  return row?.until ? { until: row.until, reason: row.reason ?? "" } : null;
}
