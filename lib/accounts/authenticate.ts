import type { Db } from "@/db/client";
import { burnHashingTime, verifyPassword } from "./password";
import { checkRateLimit, clearEvents, recordEvent } from "./rate-limit";
import { createSession } from "./sessions";
import { findCredentials } from "./users";

export const SIGN_IN_LIMIT = { limit: 5, windowMs: 15 * 60 * 1000 };
// An IP may be shared (an office, a school): it gets more room than one account.
export const SIGN_IN_IP_LIMIT = { limit: 20, windowMs: 15 * 60 * 1000 };

export type SignInResult =
  | { ok: true; userId: number; sessionId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterMs: number };

const accountKey = (email: string) => `sign-in:account:${email}`;
const ipKey = (ip: string) => `sign-in:ip:${ip}`;

/**
 * Checks a sign-in. Every failure looks the same from outside: the same
 * answer, and an unknown email still pays for a hash, so neither the text nor
 * the timing tells whether an account exists. Failures are counted per
 * account and per IP in the database, so the limits survive a restart.
 */
export async function authenticate(db: Db, { email, password, ip, now = Date.now() }: { email: string; password: string; ip: string; now?: number }): Promise<SignInResult> {
  for (const [key, limits] of [[accountKey(email), SIGN_IN_LIMIT], [ipKey(ip), SIGN_IN_IP_LIMIT]] as const) {
    const check = checkRateLimit(db, { key, ...limits, now });
    if (!check.allowed) return { ok: false, reason: "rate-limited", retryAfterMs: check.retryAfterMs };
  }

  const account = findCredentials(db, { email });
  const valid = account?.passwordHash ? await verifyPassword(password, account.passwordHash) : (await burnHashingTime(password), false);
  if (!account || !valid) {
    recordEvent(db, { key: accountKey(email), now });
    recordEvent(db, { key: ipKey(ip), now });
    return { ok: false, reason: "invalid" };
  }
  clearEvents(db, { key: accountKey(email) });
  return { ok: true, userId: account.id, sessionId: createSession(db, { userId: account.id }), sessionVersion: account.sessionVersion };
}
