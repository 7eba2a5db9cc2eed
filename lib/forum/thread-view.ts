import "server-only";
import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumPosts, users, type Role } from "@/db/schema";
import { renderPostBody } from "./render";
import { asViewer, forumSuspensionMessage, loadMember, refuseReplyTo, visibleThread, type Actor, type Member } from "./access";
import { categoryById, type Category } from "./categories";
import { likedPostIds } from "./likes";
import { FORUM_LIMITS } from "./schema";
import { pageOfPost, type AuthorRef } from "./threads";
import { isPublic, isStaff, postVisibility, showsBody, type PostVisibility } from "./visibility";

// Everything /forum/t/[id] shows, for one viewer: the thread, one page of
// its posts in order (hidden and deleted ones keep their place, shown as
// the viewer may see them), and what the viewer may do with each. lib/
// checks again on every write: these flags only decide which buttons show.

export type PostView = {
  id: number;
  /** Its place in the thread, from 1 (the opening post). */
  number: number;
  author: AuthorRef;
  createdAt: Date;
  editedAt: Date | null;
  visibility: PostVisibility;
  /** The post as stored (for moderation tools): hidden pending review, deleted. */
  hidden: boolean;
  deleted: boolean;
  /** Sanitized HTML of the body; null when the viewer sees only a notice. */
  html: string | null;
  /** Why it was hidden: for its author and staff only. */
  hiddenReason: string | null;
  likeCount: number;
  likedByViewer: boolean;
  isOpening: boolean;
  isAnswer: boolean;
  can: { edit: boolean; delete: boolean; like: boolean; quote: boolean; markAnswer: boolean; unmarkAnswer: boolean };
};

export type ThreadView = {
  thread: {
    id: number;
    title: string;
    category: Category;
    author: AuthorRef;
    createdAt: Date;
    lastPostAt: Date;
    postCount: number;
    pinned: boolean;
    locked: boolean;
    /** Slow mode: its pace, and when the viewer may post next (null: now). */
    slowMode: { minutes: number; nextPostAt: Date | null } | null;
    /** Set for staff and the thread's author when moderators hid it. */
    hidden: { at: Date; reason: string | null } | null;
    /** Set for staff when it was deleted. */
    deletedAt: Date | null;
    /** The reply marked as the answer, when the viewer can see it, and where it is. */
    answer: { postId: number; href: string } | null;
  };
  posts: PostView[];
  page: number;
  pageCount: number;
  viewer: { signedIn: boolean; staff: boolean; isThreadAuthor: boolean };
  /** Whether to show the reply form, and if not, why (null: a visitor, who is offered sign-in). */
  reply: { allowed: true } | { allowed: false; reason: string | null };
  /** For a suspended member: what and until when. */
  suspension: string | null;
};

const authorOf = (r: { authorId: number | null; handle: string | null; displayName: string | null; role: Role | null }): AuthorRef =>
  r.authorId !== null && r.handle !== null && r.displayName !== null && r.role !== null ? { id: r.authorId, handle: r.handle, displayName: r.displayName, role: r.role } : null;

