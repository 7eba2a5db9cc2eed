import "server-only";
import { and, asc, count, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumPosts, forumThreads, users, type ForumPost, type ForumThread } from "@/db/schema";
import { asViewer, loadMember, LOCKED_MESSAGE, POST_NOT_FOUND, refuse, refuseReplyTo, THREAD_NOT_FOUND, visibleThread, writer, type Actor, type Member, type Result } from "./access";
import { checkBurst, checkLinks, checkNewReplyAllowance, checkSlowMode } from "./limits";
import { notifyEditMentions, notifyNewPost } from "./notifications";
import { editSchema, fieldErrorsOf, FORUM_LIMITS, isRowId, replySchema } from "./schema";
import { refreshThreadStats } from "./stats";
import { pageOfPost, postHref } from "./threads";
import { canSeeThread, isPublic, postVisibility, publicPost, type Viewer } from "./visibility";

// Posts: replies, edits and deletions of one's own posts, and quotes. Every
// write checks the member (signed in, not suspended), the thread (visible,
// not locked), the limits, and only then writes, in one transaction that
// also keeps the thread's counts in step. A refusal writes nothing.

/** The id of a thread's opening post (the first one written). */
export function openingPostId(db: Db, threadId: number): number | null {
  return db.select({ id: forumPosts.id }).from(forumPosts).where(eq(forumPosts.threadId, threadId)).orderBy(asc(forumPosts.id)).limit(1).get()?.id ?? null;
}

/** Replies to a thread; answers where the new post is (its page). */
export function replyToThread(
  db: Db,
  { actor, threadId, body, now = new Date() }: { actor: Actor | null; threadId: number; body: string; now?: Date },
): Result<{ postId: number; page: number }> {
  const access = writer(db, actor, now);
  if (!access.ok) return access;
  const { member } = access;
  const thread = visibleThread(db, asViewer(member), threadId);
  if (!thread) return refuse(THREAD_NOT_FOUND, 404);
  const closed = refuseReplyTo(thread);
  if (closed) return closed;
  const parsed = replySchema.safeParse({ body });
  if (!parsed.success) return refuse("Please correct your reply.", 400, fieldErrorsOf(parsed.error));
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      // Read again inside the transaction: a moderator may have locked it since.
      const current = t.select().from(forumThreads).where(eq(forumThreads.id, thread.id)).get();
      if (!current) return refuse(THREAD_NOT_FOUND, 404);
      const limited =
        refuseReplyTo(current) ??
        checkSlowMode(t, member, current, now) ??
        checkNewReplyAllowance(t, member, now) ??
        checkBurst(t, member, now) ??
        checkLinks(member, parsed.data.body, now);
      if (limited) return limited;
      const post = t.insert(forumPosts).values({ threadId: current.id, authorId: member.id, body: parsed.data.body, createdAt: now }).returning({ id: forumPosts.id }).get();
      refreshThreadStats(t, current.id);
      notifyNewPost(t, { postId: post.id, href: postHref(t, { threadId: current.id, postId: post.id }), now });
      return { ok: true as const, postId: post.id, page: pageOfPost(t, { threadId: current.id, postId: post.id }) };
    },
    { behavior: "immediate" },
  );
}

export const NOT_YOURS = "You can only change your own posts.";

type Owned = { member: Member; post: ForumPost; thread: ForumThread; isOpening: boolean };

/**
 * The member's own post, for a change. Someone else's post they can see is
 * 403; a post they cannot see (or that does not exist, or was deleted) is 404.
 */
function ownPost(db: Db, actor: Actor | null, postId: number, now: Date): Result<Owned> {
  const access = writer(db, actor, now);
  if (!access.ok) return access;
  const { member } = access;
  if (!isRowId(postId)) return refuse(POST_NOT_FOUND, 404);
  const post = db.select().from(forumPosts).where(eq(forumPosts.id, postId)).get();
  const thread = post && db.select().from(forumThreads).where(eq(forumThreads.id, post.threadId)).get();
  const viewer = asViewer(member);
  if (!post || !thread || !canSeeThread(viewer, thread) || post.deletedAt !== null) return refuse(POST_NOT_FOUND, 404);
  if (post.authorId !== member.id) {
    return postVisibility(viewer, post) === "normal" ? refuse(NOT_YOURS, 403) : refuse(POST_NOT_FOUND, 404);
  }
  return { ok: true, member, post, thread, isOpening: openingPostId(db, thread.id) === post.id };
}

export type EditablePost = { id: number; threadId: number; threadTitle: string; body: string; isOpening: boolean };

/** The member's own post as the edit form shows it; refused like the edit itself would be. */
export function postForEdit(db: Db, { actor, postId, now = new Date() }: { actor: Actor | null; postId: number; now?: Date }): Result<{ post: EditablePost }> {
  const owned = ownPost(db, actor, postId, now);
  if (!owned.ok) return owned;
  const refused = refuseEdit(owned);
  if (refused) return refused;
  const { post, thread, isOpening } = owned;
  return { ok: true, post: { id: post.id, threadId: thread.id, threadTitle: thread.title, body: post.body, isOpening } };
}

