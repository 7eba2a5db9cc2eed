import "server-only";
import { and, avg, count, eq, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { mentorshipFeedback, mentorships } from "@/db/schema";
import { activeSuspension } from "@/lib/accounts/suspension";
import { fieldErrorsOf, memberOf, refuse, writableMembership, type Result } from "./access";
import { formatInZone } from "./sessions";
import { feedbackSchema, SPACE_LIMITS } from "./space-schema";

// After a completed mentorship each member may rate the other once (1 to 5,
// with a comment) within 14 days of its end. Neither sees the other's until
// both have written or the 14 days are over, so neither answers the other's:
// writing closes exactly when everything is revealed.

export const FEEDBACK_WINDOW_MS = SPACE_LIMITS.feedbackWindowDays * 24 * 60 * 60 * 1000;

export type FeedbackEntry = { rating: number; comment: string; createdAt: Date };

export type TheirFeedback =
  | { state: "revealed"; feedback: FeedbackEntry }
  /** They wrote; it shows once the viewer writes or the window closes. */
  | { state: "hidden"; until: Date; note: string }
  /** They have not written yet, and still may. */
  | { state: "waiting"; until: Date; note: string }
  /** The window closed without theirs. */
  | { state: "none"; note: string };

export type FeedbackView =
  | { phase: "unavailable"; note: string }
  | {
      phase: "open" | "closed";
      /** endedAt + 14 days: writing closes and everything shows. */
      windowEndsAt: Date;
      /** Both have written or the window closed. */
      revealed: boolean;
      /** The viewer may write now (not written yet, window open, not suspended). */
      canWrite: boolean;
      mine: FeedbackEntry | null;
      /** Who sees the viewer's own feedback, in words. */
      mineNote: string;
      theirs: TheirFeedback;
      otherName: string;
    };

function feedbackBy(db: Db, mentorshipId: number, authorId: number): FeedbackEntry | null {
  return (
    db
      .select({ rating: mentorshipFeedback.rating, comment: mentorshipFeedback.comment, createdAt: mentorshipFeedback.createdAt })
      .from(mentorshipFeedback)
      .where(and(eq(mentorshipFeedback.mentorshipId, mentorshipId), eq(mentorshipFeedback.authorId, authorId)))
      .get() ?? null
  );
}

/** What the viewer sees of the feedback on a mentorship; null for anyone but its two members. */
export function feedbackView(db: Db, { mentorshipId, viewerId, now = new Date() }: { mentorshipId: number; viewerId: number; now?: Date }): FeedbackView | null {
  const membership = memberOf(db, { mentorshipId, userId: viewerId });
  if (!membership) return null;
  const { mentorship, other, me } = membership;
  if (mentorship.status !== "completed" || !mentorship.endedAt)
    return { phase: "unavailable", note: mentorship.status === "cancelled" ? "There is no feedback on a cancelled mentorship." : "Feedback opens when the mentorship is completed." };

  const windowEndsAt = new Date(mentorship.endedAt.getTime() + FEEDBACK_WINDOW_MS);
  const open = now < windowEndsAt;
  const mine = feedbackBy(db, mentorshipId, me.id);
  const theirsRow = feedbackBy(db, mentorshipId, other.id);
  const revealed = !open || (mine !== null && theirsRow !== null);
  const until = `${formatInZone(windowEndsAt, me.timeZone)} (${me.timeZone})`;
  const suspended = activeSuspension(db, { userId: viewerId, now }) !== null;

  const theirs: TheirFeedback = theirsRow
    ? revealed
      ? { state: "revealed", feedback: theirsRow }
      : { state: "hidden", until: windowEndsAt, note: `${other.displayName} has left feedback. It is hidden until you leave yours, or until ${until}.` }
    : open
      ? { state: "waiting", until: windowEndsAt, note: `${other.displayName} has not left feedback yet.` }
      : { state: "none", note: `${other.displayName} did not leave feedback.` };

  const mineNote = !mine
    ? open
      ? `You can leave feedback until ${until}.`
      : `The 14 days for feedback ended on ${until}.`
    : revealed
      ? `${other.displayName} can see your feedback.`
      : `Your feedback is hidden from ${other.displayName} until they write theirs, or until ${until}.`;

  return { phase: open ? "open" : "closed", windowEndsAt, revealed, canWrite: open && !mine && !suspended, mine, mineNote, theirs, otherName: other.displayName };
}

/** Leaves the member's feedback on a completed mentorship: once, rating 1 to 5, within 14 days of its end. */
export function leaveFeedback(
  db: Db,
  { mentorshipId, userId, rating, comment = "", now = new Date() }: { mentorshipId: number; userId: number; rating: number | string; comment?: string; now?: Date },
): Result<{ feedbackId: number }> {
  const access = writableMembership(db, { mentorshipId, userId, now, whileEnded: true });
  if (!access.ok) return access;
  const { mentorship } = access.membership;
  if (mentorship.status !== "completed" || !mentorship.endedAt) return refuse("Feedback can be left once the mentorship is completed.");
  const windowEndsAt = new Date(mentorship.endedAt.getTime() + FEEDBACK_WINDOW_MS);
  if (now >= windowEndsAt) return refuse(`The 14 days for feedback ended on ${formatInZone(windowEndsAt, access.membership.me.timeZone)}.`);
  const parsed = feedbackSchema.safeParse({ rating, comment });
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error));

  const ALREADY = refuse("You have already left feedback on this mentorship.");
  if (feedbackBy(db, mentorshipId, userId)) return ALREADY;
  try {
    const row = db
      .insert(mentorshipFeedback)
      .values({ mentorshipId, authorId: userId, rating: parsed.data.rating, comment: parsed.data.comment, createdAt: now })
      .returning({ id: mentorshipFeedback.id })
      .get();
    return { ok: true, feedbackId: row.id };
  } catch (error) {
    // A second submit racing the first: the unique index keeps one.
    if (error instanceof Error && /UNIQUE constraint failed/.test(error.message)) return ALREADY;
    throw error;
  }
}

