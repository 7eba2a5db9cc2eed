import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forumFlags, forumPosts, mentorships, mentorshipRequests, type Role } from "@/db/schema";
import { flagTarget, generateFlags, generateRequests, type ActivityLearner, type ActivityMentor, type FlaggablePost } from "./activity";
import { BulkInsert, lastId } from "./bulk-insert";
import { MEMBER_EMAIL_LIKE } from "./community";

// Writes the community's past (db/seed/activity.ts): requests, the
// mentorships and goals of the accepted ones, and resolved forum flags,
// between generated members only (member-N@example.com; never the demo
// accounts nor anyone who signed up in the app).
//
// Re-runs: like the forum, each part is TOPPED UP to its target, counting the
// rows already there, whoever made them:
// - requests: one per two generated learners in the database (30 for the
//   default 60), so raising --learners later adds requests for the newcomers;
// - flags: flagTarget(posts in the forum), about 0.3% of the posts.
// A second run with the same flags finds both targets met and writes nothing.
// Added rows are all closed or ended and never repeat a (post, flagger)
// pair, so no unique index can refuse a top-up.
//
// Speed: one IMMEDIATE transaction; request and mentorship ids assigned here
// (lastId), so nothing needs RETURNING; rows go in by multi-row INSERTs
// (BulkInsert); foreign keys are checked at commit. The benchmark's 25,000
// requests, 12,600 mentorships and 300 flags take about a second.

export type ActivitySeedOptions = {
  seed?: number;
  /** The moment everything generated is over by (default: now). */
  now?: Date;
};

export type ActivityCounts = { requests: number; mentorships: number; flags: number };
export type ActivitySeedResult = { before: ActivityCounts; target: { requests: number; flags: number }; added: ActivityCounts };

const bool = (b: boolean) => (b ? 1 : 0);

export function insertActivity(db: Db, { seed, now = new Date() }: ActivitySeedOptions = {}): ActivitySeedResult {
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const nowSeconds = Math.floor(now.getTime() / 1000);
      const total = (table: typeof mentorshipRequests | typeof mentorships | typeof forumFlags | typeof forumPosts) => t.select({ n: count() }).from(table).get()?.n ?? 0;
      const before: ActivityCounts = { requests: total(mentorshipRequests), mentorships: total(mentorships), flags: total(forumFlags) };

      // Plain SQL for the two big reads: mapping 60,000 rows through Drizzle took longer than the rest of the phase.
      const members = db.$client
        .prepare(
          `SELECT u.id, u.role, u.created_at AS createdAt, p.capacity, p.mentor_published AS published, CASE WHEN u.role = 'learner' THEN p.goals END AS goals
           FROM users u LEFT JOIN profiles p ON p.user_id = u.id WHERE u.email LIKE ? ORDER BY u.id`,
        )
        .all(MEMBER_EMAIL_LIKE) as { id: number; role: Role; createdAt: number; capacity: number | null; published: number | null; goals: string | null }[];
      const learners: ActivityLearner[] = members.filter((m) => m.role === "learner").map((m) => ({ id: m.id, createdAt: m.createdAt, goals: m.goals ? (JSON.parse(m.goals) as string[]) : [] }));
      const mentors: ActivityMentor[] = members.filter((m) => m.role === "mentor" && m.published).map((m) => ({ id: m.id, createdAt: m.createdAt, capacity: m.capacity }));
      const target = { requests: Math.round(learners.length / 2), flags: flagTarget(total(forumPosts)) };
      const added: ActivityCounts = { requests: 0, mentorships: 0, flags: 0 };

      // Mentorships and goals may be flushed before the requests they point to: check at commit.
      db.$client.pragma("defer_foreign_keys = ON");

      if (before.requests < target.requests) {
        // Mentorships already there hold their mentor's places (active ones until further notice).
        const busy = t
          .select({ mentorId: mentorships.mentorId, learnerId: mentorships.learnerId, from: mentorships.createdAt, to: mentorships.endedAt })
          .from(mentorships)
          .all()
          .map((m) => ({ ...m, from: m.from.getTime() / 1000, to: m.to ? m.to.getTime() / 1000 : Infinity }));
        const requests = generateRequests({ requests: target.requests - before.requests, firstRequest: before.requests, seed, now: nowSeconds, learners, mentors, busy });

        const requestRows = new BulkInsert(
          db,
          "INSERT INTO mentorship_requests (id, learner_id, mentor_id, message, goals, status, question, answer, decline_reason, decline_note, created_at, first_response_at, expires_at, closed_at, expired_on_mentor)",
          15,
        );
        const mentorshipRows = new BulkInsert(db, "INSERT INTO mentorships (id, request_id, learner_id, mentor_id, status, created_at, ended_at, ended_by, end_reason)", 9);
        const goalRows = new BulkInsert(db, "INSERT INTO mentorship_goals (mentorship_id, text, position, done_at, done_by)", 5);
        let requestId = lastId(db, "mentorship_requests");
        let mentorshipId = lastId(db, "mentorships");
        for (const r of requests) {
          requestId++;
          requestRows.add(requestId, r.learnerId, r.mentorId, r.message, JSON.stringify(r.goals), r.status, r.question, r.answer, r.declineReason, r.declineNote, r.createdAt, r.firstResponseAt, r.expiresAt, r.closedAt, bool(r.expiredOnMentor));
          added.requests++;
          const m = r.mentorship;
          if (!m) continue;
          mentorshipId++;
          mentorshipRows.add(mentorshipId, requestId, r.learnerId, r.mentorId, m.status, m.createdAt, m.endedAt, m.endedBy, m.endReason);
          m.goals.forEach((g, position) => goalRows.add(mentorshipId, g.text, position, g.doneAt, g.doneBy));
          added.mentorships++;
        }
        requestRows.flush();
        mentorshipRows.flush();
        goalRows.flush();
      }

      if (before.flags < target.flags) {
        // Visible posts in visible threads: what a member could have flagged.
        const posts = db.$client
          .prepare(
            `SELECT p.id, p.author_id AS authorId, p.created_at AS createdAt FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id
             WHERE p.hidden_at IS NULL AND p.deleted_at IS NULL AND t.hidden_at IS NULL AND t.deleted_at IS NULL ORDER BY p.id`,
          )
          .all() as FlaggablePost[];
        const taken = new Set(
          t
            .select({ postId: forumFlags.postId, flaggerId: forumFlags.flaggerId })
            .from(forumFlags)
            .all()
            .map((f) => `${f.postId}:${f.flaggerId}`),
        );
        const flags = generateFlags({ flags: target.flags - before.flags, firstFlag: before.flags, seed, now: nowSeconds, posts, flaggers: members, taken });
        const flagRows = new BulkInsert(db, "INSERT INTO forum_flags (post_id, flagger_id, reason, note, created_at, resolved_at)", 6);
        for (const f of flags) flagRows.add(f.postId, f.flaggerId, f.reason, f.note, f.createdAt, f.resolvedAt);
        flagRows.flush();
        added.flags = flags.length;
      }
      return { before, target, added };
    },
    { behavior: "immediate" },
  );
}
