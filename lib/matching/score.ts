import type { LEARNER_LEVELS } from "@/db/schema/profiles";
import { utcOffsetMinutes } from "@/lib/mentors/time-offsets";
import { TOPICS } from "@/lib/topics/vocabulary";
import {
  EXPERIENCE_FULL_AT_YEARS,
  LANGUAGE_FALLBACK_SHARE,
  ROOM_FLOOR_SHARE,
  ROOM_FULL_AT,
  TIME_ZONE_ZERO_AT_HOURS,
  WEIGHTS,
  type Factor,
} from "./weights";

// How well a mentor suits a learner, 0–100, with the reasons in words. Pure
// and deterministic: the same learner, mentors and `now` always give the same
// scores and order (no clock, no database; time-zone offsets are taken at
// `now`, so daylight saving is right for that moment).
//
// Built for ranking many mentors: createScorer() does the learner's side once
// (goal topics, language sets, their time zone's offset), then each mentor
// costs a few set lookups and sums with no allocation. Words are only built by
// explain(), for the mentors actually shown.

export type Level = (typeof LEARNER_LEVELS)[number];

export type LearnerForMatching = {
  userId: number;
  topics: readonly string[];
  goals: readonly string[];
  level: Level | null;
  languages: readonly string[];
  preferredLanguages: readonly string[];
  /** Null when the learner never saved a profile: their time zone is unknown, not UTC. */
  timezone: string | null;
  preferredTimezone: string | null;
};

export type MentorForMatching = {
  userId: number;
  displayName: string;
  timezone: string;
  languages: readonly string[];
  expertise: readonly string[];
  yearsExperience: number | null;
  capacity: number | null;
  /** Active mentorships now: capacity minus these is the room left. */
  activeMentees: number;
  acceptingMentees: boolean;
  mentorPublished: boolean;
  suspendedUntil: Date | null;
};

/** "good": full points; "some": part of them; "none": no points; "unknown": the learner (or mentor) gave nothing to compare. */
export type ReasonTone = "good" | "some" | "none" | "unknown";
export type Reason = { factor: Factor; points: number; max: number; words: string; tone: ReasonTone };
export type MatchScore = { score: number; reasons: Reason[] };

export type Exclusion = "self" | "unpublished" | "suspended" | "not-accepting" | "full";

/**
 * Why a mentor is left out, in words a learner may read on the mentor's page.
 * A suspension is the moderators' business: it reads as "not available".
 */
export const EXCLUSION_WORDS: Record<Exclusion, string> = {
  self: "This is you.",
  unpublished: "Not offering mentoring.",
  suspended: "Not available for new mentees right now.",
  "not-accepting": "Not taking new mentees right now.",
  full: "Full: every place is taken right now.",
};

export type Ranked<M extends MentorForMatching> = { mentor: M; score: number; free: number };

// ------------------------------------------------------------------ helpers

/** Places left: capacity minus active mentorships, never below 0; no stated capacity means none (as lib/mentorships/capacity). */
export function freePlacesOf(mentor: Pick<MentorForMatching, "capacity" | "activeMentees">): number {
  return Math.max(0, (mentor.capacity ?? 0) - mentor.activeMentees);
}

