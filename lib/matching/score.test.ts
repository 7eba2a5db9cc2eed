import { describe, expect, it, vi } from "vitest";
import { generateCommunity } from "@/db/seed/community";
import { hoursApart, utcOffsetMinutes } from "@/lib/mentors/time-offsets";
import {
  createScorer,
  exclusionOf,
  goalTopicsOf,
  rankMentors,
  scoreMentor,
  type LearnerForMatching,
  type MatchScore,
  type MentorForMatching,
} from "./score";
import { FACTORS, WEIGHTS, type Factor } from "./weights";

// Counts Intl offset look-ups (the slow part of scoring) without changing them.
vi.mock("@/lib/mentors/time-offsets", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/mentors/time-offsets")>();
  return { ...actual, utcOffsetMinutes: vi.fn(actual.utcOffsetMinutes) };
});

const JANUARY = new Date("2026-01-15T12:00:00Z");
// The US moved to summer time on 8 March 2026, the UK only on 29 March.
const MID_MARCH = new Date("2026-03-15T12:00:00Z");

const learner = (over: Partial<LearnerForMatching> = {}): LearnerForMatching => ({
  userId: 1,
  topics: [],
  goals: [],
  level: null,
  languages: [],
  preferredLanguages: [],
  timezone: null,
  preferredTimezone: null,
  ...over,
});

let nextId = 100;
const mentor = (over: Partial<MentorForMatching> = {}): MentorForMatching => ({
  userId: nextId++,
  displayName: "Mentor",
  timezone: "UTC",
  languages: [],
  expertise: [],
  yearsExperience: null,
  capacity: 3,
  activeMentees: 0,
  acceptingMentees: true,
  mentorPublished: true,
  suspendedUntil: null,
  ...over,
});

const reason = (s: MatchScore, factor: Factor) => s.reasons.find((r) => r.factor === factor)!;
const only = (factor: Factor, l: Partial<LearnerForMatching>, m: Partial<MentorForMatching>, now = JANUARY) => reason(scoreMentor(learner(l), mentor(m), now), factor);

describe("weights", () => {
  it("add up to 100, one whole positive weight per factor", () => {
    expect(Object.keys(WEIGHTS).sort()).toEqual([...FACTORS].sort());
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    for (const w of Object.values(WEIGHTS)) expect(Number.isInteger(w) && w > 0).toBe(true);
  });

  it("give each reason its factor's weight as the maximum, in weight order", () => {
    const s = scoreMentor(learner(), mentor(), JANUARY);
    expect(s.reasons.map((r) => [r.factor, r.max])).toEqual(FACTORS.map((f) => [f, WEIGHTS[f]]));
  });
});

describe("shared goals", () => {
  const topics = ["Leadership", "Public speaking", "Writing", "Design"];

  it("scores the share of the learner's goal topics the mentor covers, named in the learner's order", () => {
    const r = only("goals", { topics }, { expertise: ["Writing", "Leadership", "Public speaking", "Data science"] });
    expect(r).toMatchObject({ points: 30, max: 40, tone: "some", words: "Shares 3 of your 4 goals: Leadership, Public speaking, Writing" });
    expect(only("goals", { topics: ["Leadership", "Writing"] }, { expertise: ["Writing", "Leadership"] })).toMatchObject({
      points: 40,
      tone: "good",
      words: "Shares all 2 of your goals: Leadership, Writing",
    });
    expect(only("goals", { topics: ["Writing"] }, { expertise: ["Writing"] }).words).toBe("Shares your goal: Writing");
  });

  it("says so when nothing is shared or there is nothing to compare", () => {
    expect(only("goals", { topics }, { expertise: ["Data science"] })).toMatchObject({ points: 0, tone: "none", words: "No shared goals" });
    expect(only("goals", {}, { expertise: ["Data science"] })).toMatchObject({ points: 0, tone: "unknown", words: "Add topics or goals to your profile to compare" });
  });

  it("adds vocabulary topics named in goal lines: any case, whole words only", () => {
    const goals = ["Get better at PUBLIC SPEAKING.", "Become a designer", "Questions about education & career", "Move into software engineering"];
    expect(goalTopicsOf({ topics: ["Writing"], goals })).toEqual(["Writing", "Education & Career", "Engineering", "Public speaking", "Software engineering"]);
    const r = only("goals", { goals: ["Give my first talk on public speaking"] }, { expertise: ["Public speaking"] });
    expect(r).toMatchObject({ points: 40, words: "Shares your goal: Public speaking" });
    // A topic both listed and mentioned counts once.
    expect(goalTopicsOf({ topics: ["Leadership"], goals: ["More leadership"] })).toEqual(["Leadership"]);
  });

  it("counts an expertise listed twice once", () => {
    expect(only("goals", { topics: ["Leadership", "Writing"] }, { expertise: ["Leadership", "Leadership"] }).points).toBe(20);
  });
});

