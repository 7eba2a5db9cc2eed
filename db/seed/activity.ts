import { DECLINE_REASONS, FLAG_REASONS, type DeclineReason, type FlagReason, type MentorshipStatus, type OPEN_REQUEST_STATUSES, type RequestStatus } from "@/db/schema";
import { REQUEST_LIFETIME_MS } from "@/lib/mentorships/request-machine";
import { ANSWERS, CANCEL_REASONS, DECLINE_NOTES, FALLBACK_GOALS, FLAG_NOTES, QUESTIONS, requestMessage } from "./activity-text";
import { between, pick, streamRng, weighted, type Rng } from "./random";
import { DAY, growing, HOUR, MINUTE, wait, WEEK } from "./timeline";

// The community's past for the admin dashboard's charts: mentorship requests
// with what became of them, the mentorships they led to, and forum flags.
// Pure and deterministic (same options, same output), with ids of existing
// accounts and posts in and rows out (db/seed/insert-activity.ts writes them).
//
// All of it is OVER by the moment of seeding, because the end-to-end tests
// act as seeded members and expect them free:
// - every request is closed (accepted, declined, expired or withdrawn),
//   never pending or needs_info, and carries the fields the app would have
//   set on the way (lib/mentorships/requests.ts, expiry.ts);
// - every mentorship has ended (completed or cancelled), so no mentor's
//   place is taken now; at the time, a mentor accepts only with a place free
//   and never twice the same learner at once, else declines (no_capacity);
// - every flag is resolved, so the moderation queue is empty and no post is
//   hidden; none falls in a flagger's last 24 hours (the daily flag limit).
// Each request and flag draws from its own stream (seed, index), like the
// forum's threads, so a top-up numbered from the count already there draws
// new ones.

export type ActivityLearner = { id: number; createdAt: number; goals: readonly string[] };
export type ActivityMentor = { id: number; createdAt: number; capacity: number | null };
/** A mentorship already in the database: it holds one of the mentor's places from `from` to `to` (Infinity while active). */
export type BusySpan = { mentorId: number; learnerId: number; from: number; to: number };

export type RequestOptions = {
  requests: number;
  /** Number of the first request (default 0): a top-up passes how many there are. */
  firstRequest?: number;
  seed?: number;
  /** The moment of seeding, Unix seconds: everything generated is over by then. */
  now: number;
  /** Disjoint lists: learners ask, mentors answer. */
  learners: readonly ActivityLearner[];
  mentors: readonly ActivityMentor[];
  busy?: readonly BusySpan[];
};

export type ClosedStatus = Exclude<RequestStatus, (typeof OPEN_REQUEST_STATUSES)[number]>;

export type GeneratedGoal = { text: string; doneAt: number | null; doneBy: number | null };

export type GeneratedMentorship = {
  status: Exclude<MentorshipStatus, "active">;
  createdAt: number;
  endedAt: number;
  endedBy: number;
  endReason: string | null;
  goals: GeneratedGoal[];
};

export type GeneratedRequest = {
  learnerId: number;
  mentorId: number;
  message: string;
  goals: string[];
  status: ClosedStatus;
  question: string | null;
  answer: string | null;
  declineReason: DeclineReason | null;
  declineNote: string | null;
  createdAt: number;
  firstResponseAt: number | null;
  expiresAt: number;
  closedAt: number;
  expiredOnMentor: boolean;
  /** Only for accepted requests. */
  mentorship: GeneratedMentorship | null;
};

/** Requests were sent over this many seconds before the seeding… */
export const REQUEST_SPAN_SECONDS = 16 * WEEK;
/** …the newest at least this long before it, so its answer came in time. */
const NEWEST_REQUEST_AGO = DAY;
/** Requests sent in the last week of the span against the first. */
const REQUEST_GROWTH = 3;
/** Whatever the generated past did was done at least this long before the seeding. */
export const SETTLED_AGO = HOUR;
const LIFETIME = REQUEST_LIFETIME_MS / 1000;

export const MENTORSHIP_WEEKS = { min: 2, max: 10 } as const;

const REQUEST_SALT = 21;
const FLAG_SALT = 22;
const CAPACITY_SALT = 23;

