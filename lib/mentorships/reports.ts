import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorshipReports } from "@/db/schema";
import { fieldErrorsOf, refuse, writableMembership, type Result } from "./access";
import { reportSchema, SPACE_LIMITS } from "./space-schema";

// A member tells the moderators something is wrong in their mentorship. The
// report opens a row in the moderation queue; it is allowed after the
// mentorship ended too (a cancellation is often when it is needed), and is
// lightly limited so the queue cannot be flooded from one space.

export const REPORT_CONFIRMATION = "Thank you: your report was sent to the moderators. They will look at it and may contact you.";

export function reportProblem(db: Db, { mentorshipId, userId, reason, now = new Date() }: { mentorshipId: number; userId: number; reason: string; now?: Date }): Result<{ reportId: number; message: string }> {
  const access = writableMembership(db, { mentorshipId, userId, now, whileEnded: true });
  if (!access.ok) return access;
  const parsed = reportSchema.safeParse({ reason });
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error));

  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const open =
        t
          .select({ n: count() })
          .from(mentorshipReports)
          .where(and(eq(mentorshipReports.mentorshipId, mentorshipId), eq(mentorshipReports.reporterId, userId), eq(mentorshipReports.status, "open")))
          .get()?.n ?? 0;
      if (open >= SPACE_LIMITS.openReportsPerMember)
        return refuse(`You already have ${SPACE_LIMITS.openReportsPerMember} open reports on this mentorship. The moderators will look at them before you can send another.`, 409);
      const row = t
        .insert(mentorshipReports)
        .values({ mentorshipId, reporterId: userId, reason: parsed.data.reason, status: "open", createdAt: now })
        .returning({ id: mentorshipReports.id })
        .get();
      return { ok: true as const, reportId: row.id, message: REPORT_CONFIRMATION };
    },
    { behavior: "immediate" },
  );
}
