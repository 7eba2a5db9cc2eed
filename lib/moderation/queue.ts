import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { forumFlags, forumPosts, forumThreads, mentorshipReports, mentorships, suspensionAppeals, users, type FlagReason } from "@/db/schema";
import { writeLog } from "./audit";
import { MODERATION_LIMITS } from "./labels";
import { fieldErrorsOf, reasonSchema } from "./schema";
import { activeStaff, refuse, staffReader, writeTransaction, type Actor, type Result } from "./staff";

// The review queue: everything waiting for a moderator, oldest first, in one
// list: posts with open flags or hidden pending review, members' reports from
// mentorship spaces (their text only: what two people say to each other stays
// private), and suspended members' appeals.
//
// A hidden post is pending review unless a moderator hid it (their decision
// is the review): that hide is logged at the very moment it set hiddenAt.

export type Person = { id: number; handle: string; displayName: string };

export type QueuePost = {
  kind: "post";
  since: Date;
  post: { id: number; body: string; createdAt: Date; hiddenAt: Date | null; hiddenReason: string | null };
  thread: { id: number; title: string; hidden: boolean; locked: boolean };
  author: Person | null;
  flags: { reason: FlagReason; note: string | null; createdAt: Date; flagger: Person | null }[];
  reasonCounts: Partial<Record<FlagReason, number>>;
};
export type QueueReport = { kind: "report"; since: Date; id: number; mentorshipId: number; reason: string; reporter: Person | null; otherMember: Person | null };
export type QueueAppeal = {
  kind: "appeal";
  since: Date;
  id: number;
  body: string;
  member: Person;
  suspendedUntil: Date;
  /** The member's suspension now: the appeal's, a later one, or none (ended or lifted). */
  current: { until: Date; reason: string } | null;
};
export type QueueEntry = QueuePost | QueueReport | QueueAppeal;

export type QueuePage = { items: QueueEntry[]; total: number; counts: { post: number; report: number; appeal: number }; page: number; pageCount: number };

const pendingPosts = sql`
  SELECT 'post' AS kind, p.id AS id, min(coalesce(f.first, p.hidden_at), coalesce(p.hidden_at, f.first)) AS since
  FROM forum_posts p
  JOIN forum_threads t ON t.id = p.thread_id AND t.deleted_at IS NULL
  LEFT JOIN (SELECT post_id, min(created_at) AS first FROM forum_flags WHERE resolved_at IS NULL GROUP BY post_id) f ON f.post_id = p.id
  WHERE p.deleted_at IS NULL
    AND (f.first IS NOT NULL OR (p.hidden_at IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM moderation_log l
      WHERE l.action = 'post.hide' AND l.created_at = p.hidden_at AND l.target_type = 'post' AND l.target_id = p.id)))`;
const openReports = sql`SELECT 'report' AS kind, id, created_at AS since FROM mentorship_reports WHERE status = 'open'`;
const openAppeals = sql`SELECT 'appeal' AS kind, id, created_at AS since FROM suspension_appeals WHERE resolved_at IS NULL`;
const everything = sql`${pendingPosts} UNION ALL ${openReports} UNION ALL ${openAppeals}`;

type Key = { kind: "post" | "report" | "appeal"; id: number; since: number };

export function listQueue(db: Db, { actor, page = 1, now = new Date() }: { actor: Actor | null; page?: number; now?: Date }): Result<QueuePage> {
  const reader = staffReader(db, actor);
  if (!reader.ok) return reader;
  const size = MODERATION_LIMITS.queuePageSize;
  const current = Number.isSafeInteger(page) && page > 0 ? page : 1;
  const counts = { post: 0, report: 0, appeal: 0 };
  for (const r of db.all<{ kind: Key["kind"]; n: number }>(sql`SELECT kind, count(*) AS n FROM (${everything}) GROUP BY kind`)) counts[r.kind] = r.n;
  const total = counts.post + counts.report + counts.appeal;
  const keys = db.all<Key>(sql`SELECT kind, id, since FROM (${everything}) ORDER BY since, kind, id LIMIT ${size} OFFSET ${(current - 1) * size}`);

  const posts = postDetails(db, keys.filter((k) => k.kind === "post").map((k) => k.id));
  const reports = reportDetails(db, keys.filter((k) => k.kind === "report").map((k) => k.id));
  const appeals = appealDetails(db, keys.filter((k) => k.kind === "appeal").map((k) => k.id), now);
  const items = keys.flatMap((k): QueueEntry[] => {
    const since = new Date(k.since * 1000);
    const item = k.kind === "post" ? posts.get(k.id) : k.kind === "report" ? reports.get(k.id) : appeals.get(k.id);
    return item ? [{ ...item, since }] : [];
  });
  return { ok: true, items, total, counts, page: current, pageCount: Math.max(1, Math.ceil(total / size)) };
}

const person = (id: number | null, handle: string | null, displayName: string | null): Person | null => (id !== null && handle !== null && displayName !== null ? { id, handle, displayName } : null);

