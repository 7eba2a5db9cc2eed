import "server-only";
import type { Root } from "mdast";
import { and, asc, count, desc, eq, gt, ne, sql } from "drizzle-orm";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { Db } from "@/db/client";
import { forumPosts, forumThreads } from "@/db/schema";
import { refuse, type Refusal } from "@/lib/mentorships/result";
import type { Member } from "./access";
import { formatUntil } from "./time";

// Limits on writing, counted from the forum's own rows (so deleting a post
// never gives a turn back, and a restart forgets nothing):
// - new accounts (younger than 24 hours; staff excepted) start at most 3
//   threads and post at most 10 replies in 24 hours, with at most 2 links a post;
// - everyone posts at most 5 times a minute (threads and replies together).
// Each refusal says what the limit is and until when it holds. The checks
// run inside the write's transaction, so two requests cannot both take the
// last turn.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const NEW_ACCOUNT_LIMITS = { ageMs: DAY, threadsPerDay: 3, repliesPerDay: 10, linksPerPost: 2 } as const;
export const BURST_LIMIT = { posts: 5, windowMs: MINUTE } as const;

/** True while the account is younger than 24 hours; staff are trusted from the start. */
export function isNewAccount(member: Pick<Member, "createdAt" | "role">, now: Date): boolean {
  if (member.role === "moderator" || member.role === "admin") return false;
  return now.getTime() - member.createdAt.getTime() < NEW_ACCOUNT_LIMITS.ageMs;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Links a post shows once rendered: inline links, autolinks (<https://…>,
 * bare www. and https:// addresses), images, and references that resolve to
 * a definition. Raw HTML is dropped by the renderer, so an <a> typed as HTML
 * is no link.
 */
export function countLinks(markdown: string): number {
  const tree = parser.parse(markdown) as Root;
  const defined = new Set<string>();
  visit(tree, "definition", (node) => {
    defined.add(node.identifier);
  });
  let links = 0;
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "image") links++;
    else if ((node.type === "linkReference" || node.type === "imageReference") && defined.has(node.identifier)) links++;
  });
  return links;
}

/** When the account stops being new (and with it the new-account limits). */
const matureAt = (member: Pick<Member, "createdAt">) => new Date(member.createdAt.getTime() + NEW_ACCOUNT_LIMITS.ageMs);

const earlier = (a: Date, b: Date | undefined) => (b && b < a ? b : a);

/** New accounts: at most 2 links in a post. */
export function checkLinks(member: Member, body: string, now: Date): Refusal | null {
  if (!isNewAccount(member, now)) return null;
  const links = countLinks(body);
  if (links <= NEW_ACCOUNT_LIMITS.linksPerPost) return null;
  return refuse(
    `New accounts can put at most ${NEW_ACCOUNT_LIMITS.linksPerPost} links in a post. This one has ${links}; you can post more links from ${formatUntil(matureAt(member), now)}.`,
    409,
    { body: [`Use at most ${NEW_ACCOUNT_LIMITS.linksPerPost} links.`] },
  );
}

/** New accounts: at most 3 threads in 24 hours. */
export function checkNewThreadAllowance(db: Db, member: Member, now: Date): Refusal | null {
  if (!isNewAccount(member, now)) return null;
  const since = new Date(now.getTime() - DAY);
  const recent = db
    .select({ createdAt: forumThreads.createdAt })
    .from(forumThreads)
    .where(and(eq(forumThreads.authorId, member.id), gt(forumThreads.createdAt, since)))
    .orderBy(desc(forumThreads.createdAt))
    .all();
  const max = NEW_ACCOUNT_LIMITS.threadsPerDay;
  if (recent.length < max) return null;
  // A turn comes back when the oldest of the last `max` leaves the day, or
  // when the account comes of age, whichever is first.
  const freed = recent[max - 1] ? new Date(recent[max - 1]!.createdAt.getTime() + DAY) : undefined;
  return refuse(`New accounts can start ${max} threads a day: you can start another at ${formatUntil(earlier(matureAt(member), freed), now)}.`, 409);
}

/** New accounts: at most 10 replies (posts that are not a thread's opening post) in 24 hours. */
export function checkNewReplyAllowance(db: Db, member: Member, now: Date): Refusal | null {
  if (!isNewAccount(member, now)) return null;
  const since = new Date(now.getTime() - DAY);
  const opening = sql`(SELECT min(p2.id) FROM forum_posts p2 WHERE p2.thread_id = ${forumPosts.threadId})`;
  const recent = db
    .select({ createdAt: forumPosts.createdAt })
    .from(forumPosts)
    .where(and(eq(forumPosts.authorId, member.id), gt(forumPosts.createdAt, since), ne(forumPosts.id, opening)))
    .orderBy(desc(forumPosts.createdAt))
    .all();
  const max = NEW_ACCOUNT_LIMITS.repliesPerDay;
  if (recent.length < max) return null;
  const freed = recent[max - 1] ? new Date(recent[max - 1]!.createdAt.getTime() + DAY) : undefined;
  return refuse(`New accounts can post ${max} replies a day: you can reply again at ${formatUntil(earlier(matureAt(member), freed), now)}.`, 409);
}

/** Everyone: at most 5 posts a minute. */
export function checkBurst(db: Db, member: Pick<Member, "id">, now: Date): Refusal | null {
  const since = new Date(now.getTime() - BURST_LIMIT.windowMs);
  const inWindow = and(eq(forumPosts.authorId, member.id), gt(forumPosts.createdAt, since));
  const n = db.select({ n: count() }).from(forumPosts).where(inWindow).get()?.n ?? 0;
  if (n < BURST_LIMIT.posts) return null;
  // The post whose leaving the window frees a turn.
  const freeing = db
    .select({ createdAt: forumPosts.createdAt })
    .from(forumPosts)
    .where(inWindow)
    .orderBy(asc(forumPosts.createdAt))
    .limit(1)
    .offset(n - BURST_LIMIT.posts)
    .get();
  const until = new Date((freeing?.createdAt.getTime() ?? now.getTime()) + BURST_LIMIT.windowMs);
  return refuse(`You are posting too fast: at most ${BURST_LIMIT.posts} posts a minute. You can post again at ${formatUntil(until, now)}.`, 409);
}

/** Slow mode (set by moderators on a thread): one post per member per N minutes; staff are not slowed. */
export function checkSlowMode(db: Db, member: Member, thread: { id: number; slowModeMinutes: number | null }, now: Date): Refusal | null {
  const minutes = thread.slowModeMinutes;
  if (!minutes || minutes <= 0 || member.role === "moderator" || member.role === "admin") return null;
  const last = db
    .select({ createdAt: forumPosts.createdAt })
    .from(forumPosts)
    .where(and(eq(forumPosts.threadId, thread.id), eq(forumPosts.authorId, member.id)))
    .orderBy(desc(forumPosts.createdAt))
    .limit(1)
    .get();
  if (!last) return null;
  const until = new Date(last.createdAt.getTime() + minutes * MINUTE);
  if (until <= now) return null;
  return refuse(`Slow mode is on in this thread: one post every ${minutes} ${minutes === 1 ? "minute" : "minutes"}. You can post again at ${formatUntil(until, now)}.`, 409);
}