/** Why `mentor` never appears in `learnerId`'s matches at `now`, or null when they may. */
export function exclusionOf(learnerId: number, mentor: MentorForMatching, now: Date): Exclusion | null {
  if (mentor.userId === learnerId) return "self";
  if (!mentor.mentorPublished) return "unpublished";
  if (mentor.suspendedUntil && mentor.suspendedUntil.getTime() > now.getTime()) return "suspended";
  if (!mentor.acceptingMentees) return "not-accepting";
  if (freePlacesOf(mentor) === 0) return "full";
  return null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A topic mentioned in a goal line: the whole name, any case, not inside a
// longer word ("design" in "I want to learn design", not in "designer").
const TOPIC_MENTIONS: readonly (readonly [string, RegExp])[] = TOPICS.map((t) => [t, new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t)}(?![\\p{L}\\p{N}])`, "iu")] as const);

/**
 * The learner's goal topics: their topics, then the vocabulary topics their
 * goal lines mention (in vocabulary order), each once. Every whole-word
 * mention counts: "software engineering" names both "Software engineering"
 * and "Engineering".
 */
export function goalTopicsOf(learner: Pick<LearnerForMatching, "topics" | "goals">): string[] {
  const out = new Map<string, string>();
  for (const t of learner.topics) if (!out.has(t.toLowerCase())) out.set(t.toLowerCase(), t);
  for (const [topic, mention] of TOPIC_MENTIONS) {
    if (out.has(topic.toLowerCase())) continue;
    if (learner.goals.some((line) => mention.test(line))) out.set(topic.toLowerCase(), topic);
  }
  return [...out.values()];
}

/** The language list a mentor is checked against: the preferred ones, or all the learner speaks when none is preferred. */
export function wantedLanguagesOf(learner: Pick<LearnerForMatching, "languages" | "preferredLanguages">): readonly string[] {
  return learner.preferredLanguages.length > 0 ? learner.preferredLanguages : learner.languages;
}

/** The zone distances are measured from: the preferred one, else the learner's own. */
export function learnerZoneOf(learner: Pick<LearnerForMatching, "timezone" | "preferredTimezone">): string | null {
  return learner.preferredTimezone ?? learner.timezone;
}

/** UTC offset in minutes, or null for a name this runtime does not know (never throws). */
function offsetOrNull(zone: string | null, at: Date): number | null {
  if (!zone) return null;
  try {
    return utcOffsetMinutes(zone, at);
  } catch {
    return null;
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const listWords = (items: readonly string[], last: "and" | "or") =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;

function hoursWords(hours: number): string {
  if (hours === 0) return "No time difference";
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  if (minutes === 0) return `${plural(whole, "hour", "hours")} apart`;
  if (whole === 0) return `${minutes} minutes apart`;
  return `${whole} h ${minutes} min apart`;
}

// Points per factor, rounded to whole points so the lines of a breakdown add
// up to the score shown. Shared by the fast path and explain().

function goalPoints(covered: number, total: number): number {
  return total === 0 ? 0 : Math.round((WEIGHTS.goals * covered) / total);
}

function timeZonePoints(hours: number | null): number {
  if (hours === null) return 0;
  return Math.round(WEIGHTS.timeZone * Math.max(0, 1 - hours / TIME_ZONE_ZERO_AT_HOURS));
}

type LanguageFit = "wanted" | "fallback" | "none" | "unknown";
function languagePoints(fit: LanguageFit): number {
  return fit === "wanted" ? WEIGHTS.language : fit === "fallback" ? Math.round(WEIGHTS.language * LANGUAGE_FALLBACK_SHARE) : 0;
}

function roomPoints(free: number): number {
  if (free <= 0) return 0;
  const extra = ROOM_FULL_AT > 1 ? (Math.min(free, ROOM_FULL_AT) - 1) / (ROOM_FULL_AT - 1) : 1;
  return Math.round(WEIGHTS.room * (ROOM_FLOOR_SHARE + (1 - ROOM_FLOOR_SHARE) * extra));
}

function experiencePoints(years: number | null, fullAt: number): number {
  if (years === null || years <= 0) return 0;
  return Math.round((WEIGHTS.experience * Math.min(years, fullAt)) / fullAt);
}

const toneOf = (points: number, max: number): ReasonTone => (points >= max ? "good" : points > 0 ? "some" : "none");

// ------------------------------------------------------------------ scorer

export type Scorer = {
  /** The learner's goal topics (topics plus those named in goal lines). */
  readonly goalTopics: readonly string[];
  /** The whole score, 0–100, without words: the fast path for ranking. */
  score(mentor: MentorForMatching): number;
  /** Points per factor (same rounding as score()). */
  points(mentor: MentorForMatching): Record<Factor, number>;
  /** Hours between the learner's zone and the mentor's at `now`, or null when either is unknown. */
  hoursApart(mentor: Pick<MentorForMatching, "timezone">): number | null;
  /** Score and reasons in words, for the mentors shown. */
  explain(mentor: MentorForMatching): MatchScore;
};

/** The learner's side computed once, for scoring any number of mentors at `now`. */
export function createScorer(learner: LearnerForMatching, now: Date): Scorer {
  const goalTopics = goalTopicsOf(learner);
  const goalIndex = new Map(goalTopics.map((t, i) => [t, i]));
  // Each mentor stamps the goal topics it covers, so an expertise listed twice counts once.
  const stamps = new Int32Array(goalTopics.length);
  let stamp = 0;

  const wanted = wantedLanguagesOf(learner);
  const wantedSet = new Set(wanted);
  const fallbackSet = new Set(learner.preferredLanguages.length > 0 ? learner.languages.filter((l) => !wantedSet.has(l)) : []);

  const zone = learnerZoneOf(learner);
  const learnerOffset = offsetOrNull(zone, now);
  // Each zone's offset once per scorer: a few dozen zones among thousands of mentors.
  const offsets = new Map<string, number | null>();

  const fullAt = EXPERIENCE_FULL_AT_YEARS[learner.level ?? "unknown"];

  function covered(mentor: MentorForMatching): number {
    if (goalTopics.length === 0) return 0;
    stamp++;
    let n = 0;
    for (const e of mentor.expertise) {
      const i = goalIndex.get(e);
      if (i !== undefined && stamps[i] !== stamp) {
        stamps[i] = stamp;
        n++;
      }
    }
    return n;
  }

  function hoursApart(mentor: Pick<MentorForMatching, "timezone">): number | null {
    if (learnerOffset === null) return null;
    let offset = offsets.get(mentor.timezone);
    if (offset === undefined) {
      offset = offsetOrNull(mentor.timezone, now);
      offsets.set(mentor.timezone, offset);
    }
    return offset === null ? null : Math.abs(offset - learnerOffset) / 60;
  }

  function languageFit(mentor: MentorForMatching): LanguageFit {
    if (wantedSet.size === 0) return "unknown";
    let fallback = false;
    for (const l of mentor.languages) {
      if (wantedSet.has(l)) return "wanted";
      if (fallbackSet.has(l)) fallback = true;
    }
    return fallback ? "fallback" : "none";
  }

  function points(mentor: MentorForMatching): Record<Factor, number> {
    return {
      goals: goalPoints(covered(mentor), goalTopics.length),
      timeZone: timeZonePoints(hoursApart(mentor)),
      language: languagePoints(languageFit(mentor)),
      room: roomPoints(freePlacesOf(mentor)),
      experience: experiencePoints(mentor.yearsExperience, fullAt),
    };
  }

  function score(mentor: MentorForMatching): number {
    return (
      goalPoints(covered(mentor), goalTopics.length) +
      timeZonePoints(hoursApart(mentor)) +
      languagePoints(languageFit(mentor)) +
      roomPoints(freePlacesOf(mentor)) +
      experiencePoints(mentor.yearsExperience, fullAt)
    );
  }

  function explain(mentor: MentorForMatching): MatchScore {
    const reasons: Reason[] = [];

    // Shared goals, in the learner's order.
    {
      const max = WEIGHTS.goals;
      const expertise = new Set(mentor.expertise);
      const shared = goalTopics.filter((t) => expertise.has(t));
      const points = goalPoints(shared.length, goalTopics.length);
      let words: string;
      if (goalTopics.length === 0) words = "Add topics or goals to your profile to compare";
      else if (shared.length === 0) words = "No shared goals";
      else if (goalTopics.length === 1) words = `Shares your goal: ${shared[0]}`;
      else if (shared.length === goalTopics.length) words = `Shares all ${goalTopics.length} of your goals: ${shared.join(", ")}`;
      else words = `Shares ${shared.length} of your ${goalTopics.length} goals: ${shared.join(", ")}`;
      reasons.push({ factor: "goals", points, max, words, tone: goalTopics.length === 0 ? "unknown" : toneOf(points, max) });
    }

    // Time zone.
    {
      const max = WEIGHTS.timeZone;
      const hours = hoursApart(mentor);
      const points = timeZonePoints(hours);
      const words = hours !== null ? hoursWords(hours) : zone === null ? "Add your time zone to your profile to compare" : "Time difference unknown";
      reasons.push({ factor: "timeZone", points, max, words, tone: hours === null ? "unknown" : toneOf(points, max) });
    }

    // Language.
    {
      const max = WEIGHTS.language;
      const fit = languageFit(mentor);
      const points = languagePoints(fit);
      const speaks = new Set(mentor.languages);
      let words: string;
      if (fit === "unknown") words = "Add the languages you speak to your profile to compare";
      else if (fit === "wanted") words = `Speaks ${listWords(wanted.filter((l) => speaks.has(l)), "and")}`;
      else if (fit === "fallback") words = `Speaks ${listWords([...fallbackSet].filter((l) => speaks.has(l)), "and")}, not your preferred ${listWords(wanted, "or")}`;
      else words = wanted.length <= 3 ? `Does not speak ${listWords(wanted, "or")}` : "Speaks none of your languages";
      reasons.push({ factor: "language", points, max, words, tone: fit === "unknown" ? "unknown" : toneOf(points, max) });
    }

    // Room.
    {
      const max = WEIGHTS.room;
      const free = freePlacesOf(mentor);
      const points = roomPoints(free);
      reasons.push({ factor: "room", points, max, words: free > 0 ? `Has room for ${free} more` : "No room for new mentees", tone: toneOf(points, max) });
    }

    // Experience.
    {
      const max = WEIGHTS.experience;
      const years = mentor.yearsExperience;
      const points = experiencePoints(years, fullAt);
      const words = years === null ? "Experience not stated" : years <= 0 ? "Less than a year of experience" : `${plural(years, "year", "years")} of experience`;
      reasons.push({ factor: "experience", points, max, words, tone: years === null ? "unknown" : toneOf(points, max) });
    }

    let total = 0;
    for (const r of reasons) total += r.points;
    return { score: total, reasons };
  }

  return { goalTopics, score, points, hoursApart, explain };
}

// ------------------------------------------------------------------ public API

/** One mentor's score for one learner at `now`, with the reasons in words. */
export function scoreMentor(learner: LearnerForMatching, mentor: MentorForMatching, now: Date): MatchScore {
  return createScorer(learner, now).explain(mentor);
}

const byName = new Intl.Collator("en", { sensitivity: "base" });

/** Best first: score, then more free places, then display name, then id (ids are unique, so the order is total). */
export function compareRanked(a: Ranked<MentorForMatching>, b: Ranked<MentorForMatching>): number {
  return b.score - a.score || b.free - a.free || byName.compare(a.mentor.displayName, b.mentor.displayName) || a.mentor.userId - b.mentor.userId;
}

/**
 * Every candidate who may take the learner on, scored and sorted best first.
 * Left out whatever the caller passed: the learner themselves, unpublished,
 * suspended (until after `now`), not accepting, and full mentors.
 * Words are not built here: call explain() (or scoreMentor) for the page shown.
 */
export function rankMentors<M extends MentorForMatching>(learner: LearnerForMatching, candidates: readonly M[], now: Date, scorer: Scorer = createScorer(learner, now)): Ranked<M>[] {
  const ranked: Ranked<M>[] = [];
  for (const mentor of candidates) {
    if (exclusionOf(learner.userId, mentor, now) !== null) continue;
    ranked.push({ mentor, score: scorer.score(mentor), free: freePlacesOf(mentor) });
  }
  return ranked.sort(compareRanked);
}
