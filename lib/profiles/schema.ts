import { z } from "zod";
import { LEARNER_LEVELS, MENTORING_FORMATS } from "@/db/schema/profiles";
import { isTopic } from "@/lib/topics/vocabulary";
import { isLanguage } from "./languages";
import { isTimeZone } from "./time-zones";

export const LIMITS = {
  headline: 120,
  bio: 4000,
  languages: 10,
  topics: 12,
  expertise: { min: 1, max: 10 },
  yearsExperience: { min: 0, max: 60 },
  hoursPerMonth: { min: 1, max: 160 },
  capacity: { min: 1, max: 20 },
  goals: 10,
  goal: { min: 3, max: 200 },
} as const;

// Browsers send textarea line breaks as CRLF while their maxLength counted
// each as one character: count what the person saw.
const text = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, `Use at most ${max} characters.`));

const timeZone = z.string().trim().refine(isTimeZone, "Choose a time zone from the list.");
const optionalTimeZone = z
  .string()
  .trim()
  .refine((s) => s === "" || isTimeZone(s), "Choose a time zone from the list, or leave it empty.")
  .transform((s) => s || null);

/** A checkbox group: each value from the list, each once (a forged post may repeat one), at most `max`. */
function choices({ allowed, max, min = 0, what, tooFew }: { allowed: (v: string) => boolean; max: number; min?: number; what: string; tooFew?: string }) {
  return z
    .array(z.string())
    .refine((values) => values.every(allowed), `Choose ${what} from the list.`)
    .transform((values) => [...new Set(values)])
    .pipe(
      z
        .array(z.string())
        .min(min, tooFew ?? `Choose at least ${min} ${what}.`)
        .max(max, `Choose at most ${max} ${what}.`),
    );
}

/** A number typed into a text box: blank, a fraction or out of range all get the same plain message. */
function wholeNumber({ min, max, message }: { min: number; max: number; message: string }) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number({ error: message }).int(message).min(min, message).max(max, message),
  );
}

const formats = z
  .array(z.enum(MENTORING_FORMATS, { error: "Choose from video, chat and async." }))
  .transform((values) => [...new Set(values)])
  .pipe(z.array(z.enum(MENTORING_FORMATS)).min(1, "Choose at least one way to meet."));

// One goal a line; blank lines are skipped. Messages name the line so a long
// list can be fixed without guessing.
const goals = z.string().transform((raw, ctx) => {
  const list = [...new Set(raw.split(/\r\n|\r|\n/).map((line) => line.trim()).filter(Boolean))];
  if (list.length > LIMITS.goals) ctx.addIssue({ code: "custom", message: `List at most ${LIMITS.goals} goals, one a line.` });
  list.forEach((goal, i) => {
    if (goal.length < LIMITS.goal.min) ctx.addIssue({ code: "custom", message: `Goal ${i + 1}: use at least ${LIMITS.goal.min} characters.` });
    if (goal.length > LIMITS.goal.max) ctx.addIssue({ code: "custom", message: `Goal ${i + 1}: use at most ${LIMITS.goal.max} characters.` });
  });
  return list;
});

const level = z
  .union([z.literal(""), z.enum(LEARNER_LEVELS)], { error: "Choose a level from the list." })
  .transform((v) => (v === "" ? null : v));

const common = {
  headline: text(LIMITS.headline),
  bio: text(LIMITS.bio),
  timezone: timeZone,
  languages: choices({ allowed: isLanguage, max: LIMITS.languages, what: "languages" }),
  topics: choices({ allowed: isTopic, max: LIMITS.topics, what: "topics" }),
  goals,
  level,
  preferredLanguages: choices({ allowed: isLanguage, max: LIMITS.languages, what: "languages" }),
  preferredTimezone: optionalTimeZone,
};

const mentorFields = {
  expertise: choices({ allowed: isTopic, ...LIMITS.expertise, what: "topics", tooFew: "Choose at least one topic you can mentor in." }),
  yearsExperience: wholeNumber({ ...LIMITS.yearsExperience, message: "Enter a whole number of years from 0 to 60." }),
  formats,
  hoursPerMonth: wholeNumber({ ...LIMITS.hoursPerMonth, message: "Enter a whole number of hours from 1 to 160." }),
  capacity: wholeNumber({ ...LIMITS.capacity, message: "Enter a whole number of mentees from 1 to 20." }),
  acceptingMentees: z.boolean(),
};

/**
 * The profile form, as lib/profiles/form.ts reads it from FormData. The
 * mentor fields are only checked (and only saved) when "offer mentoring" is
 * ticked: unticking hides the section without losing what was filled in.
 * Keys not listed here (a forged userId) are dropped.
 */
export const profileFormSchema = z
  .discriminatedUnion("offerMentoring", [
    z.object({ ...common, offerMentoring: z.literal(true), ...mentorFields }),
    z.object({ ...common, offerMentoring: z.literal(false) }),
  ])
  .transform((p) => ({
    headline: p.headline,
    bio: p.bio,
    timezone: p.timezone,
    languages: p.languages,
    topics: p.topics,
    mentor: p.offerMentoring
      ? {
          expertise: p.expertise,
          yearsExperience: p.yearsExperience,
          formats: p.formats,
          hoursPerMonth: p.hoursPerMonth,
          capacity: p.capacity,
          acceptingMentees: p.acceptingMentees,
        }
      : null,
    goals: p.goals,
    level: p.level,
    preferredLanguages: p.preferredLanguages,
    preferredTimezone: p.preferredTimezone,
  }));

export type ProfileFormInput = z.input<typeof profileFormSchema>;
export type ProfileInput = z.output<typeof profileFormSchema>;
export type MentorInput = NonNullable<ProfileInput["mentor"]>;