const pickStatus = weighted<{ weight: number; status: ClosedStatus }>([
  { weight: 55, status: "accepted" },
  { weight: 25, status: "declined" },
  { weight: 12, status: "expired" },
  { weight: 8, status: "withdrawn" },
]);
const pickDecline = weighted<{ weight: number; reason: DeclineReason }>(
  ([35, 25, 20, 10, 10] as const).map((weight, i) => ({ weight, reason: DECLINE_REASONS[i]! })),
);
const pickFlagReason = weighted<{ weight: number; reason: FlagReason }>(
  ([35, 10, 35, 20] as const).map((weight, i) => ({ weight, reason: FLAG_REASONS[i]! })),
);

/** How many of `sorted` (ascending) are at most `x`. */
function countUpTo(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Oldest account first (ties by id): who existed at a moment is then a prefix. */
const byJoining = <T extends { id: number; createdAt: number }>(list: readonly T[]) => [...list].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);

/**
 * Moments after `from`, one per step, each a wait of `min` to `max` seconds
 * after the one before, all by `by`: a step never takes more than its share
 * of the time left, so a late start squeezes the waits instead of running past.
 */
function steps(rng: Rng, from: number, by: number, waits: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  let at = from;
  waits.forEach(([min, max], i) => {
    const share = Math.max(1, (by - at) / (waits.length - i));
    at += Math.max(1, wait(rng, Math.min(min, share / 2), Math.min(max, share)));
    out.push(at);
  });
  return out;
}

// ------------------------------------------------------------------ requests

function draft(rng: Rng, o: RequestOptions, learners: readonly ActivityLearner[], learnerTimes: readonly number[], mentors: readonly ActivityMentor[], mentorTimes: readonly number[]): GeneratedRequest | null {
  let status = pickStatus(rng).status;
  // Both people had accounts an hour before the request at the earliest.
  const earliest = Math.max(learnerTimes[0] ?? Infinity, mentorTimes[0] ?? Infinity) + HOUR;
  // An expired request waited its 14 days; with only newcomers, it was withdrawn instead.
  if (status === "expired" && earliest > o.now - LIFETIME - SETTLED_AGO) status = "withdrawn";
  const latest = status === "expired" ? o.now - LIFETIME - SETTLED_AGO : o.now - NEWEST_REQUEST_AGO;
  if (earliest > latest) return null;
  const createdAt = growing(rng, Math.max(earliest, o.now - REQUEST_SPAN_SECONDS), latest, REQUEST_GROWTH);

  const learner = learners[Math.floor(rng() * countUpTo(learnerTimes, createdAt - HOUR))]!;
  // Mentors who joined early are sought after: the oldest get the most requests.
  const mentor = mentors[Math.floor(countUpTo(mentorTimes, createdAt - HOUR) * rng() ** 1.5)]!;
  if (learner.id === mentor.id) return null;

  const own = learner.goals.length ? learner.goals : FALLBACK_GOALS;
  const goals = [pick(rng, own)];
  const second = pick(rng, own);
  if (rng() < 0.4 && !goals.includes(second)) goals.push(second);

  const r: GeneratedRequest = {
    learnerId: learner.id,
    mentorId: mentor.id,
    message: requestMessage(rng, goals[0]!),
    goals,
    status,
    question: null,
    answer: null,
    declineReason: null,
    declineNote: null,
    createdAt,
    firstResponseAt: null,
    expiresAt: createdAt + LIFETIME,
    closedAt: 0,
    expiredOnMentor: false,
    mentorship: null,
  };
  const by = o.now - SETTLED_AGO;
  // First answers: an hour to a few days after sending.
  const firstAnswer = [HOUR, 4 * DAY] as const;

  if (status === "expired") {
    r.closedAt = r.expiresAt;
    // Mostly the mentor never answered (which counts towards a pause at the
    // time); sometimes the mentor asked and the learner never replied.
    if (rng() < 0.2) {
      [r.firstResponseAt] = steps(rng, createdAt, by, [firstAnswer]) as [number];
      r.question = pick(rng, QUESTIONS);
    } else r.expiredOnMentor = true;
    return r;
  }
  if (status === "withdrawn") {
    if (rng() < 0.25) {
      // Withdrawn while the mentor's question waited for an answer.
      [r.firstResponseAt, r.closedAt] = steps(rng, createdAt, by, [firstAnswer, [HOUR, 5 * DAY]]) as [number, number];
      r.question = pick(rng, QUESTIONS);
    } else [r.closedAt] = steps(rng, createdAt, by, [[HOUR, 10 * DAY]]) as [number];
    return r;
  }
  // Accepted or declined, some after a question and its answer (the answer
  // gives the mentor 14 days again); accepted half a day before now at the
  // latest, so the mentorship lasts a little.
  const decideBy = status === "accepted" ? by - 12 * HOUR : by;
  if (rng() < 0.15) {
    const [asked, answered, decided] = steps(rng, createdAt, decideBy, [firstAnswer, [30 * MINUTE, 2 * DAY], [HOUR, 3 * DAY]]) as [number, number, number];
    r.question = pick(rng, QUESTIONS);
    r.answer = pick(rng, ANSWERS);
    r.firstResponseAt = asked;
    r.expiresAt = answered + LIFETIME;
    r.closedAt = decided;
  } else {
    [r.closedAt] = steps(rng, createdAt, decideBy, [firstAnswer]) as [number];
    r.firstResponseAt = r.closedAt;
  }
  if (status === "declined") decline(rng, r, pickDecline(rng).reason);
  else r.mentorship = mentorship(rng, r, o.now);
  return r;
}

