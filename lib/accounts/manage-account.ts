import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, mentorshipFeedback, mentorshipMessages, mentorshipRequests, mentorships, notifications, profiles, rateLimitEvents, userSessions, users } from "@/db/schema";
import { settingsOf } from "@/lib/notifications/settings";
import { SIGN_IN_LIMIT } from "./authenticate";
import { hashPassword, verifyPassword } from "./password";
import { checkRateLimit, formatRetryAfter, recordEvent } from "./rate-limit";
import { revokeAllSessions } from "./sessions";
import type { PublicUser } from "./users";

// What a signed-in member does to their own account. Each function acts on
// the actor alone: no id from a form reaches these.

export type PasswordCheck = { ok: true } | { ok: false; field: "currentPassword" | "form"; message: string };

/**
 * Re-checks the password before a sensitive change. Wrong guesses count
 * against the same per-account limit as sign-in, so this form is no way
 * around it.
 */
async function confirmPassword(db: Db, { actor, password, now = Date.now() }: { actor: PublicUser; password: string; now?: number }): Promise<PasswordCheck> {
  const account = db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).get();
  if (!account) return { ok: false, field: "form", message: "Your account no longer exists." };
  const key = `sign-in:account:${account.email}`;
  const limit = checkRateLimit(db, { key, ...SIGN_IN_LIMIT, now });
  if (!limit.allowed) return { ok: false, field: "form", message: `Too many wrong passwords. Please ${formatRetryAfter(limit.retryAfterMs)}.` };
  if (account.passwordHash && (await verifyPassword(password, account.passwordHash))) return { ok: true };
  recordEvent(db, { key, now });
  return { ok: false, field: "currentPassword", message: "Your current password is not correct." };
}

/** Sets a new password (already validated) and ends every session, this one included. */
export async function changePassword(db: Db, { actor, currentPassword, newPassword }: { actor: PublicUser; currentPassword: string; newPassword: string }): Promise<PasswordCheck> {
  const check = await confirmPassword(db, { actor, password: currentPassword });
  if (!check.ok) return check;
  const passwordHash = await hashPassword(newPassword);
  db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.id)).run();
  revokeAllSessions(db, { userId: actor.id });
  return { ok: true };
}

/** Everything we hold about the actor, as they would want to download it. No password hash, no one else's data. */
export function exportAccountData(db: Db, { actor }: { actor: PublicUser }) {
  const account = db
    .select({ email: users.email, handle: users.handle, displayName: users.displayName, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, actor.id))
    .get();
  const profile = db.select().from(profiles).where(eq(profiles.userId, actor.id)).get();
  const written = db
    .select({ title: articles.title, slug: articles.slug, status: articles.status, summary: articles.summary, topic: articles.topic, body: articles.bodyMarkdown, publishedOn: articles.publishedOn, unpublishedReason: articles.unpublishedReason })
    .from(articles)
    .where(eq(articles.authorId, actor.id))
    .all();
  const sessions = db.select({ createdAt: userSessions.createdAt, revokedAt: userSessions.revokedAt }).from(userSessions).where(eq(userSessions.userId, actor.id)).all();
  const { userId: _, ...profileFields } = profile ?? { userId: 0 };
  // Requests and mentorships on either side, and what the member wrote in them.
  const requests = db
    .select({ id: mentorshipRequests.id, learnerId: mentorshipRequests.learnerId, mentorId: mentorshipRequests.mentorId, status: mentorshipRequests.status, message: mentorshipRequests.message, goals: mentorshipRequests.goals, question: mentorshipRequests.question, answer: mentorshipRequests.answer, createdAt: mentorshipRequests.createdAt })
    .from(mentorshipRequests)
    .where(or(eq(mentorshipRequests.learnerId, actor.id), eq(mentorshipRequests.mentorId, actor.id)))
    .all();
  const mine = db
    .select({ id: mentorships.id, status: mentorships.status, createdAt: mentorships.createdAt, endedAt: mentorships.endedAt, side: sql<string>`CASE WHEN ${mentorships.learnerId} = ${actor.id} THEN 'learner' ELSE 'mentor' END` })
    .from(mentorships)
    .where(or(eq(mentorships.learnerId, actor.id), eq(mentorships.mentorId, actor.id)))
    .all();
  const messages = db.select({ mentorshipId: mentorshipMessages.mentorshipId, body: mentorshipMessages.body, createdAt: mentorshipMessages.createdAt }).from(mentorshipMessages).where(eq(mentorshipMessages.authorId, actor.id)).all();
  const feedback = db.select({ mentorshipId: mentorshipFeedback.mentorshipId, rating: mentorshipFeedback.rating, comment: mentorshipFeedback.comment, createdAt: mentorshipFeedback.createdAt }).from(mentorshipFeedback).where(eq(mentorshipFeedback.authorId, actor.id)).all();
  const notificationRows = db
    .select({ kind: notifications.kind, text: notifications.text, href: notifications.href, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.userId, actor.id))
    .all();
  return {
    exportedAt: new Date().toISOString(),
    account,
    profile: profile ? profileFields : null,
    articles: written,
    sessions,
    mentorshipRequests: requests,
    mentorships: mine,
    messagesWritten: messages,
    feedbackGiven: feedback,
    notificationSettings: settingsOf(db, actor.id),
    notifications: notificationRows,
  };
}

/**
 * Deletes the account and everything private: profile, sessions, drafts,
 * counters. Published guidance stays readable, credited to a former member,
 * as forum posts will.
 */
export async function deleteAccount(db: Db, { actor, password }: { actor: PublicUser; password: string }): Promise<PasswordCheck> {
  const check = await confirmPassword(db, { actor, password });
  if (!check.ok) return check;
  db.transaction((tx) => {
    const email = tx.select({ email: users.email }).from(users).where(eq(users.id, actor.id)).get()?.email;
    tx.delete(articles).where(and(eq(articles.authorId, actor.id), inArray(articles.status, ["draft", "unpublished"]))).run();
    tx.update(articles).set({ author: "A former member", authorId: null }).where(eq(articles.authorId, actor.id)).run();
    if (email) tx.delete(rateLimitEvents).where(eq(rateLimitEvents.key, `sign-in:account:${email}`)).run();
    // Profile and sessions go with the row (ON DELETE CASCADE).
    tx.delete(users).where(eq(users.id, actor.id)).run();
  });
  return { ok: true };
}