describe("time zone", () => {
  it("gives full points at 0 hours, falling linearly to none at 8 hours", () => {
    expect(only("timeZone", { timezone: "Europe/Berlin" }, { timezone: "Europe/Paris" })).toMatchObject({ points: 20, tone: "good", words: "No time difference" });
    expect(only("timeZone", { timezone: "UTC" }, { timezone: "Europe/Berlin" })).toMatchObject({ points: 18, words: "1 hour apart" }); // 17.5
    expect(only("timeZone", { timezone: "UTC" }, { timezone: "Asia/Kolkata" })).toMatchObject({ points: 6, words: "5 h 30 min apart" }); // 6.25
    expect(only("timeZone", { timezone: "Europe/London" }, { timezone: "Asia/Tokyo" })).toMatchObject({ points: 0, tone: "none", words: "9 hours apart" });
    expect(only("timeZone", { timezone: "UTC" }, { timezone: "Asia/Shanghai" }).points).toBe(0); // exactly 8
  });

  it("follows daylight saving at `now`", () => {
    const l = { timezone: "Europe/London" };
    const m = { timezone: "America/New_York" };
    expect(only("timeZone", l, m, JANUARY)).toMatchObject({ points: 8, words: "5 hours apart" }); // 7.5
    expect(only("timeZone", l, m, MID_MARCH)).toMatchObject({ points: 10, words: "4 hours apart" });
    expect(hoursApart("Europe/London", "America/New_York", MID_MARCH)).toBe(4);
  });

  it("measures from the preferred time zone when there is one", () => {
    expect(only("timeZone", { timezone: "Asia/Tokyo", preferredTimezone: "Europe/Madrid" }, { timezone: "Europe/Paris" }).points).toBe(20);
  });

  it("gives no points, without failing, when a zone is unknown", () => {
    expect(only("timeZone", {}, { timezone: "Europe/Paris" })).toMatchObject({ points: 0, tone: "unknown", words: "Add your time zone to your profile to compare" });
    expect(only("timeZone", { timezone: "UTC" }, { timezone: "Mars/Olympus_Mons" })).toMatchObject({ points: 0, tone: "unknown", words: "Time difference unknown" });
  });
});

describe("language", () => {
  it("gives full points for a preferred language, half for another the learner speaks", () => {
    const l = { languages: ["English", "Spanish", "French"], preferredLanguages: ["Spanish"] };
    expect(only("language", l, { languages: ["Spanish", "English"] })).toMatchObject({ points: 20, tone: "good", words: "Speaks Spanish" });
    expect(only("language", l, { languages: ["English", "German"] })).toMatchObject({ points: 10, tone: "some", words: "Speaks English, not your preferred Spanish" });
    expect(only("language", l, { languages: ["German"] })).toMatchObject({ points: 0, tone: "none", words: "Does not speak Spanish" });
  });

  it("uses the languages spoken when none is preferred", () => {
    const l = { languages: ["Portuguese", "English"] };
    expect(only("language", l, { languages: ["English", "Portuguese"] })).toMatchObject({ points: 20, words: "Speaks Portuguese and English" });
    expect(only("language", l, { languages: ["Japanese"] })).toMatchObject({ points: 0, words: "Does not speak Portuguese or English" });
    expect(only("language", {}, { languages: ["Japanese"] })).toMatchObject({ points: 0, tone: "unknown" });
  });
});

describe("room", () => {
  it("gives half the points for one free place, full from three, capped", () => {
    const points = [1, 2, 3, 5, 20].map((capacity) => only("room", {}, { capacity }).points);
    expect(points).toEqual([5, 8, 10, 10, 10]);
    expect(only("room", {}, { capacity: 4, activeMentees: 2 })).toMatchObject({ points: 8, words: "Has room for 2 more" });
    expect(only("room", {}, { capacity: 2, activeMentees: 2 })).toMatchObject({ points: 0, tone: "none", words: "No room for new mentees" });
    expect(only("room", {}, { capacity: null }).points).toBe(0);
  });
});

describe("experience", () => {
  it("gives full points from the years the learner's level needs, linearly below", () => {
    expect(only("experience", { level: "beginner" }, { yearsExperience: 5 })).toMatchObject({ points: 10, words: "5 years of experience" });
    expect(only("experience", { level: "advanced" }, { yearsExperience: 6 })).toMatchObject({ points: 5, tone: "some" });
    expect(only("experience", { level: "advanced" }, { yearsExperience: 30 }).points).toBe(10);
    expect(only("experience", {}, { yearsExperience: 4 }).points).toBe(5); // no level: full at 8
    expect(only("experience", {}, { yearsExperience: 1 }).words).toBe("1 year of experience");
    expect(only("experience", {}, { yearsExperience: 0 })).toMatchObject({ points: 0, words: "Less than a year of experience" });
    expect(only("experience", {}, { yearsExperience: null })).toMatchObject({ points: 0, tone: "unknown", words: "Experience not stated" });
  });
});