export type MentorRecord = { completedCount: number; averageRating: number | null; ratingCount: number };

/**
 * A mentor's public record: completed mentorships, and the average of the
 * ratings their learners gave them that are revealed (the mentor has written
 * too, or the 14 days are over). A hidden rating never moves the average, so
 * the number cannot be used to guess it.
 */
export function mentorRecord(db: Db, { mentorId, now = new Date() }: { mentorId: number; now?: Date }): MentorRecord {
  const completedCount =
    db
      .select({ n: count() })
      .from(mentorships)
      .where(and(eq(mentorships.mentorId, mentorId), eq(mentorships.status, "completed")))
      .get()?.n ?? 0;
  const mentorsOwn = alias(mentorshipFeedback, "mentors_own");
  const revealedBefore = new Date(now.getTime() - FEEDBACK_WINDOW_MS);
  const ratings = db
    .select({ average: avg(mentorshipFeedback.rating), n: count() })
    .from(mentorshipFeedback)
    .innerJoin(mentorships, eq(mentorships.id, mentorshipFeedback.mentorshipId))
    .leftJoin(mentorsOwn, and(eq(mentorsOwn.mentorshipId, mentorships.id), eq(mentorsOwn.authorId, mentorships.mentorId)))
    .where(
      and(
        eq(mentorships.mentorId, mentorId),
        eq(mentorships.status, "completed"),
        eq(mentorshipFeedback.authorId, mentorships.learnerId),
        or(sql`${mentorsOwn.id} IS NOT NULL`, lte(mentorships.endedAt, revealedBefore)),
      ),
    )
    .get();
  const ratingCount = ratings?.n ?? 0;
  const average = ratings?.average == null ? null : Number(ratings.average);
  return { completedCount, averageRating: ratingCount > 0 && average !== null ? Math.round(average * 100) / 100 : null, ratingCount };
}
