import type { ProfileFields } from "@/db/schema";

/** A profile with nothing filled in: what a member has before their first save. */
export const EMPTY_PROFILE: ProfileFields = Object.freeze({
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
