import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";

export const MENTORING_FORMATS = ["video", "chat", "async"] as const;
export const LEARNER_LEVELS = ["beginner", "intermediate", "advanced"] as const;

// One row per account, created on first edit. Lists are JSON arrays of
// strings; topics come from the shared vocabulary (lib/topics).
export const profiles = sqliteTable("profiles", {
  userId: integer()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  headline: text().notNull().default(""),
  bio: text().notNull().default(""), // Markdown, sanitized when shown
  timezone: text().notNull().default("UTC"), // IANA name
  languages: text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  topics: text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),

  // Mentor section: shown once the mentor profile is published.
  mentorPublished: integer({ mode: "boolean" }).notNull().default(false),
  expertise: text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  yearsExperience: integer(),
  formats: text({ mode: "json" }).$type<(typeof MENTORING_FORMATS)[number][]>().notNull().default(sql`'[]'`),
  hoursPerMonth: integer(),
  capacity: integer(),
  acceptingMentees: integer({ mode: "boolean" }).notNull().default(false),
  // Set when the app stopped new requests on the mentor's behalf (three
  // requests in a row left to expire); shown to them and cleared when they
  // accept mentees again.
  pausedReason: text(),
  // Requests left to expire since the mentor last answered one; three in a
  // row pause them (lib/mentorships/expiry).
  expiryStreak: integer().notNull().default(0),

  // Learner section.
  goals: text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  level: text({ enum: LEARNER_LEVELS }),
  preferredLanguages: text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  preferredTimezone: text(),

  updatedAt: integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
});

export type Profile = typeof profiles.$inferSelect;
/** What a member fills in: the row without its key, timestamp and the app's own bookkeeping. */
export type ProfileFields = Omit<Profile, "userId" | "updatedAt" | "pausedReason" | "expiryStreak">;
