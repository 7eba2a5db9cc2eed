import type { DeclineReason, FlagReason } from "@/db/schema";
import { pick, type Rng } from "./random";

// The words of the generated past (db/seed/activity.ts): each within the
// limits the app's own forms apply (lib/mentorships/request-schema.ts,
// lib/mentorships/space-schema.ts, lib/moderation/schema.ts), so a seeded
// request or flag reads like one a member wrote.

/** For learners whose profile lists no goal. */
export const FALLBACK_GOALS = ["Plan the next step in my career.", "Build a professional network in my field.", "Get better at asking for feedback."];

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, "");

const MESSAGES: readonly ((goal: string) => string)[] = [
  (g) => `Hi! I'm hoping to ${lower(g)} and your experience looks like a great fit. Could we try a few sessions?`,
  (g) => `Hello, I read your profile and would love your help. My main goal right now: ${lower(g)}.`,
  (g) => `I'd be grateful for a mentor who has been there before. I want to ${lower(g)}, and I can meet every other week.`,
  (g) => `Your background is close to where I want to go. Would you mentor me while I try to ${lower(g)}?`,
];

export const requestMessage = (rng: Rng, goal: string) => pick(rng, MESSAGES)(goal);

export const QUESTIONS = [
  "How many hours a month could you give to this?",
  "What have you tried so far?",
  "Which time zone are you in, and when are you usually free?",
  "Could you tell me a little more about where you are today?",
];

export const ANSWERS = [
  "About four hours a month, mostly evenings.",
  "I've taken an online course and asked colleagues, but I'm stuck on the next step.",
  "I'm in the same time zone as you and free most weekday evenings.",
  "I've been in my current role for a year and want to grow beyond it.",
];

export const DECLINE_NOTES: Record<DeclineReason, readonly string[]> = {
  no_capacity: ["My places are all taken until the spring, sorry!", "I'm at capacity for now; please try me again in a couple of months."],
  not_my_expertise: ["I think another mentor would help you more with this.", "This is a bit outside what I know well."],
  schedule: ["Our time zones are too far apart for regular calls, I'm afraid.", "My schedule is too full this quarter."],
  language: ["I only mentor in English and Spanish, sorry."],
  other: ["I'm taking a short break from mentoring.", "I'm changing jobs and can't commit right now."],
};

/** A cancelled mentorship always says why (the end form requires it). */
export const CANCEL_REASONS = [
  "Our schedules stopped lining up.",
  "I changed jobs and need to pause for now.",
  "We agreed the fit wasn't right.",
  "Life got busy; we may pick it up again later.",
];

export const FLAG_NOTES: Record<FlagReason, readonly string[]> = {
  spam: ["Looks like an advert.", "Same link posted in several threads."],
  harassment: ["This reply is rude to the original poster."],
  off_topic: ["Not related to the thread.", "Belongs in another category."],
  other: ["Shares someone's contact details.", "Possibly copied from elsewhere without credit."],
};
