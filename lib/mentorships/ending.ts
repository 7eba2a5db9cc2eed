import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorships } from "@/db/schema";
import { fieldErrorsOf, refuse, writableMembership, type Result } from "./access";
import { endSchema, type EndOutcome } from "./space-schema";

// Either member ends an active mentorship, once: completed (the work is done;
// feedback opens) or cancelled (a reason is required). The mentorship then
// becomes read-only.

export function endMentorship(
  db: Db,
  { mentorshipId, userId, outcome, reason = "", now = new Date() }: { mentorshipId: number; userId: number; outcome: EndOutcome | string; reason?: string; now?: Date },
): Result<{ status: EndOutcome }> {
  const access = writableMembership(db, { mentorshipId, userId, now, whileEnded: true });
  if (!access.ok) return access;
  if (access.membership.mentorship.status !== "active") return refuse("This mentorship has already ended.");
  const parsed = endSchema.safeParse({ outcome, reason });
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error));
  const { outcome: status, reason: text } = parsed.data;

  // Only an active row changes: of two members ending at once, one wins.
  const row = db
    .update(mentorships)
    .set({ status, endedAt: now, endedBy: userId, endReason: text === "" ? null : text })
    .where(and(eq(mentorships.id, mentorshipId), eq(mentorships.status, "active")))
    .returning({ id: mentorships.id })
    .get();
  return row ? { ok: true, status } : refuse("This mentorship has already ended.");
}
