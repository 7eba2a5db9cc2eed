import { describe, expect, it } from "vitest";
import { fieldsFromProfile } from "@/lib/profiles/form";
import { profileFormSchema } from "@/lib/profiles/schema";
import { generateCommunity, type CommunityMember } from "./community";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { MEMBER_SPAN_SECONDS, NEWEST_MEMBER_AGO, WEEK } from "./timeline";

const community = generateCommunity();
const mentors = community.filter((m) => m.role === "mentor");
const learners = community.filter((m) => m.role === "learner");

// A learner's first save leaves the mentor columns at their defaults.
const NO_MENTOR_SECTION = { expertise: [], yearsExperience: null, formats: [], hoursPerMonth: null, capacity: null, acceptingMentees: false };

/** What saveOwnProfile would store for this profile after the form round trip: nothing may be dropped or changed. */
function storedAfterForm(member: CommunityMember) {
  // The app reads the form into these fields and parses them with the schema.
  const { mentor, ...rest } = profileFormSchema.parse(fieldsFromProfile(member.profile));
  return { ...rest, ...(mentor ?? NO_MENTOR_SECTION), mentorPublished: mentor !== null };
}

describe("generateCommunity", () => {
  it("gives the same members for the same seed", () => {
    expect(generateCommunity({ seed: 42 })).toEqual(community);
    expect(generateCommunity({ mentors: 5, learners: 7, seed: 9 })).toEqual(generateCommunity({ mentors: 5, learners: 7, seed: 9 }));
  });

  it("gives other members for another seed", () => {
    const other = generateCommunity({ seed: 43 });
    expect(other).not.toEqual(community);
    // Not just one field: most members differ.
    const differing = other.filter((m, i) => m.displayName !== community[i]!.displayName || m.profile.bio !== community[i]!.profile.bio);
    expect(differing.length).toBeGreaterThan(community.length / 2);
  });

  it("makes 40 mentors and 60 learners by default, and the counts asked for", () => {
    expect(community).toHaveLength(100);
    expect(mentors).toHaveLength(40);
    expect(learners).toHaveLength(60);
    expect(community.slice(0, 40).every((m) => m.role === "mentor")).toBe(true);
    const custom = generateCommunity({ mentors: 3, learners: 2 });
    expect(custom.map((m) => m.role)).toEqual(["mentor", "mentor", "mentor", "learner", "learner"]);
    expect(generateCommunity({ mentors: 0, learners: 0 })).toEqual([]);
  });

  it("keeps each member the same whatever the counts", () => {
    const bigger = generateCommunity({ mentors: 80, learners: 60 });
    expect(bigger.slice(0, 40)).toEqual(mentors);
    expect(bigger.slice(80).map((m) => m.profile)).toEqual(learners.map((m) => m.profile));
  });

  it("gives every member a profile the profile form accepts as it is", () => {
    for (const seed of [42, 1, 2024]) {
      for (const member of generateCommunity({ seed })) {
        const result = profileFormSchema.safeParse(fieldsFromProfile(member.profile));
        expect(result.error?.issues ?? [], `${member.email}: ${JSON.stringify(member.profile)}`).toEqual([]);
        expect(storedAfterForm(member)).toEqual(member.profile);
      }
    }
  });

  it("numbers emails uniquely, lowercase, never a demo account's", () => {
    const emails = community.map((m) => m.email);
    expect(new Set(emails).size).toBe(emails.length);
    const demo = new Set(DEMO_ACCOUNTS.map((a) => a.email));
    for (const email of emails) {
      expect(demo.has(email)).toBe(false);
      expect(email).toBe(email.trim().toLowerCase());
      expect(email).toMatch(/^member-\d+@example\.com$/);
    }
    const many = generateCommunity({ mentors: 2000, learners: 3000 }).map((m) => m.email);
    expect(new Set(many).size).toBe(5000);
  });

  it("publishes mentors' sections, with about 15% not accepting mentees", () => {
    for (const { profile } of mentors) {
      expect(profile.mentorPublished).toBe(true);
      expect(profile.yearsExperience).toBeGreaterThanOrEqual(2);
      expect(profile.yearsExperience).toBeLessThanOrEqual(30);
      expect(profile.hoursPerMonth).toBeGreaterThanOrEqual(2);
      expect(profile.hoursPerMonth).toBeLessThanOrEqual(20);
      expect(profile.capacity).toBeGreaterThanOrEqual(1);
      expect(profile.capacity).toBeLessThanOrEqual(6);
      expect(profile.languages.length).toBeGreaterThanOrEqual(1);
      expect(profile.languages.length).toBeLessThanOrEqual(3);
    }
    for (const seed of [42, 7, 99]) {
      const ms = generateCommunity({ seed }).filter((m) => m.role === "mentor");
      const share = ms.filter((m) => !m.profile.acceptingMentees).length / ms.length;
      expect(share).toBeGreaterThanOrEqual(0.05);
      expect(share).toBeLessThanOrEqual(0.25);
    }
  });

  it("spreads mentors over languages and time zones", () => {
    const languages = new Set(mentors.flatMap((m) => m.profile.languages));
    const zones = new Set(mentors.map((m) => m.profile.timezone));
    expect(languages.size).toBeGreaterThanOrEqual(5);
    expect(zones.size).toBeGreaterThanOrEqual(8);
    // English is common but not universal.
    const english = community.filter((m) => m.profile.languages.includes("English")).length;
    expect(english).toBeGreaterThan(community.length / 2);
    expect(english).toBeLessThan(community.length);
  });

  it("gives learners goals, a level, preferred languages and a time zone, and no mentor section", () => {
    for (const { profile } of learners) {
      expect(profile.mentorPublished).toBe(false);
      expect(profile.goals.length).toBeGreaterThanOrEqual(1);
      expect(profile.goals.length).toBeLessThanOrEqual(3);
      expect(profile.level).not.toBeNull();
      expect(profile.preferredLanguages.length).toBeGreaterThanOrEqual(1);
      expect(profile.preferredTimezone).not.toBeNull();
    }
  });

  it("dates members over the past 26 weeks, none in the last 60 hours, more of them lately, the same whatever the counts", () => {
    const many = generateCommunity({ mentors: 1000, learners: 3000 });
    for (const m of many) {
      expect(m.joinedAgo).toBeGreaterThanOrEqual(NEWEST_MEMBER_AGO);
      expect(m.joinedAgo).toBeLessThanOrEqual(MEMBER_SPAN_SECONDS);
    }
    expect(NEWEST_MEMBER_AGO).toBeGreaterThan(48 * 3600);
    const recentHalf = many.filter((m) => m.joinedAgo < 13 * WEEK).length;
    expect(recentHalf / many.length).toBeGreaterThan(0.6);
    expect(recentHalf / many.length).toBeLessThan(0.8);
    // Every week of the span has sign-ups.
    expect(new Set(many.map((m) => Math.floor(m.joinedAgo / WEEK))).size).toBe(26);
    expect(many.slice(0, 40).map((m) => m.joinedAgo)).toEqual(mentors.map((m) => m.joinedAgo));
    expect(many.slice(1000, 1060).map((m) => m.joinedAgo)).toEqual(learners.map((m) => m.joinedAgo));
    expect(generateCommunity({ seed: 43 }).map((m) => m.joinedAgo)).not.toEqual(community.map((m) => m.joinedAgo));
  });
});
