import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorships, profiles, users } from "@/db/schema";
import type { LearnerForMatching, MentorForMatching } from "./score";

// What /match reads: the learner's profile and every mentor who could take
// them on, each in one query. The rules of who may appear are applied here
// (so 10,000 mentors are not sent to JavaScript to be dropped) and again in
// rankMentors, which does not trust its input.

/** A mentor as /match shows and scores them. */
export type MatchCandidate = MentorForMatching & { handle: string; headline: string };

export type LearnerProfile = LearnerForMatching & {
  /** False for a member who never saved a profile: everything is empty and the time zone unknown. */
  hasProfile: boolean;
};

/** The learner's side of matching; a member without a profile row gets empty lists and no time zone. */
export function loadLearner(db: Db, { userId }: { userId: number }): LearnerProfile {
  const row = db
    .select({
      topics: profiles.topics,
      goals: profiles.goals,
      level: profiles.level,
      languages: profiles.languages,
      preferredLanguages: profiles.preferredLanguages,
      timezone: profiles.timezone,
      preferredTimezone: profiles.preferredTimezone,
    })
    .from(profiles)
    .where(eq(profiles.userId, userId))
    .get();
  if (!row) return { userId, topics: [], goals: [], level: null, languages: [], preferredLanguages: [], timezone: null, preferredTimezone: null, hasProfile: false };
  return { userId, ...row, hasProfile: true };
}

// Active mentorships per mentor, counted once for all mentors (one grouped
// scan of the mentor_id/status index), joined to the profiles.
function activeCounts(db: Db) {
  return db
    .select({ mentorId: mentorships.mentorId, n: count().as("active_n") })
    .from(mentorships)
    .where(eq(mentorships.status, "active"))
    .groupBy(mentorships.mentorId)
    .as("active_counts");
}

function candidateQuery(db: Db) {
  const active = activeCounts(db);
  const activeMentees = sql<number>`coalesce(${active.n}, 0)`;
  const query = db
    .select({
      userId: users.id,
      handle: users.handle,
      displayName: users.displayName,
      headline: profiles.headline,
      timezone: profiles.timezone,
      languages: profiles.languages,
      expertise: profiles.expertise,
      yearsExperience: profiles.yearsExperience,
      capacity: profiles.capacity,
      activeMentees,
      acceptingMentees: profiles.acceptingMentees,
      mentorPublished: profiles.mentorPublished,
      suspendedUntil: users.suspendedUntil,
    })
    .from(profiles)
    .innerJoin(users, eq(users.id, profiles.userId))
    .leftJoin(active, eq(active.mentorId, profiles.userId));
  return { query, activeMentees };
}

/**
 * Every mentor who may appear in `learnerId`'s matches at `now`: published,
 * taking mentees, not suspended, not the learner, with a free place
 * (capacity above their active mentorships). Ordered by id, so the input to
 * ranking is stable too.
 */
export function loadCandidates(db: Db, { learnerId, now }: { learnerId: number; now: Date }): MatchCandidate[] {
  return openMentors(db).filter((m) => m.userId !== learnerId && !(m.suspendedUntil && m.suspendedUntil > now));
}

// Loading 10,000 mentors costs more than ranking them (rows to objects, JSON
// lists parsed), and they change far less often than they are read. The list
// is kept until the database changes: total_changes() counts this
// connection's writes, PRAGMA data_version moves when another process (the
// seed or import CLI) commits, so any write anywhere is seen before the next
// read, at the price of two tiny queries.
// One entry per connection (tests open many databases).
const cache = new WeakMap<Db, { stamp: string; mentors: MatchCandidate[] }>();

function changeStamp(db: Db): string {
  const client = db.$client;
  const version = client.pragma("data_version", { simple: true }) as number;
  const changes = (client.prepare("SELECT total_changes() AS n").get() as { n: number }).n;
  return `${version}:${changes}`;
}

/** Published mentors taking mentees with a free place, suspended or not (checked per request: it ends with time). */
function openMentors(db: Db): MatchCandidate[] {
  const stamp = changeStamp(db);
  const cached = cache.get(db);
  if (cached?.stamp === stamp) return cached.mentors;
  const { query, activeMentees } = candidateQuery(db);
  const mentors = query
    .where(and(eq(profiles.mentorPublished, true), eq(profiles.acceptingMentees, true), gt(sql`coalesce(${profiles.capacity}, 0) - ${activeMentees}`, 0)))
    .orderBy(users.id)
    .all();
  cache.set(db, { stamp, mentors });
  return mentors;
}

/**
 * One member by handle with the same fields, whatever their state (for
 * explaining why they do or do not appear); a member who never saved a
 * profile comes back unpublished. Null for an unknown handle.
 */
export function loadMentorByHandle(db: Db, { handle }: { handle: string }): MatchCandidate | null {
  const { query } = candidateQuery(db);
  const row = query.where(eq(users.handle, handle)).get();
  if (row) return row;
  const user = db.select({ userId: users.id, displayName: users.displayName, suspendedUntil: users.suspendedUntil }).from(users).where(eq(users.handle, handle)).get();
  if (!user) return null;
  return { ...user, handle, headline: "", timezone: "UTC", languages: [], expertise: [], yearsExperience: null, capacity: null, activeMentees: 0, acceptingMentees: false, mentorPublished: false };
}