function refuseEdit({ post, thread }: Owned) {
  if (post.hiddenAt !== null) return refuse("This post is hidden pending review: it cannot be edited until a moderator has looked at it.", 409);
  if (!isPublic(thread)) return refuse("This thread is hidden pending review: its posts cannot be edited until a moderator has looked at it.", 409);
  if (thread.locked) return refuse(LOCKED_MESSAGE, 409);
  return null;
}

/**
 * Edits one's own post (and, for the opening post, the thread's title).
 * Marked "edited" with the time.
 */
export function editPost(
  db: Db,
  { actor, postId, body, title, now = new Date() }: { actor: Actor | null; postId: number; body: string; title?: string; now?: Date },
): Result<{ threadId: number; postId: number; page: number }> {
  const owned = ownPost(db, actor, postId, now);
  if (!owned.ok) return owned;
  const refused = refuseEdit(owned);
  if (refused) return refused;
  const { member, post, thread, isOpening } = owned;
  const parsed = editSchema.safeParse({ body, title: isOpening ? title : undefined });
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error));
  const linkRefusal = checkLinks(member, parsed.data.body, now);
  if (linkRefusal) return linkRefusal;
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const current = t.select({ locked: forumThreads.locked }).from(forumThreads).where(eq(forumThreads.id, thread.id)).get();
      if (current?.locked) return refuse(LOCKED_MESSAGE, 409);
      const changedBody = parsed.data.body !== post.body;
      const changedTitle = parsed.data.title !== undefined && parsed.data.title !== thread.title;
      if (changedBody) t.update(forumPosts).set({ body: parsed.data.body, editedAt: now }).where(eq(forumPosts.id, post.id)).run();
      if (changedTitle) {
        t.update(forumThreads).set({ title: parsed.data.title }).where(eq(forumThreads.id, thread.id)).run();
        if (!changedBody) t.update(forumPosts).set({ editedAt: now }).where(eq(forumPosts.id, post.id)).run();
      }
      if (changedBody) notifyEditMentions(t, { postId: post.id, oldBody: post.body, href: postHref(t, { threadId: thread.id, postId: post.id }), now });
      return { ok: true as const, threadId: thread.id, postId: post.id, page: pageOfPost(t, { threadId: thread.id, postId: post.id }) };
    },
    { behavior: "immediate" },
  );
}

/**
 * Deletes one's own post: it stays in the database (moderators can still see
 * it) and shows as "This post was deleted". Deleting the opening post of a
 * thread nobody has answered (no visible reply) deletes the thread too.
 */
export function deletePost(
  db: Db,
  { actor, postId, now = new Date() }: { actor: Actor | null; postId: number; now?: Date },
): Result<{ threadId: number; categoryId: number; threadDeleted: boolean }> {
  const owned = ownPost(db, actor, postId, now);
  if (!owned.ok) return owned;
  const { member, post, thread, isOpening } = owned;
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      t.update(forumPosts).set({ deletedAt: now, deletedBy: member.id }).where(eq(forumPosts.id, post.id)).run();
      if (thread.answerPostId === post.id) t.update(forumThreads).set({ answerPostId: null }).where(eq(forumThreads.id, thread.id)).run();
      let threadDeleted = false;
      if (isOpening) {
        const replies = t
          .select({ n: count() })
          .from(forumPosts)
          .where(and(eq(forumPosts.threadId, thread.id), ne(forumPosts.id, post.id), publicPost()))
          .get()?.n ?? 0;
        if (replies === 0) {
          t.update(forumThreads).set({ deletedAt: now }).where(eq(forumThreads.id, thread.id)).run();
          threadDeleted = true;
        }
      }
      refreshThreadStats(t, thread.id);
      return { ok: true as const, threadId: thread.id, categoryId: thread.categoryId, threadDeleted };
    },
    { behavior: "immediate" },
  );
}

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~]/g;

/**
 * A post as a Markdown blockquote for the reply box ("> **Lena** wrote:" and
 * the post, cut to 1,500 characters), or null when the viewer cannot see the
 * post as everyone does (hidden, deleted, or in another thread).
 */
export function quotePost(db: Db, { viewer, postId, threadId }: { viewer: Viewer; postId: number; threadId?: number }): string | null {
  if (!isRowId(postId)) return null;
  const row = db
    .select({ post: forumPosts, name: users.displayName })
    .from(forumPosts)
    .leftJoin(users, eq(users.id, forumPosts.authorId))
    .where(eq(forumPosts.id, postId))
    .get();
  if (!row || (threadId !== undefined && row.post.threadId !== threadId)) return null;
  if (!isPublic(row.post)) return null;
  const thread = visibleThread(db, viewer, row.post.threadId);
  if (!thread) return null;
  const max = FORUM_LIMITS.quoteChars;
  const text = row.post.body.length > max ? `${row.post.body.slice(0, max).trimEnd()} …` : row.post.body;
  const who = (row.name ?? "A former member").replace(MARKDOWN_SPECIAL, "\\$&");
  const quoted = text
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
  return `> **${who}** wrote:\n>\n${quoted}\n\n`;
}

/** For pages: the member acting, if any, as a viewer (role read from the database). */
export function viewerOf(db: Db, actor: Actor | null, now = new Date()): Viewer {
  return asViewer(loadMember(db, actor, now));
}
