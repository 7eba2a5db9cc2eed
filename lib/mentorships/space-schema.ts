import { rowIdSchema as idSchema } from "@/lib/ids";
import { z } from "zod";

// What members type in the mentorship space, checked the same way by the
// server actions (field messages) and by lib/mentorships (which never trusts
// its caller). Pure: no database, safe to import anywhere.

export const SPACE_LIMITS = {
  goal: { min: 3, max: 200 },
  goalsPerMentorship: 20,
  message: { min: 1, max: 5000 },
  messagesShown: 50,
  duration: { min: 15, max: 480 },
  sessionText: 2000,
  endReason: 1000,
  feedbackComment: 2000,
  feedbackWindowDays: 14,
  report: { min: 10, max: 2000 },
  openReportsPerMember: 5,
} as const;

export const END_OUTCOMES = ["completed", "cancelled"] as const;
export type EndOutcome = (typeof END_OUTCOMES)[number];

// Newlines as the browser sends them (CRLF) count once, as the member sees them.
const normalized = z.string().transform((s) => s.replace(/\r\n?/g, "\n").trim());

const text = ({ min, max }: { min: number; max: number }, empty: string) =>
  normalized.pipe(
    z
      .string()
      .min(min, min <= 1 ? empty : `Write at least ${min} characters.`)
      .max(max, `Use at most ${max.toLocaleString("en-GB")} characters.`),
  );

const optionalText = (max: number) => normalized.pipe(z.string().max(max, `Use at most ${max.toLocaleString("en-GB")} characters.`));

/**
 * A whole number typed in a form ("45") or already parsed (45): schemas here
 * accept their own output, so lib/ can check again what an action parsed.
 */
const wholeNumber = (empty: string, invalid: string) =>
  z.union([z.number(), z.string()], { error: invalid }).transform((v, ctx) => {
    if (typeof v === "number") return v;
    const t = v.trim();
    if (t === "" || !/^\d{1,6}$/.test(t)) {
      ctx.addIssue({ code: "custom", message: t === "" ? empty : invalid });
      return z.NEVER;
    }
    return Number(t);
  });

/** A row id from a URL segment or a form field: digits only, no sign, no leading zero, a safe integer. */
export { parseRowId, rowIdSchema as idSchema } from "@/lib/ids";

export const addGoalSchema = z.object({ goal: text(SPACE_LIMITS.goal, "Write a goal.") });
export type AddGoalInput = z.infer<typeof addGoalSchema>;

export const toggleGoalSchema = z.object({
  goalId: idSchema,
  done: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const messageSchema = z.object({ body: text(SPACE_LIMITS.message, "Write a message.") });
export type MessageInput = z.infer<typeof messageSchema>;

/** The value of an <input type="datetime-local">: "2026-03-14T18:30", seconds optional. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

export const sessionSchema = z.object({
  startsAt: z
    .string()
    .trim()
    .min(1, { error: "Choose the date and time of the session.", abort: true })
    .refine((s) => localDateTimeParts(s) !== null, "Choose a valid date and time."),
  durationMinutes: wholeNumber("Give the duration in minutes.", "Give the duration as a whole number of minutes.").pipe(
    z
      .number()
      .int("Give the duration as a whole number of minutes.")
      .min(SPACE_LIMITS.duration.min, `A session lasts at least ${SPACE_LIMITS.duration.min} minutes.`)
      .max(SPACE_LIMITS.duration.max, `A session lasts at most ${SPACE_LIMITS.duration.max} minutes (8 hours).`),
  ),
  notes: optionalText(SPACE_LIMITS.sessionText),
  nextSteps: optionalText(SPACE_LIMITS.sessionText),
});
export type SessionInput = z.infer<typeof sessionSchema>;

export const endSchema = z
  .object({
    outcome: z.enum(END_OUTCOMES, { error: "Choose to complete or to cancel the mentorship." }),
    reason: optionalText(SPACE_LIMITS.endReason),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "cancelled" && v.reason === "") ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason for cancelling." });
  });
export type EndInput = z.infer<typeof endSchema>;

export const feedbackSchema = z.object({
  rating: wholeNumber("Choose a rating from 1 to 5.", "Choose a rating from 1 to 5.").pipe(
    z.number().int("Choose a rating from 1 to 5.").min(1, "Choose a rating from 1 to 5.").max(5, "Choose a rating from 1 to 5."),
  ),
  comment: optionalText(SPACE_LIMITS.feedbackComment),
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;

export const reportSchema = z.object({ reason: text(SPACE_LIMITS.report, "Describe the problem.") });
export type ReportInput = z.infer<typeof reportSchema>;

/** The parts of a datetime-local value, or null when it names no real calendar moment (31 February, hour 24). */
export function localDateTimeParts(value: string): { year: number; month: number; day: number; hour: number; minute: number } | null {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  if (year < 1970 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year, month, day, hour, minute };
}
