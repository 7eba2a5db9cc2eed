import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumCategories, forumPosts, forumThreads, users } from "@/db/schema";
import { postHref } from "@/lib/forum/threads";
import { canSeeThread } from "@/lib/forum/visibility";
import { notify } from "@/lib/notifications/notify";
import { formatMoment, threadHref, type LogAction } from "./labels";

// What the member whose post, thread or account a moderator acted on is told,
// inside the action's transaction. Moderators stay "a moderator" (the thread
// page's notices do not name them either), and a hide by flags never says who
// flagged. The moderator's reason, when given, ends the sentence.

export const APPEAL_HREF = "/account/appeal";

/** "<sentence>: <reason>." or "<sentence>."; the email's subject is the sentence alone. */
function sentenceWith(sentence: string, reason: string | null | undefined): { text: string; subject: string } {
  const why = reason?.trim().replace(/[.\s]+$/, "");
  return { text: why ? `${sentence}: ${why}.` : `${sentence}.`, subject: sentence };
}

type Told = { actorId: number | null; userId: number | null; sentence: string; reason?: string | null; href: string; now: Date };

function tell(db: Db, { actorId, userId, sentence, reason, href, now }: Told): void {
  if (userId === null) return; // a former member's content
  notify(db, { kind: "moderation", actorId, recipients: [userId], href, now, ...sentenceWith(sentence, reason) });
}

/** A post's author, when they can still open its thread (a hidden thread of someone else's is a 404 to them). */
function tellPostAuthor(db: Db, { postId, actorId, sentence, reason, now }: { postId: number; actorId: number | null; sentence: (title: string) => string; reason?: string | null; now: Date }): void {
  const row = db
    .select({ threadId: forumPosts.threadId, authorId: forumPosts.authorId, role: users.role, title: forumThreads.title, threadAuthor: forumThreads.authorId, hiddenAt: forumThreads.hiddenAt, deletedAt: forumThreads.deletedAt })
    .from(forumPosts)
    .innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
    .innerJoin(users, eq(users.id, forumPosts.authorId))
    .where(eq(forumPosts.id, postId))
    .get();
  if (!row || !canSeeThread({ id: row.authorId!, role: row.role }, { authorId: row.threadAuthor, hiddenAt: row.hiddenAt, deletedAt: row.deletedAt })) return;
  tell(db, { actorId, userId: row.authorId, sentence: sentence(row.title), reason, href: postHref(db, { threadId: row.threadId, postId }), now });
}

const POST_SENTENCES: Partial<Record<LogAction, (title: string, wasHidden: boolean) => string>> = {
  "post.approve": (title) => `A moderator reviewed your hidden post in “${title}” and shows it to everyone again`,
  "post.hide": (title, wasHidden) => (wasHidden ? `A moderator reviewed your hidden post in “${title}” and keeps it hidden` : `A moderator hid your post in “${title}”`),
  "post.remove": (title) => `A moderator removed your post in “${title}”`,
  "post.restore": (title) => `A moderator restored your post in “${title}”`,
};

/**
 * A moderator's review of a post. Approving a post that was not hidden only
 * clears flags its author never saw, so it tells nobody.
 */
export function notifyPostModerated(
  db: Db,
  { moderatorId, postId, action, wasHidden, reason, now }: { moderatorId: number; postId: number; action: LogAction; wasHidden: boolean; reason: string | null; now: Date },
): void {
  const sentence = POST_SENTENCES[action];
  if (!sentence || (action === "post.approve" && !wasHidden)) return;
  tellPostAuthor(db, { postId, actorId: moderatorId, sentence: (title) => sentence(title, wasHidden), reason, now });
}

/** Three members' flags hid a post: the system did it, and the flaggers stay unnamed. */
export function notifyPostAutoHidden(db: Db, { postId, now }: { postId: number; now: Date }): void {
  tellPostAuthor(db, { postId, actorId: null, sentence: (title) => `Your post in “${title}” was hidden after members flagged it, until a moderator reviews it`, now });
}

// Pinning and slow mode change nothing about what the author wrote or may do
// beyond what every member sees: they tell nobody.
const THREAD_SENTENCES: Partial<Record<LogAction, (t: { oldTitle: string; title: string; category: string }) => string>> = {
  "thread.lock": (t) => `A moderator locked your thread “${t.title}”`,
  "thread.unlock": (t) => `A moderator unlocked your thread “${t.title}”`,
  "thread.hide": (t) => `A moderator hid your thread “${t.title}” pending review`,
  "thread.unhide": (t) => `A moderator made your thread “${t.title}” visible to everyone again`,
  "thread.move": (t) => `A moderator moved your thread “${t.title}” to ${t.category}`,
  "thread.rename": (t) => `A moderator renamed your thread “${t.oldTitle}” to “${t.title}”`,
};

/** A moderator's tool on a thread, after the change: its author is told. */
export function notifyThreadModerated(db: Db, { moderatorId, threadId, action, oldTitle, reason, now }: { moderatorId: number; threadId: number; action: LogAction; oldTitle: string; reason: string | null; now: Date }): void {
  const sentence = THREAD_SENTENCES[action];
  if (!sentence) return;
  const thread = db
    .select({ authorId: forumThreads.authorId, title: forumThreads.title, category: forumCategories.name, hiddenAt: forumThreads.hiddenAt, deletedAt: forumThreads.deletedAt })
    .from(forumThreads)
    .innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
    .where(eq(forumThreads.id, threadId))
    .get();
  // Its author sees their thread even while it is hidden; a deleted one, nobody but staff.
  if (!thread || thread.deletedAt) return;
  tell(db, { actorId: moderatorId, userId: thread.authorId, sentence: sentence({ ...thread, oldTitle }), reason, href: threadHref(threadId), now });
}

/** A suspension starts (or replaces the running one): the member reads it and may appeal. */
export function notifySuspended(db: Db, { moderatorId, userId, until, reason, now }: { moderatorId: number; userId: number; until: Date; reason: string; now: Date }): void {
  tell(db, { actorId: moderatorId, userId, sentence: `Your account is suspended until ${formatMoment(until)}`, reason, href: APPEAL_HREF, now });
}

export function notifySuspensionLifted(db: Db, { moderatorId, userId, reason, now }: { moderatorId: number; userId: number; reason: string | null; now: Date }): void {
  tell(db, { actorId: moderatorId, userId, sentence: "A moderator lifted your suspension", reason, href: APPEAL_HREF, now });
}

/** An appeal answered; the appeal page shows the decision and the reason too. */
export function notifyAppealAnswered(
  db: Db,
  { moderatorId, userId, outcome, reason, now }: { moderatorId: number; userId: number; outcome: "upheld" | "granted" | "lifted"; reason: string | null; now: Date },
): void {
  const sentence = {
    upheld: "A moderator reviewed your appeal and kept your suspension",
    // Granted after the suspension it answers had ended or been replaced: nothing to lift.
    granted: "A moderator granted your appeal",
    lifted: "A moderator granted your appeal and lifted your suspension",
  }[outcome];
  tell(db, { actorId: moderatorId, userId, sentence, reason, href: APPEAL_HREF, now });
}
