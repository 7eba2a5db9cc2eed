import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { articles, emails, mentorshipRequests, mentorshipSessions, passwordResetTokens, type RequestStatus } from "@/db/schema";

// The objects the matrix's actions are about, written straight to the
// database as they would be after the app's own flows (tested elsewhere).
// Thread, post, flag, appeal and mentorship rows come from the moderation and
// mentorship fixtures.

const DAY = 24 * 60 * 60 * 1000;

/** One value of a query (raw SQL keeps the checks short). */
export const value = (db: Db, sql: string, ...args: unknown[]): unknown => db.$client.prepare(sql).pluck().get(...args);
export const exists = (db: Db, sql: string, ...args: unknown[]): boolean => value(db, sql, ...args) !== undefined;

/** A request sent a day ago, still waiting (it expires in 13 days). */
export function addRequest(db: Db, { learnerId, mentorId, status = "pending", question = null }: { learnerId: number; mentorId: number; status?: RequestStatus; question?: string | null }): number {
  const now = Date.now();
  return db
    .insert(mentorshipRequests)
    .values({ learnerId, mentorId, message: "I would like to learn to give talks at conferences.", goals: ["Give a first talk"], status, question, createdAt: new Date(now - DAY), expiresAt: new Date(now + 13 * DAY) })
    .returning({ id: mentorshipRequests.id })
    .get().id;
}

export const MENTOR_PROFILE = { mentorPublished: true, acceptingMentees: true, capacity: 3, expertise: ["Leadership"], formats: ["video" as const], languages: ["English"] };

export function addArticle(db: Db, { authorId, status }: { authorId: number; status: "draft" | "published" }): number {
  const key = randomBytes(6).toString("hex");
  return db
    .insert(articles)
    .values({
      sourceKey: `written:${key}`,
      slug: `guidance-${key}`,
      title: "Running a peer study group",
      summary: "How to start a peer study group and keep it going for a whole term.",
      bodyMarkdown: "Start small: three to five people who meet every week at the same time.\n",
      bodyText: "Start small: three to five people who meet every week at the same time.",
      author: "Owen",
      authorId,
      status,
      publishedOn: status === "published" ? "2026-10-01" : null,
      readingMinutes: 1,
      sourceFormat: "written",
      contentHash: key,
    })
    .returning({ id: articles.id })
    .get().id;
}

/** An email that gave up after its last attempt: what the admin's "Retry now" is for. */
export function addFailedEmail(db: Db, userId: number): number {
  return db
    .insert(emails)
    .values({ userId, to: "owen@example.org", subject: "New reply", text: "Someone replied.", kind: "forum_reply", status: "failed", attempts: 5, lastError: "connect ECONNREFUSED", nextAttemptAt: new Date(), createdAt: new Date(Date.now() - DAY) })
    .returning({ id: emails.id })
    .get().id;
}

/** A reset link as lib/accounts/password-reset makes one; the token is what the email carries. */
export function addResetToken(db: Db, userId: number): string {
  const token = randomBytes(32).toString("base64url");
  db.insert(passwordResetTokens)
    .values({ userId, tokenHash: createHash("sha256").update(token).digest("hex"), createdAt: new Date(), expiresAt: new Date(Date.now() + 30 * 60_000) })
    .run();
  return token;
}

export function addPlannedSession(db: Db, { mentorshipId, createdBy }: { mentorshipId: number; createdBy: number }): number {
  return db
    .insert(mentorshipSessions)
    .values({ mentorshipId, startsAt: new Date(Date.now() + 3 * DAY), durationMinutes: 60, notes: "", nextSteps: "Bring a draft outline.", createdBy, createdAt: new Date() })
    .returning({ id: mentorshipSessions.id })
    .get().id;
}

/** A datetime-local value a week ahead, as a member in UTC types it. */
export const nextWeekLocal = () => new Date(Date.now() + 7 * DAY).toISOString().slice(0, 16);

/** Whole seconds, as timestamps are stored: an appeal is keyed on its suspension's end. */
export const inAWeek = () => new Date(Math.floor((Date.now() + 7 * DAY) / 1000) * 1000);
