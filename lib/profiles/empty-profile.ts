import type { Profile } from "@/db/schema";

/** A profile with nothing filled in: what a member has before their first save. */
export const EMPTY_PROFILE: Omit<Profile, "userId" | "updatedAt" | "pausedReason"> = Object.freeze({
  headline: "",
  bio: "",
  timezone: "UTC",
  languages: [],
  topics: [],
  mentorPublished: false,
  expertise: [],
  yearsExperience: null,
  formats: [],
  hoursPerMonth: null,
  capacity: null,
  acceptingMentees: false,
  goals: [],
  level: null,
  preferredLanguages: [],
  preferredTimezone: null,
});
