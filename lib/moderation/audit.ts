import "server-only";
import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumPosts, forumThreads, mentorshipReports, moderationLog, suspensionAppeals, users } from "@/db/schema";
import { isStaff } from "@/lib/accounts/role-checks";
import { LOG_ACTION_LABELS, LOG_ACTIONS, MODERATION_LIMITS, TARGET_TYPES, memberHref, threadHref, type LogAction, type TargetType } from "./labels";
import { loadMember, staffReader, type Actor, type Result } from "./staff";

// The audit log: who did what, to what, why and when. Written inside the
// transaction of every moderator action (so an action and its record land
// together or not at all) and never changed: there is no update or delete
// here, and the migration's triggers refuse both to anyone connecting.

export type LogEntryInput = {
  /** The staff member acting; null for what the community's flags did on their own. */
  actor: { id: number; displayName: string } | null;
  action: LogAction;
  targetType: TargetType;
  targetId: number;
  reason?: string | null;
  now?: Date;
};

export const AUTOMATIC_ACTOR = "Automatic (community flags)";

export function writeLog(db: Db, { actor, action, targetType, targetId, reason = null, now = new Date() }: LogEntryInput): void {
  db.insert(moderationLog)
    .values({ actorId: actor?.id ?? null, actorName: actor?.displayName ?? AUTOMATIC_ACTOR, action, targetType, targetId, reason: reason || null, createdAt: now })
    .run();
}

export type LogFilters = { action?: string; actorHandle?: string; targetType?: string; targetId?: number; page?: number };

export type LogEntry = {
  id: number;
  at: Date;
  actorName: string;
  actorHandle: string | null;
  action: string;
  actionLabel: string;
  targetType: TargetType;
  targetId: number;
  target: { label: string; href: string | null };
  reason: string | null;
};

export type LogPage = { items: LogEntry[]; total: number; page: number; pageCount: number; filters: { action: LogAction | null; actorHandle: string | null; targetType: TargetType | null } };

const isLogAction = (v: unknown): v is LogAction => typeof v === "string" && (LOG_ACTIONS as string[]).includes(v);
const isTargetType = (v: unknown): v is TargetType => typeof v === "string" && (TARGET_TYPES as readonly string[]).includes(v);

/** The log for staff, newest first, filtered by action, acting moderator's handle and target; unknown filter values are ignored. */
export function listLog(db: Db, { actor, filters = {} }: { actor: Actor | null; filters?: LogFilters }): Result<LogPage> {
  const reader = staffReader(db, actor);
  if (!reader.ok) return reader;
  const size = MODERATION_LIMITS.logPageSize;
  const page = Number.isSafeInteger(filters.page) && filters.page! > 0 ? filters.page! : 1;
  const action = isLogAction(filters.action) ? filters.action : null;
  const targetType = isTargetType(filters.targetType) ? filters.targetType : null;
  const actorHandle = filters.actorHandle?.trim().replace(/^@/, "").toLowerCase().slice(0, 64) || null;
  const applied = { action, actorHandle, targetType };

  const where: SQL[] = [];
  if (action) where.push(eq(moderationLog.action, action));
  if (targetType) where.push(eq(moderationLog.targetType, targetType));
  if (targetType && filters.targetId) where.push(eq(moderationLog.targetId, filters.targetId));
  if (actorHandle) {
    const who = db.select({ id: users.id }).from(users).where(eq(users.handle, actorHandle)).get();
    if (!who) return { ok: true, items: [], total: 0, page, pageCount: 1, filters: applied };
    where.push(eq(moderationLog.actorId, who.id));
  }
  const condition = where.length ? and(...where) : undefined;
  const total = db.select({ n: count() }).from(moderationLog).where(condition).get()?.n ?? 0;
  const rows = db
    .select({
      id: moderationLog.id,
      at: moderationLog.createdAt,
      actorName: moderationLog.actorName,
      actorHandle: users.handle,
      action: moderationLog.action,
      targetType: moderationLog.targetType,
      targetId: moderationLog.targetId,
      reason: moderationLog.reason,
    })
    .from(moderationLog)
    .leftJoin(users, eq(users.id, moderationLog.actorId))
    .where(condition)
    .orderBy(desc(moderationLog.createdAt), desc(moderationLog.id))
    .limit(size)
    .offset((page - 1) * size)
    .all();
  const targets = describeTargets(db, rows);
  const items = rows.map((r) => ({
    ...r,
    actionLabel: isLogAction(r.action) ? LOG_ACTION_LABELS[r.action] : r.action,
    target: targets.get(`${r.targetType}:${r.targetId}`) ?? { label: `${r.targetType} #${r.targetId}`, href: null },
  }));
  return { ok: true, items, total, page, pageCount: Math.max(1, Math.ceil(total / size)), filters: applied };
}