function decline(rng: Rng, r: GeneratedRequest, reason: DeclineReason) {
  r.status = "declined";
  r.mentorship = null;
  r.declineReason = reason;
  // "other" always says why, as the form asks.
  r.declineNote = reason === "other" || rng() < 0.5 ? pick(rng, DECLINE_NOTES[reason]) : null;
}

/** What an accepted request led to: 2 to 10 weeks together, cut short (and cancelled) when that would reach the present. */
function mentorship(rng: Rng, r: GeneratedRequest, now: number): GeneratedMentorship {
  const start = r.closedAt;
  const by = now - SETTLED_AGO;
  const room = by - start;
  let status: GeneratedMentorship["status"] = rng() < 0.8 ? "completed" : "cancelled";
  let length = between(rng, MENTORSHIP_WEEKS.min * WEEK, MENTORSHIP_WEEKS.max * WEEK);
  if (length > room) {
    if (room >= MENTORSHIP_WEEKS.min * WEEK) length = between(rng, MENTORSHIP_WEEKS.min * WEEK, room);
    else {
      status = "cancelled";
      length = Math.max(1, wait(rng, Math.min(DAY, room / 2), room));
    }
  }
  const endedAt = start + length;
  const either = () => (rng() < 0.5 ? r.learnerId : r.mentorId);
  const doneShare = status === "completed" ? 0.7 : 0.25;
  return {
    status,
    createdAt: start,
    endedAt,
    endedBy: status === "completed" && rng() < 0.6 ? r.mentorId : either(),
    endReason: status === "cancelled" ? pick(rng, CANCEL_REASONS) : null,
    goals: r.goals.map((text) => (rng() < doneShare ? { text, doneAt: start + Math.floor(rng() * length), doneBy: either() } : { text, doneAt: null, doneBy: null })),
  };
}

/**
 * Mentors answer in the order things happened: an acceptance that would
 * take more places than the mentor's capacity at that moment, or a second
 * place for a learner already with them, becomes a decline for lack of room.
 */
function respectCapacity(rng: Rng, requests: GeneratedRequest[], mentors: readonly ActivityMentor[], busy: readonly BusySpan[]) {
  const capacity = new Map(mentors.map((m) => [m.id, m.capacity ?? 0]));
  const held = new Map<number, BusySpan[]>();
  const hold = (s: BusySpan) => {
    const list = held.get(s.mentorId);
    if (list) list.push(s);
    else held.set(s.mentorId, [s]);
  };
  busy.forEach(hold);
  const accepted = requests.filter((r) => r.mentorship).sort((a, b) => a.closedAt - b.closedAt);
  for (const r of accepted) {
    const m = r.mentorship!;
    const during = (held.get(r.mentorId) ?? []).filter((s) => s.from <= m.createdAt && m.createdAt < s.to);
    if (during.length >= (capacity.get(r.mentorId) ?? 0) || during.some((s) => s.learnerId === r.learnerId)) decline(rng, r, "no_capacity");
    else hold({ mentorId: r.mentorId, learnerId: r.learnerId, from: m.createdAt, to: m.endedAt });
  }
}

/**
 * `requests` closed requests between the given learners and mentors, sent
 * over the last 16 weeks (more lately), each after both people joined.
 * Fewer only when no learner or mentor joined early enough to have asked.
 */