describe("the score", () => {
  const community = generateCommunity({ mentors: 300, learners: 25 });
  const toMentor = (i: number): MentorForMatching => {
    const p = community[i]!.profile;
    return mentor({ userId: i + 1, displayName: community[i]!.displayName, ...p, activeMentees: i % 3 });
  };
  const mentors = community.slice(0, 300).map((_, i) => toMentor(i));
  const learners = community.slice(300).map((m, j) => learner({ ...m.profile, userId: 301 + j }));

  it("is a whole number from 0 to 100, the sum of its reasons, the same on the fast path", () => {
    for (const l of learners) {
      const scorer = createScorer(l, JANUARY);
      for (const m of mentors) {
        const s = scorer.explain(m);
        expect(Number.isInteger(s.score)).toBe(true);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        expect(s.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(s.score);
        expect(scorer.score(m)).toBe(s.score);
        for (const r of s.reasons) expect(r.points).toBeLessThanOrEqual(r.max);
      }
    }
  });

  it("is 100 for a perfect match and deterministic", () => {
    const l = learner({ topics: ["Leadership"], languages: ["English"], timezone: "Europe/London", level: "beginner" });
    const m = mentor({ expertise: ["Leadership"], languages: ["English"], timezone: "Europe/Dublin", yearsExperience: 5, capacity: 3 });
    expect(scoreMentor(l, m, JANUARY).score).toBe(100);
    expect(scoreMentor(l, m, JANUARY)).toEqual(scoreMentor(l, m, JANUARY));
  });
});

describe("rankMentors", () => {
  const l = learner({ topics: ["Leadership"], languages: ["English"], timezone: "UTC" });

  it("sorts by score, then more free places, then name, then id", () => {
    const best = mentor({ displayName: "Zed", expertise: ["Leadership"], languages: ["English"] });
    const roomy = mentor({ displayName: "Yan", capacity: 3 });
    const tight = mentor({ displayName: "Abe", capacity: 1, yearsExperience: 4 }); // room 5 + experience 5 = roomy's 10 + 0
    const ana1 = mentor({ userId: 501, displayName: "ana", capacity: 1, yearsExperience: 4 });
    const ana2 = mentor({ userId: 500, displayName: "Ana", capacity: 1, yearsExperience: 4 });
    const input = [ana1, tight, roomy, best, ana2];
    const order = rankMentors(l, input, JANUARY).map((r) => `${r.mentor.displayName}#${r.mentor.userId}`);
    expect(order).toEqual([`Zed#${best.userId}`, `Yan#${roomy.userId}`, `Abe#${tight.userId}`, "Ana#500", "ana#501"]);
    // Whatever order the candidates come in.
    expect(rankMentors(l, [...input].reverse(), JANUARY).map((r) => r.mentor.userId)).toEqual(rankMentors(l, input, JANUARY).map((r) => r.mentor.userId));
  });

  it("never includes the learner, unpublished, suspended, not accepting or full mentors", () => {
    const ok = mentor({ displayName: "ok" });
    const pastSuspension = mentor({ displayName: "was suspended", suspendedUntil: new Date("2026-01-01T00:00:00Z") });
    const excluded = {
      self: mentor({ userId: l.userId }),
      unpublished: mentor({ mentorPublished: false }),
      suspended: mentor({ suspendedUntil: new Date("2026-02-01T00:00:00Z") }),
      "not-accepting": mentor({ acceptingMentees: false }),
      full: mentor({ capacity: 2, activeMentees: 2 }),
    };
    const noCapacity = mentor({ capacity: null });
    for (const [why, m] of Object.entries(excluded)) expect(exclusionOf(l.userId, m, JANUARY)).toBe(why);
    expect(exclusionOf(l.userId, noCapacity, JANUARY)).toBe("full");
    const ranked = rankMentors(l, [ok, ...Object.values(excluded), noCapacity, pastSuspension], JANUARY);
    expect(ranked.map((r) => r.mentor.displayName).sort()).toEqual(["ok", "was suspended"]);
  });

  it("looks each time zone's offset up once per ranking, not once per mentor (no timing: counts)", () => {
    const many = generateCommunity({ mentors: 2000, learners: 1 });
    const candidates = many.slice(0, 2000).map((m, i) => mentor({ ...m.profile, userId: i + 1 }));
    const zones = new Set(candidates.map((m) => m.timezone));
    const lookups = vi.mocked(utcOffsetMinutes);
    lookups.mockClear();
    const ranked = rankMentors(learner({ ...many[2000]!.profile, userId: 2001 }), candidates, JANUARY);
    expect(lookups.mock.calls.length).toBeLessThanOrEqual(zones.size + 1);
    // Ranking builds no words: those are for the page shown.
    expect(Object.keys(ranked[0]!).sort()).toEqual(["free", "mentor", "score"]);
  });
});
