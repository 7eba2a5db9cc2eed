import "server-only";
import type { Root } from "mdast";
import { and, eq, inArray, isNotNull, like } from "drizzle-orm";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import type { Db } from "@/db/client";
import { forumPosts, forumThreads, notifications, users, type ForumThread } from "@/db/schema";
import { notify } from "@/lib/notifications/notify";
import { isPublic, publicPost } from "./visibility";

// Who hears of a new post: the members it @mentions, then the thread's author
// and everyone with a visible post in it. A post or thread that not everyone
// can see (hidden or deleted, whoever may still read it) notifies nobody, so
// no one is ever sent to what they cannot open.

/** Members told of a mention per post; the rest of a long list is ignored. */
export const MAX_MENTIONS = 10;
// Distinct handles looked up per post, so a post full of @words costs one small query.
const MAX_CANDIDATES = 50;
// A handle as lib/accounts/handles makes them (lowercase letters, digits, single
// hyphens), here in any case. The "@" must not follow a letter, digit or
// e-mail character (lena@example.org, /@lena in a URL), and the handle must not
// run on into more of one (@lena@example.org, @lenaé).
const MENTION = /(?<![\p{L}\p{N}_.+\-@/])@([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![\p{L}\p{N}_@]|-[A-Za-z0-9])/gu;
const MAX_HANDLE = 64;

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * The handles a post mentions, lowercased, each once, in order. Only text as
 * it renders counts: not code spans or blocks (their nodes hold no text
 * nodes), nor quotes (quoting a post must not mention its people again).
 */
export function mentionedHandles(markdown: string): string[] {
  const found = new Set<string>();
  visit(parser.parse(markdown) as Root, (node) => {
    if (node.type === "blockquote") return SKIP;
    if (node.type !== "text") return;
    for (const m of node.value.matchAll(MENTION)) {
      const handle = m[1]!.toLowerCase();
      if (handle.length <= MAX_HANDLE) found.add(handle);
    }
  });
  return [...found];
}

/** The members a body mentions that exist, without its author: the first MAX_MENTIONS of them. */
function mentionTargets(db: Db, body: string, authorId: number | null): { id: number; handle: string }[] {
  const handles = mentionedHandles(body).slice(0, MAX_CANDIDATES);
  if (handles.length === 0) return [];
  const ids = new Map(db.select({ id: users.id, handle: users.handle }).from(users).where(inArray(users.handle, handles)).all().map((u) => [u.handle, u.id]));
  return handles
    .flatMap((handle) => {
      const id = ids.get(handle);
      return id !== undefined && id !== authorId ? [{ id, handle }] : [];
    })
    .slice(0, MAX_MENTIONS);
}

/** The thread's author and every author of a visible post in it. */
function participants(db: Db, thread: Pick<ForumThread, "id" | "authorId">): number[] {
  const rows = db
    .selectDistinct({ id: forumPosts.authorId })
    .from(forumPosts)
    .where(and(eq(forumPosts.threadId, thread.id), publicPost(), isNotNull(forumPosts.authorId)))
    .all();
  return [...(thread.authorId !== null ? [thread.authorId] : []), ...rows.map((r) => r.id!)];
}

/** The post with its thread and author's name, when everyone can see both; null otherwise. */
function publicPostWithThread(db: Db, postId: number) {
  const row = db
    .select({ post: forumPosts, thread: forumThreads, authorName: users.displayName })
    .from(forumPosts)
    .innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
    .leftJoin(users, eq(users.id, forumPosts.authorId))
    .where(eq(forumPosts.id, postId))
    .get();
  return row && isPublic(row.post) && isPublic(row.thread) ? { ...row, authorName: row.authorName ?? "A former member" } : null;
}

/**
 * A new post (a reply, or a thread's opening post), inside its transaction.
 * Each member hears of it once: a mention first; a participant who is not
 * told of the mention (not mentioned, or mentions turned off) hears of the reply.
 */
export function notifyNewPost(db: Db, { postId, href, now }: { postId: number; href: string; now: Date }): void {
  const row = publicPostWithThread(db, postId);
  if (!row) return;
  const { post, thread, authorName } = row;
  const mentioned = notify(db, {
    kind: "mention",
    actorId: post.authorId,
    recipients: mentionTargets(db, post.body, post.authorId).map((m) => m.id),
    text: `${authorName} mentioned you in “${thread.title}”.`,
    href,
    now,
  });
  const told = new Set(mentioned);
  notify(db, {
    kind: "forum_reply",
    actorId: post.authorId,
    recipients: participants(db, thread).filter((id) => !told.has(id)),
    text: `${authorName} replied in “${thread.title}”.`,
    href,
    now,
  });
}

/**
 * An edit: members it mentions for the first time are told, unless this post
 * already brought them a notification (an edit that takes a mention out and
 * puts it back does not tell them twice).
 */
export function notifyEditMentions(db: Db, { postId, oldBody, href, now }: { postId: number; oldBody: string; href: string; now: Date }): void {
  const row = publicPostWithThread(db, postId);
  if (!row) return;
  const { post, thread, authorName } = row;
  const before = new Set(mentionedHandles(oldBody));
  const fresh = mentionTargets(db, post.body, post.authorId).filter((m) => !before.has(m.handle));
  if (fresh.length === 0) return;
  // Every notification about a post leads to its anchor, whatever page it is on.
  const already = new Set(
    db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(inArray(notifications.userId, fresh.map((m) => m.id)), like(notifications.href, `%#post-${post.id}`)))
      .all()
      .map((n) => n.userId),
  );
  notify(db, {
    kind: "mention",
    actorId: post.authorId,
    recipients: fresh.map((m) => m.id).filter((id) => !already.has(id)),
    text: `${authorName} mentioned you in “${thread.title}”.`,
    href,
    now,
  });
}
