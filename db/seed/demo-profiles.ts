import type { ProfileFields } from "@/db/schema";
import { EMPTY_PROFILE } from "@/lib/profiles/empty-profile";

// Profiles for the demo learner and mentor, so that signing in as either
// shows the matching and the mentorship flow at once: Lena's goals are what
// Marco mentors in, they share a language and nearly a time zone.
export const DEMO_PROFILES: Record<string, ProfileFields> = {
  "learner@example.com": {
    ...EMPTY_PROFILE,
    headline: "Junior developer finding her voice",
    bio: "Two years into my first developer job. I want to **speak up** in meetings and give my first talk.",
    timezone: "Europe/Madrid",
    languages: ["Spanish", "English"],
    topics: ["Public speaking", "Career growth"],
    goals: ["Give a lightning talk at a local meetup", "Lead a team retrospective", "Get better at Leadership conversations"],
    level: "beginner",
    preferredLanguages: ["Spanish"],
    preferredTimezone: null,
  },
  "mentor@example.com": {
    ...EMPTY_PROFILE,
    headline: "Engineering manager who loves helping first-time speakers",
    bio: "Fifteen years in software, the last six leading teams. I coach people through their first talks and their first team leads.",
    timezone: "Europe/Berlin",
    languages: ["English", "Spanish", "German"],
    topics: ["Leadership", "Public speaking"],
    mentorPublished: true,
    expertise: ["Leadership", "Public speaking", "Career growth", "Software engineering"],
    yearsExperience: 15,
    formats: ["video", "chat"],
    hoursPerMonth: 6,
    capacity: 3,
    acceptingMentees: true,
  },
};
