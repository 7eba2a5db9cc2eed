// The one place for how /match scores a mentor for a learner. Each factor
// gives at most its weight in points; the weights add up to 100, so a score
// reads as "out of 100" and every line of the breakdown shows its share.
// lib/matching/score.ts applies them; weights.test in score.test.ts checks
// the sum. Change a weight here and the README's table with it.

export const FACTORS = ["goals", "timeZone", "language", "room", "experience"] as const;
export type Factor = (typeof FACTORS)[number];

export const WEIGHTS = {
  // What the mentorship is for: a mentor who knows the subjects the learner
  // wants help with is the point of matching, so this is the largest share.
  // Points are the share of the learner's goal topics the mentor covers.
  goals: 40,
  // Whether they can meet at a sane hour. Matters for video and chat, less for
  // async mentoring, so it counts but cannot outweigh the subject.
  timeZone: 20,
  // Whether they can talk at all. As heavy as time zones: without a shared
  // language the rest is moot, yet the learner may read a second language
  // well enough, so it is scored rather than used as a filter.
  language: 20,
  // Free places: every ranked mentor has at least one (full mentors are left
  // out), so this only nudges towards mentors less likely to fill up before
  // they answer.
  room: 10,
  // Years of experience, enough for the learner's level. A tie-breaker more
  // than a goal: a mentor a few years ahead is often the most useful.
  experience: 10,
} as const satisfies Record<Factor, number>;

/** Time zones: full points at 0 hours apart, falling linearly to none at this many hours or more. */
export const TIME_ZONE_ZERO_AT_HOURS = 8;

/**
 * Language: a mentor who speaks none of the learner's preferred languages but
 * another language the learner speaks gets this share of the points (they can
 * talk, just not in the language asked for).
 */
export const LANGUAGE_FALLBACK_SHARE = 0.5;

/**
 * Room: one free place gives ROOM_FLOOR_SHARE of the points, each further one
 * more, up to full points at ROOM_FULL_AT free places (1 → 5, 2 → 8, 3+ → 10).
 */
export const ROOM_FULL_AT = 3;
export const ROOM_FLOOR_SHARE = 0.5;

/**
 * Experience: full points from this many years, linearly below. A beginner is
 * well served by someone five years in; an advanced learner needs more. A
 * learner who gave no level gets the middle value.
 */
export const EXPERIENCE_FULL_AT_YEARS = { beginner: 5, intermediate: 8, advanced: 12, unknown: 8 } as const;
