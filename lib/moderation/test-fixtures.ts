import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumFlags, forumPosts, forumThreads, mentorshipReports, moderationLog, staffNotes, suspensionAppeals, users, type FlagReason } from "@/db/schema";
import { makeMentorship } from "@/lib/mentorships/space-test-fixtures";
import { addMember, type TestMember } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";

// Rows for the moderation tests, written straight to a real, migrated
// database (the forum's own flows that create them are tested with lib/forum).

export const T0 = new Date("2026-05-04T10:00:00Z");
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const at = (ms: number) => new Date(T0.getTime() + ms);

export function addThread(db: Db, { authorId, categoryId = 1, title = "How do I find my first mentor?", createdAt = T0 }: { authorId: number | null; categoryId?: number; title?: string; createdAt?: Date }) {
  const thread = db.insert(forumThreads).values({ categoryId, authorId, title, createdAt, lastPostAt: createdAt, postCount: 1 }).returning({ id: forumThreads.id }).get();
  const post = addPost(db, { threadId: thread.id, authorId, createdAt, body: "I am new here and would like some advice." });
  return { threadId: thread.id, openingPostId: post };
}

export function addPost(db: Db, { threadId, authorId, createdAt = T0, body = "A reply with an opinion." }: { threadId: number; authorId: number | null; createdAt?: Date; body?: string }): number {
  return db.insert(forumPosts).values({ threadId, authorId, body, createdAt }).returning({ id: forumPosts.id }).get().id;
}

export function addFlag(db: Db, { postId, flaggerId, reason = "spam", note = null, createdAt = T0 }: { postId: number; flaggerId: number; reason?: FlagReason; note?: string | null; createdAt?: Date }) {
  return db.insert(forumFlags).values({ postId, flaggerId, reason, note, createdAt }).returning({ id: forumFlags.id }).get().id;
}

export function suspend(db: Db, userId: number, until: Date, reason = "Repeated personal attacks") {
  db.update(users).set({ suspendedUntil: until, suspensionReason: reason }).where(eq(users.id, userId)).run();
}

export function addReport(db: Db, { learnerId, mentorId, reporterId, reason = "My mentor asked me for money.", createdAt = T0 }: { learnerId: number; mentorId: number; reporterId: number; reason?: string; createdAt?: Date }) {
  const mentorshipId = makeMentorship(db, { learnerId, mentorId });
  const id = db.insert(mentorshipReports).values({ mentorshipId, reporterId, reason, createdAt }).returning({ id: mentorshipReports.id }).get().id;
  return { mentorshipId, reportId: id };
}

export function addAppeal(db: Db, { userId, suspendedUntil, body = "I was quoting someone else, please look again.", createdAt = T0 }: { userId: number; suspendedUntil: Date; body?: string; createdAt?: Date }) {
  return db.insert(suspensionAppeals).values({ userId, suspendedUntil, body, createdAt }).returning({ id: suspensionAppeals.id }).get().id;
}

/** Everything moderation can change, to compare before and after a refused action. */
export function snapshot(db: Db) {
  return {
    users: db.select().from(users).all(),
    threads: db.select().from(forumThreads).all(),
    posts: db.select().from(forumPosts).all(),
    flags: db.select().from(forumFlags).all(),
    log: db.select().from(moderationLog).all(),
    notes: db.select().from(staffNotes).all(),
    appeals: db.select().from(suspensionAppeals).all(),
    reports: db.select().from(mentorshipReports).all(),
  };
}

export const logRows = (db: Db) => db.select().from(moderationLog).all();
export const postRow = (db: Db, id: number) => db.select().from(forumPosts).where(eq(forumPosts.id, id)).get()!;
export const threadRow = (db: Db, id: number) => db.select().from(forumThreads).where(eq(forumThreads.id, id)).get()!;
export const userRow = (db: Db, id: number) => db.select().from(users).where(eq(users.id, id)).get()!;

export type World = {
  db: Db;
  learner: TestMember;
  mentor: TestMember;
  moderator: TestMember;
  admin: TestMember;
  author: TestMember;
  suspended: TestMember;
  threadId: number;
  /** The opening post, by `author`. */
  postId: number;
};

/** A member of each role, a suspended learner, and one thread by `author` with its opening post. */
export function world(): World {
  const { db } = createTestDatabase();
  const learner = addMember(db, "lena");
  const mentor = addMember(db, "marco", { role: "mentor" });
  const moderator = addMember(db, "mona", { role: "moderator" });
  const admin = addMember(db, "adam", { role: "admin" });
  const author = addMember(db, "ava");
  const suspended = addMember(db, "sid");
  suspend(db, suspended.id, at(7 * DAY));
  const { threadId, openingPostId } = addThread(db, { authorId: author.id });
  return { db, learner, mentor, moderator, admin, author, suspended, threadId, postId: openingPostId };
}
