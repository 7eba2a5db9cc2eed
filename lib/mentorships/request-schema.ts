import { z } from "zod";
import { DECLINE_REASONS } from "@/db/schema/mentorships";
import { LIMITS as PROFILE_LIMITS } from "@/lib/profiles/schema";

export const REQUEST_LIMITS = {
  message: { min: 20, max: 2000 },
  goals: { min: 1, max: 10 },
  question: { min: 5, max: 1000 },
  answer: { min: 1, max: 2000 },
  declineNote: 500,
  openPerLearner: 5,
} as const;

export const DECLINE_REASON_LABELS: Record<(typeof DECLINE_REASONS)[number], string> = {
  no_capacity: "I have no room for a new mentee right now",
  not_my_expertise: "This is outside what I know well",
  schedule: "Our schedules or time zones do not fit",
  language: "We do not share a language I mentor in",
  other: "Another reason (see note)",
};

const text = ({ min, max }: { min: number; max: number }, what: string) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(min, min === 1 ? `Write ${what}.` : `Write at least ${min} characters.`)
        .max(max, `Use at most ${max} characters.`),
    );

/** Goals come from ticked profile goals plus "other goals", one a line; together, deduplicated. */
const goals = z
  .object({ chosen: z.array(z.string()), other: z.string() })
  .transform(({ chosen, other }) => [...new Set([...chosen, ...other.split(/\r\n|\r|\n/)].map((g) => g.trim()).filter(Boolean))])
  .pipe(
    z
      .array(
        z
          .string()
          .min(PROFILE_LIMITS.goal.min, `Each goal needs at least ${PROFILE_LIMITS.goal.min} characters.`)
          .max(PROFILE_LIMITS.goal.max, `Each goal can be at most ${PROFILE_LIMITS.goal.max} characters.`),
      )
      .min(REQUEST_LIMITS.goals.min, "Choose or write at least one goal to work on.")
      .max(REQUEST_LIMITS.goals.max, `Choose at most ${REQUEST_LIMITS.goals.max} goals.`),
  );

export const sendRequestSchema = z.object({
  message: text(REQUEST_LIMITS.message, "a message"),
  goals,
});
export type SendRequestInput = z.infer<typeof sendRequestSchema>;

export const questionSchema = z.object({ question: text(REQUEST_LIMITS.question, "your question") });
export const answerSchema = z.object({ answer: text(REQUEST_LIMITS.answer, "your answer") });
export const declineSchema = z.object({
  reason: z.enum(DECLINE_REASONS, { error: "Choose a reason from the list." }),
  note: z
    .string()
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(REQUEST_LIMITS.declineNote, `Use at most ${REQUEST_LIMITS.declineNote} characters.`)),
});
