import type { z } from "zod";
import type { Db } from "@/db/client";
import { checkRateLimit, formatRetryAfter, recordEvent } from "./rate-limit";
import { signUpSchema } from "./schemas";
import { createUser, emailTaken } from "./users";

export const SIGN_UP_IP_LIMIT = { limit: 5, windowMs: 60 * 60 * 1000 };

export type SignUpResult =
  | { kind: "created"; userId: number; email: string }
  | { kind: "invalid"; error: z.ZodError }
  | { kind: "refused"; message: string; fieldErrors?: Record<string, string[]> };

const EMAIL_TAKEN: SignUpResult = {
  kind: "refused",
  message: "Please correct the fields marked below.",
  fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
};

/** Validates and creates an account; attempts are limited per IP (counted in the database). */
export async function signUp(db: Db, { input, ip, now = Date.now() }: { input: unknown; ip: string; now?: number }): Promise<SignUpResult> {
  const key = `sign-up:ip:${ip}`;
  const limit = checkRateLimit(db, { key, ...SIGN_UP_IP_LIMIT, now });
  if (!limit.allowed) return { kind: "refused", message: `Too many sign-ups from your network. Please ${formatRetryAfter(limit.retryAfterMs)}.` };

  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", error: parsed.error };
  recordEvent(db, { key, now });
  if (emailTaken(db, { email: parsed.data.email })) return EMAIL_TAKEN;
  try {
    const user = await createUser(db, parsed.data);
    return { kind: "created", userId: user.id, email: parsed.data.email };
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides.
    if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE") return EMAIL_TAKEN;
    throw error;
  }
}
