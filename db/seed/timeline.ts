import { streamRng, type Rng } from "./random";

// When the generated past happened, shared by community.ts (sign-ups) and
// activity.ts (requests, mentorships, flags). Times are Unix seconds, as the
// database stores them.

export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** Members joined over this many seconds before the seeding… */
export const MEMBER_SPAN_SECONDS = 26 * WEEK;
/**
 * …and at least this long before it: forum limits treat accounts younger
 * than 24 hours as new, and the end-to-end tests rely on seeded members
 * acting freely; the margin leaves room for requests between them.
 */
export const NEWEST_MEMBER_AGO = 60 * HOUR;
/** Sign-ups in the last week of the span against the first: the community grows. */
export const MEMBER_GROWTH = 4;

// Their own streams, apart from the ones drawing the members themselves,
// so adding join times changed no name, bio or profile.
const MENTOR_JOINED_SALT = 4;
const LEARNER_JOINED_SALT = 5;

/**
 * A moment between `from` and `to` whose likelihood grows steadily (by a
 * factor `growth` from `from` to `to`): the inverse of an exponential's
 * distribution function, so one draw per moment.
 */
export function growing(rng: Rng, from: number, to: number, growth: number): number {
  const u = rng();
  const share = growth === 1 ? u : Math.log1p(u * (growth - 1)) / Math.log(growth);
  return from + Math.floor(share * (to - from));
}

/** A wait from `min` to `max` seconds, short ones as likely as long ones on a log scale (most answers come fast, a few take days). */
export function wait(rng: Rng, min: number, max: number): number {
  if (max <= min) return Math.max(0, Math.floor(max));
  return Math.floor(min * (max / min) ** rng());
}

/** Seconds before the seeding that member `index` of a role joined: the same whatever the counts asked for. */
export function joinedAgo(seed: number, role: "mentor" | "learner", index: number): number {
  const rng = streamRng(seed, role === "mentor" ? MENTOR_JOINED_SALT : LEARNER_JOINED_SALT, index);
  return MEMBER_SPAN_SECONDS - growing(rng, 0, MEMBER_SPAN_SECONDS - NEWEST_MEMBER_AGO, MEMBER_GROWTH);
}