export function generateRequests(o: RequestOptions): GeneratedRequest[] {
  const learners = byJoining(o.learners);
  const mentors = byJoining(o.mentors);
  const learnerTimes = learners.map((l) => l.createdAt);
  const mentorTimes = mentors.map((m) => m.createdAt);
  const seed = o.seed ?? 42;
  const first = o.firstRequest ?? 0;
  const out: GeneratedRequest[] = [];
  for (let i = 0; i < o.requests; i++) {
    const r = draft(streamRng(seed, REQUEST_SALT, first + i), o, learners, learnerTimes, mentors, mentorTimes);
    if (r) out.push(r);
  }
  respectCapacity(streamRng(seed, CAPACITY_SALT, first), out, mentors, o.busy ?? []);
  return out;
}

// --------------------------------------------------------------------- flags

export type FlaggablePost = { id: number; authorId: number | null; createdAt: number };
export type Flagger = { id: number; createdAt: number };

export type FlagOptions = {
  flags: number;
  /** Number of the first flag (default 0): a top-up passes how many there are. */
  firstFlag?: number;
  seed?: number;
  now: number;
  /** Posts that may be flagged (visible ones). */
  posts: readonly FlaggablePost[];
  flaggers: readonly Flagger[];
  /** "postId:flaggerId" of the flags already there: a member flags a post once. */
  taken?: ReadonlySet<string>;
};

export type GeneratedFlag = { postId: number; flaggerId: number; reason: FlagReason; note: string | null; createdAt: number; resolvedAt: number };

/** Flags are raised at least this long before the seeding: outside every flagger's 24-hour allowance. */
export const NEWEST_FLAG_AGO = 25 * HOUR;
const FIRST_FLAG_AFTER = 10 * MINUTE;
const FLAG_WITHIN = 7 * DAY;

/** Share of posts flagged: about 0.3%, and at least a dozen on a small forum (one post in ten at most) so the chart shows some. */
export function flagTarget(posts: number): number {
  return Math.max(Math.round(posts * 0.003), Math.min(12, Math.floor(posts / 10)));
}

/**
 * `flags` resolved flags on posts written by someone else, raised 10 minutes
 * to a week after the post by a member who had joined by then (so posts from
 * before every flagger joined go unflagged), resolved by a moderator hours
 * to days later. A flag that finds no post and flagger to fit after a few
 * tries is left out (only with a handful of accounts).
 */
export function generateFlags(o: FlagOptions): GeneratedFlag[] {
  const flaggers = byJoining(o.flaggers);
  const flaggerTimes = flaggers.map((f) => f.createdAt);
  const firstFlagger = (flaggerTimes[0] ?? Infinity) + HOUR;
  // The last moment a post may be flagged: a week after it, and a day before now.
  const until = (p: FlaggablePost) => Math.min(p.createdAt + FLAG_WITHIN, o.now - NEWEST_FLAG_AGO);
  // Posts someone could flag in time: not too new, and not from before every flagger joined.
  const posts = o.posts.filter((p) => until(p) >= Math.max(p.createdAt + FIRST_FLAG_AFTER, firstFlagger));
  const taken = new Set(o.taken);
  const seed = o.seed ?? 42;
  const first = o.firstFlag ?? 0;
  const out: GeneratedFlag[] = [];
  if (posts.length === 0) return out;
  for (let j = 0; j < o.flags; j++) {
    const rng = streamRng(seed, FLAG_SALT, first + j);
    for (let attempt = 0; attempt < 20; attempt++) {
      const post = pick(rng, posts);
      const [raised] = steps(rng, post.createdAt, until(post), [[FIRST_FLAG_AFTER, FLAG_WITHIN]]) as [number];
      const createdAt = Math.max(raised, firstFlagger);
      const flagger = flaggers[Math.floor(rng() * countUpTo(flaggerTimes, createdAt - HOUR))]!;
      const key = `${post.id}:${flagger.id}`;
      if (flagger.id === post.authorId || taken.has(key)) continue;
      taken.add(key);
      const reason = pickFlagReason(rng).reason;
      const [resolvedAt] = steps(rng, createdAt, o.now - SETTLED_AGO, [[2 * HOUR, 4 * DAY]]) as [number];
      out.push({ postId: post.id, flaggerId: flagger.id, reason, note: reason === "other" || rng() < 0.4 ? pick(rng, FLAG_NOTES[reason]) : null, createdAt, resolvedAt });
      break;
    }
  }
  return out;
}
