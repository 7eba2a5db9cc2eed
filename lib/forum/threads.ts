import "server-only";
import { and, count, desc, eq, isNull, lte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { forumPosts, forumThreads, users, type Role } from "@/db/schema";
import { refuse, writer, type Actor, type Result } from "./access";
import { categoryById } from "./categories";
import { checkBurst, checkLinks, checkNewThreadAllowance } from "./limits";
import { notifyNewPost } from "./notifications";
import { fieldErrorsOf, FORUM_LIMITS, isRowId, newThreadSchema } from "./schema";
import { refreshThreadStats } from "./stats";
import { threadVisibleTo, type Viewer } from "./visibility";

// Threads: starting one (with its opening post, in one transaction) and the
// list of a category, pinned first, then by latest activity.

export type AuthorRef = { id: number; handle: string; displayName: string; role: Role } | null;

export type ThreadSummary = {
  id: number;
  title: string;
  author: AuthorRef;
  createdAt: Date;
  lastPostAt: Date;
  /** Visible posts after the opening one. */
  replyCount: number;
  pinned: boolean;
  locked: boolean;
  /** The thread's author marked a reply, and it is visible. */
  answered: boolean;
  /** Shown marked to staff and the thread's author only. */
  hidden: boolean;
  /** Shown marked to staff only. */
  deleted: boolean;
};

export type ThreadList = { threads: ThreadSummary[]; page: number; pageCount: number; total: number };

/** Starts a thread: the thread and its opening post, counted in one transaction. */
export function createThread(
  db: Db,
  { actor, categoryId, title, body, now = new Date() }: { actor: Actor | null; categoryId: number; title: string; body: string; now?: Date },
): Result<{ threadId: number; postId: number }> {
  const access = writer(db, actor, now);
  if (!access.ok) return access;
  const { member } = access;
  if (!isRowId(categoryId) || !categoryById(db, categoryId)) return refuse("This category was not found.", 404);
  const parsed = newThreadSchema.safeParse({ title, body });
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error));
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const limited = checkNewThreadAllowance(t, member, now) ?? checkBurst(t, member, now) ?? checkLinks(member, parsed.data.body, now);
      if (limited) return limited;
      const thread = t
        .insert(forumThreads)
        .values({ categoryId, authorId: member.id, title: parsed.data.title, createdAt: now, lastPostAt: now, postCount: 0 })
        .returning({ id: forumThreads.id })
        .get();
      const post = t.insert(forumPosts).values({ threadId: thread.id, authorId: member.id, body: parsed.data.body, createdAt: now }).returning({ id: forumPosts.id }).get();
      refreshThreadStats(t, thread.id);
      notifyNewPost(t, { postId: post.id, href: postHref(t, { threadId: thread.id, postId: post.id }), now });
      return { ok: true as const, threadId: thread.id, postId: post.id };
    },
    { behavior: "immediate" },
  );
}

/** A category's threads the viewer may see, pinned first, then by latest activity; 20 a page. */
export function listThreads(db: Db, { viewer, categoryId, page = 1, perPage = FORUM_LIMITS.threadsPerPage }: { viewer: Viewer; categoryId: number; page?: number; perPage?: number }): ThreadList {
  const where: SQL | undefined = and(eq(forumThreads.categoryId, categoryId), threadVisibleTo(viewer));
  const total = db.select({ n: count() }).from(forumThreads).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const answer = alias(forumPosts, "answer");
  const rows = db
    .select({
      id: forumThreads.id,
      title: forumThreads.title,
      createdAt: forumThreads.createdAt,
      lastPostAt: forumThreads.lastPostAt,
      postCount: forumThreads.postCount,
      pinned: forumThreads.pinned,
      locked: forumThreads.locked,
      hiddenAt: forumThreads.hiddenAt,
      deletedAt: forumThreads.deletedAt,
      answerId: answer.id,
      authorId: users.id,
      handle: users.handle,
      displayName: users.displayName,
      role: users.role,
    })
    .from(forumThreads)
    .leftJoin(users, eq(users.id, forumThreads.authorId))
    .leftJoin(answer, and(eq(answer.id, forumThreads.answerPostId), eq(answer.threadId, forumThreads.id), isNull(answer.hiddenAt), isNull(answer.deletedAt)))
    .where(where)
    .orderBy(desc(forumThreads.pinned), desc(forumThreads.lastPostAt), desc(forumThreads.id))
    .limit(perPage)
    .offset((current - 1) * perPage)
    .all();
  return {
    threads: rows.map((r) => ({
      id: r.id,
      title: r.title,
      author: r.authorId !== null && r.handle !== null && r.displayName !== null && r.role !== null ? { id: r.authorId, handle: r.handle, displayName: r.displayName, role: r.role } : null,
      createdAt: r.createdAt,
      lastPostAt: r.lastPostAt,
      replyCount: Math.max(0, r.postCount - 1),
      pinned: r.pinned,
      locked: r.locked,
      answered: r.answerId !== null,
      hidden: r.hiddenAt !== null,
      deleted: r.deletedAt !== null,
    })),
    page: current,
    pageCount,
    total,
  };
}

/** The page of its thread a post is on (posts in order, 20 a page, hidden and deleted ones keeping their place). */
export function pageOfPost(db: Db, { threadId, postId, perPage = FORUM_LIMITS.postsPerPage }: { threadId: number; postId: number; perPage?: number }): number {
  const n = db
    .select({ n: count() })
    .from(forumPosts)
    .where(and(eq(forumPosts.threadId, threadId), lte(forumPosts.id, postId)))
    .get()?.n ?? 1;
  return Math.max(1, Math.ceil(n / perPage));
}

/** Where a post is: its thread's page and anchor. */
export function postHref(db: Db, { threadId, postId }: { threadId: number; postId: number }): string {
  const page = pageOfPost(db, { threadId, postId });
  return `/forum/t/${threadId}${page > 1 ? `?page=${page}` : ""}#post-${postId}`;
}
