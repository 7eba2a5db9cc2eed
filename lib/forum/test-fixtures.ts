import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumCategories, forumPosts, forumThreads, users, type Role } from "@/db/schema";
import { addMember, type TestMember } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";
import { createThread } from "./threads";

// Shared by the forum tests: a migrated database with the six seeded
// categories and members of every role, all older than a day (so the
// new-account limits stay out of the way unless a test asks for them).

export const T0 = new Date("2026-03-02T10:00:00Z");
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function member(db: Db, handle: string, { role = "learner", createdAt = new Date(T0.getTime() - 30 * DAY) }: { role?: Role; createdAt?: Date } = {}): TestMember {
  const m = addMember(db, handle, { role });
  db.update(users).set({ createdAt }).where(eq(users.id, m.id)).run();
  return m;
}

export function suspend(db: Db, userId: number, until: Date, reason = "Spam in the forum") {
  db.update(users).set({ suspendedUntil: until, suspensionReason: reason }).where(eq(users.id, userId)).run();
}

export function setup() {
  const { db } = createTestDatabase();
  const lena = member(db, "lena");
  const marco = member(db, "marco", { role: "mentor" });
  const sam = member(db, "sam");
  const mod = member(db, "mona", { role: "moderator" });
  const admin = member(db, "ada", { role: "admin" });
  const categories = db.select().from(forumCategories).orderBy(forumCategories.position).all();
  const category = categories[0]!;
  return { db, lena, marco, sam, mod, admin, categories, category };
}

/** A thread written at `now` by `author`; throws when refused (tests of refusals call createThread). */
export function thread(db: Db, { author, categoryId, title = "How do I find a mentor?", body = "I am new here and looking for advice.", now = T0 }: { author: { id: number }; categoryId: number; title?: string; body?: string; now?: Date }) {
  const result = createThread(db, { actor: author, categoryId, title, body, now });
  if (!result.ok) throw new Error(`thread refused: ${result.message}`);
  return result;
}

/** Moderation, as the moderation tools will do it: straight to the rows. */
export function hidePost(db: Db, postId: number, reason = "Flagged three times", at = T0) {
  db.update(forumPosts).set({ hiddenAt: at, hiddenReason: reason }).where(eq(forumPosts.id, postId)).run();
}
export function hideThread(db: Db, threadId: number, reason = "Off topic", at = T0) {
  db.update(forumThreads).set({ hiddenAt: at, hiddenReason: reason }).where(eq(forumThreads.id, threadId)).run();
}
export function setThread(db: Db, threadId: number, values: Partial<typeof forumThreads.$inferInsert>) {
  db.update(forumThreads).set(values).where(eq(forumThreads.id, threadId)).run();
}
export const threadRow = (db: Db, id: number) => db.select().from(forumThreads).where(eq(forumThreads.id, id)).get()!;
export const postRow = (db: Db, id: number) => db.select().from(forumPosts).where(eq(forumPosts.id, id)).get()!;
export const at = (ms: number) => new Date(T0.getTime() + ms);
