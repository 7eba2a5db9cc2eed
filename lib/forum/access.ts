import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumThreads, users, type ForumThread, type Role } from "@/db/schema";
import { activeSuspension, type Suspension } from "@/lib/accounts/suspension";
import { refuse, type Refusal, type Result } from "@/lib/mentorships/result";
import { canSeeThread, type Viewer } from "./visibility";
import { formatPostTime } from "./time";
import { isRowId } from "./schema";

// The checks every forum write starts with. The actor is only trusted for
// their id: role, age and suspension are read from the database, so a stale
// session cannot act with a role it lost.

export { refuse, type Refusal, type Result };

/** Whoever acts: a signed-in member (PublicUser fits). */
export type Actor = { id: number };

export type Member = { id: number; role: Role; displayName: string; createdAt: Date; suspension: Suspension | null };

export const THREAD_NOT_FOUND = "This thread was not found.";
export const POST_NOT_FOUND = "This post was not found.";
export const LOCKED_MESSAGE = "This thread is locked: it takes no new replies or edits.";

/** The acting member as stored, with their suspension at `now`; null when the account is gone. */
export function loadMember(db: Db, actor: Actor | null | undefined, now: Date): Member | null {
  if (!actor || !isRowId(actor.id)) return null;
  const row = db
    .select({ id: users.id, role: users.role, displayName: users.displayName, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, actor.id))
    .get();
  if (!row) return null;
  return { ...row, suspension: activeSuspension(db, { userId: row.id, now }) };
}

/** "Your account is suspended until 14 Dec 2026, 18:00 UTC: <reason>. You can read the forum but not post in it until then." */
export function forumSuspensionMessage(s: Suspension): string {
  const reason = s.reason.trim().replace(/[.\s]+$/, "");
  return `Your account is suspended until ${formatPostTime(s.until)}${reason ? `: ${reason}` : ""}. You can read the forum but not post, edit, like or mark answers until then.`;
}

/** The member when they may write at all: signed in, account present, not suspended. */
export function writer(db: Db, actor: Actor | null | undefined, now: Date): Result<{ member: Member }> {
  const member = loadMember(db, actor, now);
  if (!member) return refuse("Sign in to take part in the forum.", 403);
  if (member.suspension) return refuse(forumSuspensionMessage(member.suspension), 403);
  return { ok: true, member };
}

export const asViewer = (member: Member | null): Viewer => (member ? { id: member.id, role: member.role } : null);

/** A thread the viewer may see, or null (the same 404 whether it does not exist or is hidden from them). */
export function visibleThread(db: Db, viewer: Viewer, threadId: number): ForumThread | null {
  if (!isRowId(threadId)) return null;
  const thread = db.select().from(forumThreads).where(eq(forumThreads.id, threadId)).get();
  return thread && canSeeThread(viewer, thread) ? thread : null;
}

/** Replies go only to threads everyone can see that are not locked. */
export function refuseReplyTo(thread: ForumThread): Refusal | null {
  if (thread.deletedAt !== null) return refuse("This thread was deleted: it takes no replies.", 409);
  if (thread.hiddenAt !== null) return refuse("Replies are closed while this thread is hidden pending review.", 409);
  if (thread.locked) return refuse("This thread is locked: it takes no new replies.", 409);
  return null;
}
