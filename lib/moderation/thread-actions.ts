import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumCategories, forumThreads, type ForumThread } from "@/db/schema";
import { titleField } from "@/lib/forum/schema";
import { writeLog } from "./audit";
import type { LogAction } from "./labels";
import { notifyThreadModerated } from "./notifications";
import { fieldErrorsOf, reasonSchema, rowIdSchema, slowModeSchema } from "./schema";
import { activeStaff, refuse, writeTransaction, type Actor, type Refusal, type Result } from "./staff";

// Moderators' tools on a whole thread: pin, lock (no new replies), slow mode
// (one post per member per N minutes; lib/forum enforces it), move, rename,
// hide. Each checks the thread's state first (pinning a pinned thread is
// refused, so the log only records changes), then writes the change and one
// log entry, with the optional reason, in one transaction.

export const THREAD_NOT_FOUND = "This thread was not found.";

type ThreadArgs = { actor: Actor | null; threadId: number; reason?: unknown; now?: Date };
type Change = { action: LogAction; set: Partial<typeof forumThreads.$inferInsert>; message: string; detail?: string };
type Decide = (thread: ForumThread, ctx: { t: Db; now: Date; reason: string | null }) => Refusal | Change;

/** `invalid`: what was wrong with the tool's own field (minutes, title), answered only to staff. */
function moderateThread(db: Db, { actor, threadId, reason, now = new Date() }: ThreadArgs, decide: Decide, invalid?: Refusal): Result<{ message: string }> {
  const staff = activeStaff(db, actor, now);
  if (!staff.ok) return staff;
  if (invalid) return invalid;
  const parsed = reasonSchema.safeParse(reason);
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error, "reason"));

  return writeTransaction(db, (t) => {
    const thread = t.select().from(forumThreads).where(eq(forumThreads.id, threadId)).get();
    if (!thread || thread.deletedAt) return refuse(THREAD_NOT_FOUND, 404);
    const change = decide(thread, { t, now, reason: parsed.data });
    if ("ok" in change) return change;
    t.update(forumThreads).set(change.set).where(eq(forumThreads.id, threadId)).run();
    // The log keeps what changed (an old title, the categories) beside the reason.
    const logged = [change.detail, parsed.data].filter(Boolean).join(" — ");
    writeLog(t, { actor: staff.member, action: change.action, targetType: "thread", targetId: threadId, reason: logged, now });
    notifyThreadModerated(t, { moderatorId: staff.member.id, threadId, action: change.action, oldTitle: thread.title, reason: parsed.data, now });
    return { ok: true as const, message: change.message };
  });
}

const NEVER: Decide = () => refuse("Nothing to change.", 400);

const toggle =
  (field: "pinned" | "locked", value: boolean, action: LogAction, already: string, message: string): Decide =>
  (thread) =>
    thread[field] === value ? refuse(already, 409) : { action, set: { [field]: value }, message };

export const pinThread = (db: Db, args: ThreadArgs) => moderateThread(db, args, toggle("pinned", true, "thread.pin", "This thread is already pinned.", "Thread pinned: it stays at the top of its category."));
export const unpinThread = (db: Db, args: ThreadArgs) => moderateThread(db, args, toggle("pinned", false, "thread.unpin", "This thread is not pinned.", "Thread unpinned."));
export const lockThread = (db: Db, args: ThreadArgs) => moderateThread(db, args, toggle("locked", true, "thread.lock", "This thread is already locked.", "Thread locked: it takes no new replies."));
export const unlockThread = (db: Db, args: ThreadArgs) => moderateThread(db, args, toggle("locked", false, "thread.unlock", "This thread is not locked.", "Thread unlocked: members can reply again."));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One post per member per `minutes` (1 to 1,440) in this thread; staff are not slowed. */
export function setSlowMode(db: Db, args: ThreadArgs & { minutes: unknown }): Result<{ message: string }> {
  const minutes = slowModeSchema.safeParse(args.minutes);
  if (!minutes.success) return moderateThread(db, args, NEVER, refuse("Please correct the fields marked below.", 400, fieldErrorsOf(minutes.error, "minutes")));
  const n = minutes.data;
  return moderateThread(db, args, (thread) =>
    thread.slowModeMinutes === n
      ? refuse(`Slow mode is already ${plural(n, "minute")}.`, 409)
      : { action: "thread.slow_mode", set: { slowModeMinutes: n }, detail: plural(n, "minute"), message: `Slow mode on: one post per member every ${plural(n, "minute")}.` },
  );
}

export const clearSlowMode = (db: Db, args: ThreadArgs) =>
  moderateThread(db, args, (thread) => (thread.slowModeMinutes ? { action: "thread.slow_mode_off", set: { slowModeMinutes: null }, message: "Slow mode is off." } : refuse("Slow mode is not on in this thread.", 409)));

/** To another category, which must exist. */
export function moveThread(db: Db, args: ThreadArgs & { categoryId: unknown }): Result<{ message: string }> {
  const categoryId = rowIdSchema.safeParse(args.categoryId);
  return moderateThread(db, args, (thread, { t }) => {
    const to = categoryId.success ? t.select().from(forumCategories).where(eq(forumCategories.id, categoryId.data)).get() : undefined;
    if (!to) return refuse("Choose a category that exists.", 400, { categoryId: ["Choose a category that exists."] });
    if (to.id === thread.categoryId) return refuse(`This thread is already in ${to.name}.`, 409);
    const from = t.select({ name: forumCategories.name }).from(forumCategories).where(eq(forumCategories.id, thread.categoryId)).get();
    return { action: "thread.move", set: { categoryId: to.id }, detail: `From ${from?.name ?? "another category"} to ${to.name}`, message: `Thread moved to ${to.name}.` };
  });
}

/** A new title of 5 to 150 characters (one line, as the forum's own titles). */
export function renameThread(db: Db, args: ThreadArgs & { title: unknown }): Result<{ message: string }> {
  const title = titleField.safeParse(args.title);
  if (!title.success) return moderateThread(db, args, NEVER, refuse("Please correct the fields marked below.", 400, fieldErrorsOf(title.error, "title")));
  return moderateThread(db, args, (thread) =>
    thread.title === title.data
      ? refuse("That is already the title.", 409, { title: ["That is already the title."] })
      : { action: "thread.rename", set: { title: title.data }, detail: `Was “${thread.title}”`, message: `Thread renamed to “${title.data}”.` },
  );
}

export const DEFAULT_THREAD_HIDE_REASON = "Hidden by a moderator";

/** Hidden from everyone but staff and its author, with the reason. */
export function hideThread(db: Db, args: ThreadArgs): Result<{ message: string }> {
  return moderateThread(db, args, (thread, { now, reason }) =>
    thread.hiddenAt
      ? refuse("This thread is already hidden.", 409)
      : { action: "thread.hide", set: { hiddenAt: now, hiddenReason: reason ?? DEFAULT_THREAD_HIDE_REASON }, message: "Thread hidden: only staff and its author see it." },
  );
}

export const unhideThread = (db: Db, args: ThreadArgs) =>
  moderateThread(db, args, (thread) => (thread.hiddenAt ? { action: "thread.unhide", set: { hiddenAt: null, hiddenReason: null }, message: "Thread shown again to everyone." } : refuse("This thread is not hidden.", 409)));

/** The categories a thread can move to, in the forum's order. */
export function listCategories(db: Db): { id: number; name: string }[] {
  return db.select({ id: forumCategories.id, name: forumCategories.name }).from(forumCategories).orderBy(asc(forumCategories.position), asc(forumCategories.id)).all();
}
