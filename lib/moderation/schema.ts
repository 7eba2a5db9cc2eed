import { z } from "zod";
import { FLAG_REASONS } from "@/db/schema/forum";
import { MODERATION_LIMITS as L } from "./labels";

// What moderators and members type, checked the same way by the server
// actions (field messages) and by lib/moderation (which never trusts its
// caller). Every schema accepts its own output, so lib/ can check again.

const clean = (s: string) => s.replace(/\r\n?/g, "\n").trim();
const atMost = (max: number) => `Use at most ${max.toLocaleString("en-GB")} characters.`;

/** Optional text up to `max` characters; empty becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => clean(v ?? ""))
    .pipe(z.string().max(max, atMost(max)))
    .transform((s) => s || null);

const requiredText = ({ min, max }: { min: number; max: number }, empty: string) =>
  z
    .string({ error: empty })
    .transform(clean)
    .pipe(
      z
        .string()
        .min(1, { error: empty, abort: true })
        .min(min, `Write at least ${min} characters.`)
        .max(max, atMost(max)),
    );

/** A whole number from a form ("45") or already parsed (45), within [min, max]. */
const wholeNumber = ({ min, max }: { min: number; max: number }, message: string) =>
  z
    .union([z.number(), z.string().trim().regex(/^\d{1,7}$/, message).transform(Number)], { error: message })
    .pipe(z.number({ error: message }).int(message).min(min, message).max(max, message));

export { parseRowId, rowIdSchema } from "@/lib/ids";

/** The optional reason a moderator gives, shown to the author. */
export const reasonSchema = optionalText(L.reason);

export const flagSchema = z
  .object({
    reason: z.enum(FLAG_REASONS, { error: "Choose a reason." }),
    note: optionalText(L.flagNote),
  })
  .superRefine((v, ctx) => {
    if (v.reason === "other" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Say in a note what is wrong with this post." });
  });

export const slowModeSchema = wholeNumber(L.slowMode, `Choose between ${L.slowMode.min} and ${L.slowMode.max.toLocaleString("en-GB")} minutes.`);

export const titleSchema = requiredText(L.title, "Write a title.");

export const staffNoteSchema = requiredText(L.staffNote, "Write the note.");

export const suspensionSchema = z.object({
  hours: wholeNumber(L.suspensionHours, "Choose a duration between 1 hour and 365 days."),
  reason: requiredText(L.suspensionReason, "Say why: the member is told."),
});

export const appealSchema = requiredText(L.appeal, "Write your appeal.");

export const APPEAL_DECISIONS = ["uphold", "lift"] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

/** A zod error's messages by field, as forms show them. */
export function fieldErrorsOf(error: z.ZodError, field?: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of error.issues) (out[field ?? String(i.path[0] ?? "form")] ??= []).push(i.message);
  return out;
}