/** A label and a link for each target on one page of the log: one query per kind of target. */
function describeTargets(db: Db, rows: { targetType: TargetType; targetId: number }[]): Map<string, { label: string; href: string | null }> {
  const ids = (type: TargetType) => [...new Set(rows.filter((r) => r.targetType === type).map((r) => r.targetId))];
  const out = new Map<string, { label: string; href: string | null }>();
  const postIds = ids("post");
  if (postIds.length)
    for (const p of db
      .select({ id: forumPosts.id, threadId: forumPosts.threadId, title: forumThreads.title })
      .from(forumPosts)
      .innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
      .where(inArray(forumPosts.id, postIds))
      .all())
      out.set(`post:${p.id}`, { label: `Post #${p.id} in “${p.title}”`, href: threadHref(p.threadId, p.id) });
  const threadIds = ids("thread");
  if (threadIds.length)
    for (const t of db.select({ id: forumThreads.id, title: forumThreads.title }).from(forumThreads).where(inArray(forumThreads.id, threadIds)).all())
      out.set(`thread:${t.id}`, { label: `“${t.title}”`, href: threadHref(t.id) });
  const userIds = ids("user");
  if (userIds.length)
    for (const u of db.select({ id: users.id, handle: users.handle, displayName: users.displayName }).from(users).where(inArray(users.id, userIds)).all())
      out.set(`user:${u.id}`, { label: `${u.displayName} (@${u.handle})`, href: memberHref(u.handle) });
  const reportIds = ids("report");
  if (reportIds.length)
    for (const r of db.select({ id: mentorshipReports.id, mentorshipId: mentorshipReports.mentorshipId }).from(mentorshipReports).where(inArray(mentorshipReports.id, reportIds)).all())
      out.set(`report:${r.id}`, { label: `Report #${r.id} on mentorship #${r.mentorshipId}`, href: null });
  const appealIds = ids("appeal");
  if (appealIds.length)
    for (const a of db
      .select({ id: suspensionAppeals.id, handle: users.handle, displayName: users.displayName })
      .from(suspensionAppeals)
      .innerJoin(users, eq(users.id, suspensionAppeals.userId))
      .where(inArray(suspensionAppeals.id, appealIds))
      .all())
      out.set(`appeal:${a.id}`, { label: `Appeal by ${a.displayName} (@${a.handle})`, href: memberHref(a.handle) });
  return out;
}

export type PostNotice = { action: LogAction; label: string; reason: string | null; at: Date };

/**
 * The latest moderation of each post, with the moderator's reason, for the
 * thread page: what the post's author is told ("Post hidden: <reason>").
 * A member sees notices on their own posts only; staff see all of them.
 */
export function postNotices(db: Db, { actor, postIds }: { actor: Actor | null; postIds: readonly number[] }): Map<number, PostNotice> {
  const out = new Map<number, PostNotice>();
  const viewer = loadMember(db, actor?.id);
  if (!viewer || postIds.length === 0) return out;
  const ids = [...new Set(postIds)].slice(0, 500);
  const own = isStaff(viewer) ? null : new Set(db.select({ id: forumPosts.id }).from(forumPosts).where(and(inArray(forumPosts.id, ids), eq(forumPosts.authorId, viewer.id))).all().map((p) => p.id));
  const targets = own ? [...own] : ids;
  if (targets.length === 0) return out;
  const rows = db
    .select({ targetId: moderationLog.targetId, action: moderationLog.action, reason: moderationLog.reason, at: moderationLog.createdAt })
    .from(moderationLog)
    .where(and(eq(moderationLog.targetType, "post"), inArray(moderationLog.targetId, targets)))
    .orderBy(desc(moderationLog.id))
    .all();
  for (const r of rows) if (!out.has(r.targetId) && isLogAction(r.action)) out.set(r.targetId, { action: r.action, label: LOG_ACTION_LABELS[r.action], reason: r.reason, at: r.at });
  return out;
}
