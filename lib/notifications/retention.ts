import "server-only";
import { and, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emails, notifications, passwordResetTokens } from "@/db/schema";

const DAY = 24 * 60 * 60 * 1000;
export const KEEP_READ_NOTIFICATIONS_DAYS = 180;
export const KEEP_SENT_EMAILS_DAYS = 30;

/**
 * Old read notifications, sent emails and spent reset tokens are dead
 * weight (and the emails hold addresses): dropped hourly by the server.
 * Unread notifications and emails still waiting or failed are kept.
 */
export function pruneNotificationData(db: Db, now = new Date()) {
  const readBefore = new Date(now.getTime() - KEEP_READ_NOTIFICATIONS_DAYS * DAY);
  const sentBefore = new Date(now.getTime() - KEEP_SENT_EMAILS_DAYS * DAY);
  return {
    notifications: db.delete(notifications).where(and(isNotNull(notifications.readAt), lt(notifications.createdAt, readBefore))).run().changes,
    emails: db.delete(emails).where(and(sql`${emails.status} = 'sent'`, lt(emails.createdAt, sentBefore))).run().changes,
    resetTokens: db.delete(passwordResetTokens).where(lt(passwordResetTokens.expiresAt, new Date(now.getTime() - DAY))).run().changes,
  };
}
