import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const ROLES = ["learner", "mentor", "moderator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const users = sqliteTable(
  "users",
  {
  id: integer().primaryKey({ autoIncrement: true }),
  // Stored lowercased and trimmed: one account per address whatever its case.
  email: text().notNull().unique(),
  // Null for accounts that only sign in with an OAuth provider.
  passwordHash: text(),
  handle: text().notNull().unique(),
  displayName: text().notNull(),
  role: text({ enum: ROLES }).notNull().default("learner"),
  // Bumped by sign-out-everywhere and password changes: sessions carrying an
  // older version are refused on their next request.
  sessionVersion: integer().notNull().default(0),
  // A suspended member can read but not act until this moment (moderation).
  suspendedUntil: integer({ mode: "timestamp" }),
  suspensionReason: text(),
  createdAt: integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
  updatedAt: integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
  },
  // The admin dashboard counts sign-ups per week.
  (t) => [index("users_created_at_idx").on(t.createdAt)],
);

// One row per counted event (a failed sign-in, a sign-up) under a key such as
// "sign-in:ip:203.0.113.9": a sliding window is a count over recent rows, and
// it survives restarts because it lives in the database.
export const rateLimitEvents = sqliteTable(
  "rate_limit_events",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    key: text().notNull(),
    at: integer().notNull(), // milliseconds since the epoch
  },
  (t) => [index("rate_limit_events_key_at_idx").on(t.key, t.at)],
);

export type User = typeof users.$inferSelect;

// One row per signed-in browser. The JWT carries its id; signing out revokes
// the row, so a copied token stops working too, not just the cookie.
export const userSessions = sqliteTable(
  "user_sessions",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
    revokedAt: integer({ mode: "timestamp" }),
  },
  (t) => [index("user_sessions_user_id_idx").on(t.userId)],
);
