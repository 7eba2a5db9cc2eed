import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";

export const forumCategories = sqliteTable("forum_categories", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull(),
  position: integer().notNull(),
});

export const forumThreads = sqliteTable(
  "forum_threads",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    categoryId: integer()
      .notNull()
      .references(() => forumCategories.id),
    // Null once the author deleted their account: the thread stays, credited to a former member.
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    title: text().notNull(),
    createdAt: integer({ mode: "timestamp" }).notNull(),
    // Kept in step by lib/forum on every visible post: lists sort by it.
    lastPostAt: integer({ mode: "timestamp" }).notNull(),
    postCount: integer().notNull().default(0),
    pinned: integer({ mode: "boolean" }).notNull().default(false),
    locked: integer({ mode: "boolean" }).notNull().default(false),
    // Hidden by a moderator: visible to staff only, with the reason.
    hiddenAt: integer({ mode: "timestamp" }),
    hiddenReason: text(),
    deletedAt: integer({ mode: "timestamp" }),
    // One post per member per this many minutes (moderators' slow mode); null when off.
    slowModeMinutes: integer(),
    // The reply the thread's author marked as the answer that helped.
    answerPostId: integer(),
  },
  (t) => [index("forum_threads_category_idx").on(t.categoryId, t.pinned, t.lastPostAt), index("forum_threads_author_idx").on(t.authorId, t.createdAt)],
);

export const forumPosts = sqliteTable(
  "forum_posts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    threadId: integer()
      .notNull()
      .references(() => forumThreads.id, { onDelete: "cascade" }),
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(), // Markdown, sanitized when shown
    createdAt: integer({ mode: "timestamp" }).notNull(),
    editedAt: integer({ mode: "timestamp" }),
    // Hidden by three flags or by a moderator, pending review; staff still see it.
    hiddenAt: integer({ mode: "timestamp" }),
    hiddenReason: text(),
    deletedAt: integer({ mode: "timestamp" }),
    deletedBy: integer().references(() => users.id, { onDelete: "set null" }),
    likeCount: integer().notNull().default(0),
  },
  (t) => [index("forum_posts_thread_idx").on(t.threadId, t.id), index("forum_posts_author_idx").on(t.authorId, t.createdAt), index("forum_posts_created_idx").on(t.createdAt)],
);

export const forumPostLikes = sqliteTable(
  "forum_post_likes",
  {
    postId: integer()
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

export const FLAG_REASONS = ["spam", "harassment", "off_topic", "other"] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export const forumFlags = sqliteTable(
  "forum_flags",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    postId: integer()
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    flaggerId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text({ enum: FLAG_REASONS }).notNull(),
    note: text(),
    createdAt: integer({ mode: "timestamp" }).notNull(),
    // Set when a moderator reviewed the post (approved, hid, deleted or restored it).
    resolvedAt: integer({ mode: "timestamp" }),
  },
  (t) => [uniqueIndex("forum_flags_once_idx").on(t.postId, t.flaggerId), index("forum_flags_open_idx").on(t.resolvedAt, t.createdAt), index("forum_flags_flagger_idx").on(t.flaggerId, t.createdAt), index("forum_flags_created_idx").on(t.createdAt)],
);

// What moderators did, to what, why and when. Append-only: triggers in the
// migration refuse every UPDATE and DELETE, so nobody can edit the record.
export const moderationLog = sqliteTable(
  "moderation_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    actorId: integer(), // no foreign key: the record outlives accounts
    actorName: text().notNull(),
    action: text().notNull(),
    targetType: text({ enum: ["post", "thread", "user", "report", "appeal"] }).notNull(),
    targetId: integer().notNull(),
    reason: text(),
    createdAt: integer({ mode: "timestamp" }).notNull(),
  },
  (t) => [index("moderation_log_created_idx").on(t.createdAt), index("moderation_log_action_idx").on(t.action, t.createdAt)],
);

// Private notes staff keep about a member.
export const staffNotes = sqliteTable(
  "staff_notes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: integer({ mode: "timestamp" }).notNull(),
  },
  (t) => [index("staff_notes_user_idx").on(t.userId, t.createdAt)],
);

// A suspended member's one appeal per suspension; it lands in the review queue.
export const suspensionAppeals = sqliteTable(
  "suspension_appeals",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The suspension it answers (its end, as set): one appeal per suspension.
    suspendedUntil: integer({ mode: "timestamp" }).notNull(),
    body: text().notNull(),
    createdAt: integer({ mode: "timestamp" }).notNull(),
    resolvedAt: integer({ mode: "timestamp" }),
  },
  (t) => [uniqueIndex("suspension_appeals_once_idx").on(t.userId, t.suspendedUntil), check("suspension_appeals_body", sql`length(body) > 0`)],
);

export type ForumThread = typeof forumThreads.$inferSelect;
export type ForumPost = typeof forumPosts.$inferSelect;
