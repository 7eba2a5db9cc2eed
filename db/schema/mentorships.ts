import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";

export const REQUEST_STATUSES = ["pending", "needs_info", "accepted", "declined", "withdrawn", "expired"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
/** Statuses in which a request still waits for someone: they count against the limits. */
export const OPEN_REQUEST_STATUSES = ["pending", "needs_info"] as const satisfies readonly RequestStatus[];

export const DECLINE_REASONS = ["no_capacity", "not_my_expertise", "schedule", "language", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const MENTORSHIP_STATUSES = ["active", "completed", "cancelled"] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

// A learner asks a mentor. The state machine lives in lib/mentorships/requests.
export const mentorshipRequests = sqliteTable(
  "mentorship_requests",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    learnerId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    mentorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text().notNull(),
    goals: text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    status: text({ enum: REQUEST_STATUSES }).notNull().default("pending"),
    // "Needs more info": the mentor's question and the learner's answer.
    question: text(),
    answer: text(),
    declineReason: text({ enum: DECLINE_REASONS }),
    declineNote: text(),
    createdAt: integer({ mode: "timestamp" }).notNull(),
    // The mentor's first answer of any kind (question, accept, decline): the
    // "usually replies within" figure is computed from these.
    firstResponseAt: integer({ mode: "timestamp" }),
    // When the request stops waiting: 14 days after it was sent, and again
    // after the learner answers a question.
    expiresAt: integer({ mode: "timestamp" }).notNull(),
    closedAt: integer({ mode: "timestamp" }),
    // True when it expired while waiting for the mentor (it counts towards the auto-pause).
    expiredOnMentor: integer({ mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    // One open request per learner and mentor, whatever the application does.
    uniqueIndex("mentorship_requests_open_pair_idx")
      .on(t.learnerId, t.mentorId)
      .where(sql`status IN ('pending', 'needs_info')`),
    index("mentorship_requests_learner_idx").on(t.learnerId, t.status),
    index("mentorship_requests_mentor_idx").on(t.mentorId, t.status),
    index("mentorship_requests_expiry_idx").on(t.status, t.expiresAt),
    index("mentorship_requests_created_idx").on(t.createdAt),
    check("mentorship_requests_not_self", sql`learner_id <> mentor_id`),
  ],
);

export const mentorships = sqliteTable(
  "mentorships",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    requestId: integer()
      .notNull()
      .unique()
      .references(() => mentorshipRequests.id, { onDelete: "cascade" }),
    learnerId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    mentorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text({ enum: MENTORSHIP_STATUSES }).notNull().default("active"),
    createdAt: integer({ mode: "timestamp" }).notNull(),
    endedAt: integer({ mode: "timestamp" }),
    endedBy: integer().references(() => users.id, { onDelete: "set null" }),
    endReason: text(),
  },
  (t) => [
    index("mentorships_mentor_idx").on(t.mentorId, t.status),
    index("mentorships_learner_idx").on(t.learnerId, t.status),
    index("mentorships_created_idx").on(t.createdAt),
  ],
);

export const mentorshipGoals = sqliteTable(
  "mentorship_goals",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    mentorshipId: integer()
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    text: text().notNull(),
    position: integer().notNull(),
    doneAt: integer({ mode: "timestamp" }),
    doneBy: integer().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("mentorship_goals_mentorship_idx").on(t.mentorshipId, t.position)],
);

export const mentorshipMessages = sqliteTable(
  "mentorship_messages",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    mentorshipId: integer()
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(), // Markdown, sanitized when shown
    createdAt: integer({ mode: "timestamp" }).notNull(),
  },
  (t) => [index("mentorship_messages_mentorship_idx").on(t.mentorshipId, t.id)],
);

export const mentorshipSessions = sqliteTable(
  "mentorship_sessions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    mentorshipId: integer()
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    startsAt: integer({ mode: "timestamp" }).notNull(),
    durationMinutes: integer().notNull().default(60),
    notes: text().notNull().default(""),
    nextSteps: text().notNull().default(""),
    createdBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: integer({ mode: "timestamp" }).notNull(),
  },
  (t) => [index("mentorship_sessions_mentorship_idx").on(t.mentorshipId, t.startsAt)],
);

// Left after a completed mentorship; hidden from the other member until both
// have written or the window has passed (lib/mentorships/feedback).
export const mentorshipFeedback = sqliteTable(
  "mentorship_feedback",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    mentorshipId: integer()
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    authorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rating: integer().notNull(),
    comment: text().notNull().default(""),
    createdAt: integer({ mode: "timestamp" }).notNull(),
  },
  (t) => [uniqueIndex("mentorship_feedback_author_idx").on(t.mentorshipId, t.authorId), check("mentorship_feedback_rating", sql`rating BETWEEN 1 AND 5`)],
);

// A member's report of a problem; moderators review it (the forum's review
// queue picks these up once it exists).
export const mentorshipReports = sqliteTable(
  "mentorship_reports",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    mentorshipId: integer()
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    reporterId: integer().references(() => users.id, { onDelete: "set null" }),
    reason: text().notNull(),
    status: text({ enum: ["open", "resolved"] }).notNull().default("open"),
    createdAt: integer({ mode: "timestamp" }).notNull(),
  },
  (t) => [index("mentorship_reports_status_idx").on(t.status, t.createdAt)],
);

export type MentorshipRequest = typeof mentorshipRequests.$inferSelect;
export type Mentorship = typeof mentorships.$inferSelect;