export function loadThread(
  db: Db,
  { actor, threadId, page = 1, now = new Date(), perPage = FORUM_LIMITS.postsPerPage }: { actor: Actor | null; threadId: number; page?: number; now?: Date; perPage?: number },
): ThreadView | null {
  const member = loadMember(db, actor, now);
  const viewer = asViewer(member);
  const thread = visibleThread(db, viewer, threadId);
  if (!thread) return null;
  const category = categoryById(db, thread.categoryId);
  if (!category) return null;
  const staff = isStaff(viewer);

  const total = db.select({ n: count() }).from(forumPosts).where(eq(forumPosts.threadId, thread.id)).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);

  const authorColumns = { authorId: users.id, handle: users.handle, displayName: users.displayName, role: users.role };
  const rows = db
    .select({ post: forumPosts, ...authorColumns })
    .from(forumPosts)
    .leftJoin(users, eq(users.id, forumPosts.authorId))
    .where(eq(forumPosts.threadId, thread.id))
    .orderBy(asc(forumPosts.id))
    .limit(perPage)
    .offset((current - 1) * perPage)
    .all();
  const openingId = current === 1 ? rows[0]?.post.id : db.select({ id: forumPosts.id }).from(forumPosts).where(eq(forumPosts.threadId, thread.id)).orderBy(asc(forumPosts.id)).limit(1).get()?.id;
  const threadAuthor =
    thread.authorId === null
      ? null
      : authorOf(db.select(authorColumns).from(users).where(eq(users.id, thread.authorId)).get() ?? { authorId: null, handle: null, displayName: null, role: null });

  const isThreadAuthor = member !== null && thread.authorId === member.id;
  const suspended = member?.suspension ?? null;
  const active = member !== null && !suspended;
  const threadOpen = isPublic(thread);
  const closed = refuseReplyTo(thread);
  const liked = member ? likedPostIds(db, { userId: member.id, postIds: rows.map((r) => r.post.id) }) : new Set<number>();

  // The answer, when it is a visible reply.
  const answerRow =
    thread.answerPostId !== null
      ? db.select({ id: forumPosts.id, hiddenAt: forumPosts.hiddenAt, deletedAt: forumPosts.deletedAt }).from(forumPosts).where(and(eq(forumPosts.id, thread.answerPostId), eq(forumPosts.threadId, thread.id))).get()
      : undefined;
  const answerId = answerRow && isPublic(answerRow) ? answerRow.id : null;

  const posts: PostView[] = rows.map((r, i) => {
    const p = r.post;
    const visibility = postVisibility(viewer, p);
    const normal = visibility === "normal";
    const mine = member !== null && p.authorId === member.id;
    const isOpening = p.id === openingId;
    const isAnswer = p.id === answerId;
    return {
      id: p.id,
      number: (current - 1) * perPage + i + 1,
      author: authorOf(r),
      createdAt: p.createdAt,
      editedAt: p.editedAt,
      visibility,
      hidden: p.hiddenAt !== null,
      deleted: p.deletedAt !== null,
      html: showsBody(visibility) ? renderPostBody(p.body) : null,
      hiddenReason: visibility === "hidden-own" || visibility === "hidden-staff" ? p.hiddenReason : null,
      likeCount: p.likeCount,
      likedByViewer: liked.has(p.id),
      isOpening,
      isAnswer,
      can: {
        edit: active && mine && normal && threadOpen && !thread.locked,
        delete: active && mine && p.deletedAt === null,
        like: active && !mine && normal && threadOpen,
        quote: active && normal && !closed,
        markAnswer: active && isThreadAuthor && threadOpen && normal && !isOpening && !isAnswer,
        unmarkAnswer: active && isThreadAuthor && threadOpen && isAnswer,
      },
    };
  });

  let reply: ThreadView["reply"];
  if (closed) reply = { allowed: false, reason: closed.message };
  else if (!member) reply = { allowed: false, reason: null };
  else if (suspended) reply = { allowed: false, reason: forumSuspensionMessage(suspended) };
  else reply = { allowed: true };

  return {
    thread: {
      id: thread.id,
      title: thread.title,
      category,
      author: threadAuthor,
      createdAt: thread.createdAt,
      lastPostAt: thread.lastPostAt,
      postCount: thread.postCount,
      pinned: thread.pinned,
      locked: thread.locked,
      slowMode: slowMode(db, thread, member, now),
      hidden: thread.hiddenAt !== null ? { at: thread.hiddenAt, reason: thread.hiddenReason } : null,
      deletedAt: staff ? thread.deletedAt : null,
      answer: answerId !== null ? { postId: answerId, href: `/forum/t/${thread.id}${answerPage(db, thread.id, answerId)}#post-${answerId}` } : null,
    },
    posts,
    page: current,
    pageCount,
    viewer: { signedIn: member !== null, staff, isThreadAuthor },
    reply,
    suspension: suspended ? forumSuspensionMessage(suspended) : null,
  };
}

function answerPage(db: Db, threadId: number, postId: number): string {
  const page = pageOfPost(db, { threadId, postId });
  return page > 1 ? `?page=${page}` : "";
}

function slowMode(db: Db, thread: { id: number; slowModeMinutes: number | null }, member: Member | null, now: Date): ThreadView["thread"]["slowMode"] {
  const minutes = thread.slowModeMinutes;
  if (!minutes || minutes <= 0) return null;
  const slowed = member !== null && member.role !== "moderator" && member.role !== "admin";
  return { minutes, nextPostAt: slowed ? slowModeNextAt(db, { userId: member.id, threadId: thread.id, minutes, now }) : null };
}

/** When the member's next post in a slow-mode thread is allowed, or null when it already is. */
function slowModeNextAt(db: Db, { userId, threadId, minutes, now }: { userId: number; threadId: number; minutes: number; now: Date }): Date | null {
  const last = db
    .select({ createdAt: forumPosts.createdAt })
    .from(forumPosts)
    .where(and(eq(forumPosts.threadId, threadId), eq(forumPosts.authorId, userId)))
    .orderBy(desc(forumPosts.createdAt))
    .limit(1)
    .get();
  if (!last) return null;
  const next = new Date(last.createdAt.getTime() + minutes * 60_000);
  return next > now ? next : null;
}
