import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";

// What a member can be told about; each kind has its own setting.
export const NOTIFICATION_KINDS = ["request", "message", "forum_reply", "mention", "moderation"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

// "email" means in the app and by email: an email never comes without the
// notification it is about.
export const NOTIFICATION_CHANNELS = ["app", "email", "off"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const notifications = sqliteTable(
  "notifications",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text({ enum: NOTIFICATION_KINDS }).notNull(),
    // Who caused it; null for the system (an expiry) or a deleted account.
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    // Plain text written when the event happened, shown escaped.
    text: text().notNull(),
    // A path inside the app ("/requests/12"): where following it leads.
    href: text().notNull(),
    createdAt: integer({ mode: "timestamp" }).notNull(),
    readAt: integer({ mode: "timestamp" }),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.id),
    // The bell's count runs on every page view of a member: only unread rows are read.
    index("notifications_unread_idx")
      .on(t.userId)
      .where(sql`read_at IS NULL`),
  ],
);

// Absent row = the kind's default (lib/notifications/settings.ts).
export const notificationSettings = sqliteTable(
  "notification_settings",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text({ enum: NOTIFICATION_KINDS }).notNull(),
    channel: text({ enum: NOTIFICATION_CHANNELS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export const EMAIL_KINDS = [...NOTIFICATION_KINDS, "password_reset"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

// pending: waiting for (another) attempt; sent: handed to SMTP or kept in the
// local outbox; failed: gave up after the last retry (an admin can retry).
export const EMAIL_STATUSES = ["pending", "sent", "failed"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

// Every email goes through this table first: the request that causes one only
// inserts a row, and delivery happens beside it, retried on failure. Without
// SMTP_URL the table is the outbox itself (/dev/outbox in development).
export const emails = sqliteTable(
  "emails",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    // The URL for the List-Unsubscribe header; null for account emails.
    unsubscribeUrl: text(),
    kind: text({ enum: EMAIL_KINDS }).notNull(),
    status: text({ enum: EMAIL_STATUSES }).notNull().default("pending"),
    transport: text({ enum: ["smtp", "outbox"] }),
    attempts: integer().notNull().default(0),
    lastError: text(),
    nextAttemptAt: integer({ mode: "timestamp_ms" }).notNull(),
    sentAt: integer({ mode: "timestamp" }),
    createdAt: integer({ mode: "timestamp" }).notNull(),
  },
  (t) => [index("emails_due_idx").on(t.status, t.nextAttemptAt), index("emails_created_idx").on(t.createdAt)],
);

// Only a hash of the token is kept: the database alone cannot reset anyone's password.
export const passwordResetTokens = sqliteTable(
  "password_reset_tokens",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    createdAt: integer({ mode: "timestamp" }).notNull(),
    expiresAt: integer({ mode: "timestamp" }).notNull(),
    usedAt: integer({ mode: "timestamp" }),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

export type Notification = typeof notifications.$inferSelect;
export type Email = typeof emails.$inferSelect;