function postDetails(db: Db, ids: number[]): Map<number, Omit<QueuePost, "since">> {
  const out = new Map<number, Omit<QueuePost, "since">>();
  if (ids.length === 0) return out;
  const flagger = alias(users, "flagger");
  const flags = db
    .select({ postId: forumFlags.postId, reason: forumFlags.reason, note: forumFlags.note, createdAt: forumFlags.createdAt, id: flagger.id, handle: flagger.handle, displayName: flagger.displayName })
    .from(forumFlags)
    .leftJoin(flagger, eq(flagger.id, forumFlags.flaggerId))
    .where(and(inArray(forumFlags.postId, ids), isNull(forumFlags.resolvedAt)))
    .orderBy(asc(forumFlags.createdAt), asc(forumFlags.id))
    .all();
  const rows = db
    .select({
      id: forumPosts.id,
      body: forumPosts.body,
      createdAt: forumPosts.createdAt,
      hiddenAt: forumPosts.hiddenAt,
      hiddenReason: forumPosts.hiddenReason,
      threadId: forumThreads.id,
      title: forumThreads.title,
      threadHidden: forumThreads.hiddenAt,
      locked: forumThreads.locked,
      authorId: users.id,
      handle: users.handle,
      displayName: users.displayName,
    })
    .from(forumPosts)
    .innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
    .leftJoin(users, eq(users.id, forumPosts.authorId))
    .where(inArray(forumPosts.id, ids))
    .all();
  for (const r of rows) {
    const own = flags.filter((f) => f.postId === r.id);
    const reasonCounts: Partial<Record<FlagReason, number>> = {};
    for (const f of own) reasonCounts[f.reason] = (reasonCounts[f.reason] ?? 0) + 1;
    out.set(r.id, {
      kind: "post",
      post: { id: r.id, body: r.body, createdAt: r.createdAt, hiddenAt: r.hiddenAt, hiddenReason: r.hiddenReason },
      thread: { id: r.threadId, title: r.title, hidden: r.threadHidden !== null, locked: r.locked },
      author: person(r.authorId, r.handle, r.displayName),
      flags: own.map((f) => ({ reason: f.reason, note: f.note, createdAt: f.createdAt, flagger: person(f.id, f.handle, f.displayName) })),
      reasonCounts,
    });
  }
  return out;
}

function reportDetails(db: Db, ids: number[]): Map<number, Omit<QueueReport, "since">> {
  if (ids.length === 0) return new Map();
  const reporter = alias(users, "reporter");
  const learner = alias(users, "learner");
  const mentor = alias(users, "mentor");
  const rows = db
    .select({
      id: mentorshipReports.id,
      mentorshipId: mentorshipReports.mentorshipId,
      reason: mentorshipReports.reason,
      reporterId: mentorshipReports.reporterId,
      learnerId: learner.id,
      learnerHandle: learner.handle,
      learnerName: learner.displayName,
      mentorId: mentor.id,
      mentorHandle: mentor.handle,
      mentorName: mentor.displayName,
      reporterHandle: reporter.handle,
      reporterName: reporter.displayName,
    })
    .from(mentorshipReports)
    .innerJoin(mentorships, eq(mentorships.id, mentorshipReports.mentorshipId))
    .leftJoin(reporter, eq(reporter.id, mentorshipReports.reporterId))
    .leftJoin(learner, eq(learner.id, mentorships.learnerId))
    .leftJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .where(inArray(mentorshipReports.id, ids))
    .all();
  return new Map(
    rows.map((r) => {
      const learnerP = person(r.learnerId, r.learnerHandle, r.learnerName);
      const mentorP = person(r.mentorId, r.mentorHandle, r.mentorName);
      // The member the report is about: the other one of the pair.
      const other = r.reporterId === null ? null : r.reporterId === learnerP?.id ? mentorP : learnerP;
      return [r.id, { kind: "report" as const, id: r.id, mentorshipId: r.mentorshipId, reason: r.reason, reporter: person(r.reporterId, r.reporterHandle, r.reporterName), otherMember: other }];
    }),
  );
}

function appealDetails(db: Db, ids: number[], now: Date): Map<number, Omit<QueueAppeal, "since">> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({
      id: suspensionAppeals.id,
      body: suspensionAppeals.body,
      suspendedUntil: suspensionAppeals.suspendedUntil,
      userId: users.id,
      handle: users.handle,
      displayName: users.displayName,
      currentUntil: users.suspendedUntil,
      currentReason: users.suspensionReason,
    })
    .from(suspensionAppeals)
    .innerJoin(users, eq(users.id, suspensionAppeals.userId))
    .where(inArray(suspensionAppeals.id, ids))
    .all();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        kind: "appeal" as const,
        id: r.id,
        body: r.body,
        member: { id: r.userId, handle: r.handle, displayName: r.displayName },
        suspendedUntil: r.suspendedUntil,
        current: r.currentUntil && r.currentUntil > now ? { until: r.currentUntil, reason: r.currentReason ?? "" } : null,
      },
    ]),
  );
}

/** A report from a mentorship space, dealt with: it leaves the queue. */
export function resolveReport(db: Db, { actor, reportId, reason, now = new Date() }: { actor: Actor | null; reportId: number; reason?: unknown; now?: Date }): Result<{ message: string }> {
  const staff = activeStaff(db, actor, now);
  if (!staff.ok) return staff;
  const parsed = reasonSchema.safeParse(reason);
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error, "reason"));
  return writeTransaction(db, (t) => {
    const report = t.select({ status: mentorshipReports.status }).from(mentorshipReports).where(eq(mentorshipReports.id, reportId)).get();
    if (!report) return refuse("This report was not found.", 404);
    if (report.status !== "open") return refuse("This report was already resolved.", 409);
    t.update(mentorshipReports).set({ status: "resolved" }).where(eq(mentorshipReports.id, reportId)).run();
    writeLog(t, { actor: staff.member, action: "report.resolve", targetType: "report", targetId: reportId, reason: parsed.data, now });
    return { ok: true as const, message: "Report resolved." };
  });
}
